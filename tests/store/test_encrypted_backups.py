"""Backups in the second backup folder (outside the database's folder) are encrypted with the key
kept in the data folder; restore and ``backup --verify`` decrypt them; a changed byte, a cut-off
file or another station's key is refused with a sentence, and nothing is restored."""

from __future__ import annotations

import io
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desk.app import main
from desk.cli.common import cli_actor
from desk.core.errors import ConfigurationError, ValidationError
from desk.core.permissions import Role
from desk.services import backups
from desk.services.context import Actor, Desk
from desk.services.users import add_user
from desk.store import backup, backup_crypto
from desk.store.engine import Database
from tests.cli_support import make_admin, signed
from tests.conftest import admin_actor

MANAGER = Actor(None, "manager", "站长", Role.MANAGER, 1, "test")  # who may take a backup


def _usernames(path: Path) -> set[str]:
    db = Database("sqlite:///" + path.as_posix())
    try:
        with db.engine.connect() as conn:
            return {r[0] for r in conn.execute(text("SELECT username FROM app_user"))}
    finally:
        db.dispose()


@pytest.fixture
def second_copy(sqlite_desk: Desk, tmp_path: Path) -> tuple[Path, Path]:
    """(the live database, its encrypted copy in the second folder) with user "kept" in the copy."""
    usb = tmp_path / "usb"
    usb.mkdir()
    admin_actor(sqlite_desk)  # "admin" / "admin-password": who signs the commands below in
    backups.set_second_folder(sqlite_desk, cli_actor(), str(usb))
    add_user(sqlite_desk, cli_actor(), "kept", "Kept", "clerk", "long-enough-pw")
    taken = backups.take_now(sqlite_desk, MANAGER)
    assert taken.second_copy is not None and taken.second_problem is None
    path = sqlite_desk.db.sqlite_path
    assert path is not None
    add_user(sqlite_desk, cli_actor(), "later", "Later", "clerk", "long-enough-pw")
    sqlite_desk.db.dispose()
    return path, taken.second_copy


def test_the_second_copy_is_encrypted_and_not_readable_as_sqlite(second_copy: tuple[Path, Path]) -> None:
    path, copy = second_copy
    assert copy.name.endswith(".sqlite3.enc") and backup_crypto.is_encrypted(copy)
    raw = copy.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"kept" not in raw and b"app_user" not in raw
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    assert backup.list_backups(path, copy.parent) == [copy]  # listed and rotated like the plain ones
    assert not (copy.parent / backup_crypto.KEY_FILE_NAME).exists()  # the key never travels with it


def _as_admin(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO("admin-password\n"))
    return ["--user", "admin", "--password-stdin"]


def test_an_encrypted_backup_restores_and_verifies(second_copy: tuple[Path, Path],
                                                    capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path, copy = second_copy
    url = "sqlite:///" + path.as_posix()
    assert main(["--db", url, "backup", "--verify", str(copy)]) == 0
    assert "chain intact" in capsys.readouterr().out
    old_umask = os.umask(0o022)
    try:
        assert main(["--db", url, "restore", str(copy), *_as_admin(monkeypatch)]) == 0
    finally:
        os.umask(old_umask)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600  # restored owner-only, like every file here
    names = _usernames(path)
    assert "kept" in names and "later" not in names
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".grid-desk-decrypt-")]


@pytest.mark.parametrize("damage", ["flip", "truncate", "header"])
def test_a_changed_encrypted_backup_is_refused(second_copy: tuple[Path, Path], damage: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path, copy = second_copy
    raw = bytearray(copy.read_bytes())
    if damage == "flip":
        raw[len(raw) // 2] ^= 0x01
    elif damage == "truncate":
        raw = raw[: len(raw) - 100]
    else:
        raw[len(backup_crypto.MAGIC) + 9] ^= 0x80  # the nonce prefix: every chunk fails
    copy.write_bytes(bytes(raw))
    before = path.read_bytes()
    with pytest.raises(ValidationError, match="damaged or has been altered"):
        backups.restore_database(path, copy)
    assert path.read_bytes() == before  # nothing was restored
    assert main(["--db", "sqlite:///" + path.as_posix(), "backup", "--verify", str(copy)]) == 1
    assert "damaged or has been altered" in capsys.readouterr().err


def test_another_stations_key_or_no_key_is_refused_with_a_sentence(
        second_copy: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, copy = second_copy
    monkeypatch.setenv("GRID_DESK_BACKUP_KEY", str(tmp_path / "nowhere" / "backup.key"))
    with pytest.raises(ConfigurationError, match="there is no backup key at"):
        backups.restore_database(path, copy)
    monkeypatch.setenv("GRID_DESK_BACKUP_KEY", str(tmp_path / "other.key"))
    backup_crypto.key_for_writing()
    with pytest.raises(ConfigurationError, match="encrypted with another backup key"):
        backups.restore_database(path, copy)
    assert "later" in _usernames(path)


def test_large_files_stream_in_chunks_and_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(bytes(range(256)) * (backup_crypto.CHUNK // 256 * 2 + 7))  # 2 full chunks and a bit
    key = backup_crypto.key_for_writing()
    sealed = io.BytesIO()
    backup_crypto.encrypt_file(source, sealed, key)
    enc = tmp_path / "big.enc"
    enc.write_bytes(sealed.getvalue())
    out = io.BytesIO()
    backup_crypto.decrypt_file(enc, out)
    assert out.getvalue() == source.read_bytes()
    # Dropping the last chunk (a cut exactly at a chunk boundary) is caught by the "last chunk" flag.
    whole = sealed.getvalue()
    enc.write_bytes(whole[: len(whole) - (len(whole) - backup_crypto._HEADER.size) % (backup_crypto.CHUNK + 16)])
    with pytest.raises(ValidationError):
        backup_crypto.decrypt_file(enc, io.BytesIO())


def test_backup_status_knows_the_encrypted_copy(sqlite_desk: Desk, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    admin_actor(sqlite_desk)  # "admin" / "admin-password": who signs the commands below in
    backups.set_second_folder(sqlite_desk, cli_actor(), str(usb))
    backups.take_now(sqlite_desk, MANAGER)
    status = backups.backup_status(sqlite_desk, cli_actor())
    assert status.problems == ()


def test_backup_to_a_folder_outside_the_database_folder_is_encrypted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    url = "sqlite:///" + (tmp_path / "db" / "cli.sqlite3").as_posix()
    assert main(["--db", url, "migrate"]) == 0
    make_admin(url, monkeypatch)
    outside = tmp_path / "share"
    outside.mkdir()
    assert main(["--db", url, "backup", "--to", str(outside), *signed(monkeypatch)]) == 0
    written = Path(capsys.readouterr().out.split("Backup written to ")[1].splitlines()[0].strip())
    assert written.parent == outside and written.name.endswith(".sqlite3.enc")
    assert backup_crypto.is_encrypted(written) and b"SQLite format 3" not in written.read_bytes()
    # no plain copy left on the way (the anchors file beside it holds only the audit chain's end)
    assert [p for p in outside.iterdir() if not p.name.endswith("-audit-anchors.txt")] == [written]
    assert not [p for p in (tmp_path / "db").iterdir() if p.name.startswith(".grid-desk-backup-")]
    assert main(["--db", url, "backup", "--verify", str(written)]) == 0
    inside = tmp_path / "db" / "extra"
    assert main(["--db", url, "backup", "--to", str(inside), *signed(monkeypatch)]) == 0
    assert [p.suffix for p in inside.iterdir() if not p.name.endswith("-audit-anchors.txt")] == [".sqlite3"]  # plain
