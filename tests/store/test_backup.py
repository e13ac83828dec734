from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from desk.cli.common import cli_actor
from desk.core.errors import Conflict, ValidationError
from desk.services.context import Desk
from desk.services.users import add_user
from desk.store import backup, restore
from desk.store.engine import Database
from desk.store.inuse import InUseMark, held_by_another_process

SHANGHAI = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc)


def _path(desk: Desk) -> Path:
    path = desk.db.sqlite_path
    assert path is not None
    return path


def test_each_kind_rotates_on_its_own(sqlite_desk: Desk) -> None:
    path = _path(sqlite_desk)
    daily = [backup.take_backup(path, "daily", now=T0 + timedelta(days=d)) for d in range(3)]
    monthly = [backup.take_backup(path, "monthly", now=T0 + timedelta(days=31 * m)) for m in range(2)]
    # A burst of manual backups (more than any kind keeps) deletes only older manual ones.
    manual = [backup.take_backup(path, "manual", now=T0 + timedelta(hours=100, seconds=s)) for s in range(15)]
    kept = backup.list_backups(path)
    assert set(daily) | set(monthly) <= set(kept)
    assert [p for p in kept if p in manual] == manual[-backup.KEEP["manual"]:]
    for day in range(3, 3 + backup.KEEP["daily"] + 2):
        backup.take_backup(path, "daily", now=T0 + timedelta(days=day))
    kinds = [info.kind for info in backup.backups(path)]
    assert kinds.count("daily") == backup.KEEP["daily"] and kinds.count("monthly") == 2


def test_backups_are_complete_or_absent_and_owner_only(sqlite_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _path(sqlite_desk)
    folder = backup.backup_folder(path)
    assert not folder.exists()
    made = backup.take_backup(path, "manual", now=T0)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    # No -wal/-journal/temporary beside it; only the audit anchors file (owner-only too).
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, f"{path.stem}-audit-anchors.txt"])

    def dies_halfway(source: object, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00 half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "sqlite_copy", dies_halfway)
    with pytest.raises(OSError):
        backup.take_backup(path, "manual", now=T0 + timedelta(hours=1))
    assert backup.list_backups(path) == [made]
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, f"{path.stem}-audit-anchors.txt"])
    # What a backup killed half-way (kill -9) leaves is never listed, and is cleared a day later.
    killed = folder / f".{made.name}.4242.partial"
    killed.write_bytes(b"SQLite format 3\x00")
    monkeypatch.undo()
    second = backup.take_backup(path, "manual", now=T0 + timedelta(hours=2))
    assert backup.list_backups(path) == [made, second] and killed.exists()
    os.utime(killed, (killed.stat().st_atime, killed.stat().st_mtime - 2 * 24 * 3600))
    backup.take_backup(path, "manual", now=T0 + timedelta(hours=3))
    assert not killed.exists()


def test_daily_and_monthly_are_due_by_the_station_day(sqlite_desk: Desk) -> None:
    path = _path(sqlite_desk)
    assert backup.due_kinds(path, T0, SHANGHAI) == ["daily", "monthly"]
    backup.take_backup(path, "daily", now=T0)
    backup.take_backup(path, "monthly", now=T0)
    assert backup.due_kinds(path, T0 + timedelta(hours=14), SHANGHAI) == []  # 23:30 in Shanghai
    assert backup.due_kinds(path, T0 + timedelta(hours=15), SHANGHAI) == ["daily"]  # 00:30 the next day
    assert backup.due_kinds(path, datetime(2026, 11, 30, 16, 30, tzinfo=timezone.utc), SHANGHAI) == [
        "daily", "monthly"]  # 1 December in Shanghai


def test_backup_is_a_consistent_copy(sqlite_desk: Desk) -> None:
    add_user(sqlite_desk, cli_actor(), "someone", "Someone", "clerk", "long-enough-pw")
    copy = backup.take_backup(_path(sqlite_desk), "manual")
    restore.check_file(copy)


def test_check_file_refuses_garbage(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(ValidationError, match="not a Grid Desk database"):
        restore.check_file(junk)
    with pytest.raises(ValidationError, match="does not exist"):
        restore.check_file(tmp_path / "missing.sqlite3")


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


def test_opening_a_database_marks_it_in_use(sqlite_desk: Desk) -> None:
    path = _path(sqlite_desk)
    assert held_by_another_process(path)
    sqlite_desk.db.dispose()
    assert not held_by_another_process(path)
    other = Database("sqlite:///" + path.as_posix())  # any Database for the file, not only the desk's start-up
    assert held_by_another_process(path)
    other.dispose()


def test_restore_replaces_and_keeps_the_old_one(sqlite_desk: Desk) -> None:
    path = _path(sqlite_desk)
    add_user(sqlite_desk, cli_actor(), "before", "Before", "clerk", "long-enough-pw")
    snapshot = backup.take_backup(path, "manual")
    add_user(sqlite_desk, cli_actor(), "after", "After", "clerk", "long-enough-pw")
    sqlite_desk.db.dispose()
    checked, kept = restore.restore(path, snapshot, lambda staged: "checked " + staged.name)
    assert checked.startswith("checked .")
    with sqlite_desk.db.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT username FROM app_user"))}
    assert names == {"before"}
    assert kept is not None and kept.exists() and kept != path
    sqlite_desk.db.engine.dispose()
    with Database("sqlite:///" + kept.as_posix(), mark_in_use=False).engine.connect() as conn:
        assert {r[0] for r in conn.execute(text("SELECT username FROM app_user"))} == {"before", "after"}
    assert not list(path.parent.glob(".*restoring*"))


def test_restore_holds_the_database_from_the_check_to_the_swap(sqlite_desk: Desk) -> None:
    path = _path(sqlite_desk)
    snapshot = backup.take_backup(path, "manual")
    sqlite_desk.db.dispose()
    seen: list[str] = []

    def check(staged: Path) -> None:
        # A terminal starting while the restore runs cannot open the database in between.
        with pytest.raises(Conflict, match="being restored"):
            InUseMark(path).acquire(wait=0.2)
        seen.append(staged.name)

    restore.restore(path, snapshot, check)
    assert seen
    mark = InUseMark(path)
    mark.acquire(wait=0)  # free again afterwards
    mark.release()


def _copy_with_its_wal(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    shutil.copyfile(source.with_name(source.name + "-wal"), target.with_name(target.name + "-wal"))


def test_restore_installs_exactly_what_it_checked_when_the_backup_has_a_wal(
        sqlite_desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The drill from the field: a backup whose last records are only in its -wal file
    ("256 audit records check out", 249 restored)."""
    from desk.app import main
    from desk.services.users import create_first_admin
    from tests.cli_support import ADMIN, ADMIN_PASSWORD, signed

    path = _path(sqlite_desk)
    create_first_admin(sqlite_desk, ADMIN, "Admin", ADMIN_PASSWORD)  # restore asks an administrator to sign in
    add_user(sqlite_desk, cli_actor(), "early", "Early", "clerk", "long-enough-pw")
    working = tmp_path / "copied" / "grid-desk.sqlite3"
    working.parent.mkdir()
    shutil.copyfile(backup.take_backup(path, "manual"), working)
    other = Desk(Database("sqlite:///" + working.as_posix(), mark_in_use=False), clock=sqlite_desk.clock)
    for n in range(6):
        add_user(other, cli_actor(), f"late{n}", "Late", "clerk", "long-enough-pw")
    drill = tmp_path / "drill.sqlite3"
    _copy_with_its_wal(working, drill)  # copied while that desk had it open: the 6 users are in the -wal only
    other.db.dispose()
    sqlite_desk.db.dispose()

    assert main(["--db", "sqlite:///" + path.as_posix(), "restore", str(drill), *signed(monkeypatch)]) == 0
    out = capsys.readouterr().out
    checked = int(out.split("(")[1].split(" audit records check out")[0])
    assert checked == 9  # with the migration baseline
    live = Database("sqlite:///" + path.as_posix())
    try:
        with live.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_record")).scalar() == checked
            names = {r[0] for r in conn.execute(text("SELECT username FROM app_user"))}
        assert {"early", *(f"late{n}" for n in range(6))} <= names
    finally:
        live.dispose()


def test_start_up_takes_the_daily_and_monthly_backups_and_copies_them(
        sqlite_desk: Desk, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from desk.services import backups
    from desk.store.bootstrap import open_database

    path = _path(sqlite_desk)
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.set_second_folder(sqlite_desk, cli_actor(), str(usb))
    sqlite_desk.db.dispose()
    url = "sqlite:///" + path.as_posix()

    def start(at: datetime) -> None:
        open_database(url, now=lambda: at).dispose()

    start(T0)
    start(T0 + timedelta(hours=3))  # the same station day: nothing more
    assert sorted(b.kind for b in backup.backups(path)) == ["daily", "monthly"]
    assert sorted(p.name for p in usb.iterdir()) == sorted(
        [*(p.name + ".enc" for p in backup.list_backups(path)), f"{path.stem}-audit-anchors.txt"])
    usb.rename(tmp_path / "unplugged")
    start(T0 + timedelta(days=1))  # starts all the same; the problem is logged (and shown to the manager)
    assert sorted(b.kind for b in backup.backups(path)) == ["daily", "daily", "monthly"]
    assert "cannot be reached" in caplog.text


def test_restore_repairs_a_damaged_database_and_keeps_the_damaged_file(sqlite_desk: Desk) -> None:
    path = _path(sqlite_desk)
    add_user(sqlite_desk, cli_actor(), "kept", "Kept", "clerk", "long-enough-pw")
    snapshot = backup.take_backup(path, "manual")
    sqlite_desk.db.dispose()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    path.write_bytes(b"garbage where the database was " * 200)
    _checked, kept = restore.restore(path, snapshot, lambda staged: None)
    assert kept is not None and kept.read_bytes().startswith(b"garbage") and kept.suffix == ".damaged"
    assert backup.list_backups(path) == [snapshot]  # the damaged copy is never offered as a backup
    live = Database("sqlite:///" + path.as_posix())
    try:
        with live.engine.connect() as conn:
            assert "kept" in {r[0] for r in conn.execute(text("SELECT username FROM app_user"))}
    finally:
        live.dispose()
