from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desk.cli.common import cli_actor
from desk.core.errors import ValidationError
from desk.services.context import Desk
from desk.services.users import add_user
from desk.store import backup
from desk.store.inuse import InUseMark, held_by_another_process


def test_backup_rotation_keeps_the_newest(sqlite_desk: Desk) -> None:
    path = sqlite_desk.db.sqlite_path
    assert path is not None
    made = [backup.take_backup(path, "test", keep=3) for _ in range(5)]
    assert backup.list_backups(path) == made[-3:]


def test_backup_is_a_consistent_copy(sqlite_desk: Desk) -> None:
    add_user(sqlite_desk, cli_actor(), "someone", "Someone", "clerk", "long-enough-pw")
    path = sqlite_desk.db.sqlite_path
    assert path is not None
    copy = backup.take_backup(path, "test")
    backup.check_file(copy)


def test_check_file_refuses_garbage(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(ValidationError, match="not a Grid Desk database"):
        backup.check_file(junk)
    with pytest.raises(ValidationError, match="does not exist"):
        backup.check_file(tmp_path / "missing.sqlite3")


def test_in_use_mark_is_seen_from_another_process(tmp_path: Path) -> None:
    db_file = tmp_path / "db.sqlite3"
    db_file.write_bytes(b"")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys,time; from pathlib import Path; from desk.store.inuse import InUseMark;"
         f"m=InUseMark(Path({str(db_file)!r})); m.acquire(); print('held', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert held_by_another_process(db_file)
    finally:
        holder.communicate("")
    assert not held_by_another_process(db_file)


def test_own_mark_released(tmp_path: Path) -> None:
    db_file = tmp_path / "db.sqlite3"
    mark = InUseMark(db_file)
    mark.acquire()
    assert held_by_another_process(db_file)
    mark.release()
    assert not held_by_another_process(db_file)


def test_restore_replaces_and_keeps_the_old_one(sqlite_desk: Desk) -> None:
    path = sqlite_desk.db.sqlite_path
    assert path is not None
    add_user(sqlite_desk, cli_actor(), "before", "Before", "clerk", "long-enough-pw")
    snapshot = backup.take_backup(path, "test")
    add_user(sqlite_desk, cli_actor(), "after", "After", "clerk", "long-enough-pw")
    sqlite_desk.db.dispose()
    safety = backup.replace_database(path, snapshot)
    with sqlite_desk.db.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT username FROM app_user"))}
    assert names == {"before"}
    assert safety.exists() and safety != path
