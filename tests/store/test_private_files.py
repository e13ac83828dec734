"""Personal data at rest: every file Grid Desk creates is its owner's only (0600 files, 0700 folders),
whatever the umask, and looser files left by earlier versions are tightened on start."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.store import backup, backup_crypto, private
from desk.store.bootstrap import open_database
from desk.store.paths import data_folder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes (Windows: per-user AppData)")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    """The usual desktop umask: without care, files come out 0644 and folders 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _open_fresh() -> Path:
    path = data_folder() / "grid-desk.sqlite3"
    db = open_database("sqlite:///" + path.as_posix())
    try:
        with db.engine.connect() as conn:  # a live connection: -wal and -shm exist now
            conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS probe (x)")
            conn.exec_driver_sql("INSERT INTO probe VALUES (1)")
            conn.commit()
            for side in ("-wal", "-shm"):
                assert mode(path.with_name(path.name + side)) == 0o600, side
    finally:
        db.dispose()
    return path


def test_the_database_its_wal_shm_and_the_data_folder_are_private() -> None:
    path = _open_fresh()
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert mode(path.parent.parent) == 0o700  # GridDesk/GridDesk: both levels made here
    assert mode(path.with_name(path.name + ".inuse")) == 0o600


def test_backups_and_their_folder_are_private() -> None:
    path = _open_fresh()
    made = backup.take_backup(path, "manual")
    assert mode(made) == 0o600 and mode(made.parent) == 0o700


def test_loose_files_of_an_earlier_version_are_tightened_on_start(caplog: pytest.LogCaptureFixture) -> None:
    path = _open_fresh()
    made = backup.take_backup(path, "manual")
    for loose, wide in ((path, 0o644), (made, 0o644), (made.parent, 0o755), (path.parent, 0o755)):
        os.chmod(loose, wide)
    with caplog.at_level(logging.WARNING):
        open_database("sqlite:///" + path.as_posix()).dispose()
    assert (mode(path), mode(made), mode(made.parent), mode(path.parent)) == (0o600, 0o600, 0o700, 0o700)
    assert "readable by its owner only" in caplog.text and str(path) in caplog.text


def test_a_database_chosen_elsewhere_keeps_its_folder_but_not_its_loose_file(tmp_path: Path) -> None:
    folder = tmp_path / "shared-folder"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    path = folder / "station.sqlite3"
    path.write_bytes(b"")
    os.chmod(path, 0o644)
    open_database("sqlite:///" + path.as_posix()).dispose()
    assert mode(path) == 0o600
    assert mode(folder) == 0o755  # not Grid Desk's folder: the user's own choice stays


def test_the_terminal_settings_file_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.ui.terminal_settings import TerminalSettings

    ini = tmp_path / "fresh" / "terminal.ini"
    settings = TerminalSettings(ini)
    settings.window_number = 3
    settings.last_username = "clerk1"
    settings.sync()
    assert "clerk1" in ini.read_text(encoding="utf-8")
    assert mode(ini) == 0o600 and mode(ini.parent) == 0o700
    os.chmod(ini, 0o644)  # written by an earlier version
    TerminalSettings(ini).sync()
    assert mode(ini) == 0o600


def test_exports_are_private(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desk.app import main

    pdf, xlsx = tmp_path / "log.pdf", tmp_path / "log.xlsx"
    xlsx.write_bytes(b"an older export, world-readable")
    os.chmod(xlsx, 0o644)
    url = "sqlite:///" + (tmp_path / "cli.sqlite3").as_posix()
    assert main(["--db", url, "report", "--date", "2026-11-20", "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    assert mode(pdf) == 0o600 and mode(xlsx) == 0o600  # the UI's exports go through the same function
    private.write_private_file(tmp_path / "saved.pdf", b"%PDF")
    assert mode(tmp_path / "saved.pdf") == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_the_backup_key_is_private_and_made_once() -> None:
    key = backup_crypto.key_for_writing()
    path = backup_crypto.key_path()
    assert path.parent == data_folder() and mode(path) == 0o600 and mode(path.parent) == 0o700
    assert backup_crypto.key_for_writing() == key and len(key) == 32
