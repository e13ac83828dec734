"""A database a newer Grid Desk upgraded: a sentence naming its revision, and nothing touched (issue 10, item 6).

Alembic raised a raw ResolutionError for a revision it has no script for; the sign-in window said
"unexpected error", and nothing stopped a backup being written first.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from desk.app import main
from desk.core.errors import ConfigurationError
from desk.store.bootstrap import open_database

NEWER = "q0099"  # the queue branch one migration further than this code knows


def _stamp_newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ? WHERE version_num LIKE 'q%'", (NEWER,))  # the queue head
        conn.commit()
    finally:
        conn.close()


def make_newer_db(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "data" / "grid-desk.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(sqlite_template, path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO station_setting (station_id, key, value_json) VALUES (1, 'marker', '1')")
    conn.commit()
    conn.close()
    _stamp_newer(path)
    return path


@pytest.fixture
def newer_db(sqlite_template: Path, tmp_path: Path) -> Path:
    return make_newer_db(sqlite_template, tmp_path)


def state(path: Path) -> tuple[str, list[str]]:
    """The database's bytes and every file beside it (a backup or a migrated copy would show). The empty
    ``.inuse`` lock file is left out: every process that opens the database locks it, and leaves it."""
    folder = path.parent
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                   if not p.name.endswith(("-wal", "-shm", ".inuse")))
    return hashlib.sha256(path.read_bytes()).hexdigest(), files


def says_newer(text: str) -> bool:
    return f"revision {NEWER}" in text and "newer Grid Desk" in text and "Nothing was changed" in text


@pytest.mark.parametrize("options", [{}, {"run_migrations": False, "daily_backup": False}])
def test_opening_it_is_refused_with_its_revision(newer_db: Path, options: dict[str, bool]) -> None:
    before = state(newer_db)
    with pytest.raises(ConfigurationError) as refused:
        open_database("sqlite:///" + newer_db.as_posix(), **options)
    assert says_newer(str(refused.value))
    assert state(newer_db) == before


@pytest.mark.parametrize("command", [
    ["migrate"], ["backup"], ["user", "list"], ["audit", "verify"], ["demo"],
    ["report", "--date", "2026-11-20", "--pdf", "log.pdf"],
])
def test_every_command_says_so_and_touches_nothing(newer_db: Path, command: list[str], tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = state(newer_db)
    assert main(["--db", "sqlite:///" + newer_db.as_posix(), *command]) == 2
    err = capsys.readouterr().err
    assert says_newer(err) and "Traceback" not in err
    assert state(newer_db) == before
    assert not (tmp_path / "log.pdf").exists()


def test_restore_refuses_a_backup_from_a_newer_grid_desk(newer_db: Path, sqlite_template: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    current = tmp_path / "current" / "grid-desk.sqlite3"
    current.parent.mkdir()
    shutil.copyfile(sqlite_template, current)
    before = state(current)
    assert main(["--db", "sqlite:///" + current.as_posix(), "restore", str(newer_db)]) == 2
    assert says_newer(capsys.readouterr().err)
    assert state(current) == before


def test_refused_on_postgresql_too(db_url: str) -> None:
    from sqlalchemy import text

    from desk.store.engine import Database

    db = Database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v WHERE version_num LIKE 'q%'"), {"v": NEWER})
    db.dispose()
    with pytest.raises(ConfigurationError) as refused:
        open_database(db_url)
    assert says_newer(str(refused.value))
    db = Database(db_url)
    with db.engine.connect() as conn:
        assert NEWER in {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    db.dispose()
