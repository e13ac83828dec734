"""SQLite backups: online copy (safe while terminals write), rotation per kind, a second folder, and a
restore that installs exactly the bytes it checked.

A backup file is complete or absent: it is written under a hidden temporary name and renamed when
done, so rotation, listing and restore never see half a file. Files are owner-only (0600), folders
made here too (0700): a backup holds citizens' personal data.

PostgreSQL deployments are backed up with the server's own tools (pg_dump); ``backup`` says so.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, select

from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError, Conflict, ValidationError
from desk.store.engine import Database
from desk.store.inuse import exclusive_hold

T = TypeVar("T")

# How many backups of each kind are kept (declared once; each kind rotates on its own, so a burst of
# manual backups never deletes the daily or monthly ones).
KEEP: dict[str, int] = {
    "daily": 14,
    "monthly": 12,
    "manual": 10,
    "before-migrate": 5,
    "before-restore": 5,
}
SUFFIX = ".sqlite3"
# Station setting (JSON text): folder that receives a copy of every backup ("" = none).
SECOND_FOLDER_SETTING = "backup.second_folder"
STALE_PARTIAL_SECONDS = 24 * 3600
FILE_MODE = 0o600
FOLDER_MODE = 0o700

_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}-\d{6})(?P<utc>Z?)-(?P<kind>[a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware (UTC)
    kind: str


def backup_folder(db_file: Path) -> Path:
    return db_file.parent / "backups"


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _parse(db_file: Path, path: Path) -> BackupInfo | None:
    prefix = db_file.stem + "-"
    if not path.name.startswith(prefix):
        return None
    match = _NAME.match(path.name[len(prefix):])
    if match is None:
        return None
    stamp = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
    # Names without "Z" were written by earlier versions in the PC's local time.
    taken_at = stamp.replace(tzinfo=timezone.utc) if match["utc"] else stamp.astimezone(timezone.utc)
    return BackupInfo(path, taken_at, match["kind"])


def backups(db_file: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The complete backups of ``db_file`` in ``folder``, oldest first."""
    folder = folder or backup_folder(db_file)
    if not folder.is_dir():
        return []
    found = [info for path in folder.glob(f"{db_file.stem}-*{SUFFIX}") if (info := _parse(db_file, path))]
    return sorted(found, key=lambda info: (info.taken_at, info.path.name))


def list_backups(db_file: Path, folder: Path | None = None) -> list[Path]:
    return [info.path for info in backups(db_file, folder)]


def newest_backup(db_file: Path, folder: Path | None = None) -> BackupInfo | None:
    found = backups(db_file, folder)
    return found[-1] if found else None


def due_kinds(db_file: Path, now: datetime, zone: tzinfo) -> list[str]:
    """Scheduled backups due at ``now``: the first start of a station day (daily) and of a month (monthly)."""
    today = now.astimezone(zone).date()
    due = []
    taken = backups(db_file)
    if not any(b.kind == "daily" and b.taken_at.astimezone(zone).date() == today for b in taken):
        due.append("daily")
    if not any(b.kind == "monthly" and b.taken_at.astimezone(zone).date().replace(day=1) == today.replace(day=1)
               for b in taken):
        due.append("monthly")
    return due


def _make_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    os.chmod(folder, FOLDER_MODE)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_private_file(path: Path) -> None:
    """Create an empty owner-only file (SQLite gives its journal the same mode)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def _ro_uri(path: Path) -> str:
    return "file:" + quote(str(path.resolve())) + "?mode=ro"


def _sqlite_copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy through SQLite's backup API into ``target`` (a new private file) as a self-contained file."""
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        # Rollback-journal mode: the copy never needs a -wal/-shm beside it, even on read-only media.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def _install(temporary: Path, final: Path) -> None:
    os.chmod(temporary, FILE_MODE)
    _fsync_file(temporary)
    os.replace(temporary, final)
    _fsync_folder(final.parent)


def _backup_name(db_file: Path, kind: str, now: datetime) -> str:
    if not re.fullmatch(r"[a-z0-9-]+", kind):
        raise ValueError(f"backup kind {kind!r}")
    return f"{db_file.stem}-{now.astimezone(timezone.utc).strftime('%Y%m%d-%H%M%S-%f')}Z-{kind}{SUFFIX}"


def take_backup(db_file: Path, kind: str, folder: Path | None = None, now: datetime | None = None) -> Path:
    """Copy the live database with sqlite3's online backup API, then rotate that kind of backup."""
    folder = folder or backup_folder(db_file)
    _make_folder(folder)
    stamp = now or _utc_now()
    target = folder / _backup_name(db_file, kind, stamp)
    while target.exists():  # two backups in one microsecond (a stopped clock): never overwrite one
        stamp += timedelta(microseconds=1)
        target = folder / _backup_name(db_file, kind, stamp)
    temporary = folder / f".{target.name}.{os.getpid()}.partial"
    _new_private_file(temporary)
    try:
        source = sqlite3.connect(db_file)
        try:
            _sqlite_copy(source, temporary)
        finally:
            source.close()
        _install(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    rotate(db_file, folder)
    return target


def copy_to_second(db_file: Path, backup: Path, second: Path) -> Path:
    """Copy a finished backup into the second folder (USB disk, network share) and rotate there.

    The folder must exist: an unplugged disk is reported, not replaced by a new local folder.
    """
    try:
        if not second.is_dir():
            raise FileNotFoundError(2, "not found or not connected")
        target = second / backup.name
        temporary = second / f".{backup.name}.{os.getpid()}.partial"
        try:
            _new_private_file(temporary)
            shutil.copyfile(backup, temporary)
            _install(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
        rotate(db_file, second)
    except OSError as exc:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "The second backup folder {folder} cannot be reached ({reason}). Connect the USB disk or "
                "network share, or choose another folder on the Station page.",
            ),
            folder=str(second),
            reason=exc.strerror or str(exc),
        ) from None
    return target


def rotate(db_file: Path, folder: Path) -> None:
    # Temporary files of backups killed half-way (a day old: no backup still runs that long).
    for stale in folder.glob(f".{db_file.stem}-*.partial"):
        with suppress(OSError):
            if time.time() - stale.stat().st_mtime > STALE_PARTIAL_SECONDS:
                stale.unlink()
    by_kind: dict[str, list[BackupInfo]] = {}
    for info in backups(db_file, folder):
        by_kind.setdefault(info.kind, []).append(info)
    for kind, infos in by_kind.items():
        keep = KEEP.get(kind, KEEP["manual"])
        for old in infos[: max(0, len(infos) - keep)]:
            old.path.unlink(missing_ok=True)


def second_folder_unreachable(second: Path) -> str | None:
    """Why the second folder cannot take a copy now, or None when it can."""
    if not second.is_dir():
        return "not found or not connected"
    if not os.access(second, os.W_OK | os.X_OK):
        return "not writable"
    return None


def configured_second_folder(db: Database) -> Path | None:
    """The station's second backup folder, or None (read here because start-up backups run below services)."""
    from desk.store.models import StationSetting

    with db.reading() as session:
        raw = session.execute(select(StationSetting.value_json).where(
            StationSetting.station_id == 1, StationSetting.key == SECOND_FOLDER_SETTING)).scalar_one_or_none()
    value = json.loads(raw) if raw else ""
    return Path(value) if isinstance(value, str) and value.strip() else None


# -- checking and restoring -----------------------------------------------------------------------
def read_only_engine(path: Path) -> Engine:
    """An engine that can only read ``path`` (a backup being checked must not change)."""
    uri = _ro_uri(path)
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))


def check_file(path: Path) -> None:
    """Refuse a file that is not a sound SQLite database (read with its -wal, never changed)."""
    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "The backup file {path} does not exist. Give the path of a .sqlite3 backup."),
            path=str(path),
        )
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
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
    conn = sqlite3.connect(_ro_uri(backup), uri=True)
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
    folder = backup_folder(db_file)
    _make_folder(folder)
    # Not a ".sqlite3" name: a damaged copy is kept, but never listed, verified or restored as a backup.
    target = folder / (_backup_name(db_file, "before-restore", now or _utc_now())[: -len(SUFFIX)] + ".damaged")
    for side in ("", "-wal"):
        source = db_file.with_name(db_file.name + side)
        if source.exists():
            kept = target.with_name(target.name + side)
            _new_private_file(kept)
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


def restore(db_file: Path, backup: Path, check: Callable[[Path], T], now: datetime | None = None) -> tuple[T, Path | None]:
    """Install ``backup`` as ``db_file``: exactly the bytes ``check`` accepted.

    Held exclusively from start to end (refused while any Grid Desk process has the database open,
    and every process that starts meanwhile waits): the backup (with its -wal) is copied through
    SQLite into a new file beside the database, ``check`` runs on that file, the current database
    is kept as a ``before-restore`` backup, and the new file is renamed over the old one.
    Returns what ``check`` returned and the kept backup (None if there was no database).
    """
    check_file(backup)
    db_file.parent.mkdir(parents=True, exist_ok=True)
    with exclusive_hold(db_file):
        staging = db_file.with_name(f".{db_file.name}.restoring-{os.getpid()}")
        for leftover in (staging, staging.with_name(staging.name + "-journal")):
            leftover.unlink(missing_ok=True)
        _new_private_file(staging)
        try:
            with _readable(backup) as source:
                _sqlite_copy(source, staging)
            checked = check(staging)
            kept = None
            if db_file.exists() and db_file.stat().st_size:
                os.chmod(staging, db_file.stat().st_mode & 0o777)
                try:
                    kept = take_backup(db_file, "before-restore", now=now)
                except sqlite3.DatabaseError:  # the damage the restore is meant to repair
                    kept = _keep_damaged(db_file, now)
                    for side in ("-wal", "-shm"):
                        db_file.with_name(db_file.name + side).unlink(missing_ok=True)
                else:
                    _settle_live(db_file)
            _fsync_file(staging)
            os.replace(staging, db_file)
            _fsync_folder(db_file.parent)
        finally:
            staging.unlink(missing_ok=True)
    return checked, kept
