"""SQLite backups: online copy (safe while terminals write), rotation per kind, a second folder.
Checking and restoring a backup: ``desk.store.restore``.

A backup file is complete or absent: it is written under a hidden temporary name and renamed when
done, so rotation, listing and restore never see half a file. Files are owner-only (0600), folders
made here too (0700): a backup holds citizens' personal data. Copies in the second backup folder
(outside the database's folder) are encrypted (``desk.store.backup_crypto``).

PostgreSQL deployments are backed up with the server's own tools (pg_dump); ``backup`` says so.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from tempfile import TemporaryDirectory
from urllib.parse import quote

from sqlalchemy import select

from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError
from desk.store import anchors, backup_crypto, private
from desk.store.engine import Database

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


ENCRYPTED_SUFFIX = SUFFIX + backup_crypto.ENCRYPTED_SUFFIX

_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}-\d{6})(?P<utc>Z?)-(?P<kind>[a-z0-9-]+)\.sqlite3(?:\.enc)?$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware (UTC)
    kind: str


def backup_folder(db_file: Path) -> Path:
    return db_file.parent / "backups"


def utc_now() -> datetime:
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
    found = [info for pattern in (SUFFIX, ENCRYPTED_SUFFIX) for path in folder.glob(f"{db_file.stem}-*{pattern}")
             if (info := _parse(db_file, path))]
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


def read_only_uri(path: Path) -> str:
    return "file:" + quote(str(path.resolve())) + "?mode=ro"


def sqlite_copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy through SQLite's backup API into ``target`` (a new private file) as a self-contained file."""
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        # Rollback-journal mode: the copy never needs a -wal/-shm beside it, even on read-only media.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def _install(temporary: Path, final: Path) -> None:
    os.chmod(temporary, private.FILE_MODE)
    private.fsync(temporary)
    os.replace(temporary, final)
    private.fsync(final.parent)


def backup_name(db_file: Path, kind: str, now: datetime) -> str:
    if not re.fullmatch(r"[a-z0-9-]+", kind):
        raise ValueError(f"backup kind {kind!r}")
    return f"{db_file.stem}-{now.astimezone(timezone.utc).strftime('%Y%m%d-%H%M%S-%f')}Z-{kind}{SUFFIX}"


def outside_database_folder(db_file: Path, folder: Path) -> bool:
    """A folder that is not the database's own (nor inside it): copies there are encrypted."""
    try:
        folder.resolve().relative_to(db_file.parent.resolve())
    except ValueError:
        return True
    return False


def take_backup(db_file: Path, kind: str, folder: Path | None = None, now: datetime | None = None) -> Path:
    """Copy the live database with sqlite3's online backup API, then rotate that kind of backup.

    Into a folder outside the database's folder (``backup --to``) the copy is written encrypted
    (``….sqlite3.enc``): made in a private temporary folder beside the database, then encrypted there.
    """
    folder = folder or backup_folder(db_file)
    encrypt = outside_database_folder(db_file, folder)
    key = backup_crypto.key_for_writing() if encrypt else b""
    private.make_private_folder(folder)
    stamp = now or utc_now()
    suffix = backup_crypto.ENCRYPTED_SUFFIX if encrypt else ""
    target = folder / (backup_name(db_file, kind, stamp) + suffix)
    while target.exists():  # two backups in one microsecond (a stopped clock): never overwrite one
        stamp += timedelta(microseconds=1)
        target = folder / (backup_name(db_file, kind, stamp) + suffix)
    temporary = folder / f".{target.name}.{os.getpid()}.partial"
    private.new_private_file(temporary)
    head: tuple[int, str] | None = None
    try:
        source = sqlite3.connect(db_file)
        try:
            if encrypt:
                with TemporaryDirectory(prefix=".grid-desk-backup-", dir=db_file.parent) as work:
                    plain = Path(work) / target.name
                    private.new_private_file(plain)
                    sqlite_copy(source, plain)
                    head = anchors.head_of_file(plain)
                    with open(temporary, "wb") as out:
                        backup_crypto.encrypt_file(plain, out, key)
            else:
                sqlite_copy(source, temporary)
                head = anchors.head_of_file(temporary)
        finally:
            source.close()
        _install(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    if head is not None:  # the chain's end this backup holds, kept outside the database beside it
        anchors.write_anchor(folder, db_file.stem, head[0], head[1], "backup", target.name, stamp)
    rotate(db_file, folder)
    return target


def second_copy_name(backup: Path) -> str:
    return backup.name + backup_crypto.ENCRYPTED_SUFFIX


def copy_to_second(db_file: Path, backup: Path, second: Path) -> Path:
    """Copy a finished backup, encrypted, into the second folder (USB disk, network share) and rotate there.

    The folder must exist: an unplugged disk is reported, not replaced by a new local folder.
    The key is this PC's backup key (made on first need), never stored beside the copies.
    """
    key = backup_crypto.key_for_writing()
    try:
        if not second.is_dir():
            raise FileNotFoundError(2, "not found or not connected")
        target = second / second_copy_name(backup)
        temporary = second / f".{backup.name}.{os.getpid()}.partial"
        try:
            private.new_private_file(temporary)
            with open(temporary, "wb") as out:
                backup_crypto.encrypt_file(backup, out, key)
            _install(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
        anchors.anchor_backup(backup, db_file.stem, second)  # read from the local copy, written beside the second
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
    # Temporary files of backups killed half-way (a day old: no backup still runs that long). Their age
    # is measured against the folder's own clock (its mtime moved when this backup was renamed in), not
    # this PC's: a network share keeps its server's time, and a PC clock may be set wrong.
    with suppress(OSError):
        folder_now = folder.stat().st_mtime
        for stale in folder.glob(f".{db_file.stem}-*.partial"):
            with suppress(OSError):
                if folder_now - stale.stat().st_mtime > STALE_PARTIAL_SECONDS:
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
