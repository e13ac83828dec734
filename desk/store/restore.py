"""Check a backup, and restore one: install exactly the bytes that were checked.

The backup (with its -wal, if any) is copied through SQLite's backup API into a new file beside the
database; the check runs on that file; that file is renamed over the database while the exclusive
"in use" hold keeps every Grid Desk process out, from before the copy to after the rename.
An encrypted backup (from the second backup folder) is first decrypted into a private temporary
folder beside the database; a tampered file or a wrong key is refused before anything changes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from desk.store import anchors, backup_crypto, private
from desk.store import backup as files
from desk.store.inuse import exclusive_hold

T = TypeVar("T")


def read_only_engine(path: Path) -> Engine:
    """An engine that can only read ``path`` (a backup being checked must not change)."""
    uri = files.read_only_uri(path)
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))


def check_file(path: Path) -> None:
    """Refuse a file that is not a sound SQLite database (read with its -wal, never changed)."""
    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "The backup file {path} does not exist. Give the path of a .sqlite3 backup."),
            path=str(path),
        )
    try:
        conn = sqlite3.connect(files.read_only_uri(path), uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "{path} is not a Grid Desk database ({reason}). Choose another backup."),
            path=str(path),
            reason=str(exc),
        ) from None
    if not result or result[0] != "ok":
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "The backup {path} is damaged (integrity check failed). Choose another backup."),
            path=str(path),
        )
    if "audit_record" not in tables or "alembic_version" not in tables:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "{path} is not a Grid Desk database. Choose a backup made by Grid Desk."),
            path=str(path),
        )


def _open_read_only(backup: Path) -> sqlite3.Connection | None:
    conn = sqlite3.connect(files.read_only_uri(backup), uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:  # e.g. a read-only folder where its -wal needs a -shm beside it
        conn.close()
        return None
    return conn


@contextmanager
def _readable(backup: Path) -> Iterator[sqlite3.Connection]:
    """Open a backup (with its -wal, if any) read-only; from a private copy if that is not possible."""
    conn = _open_read_only(backup)
    if conn is not None:
        try:
            yield conn
        finally:
            conn.close()
        return
    with tempfile.TemporaryDirectory() as private:  # a backup file, never the live database
        copy = Path(private) / backup.name
        shutil.copyfile(backup, copy)
        wal = backup.with_name(backup.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        conn = sqlite3.connect(copy)
        try:
            yield conn
        finally:
            conn.close()


def _keep_damaged(db_file: Path, now: datetime | None) -> Path:
    """Keep a live file SQLite cannot read (and its -wal) as it is. Nothing has it open: restore holds it."""
    folder = files.backup_folder(db_file)
    private.make_private_folder(folder)
    # Not a ".sqlite3" name: a damaged copy is kept, but never listed, verified or restored as a backup.
    name = files.backup_name(db_file, "before-restore", now or files.utc_now())
    target = folder / (name[: -len(files.SUFFIX)] + ".damaged")
    for side in ("", "-wal"):
        source = db_file.with_name(db_file.name + side)
        if source.exists():
            kept = target.with_name(target.name + side)
            private.new_private_file(kept)
            shutil.copyfile(source, kept)
    return target


def _settle_live(db_file: Path) -> None:
    """Fold the live file's -wal into it and drop -wal/-shm, through SQLite (refused if anyone has it open)."""
    try:
        conn = sqlite3.connect(db_file, timeout=2)
        try:
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "Another program has the database {path} open ({reason}). Close it, then restore again.",
            ),
            path=str(db_file),
            reason=str(exc),
        ) from None
    for side in ("-wal", "-shm"):
        db_file.with_name(db_file.name + side).unlink(missing_ok=True)


def restore(db_file: Path, backup: Path, check: Callable[[Path], T],
            now: datetime | None = None) -> tuple[T, Path | None]:
    """Install ``backup`` as ``db_file``: exactly the bytes ``check`` accepted.

    Held exclusively from start to end (refused while any Grid Desk process has the database open,
    and every process that starts meanwhile waits): the backup (with its -wal) is copied through
    SQLite into a new file beside the database, ``check`` runs on that file, the current database
    is kept as a ``before-restore`` backup, and the new file is renamed over the old one.
    Returns what ``check`` returned and the kept backup (None if there was no database).
    """
    private.make_private_folder(db_file.parent)
    with backup_crypto.plain_copy(backup, db_file.parent) as plain:
        return _restore_plain(db_file, plain, check, now)


def _restore_plain(db_file: Path, backup: Path, check: Callable[[Path], T],
                   now: datetime | None) -> tuple[T, Path | None]:
    check_file(backup)
    with exclusive_hold(db_file):
        staging = db_file.with_name(f".{db_file.name}.restoring-{os.getpid()}")
        for leftover in (staging, staging.with_name(staging.name + "-journal")):
            leftover.unlink(missing_ok=True)
        private.new_private_file(staging)
        try:
            with _readable(backup) as source:
                files.sqlite_copy(source, staging)
            checked = check(staging)
            kept = None
            if db_file.exists() and db_file.stat().st_size:
                try:
                    kept = files.take_backup(db_file, "before-restore", now=now)
                except sqlite3.DatabaseError:  # the damage the restore is meant to repair
                    kept = _keep_damaged(db_file, now)
                    for side in ("-wal", "-shm"):
                        db_file.with_name(db_file.name + side).unlink(missing_ok=True)
                else:
                    _settle_live(db_file)
            private.fsync(staging)
            os.replace(staging, db_file)
            private.fsync(db_file.parent)
            # A new epoch for the anchors: the chain now ends where the backup's did.
            head = anchors.head_of_file(db_file)
            if head is not None:
                private.make_private_folder(files.backup_folder(db_file))
                anchors.write_anchor(files.backup_folder(db_file), db_file.stem, *head, "restore", backup.name, now)
        finally:
            for leftover in (staging, staging.with_name(staging.name + "-journal")):
                leftover.unlink(missing_ok=True)
    return checked, kept
