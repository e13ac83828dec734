"""Backups as the station sees them: check a backup, restore one, take one now, the second folder,
and the state the manager watches (last good backup, its age, an unreachable second folder)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError, Conflict, DeskError, ValidationError
from desk.core.permissions import Permission
from desk.services import audit, station
from desk.services.context import Actor, Desk, require
from desk.services.entry import entry
from desk.store import backup, backup_crypto, migrate, restore
from desk.store.engine import Database

# A station opens every working day; older than this, the manager is told the backups stopped.
STALE_AFTER = timedelta(days=3)
MAX_FOLDER_LENGTH = 500


def verify_file(path: Path, workdir: Path | None = None) -> int:
    """Integrity check and audit chain of a backup file, read-only; the number of audit records checked.

    An encrypted backup (second backup folder) is decrypted into a private temporary folder inside
    ``workdir`` (the database's folder) first; a wrong key or a changed byte is refused there.
    """
    with backup_crypto.plain_copy(path, workdir) as plain:
        return _verify_plain(plain)


def _verify_plain(path: Path) -> int:
    restore.check_file(path)
    db = Database("sqlite:///" + path.resolve().as_posix(), engine=restore.read_only_engine(path), mark_in_use=False)
    try:
        migrate.refuse_a_newer_database(db)  # a newer Grid Desk's backup is that version's to restore
        report = audit.verify(db)
    finally:
        db.dispose()
    if not report.ok:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "The backup's audit trail is broken ({problem}); do not restore it. Choose another backup.",
            ),
            problem=report.problem,
        )
    return report.checked


def restore_database(db_file: Path, source: Path, now: datetime | None = None) -> tuple[int, Path | None]:
    """Restore ``source`` into ``db_file``; returns the audit records checked (and installed) and the kept copy."""
    return restore.restore(db_file, source, verify_file, now=now)


@entry
def second_folder(desk: Desk) -> Path | None:
    return backup.configured_second_folder(desk.db) if desk.db.sqlite_path is not None else None


@dataclass(frozen=True)
class TakenBackup:
    path: Path
    second_copy: Path | None
    second_problem: str | None  # a sentence; the backup itself was taken


@entry
def take_now(desk: Desk, actor: Actor, folder: Path | None = None) -> TakenBackup:
    """A manual backup now (command line ``backup``), also copied to the second folder if the station has one."""
    require(actor, Permission.BACKUP)
    path = desk.db.sqlite_path
    if path is None:
        raise ConfigurationError(QT_TRANSLATE_NOOP(
            "DeskError", "A PostgreSQL database is backed up with the server's own tools (pg_dump), not here."))
    made = backup.take_backup(path, "manual", folder=folder, now=desk.now())
    second = second_folder(desk)
    if second is None:
        return TakenBackup(made, None, None)
    try:
        return TakenBackup(made, backup.copy_to_second(path, made, second), None)
    except ConfigurationError as exc:
        return TakenBackup(made, None, str(exc))


@dataclass(frozen=True)
class BackupStatus:
    applies: bool  # False on PostgreSQL (the server's own tools back it up)
    last: backup.BackupInfo | None
    age: timedelta | None
    second_folder: Path | None
    problems: tuple[DeskError, ...]  # sentences for the manager (the UI translates them like errors)


@entry
def backup_status(desk: Desk, actor: Actor) -> BackupStatus:
    """What the manager sees: the newest complete backup and its age, and anything that needs doing.

    Touches the second folder (possibly a network share): call it off the GUI thread.
    """
    require(actor, Permission.STATION_EDIT)
    path = desk.db.sqlite_path
    if path is None:
        return BackupStatus(False, None, None, None, ())
    last = backup.newest_backup(path)
    age = desk.now() - last.taken_at if last else None
    problems: list[DeskError] = []
    if last is None:
        problems.append(Conflict(QT_TRANSLATE_NOOP(
            "DeskError", "There is no backup of this database yet. Press \u201cBack up now\u201d.")))
    elif age is not None and age > STALE_AFTER:
        problems.append(Conflict(QT_TRANSLATE_NOOP(
            "DeskError", "The last backup is more than {days} days old. Press \u201cBack up now\u201d."),
            days=STALE_AFTER.days))
    second = second_folder(desk)
    if second is not None:
        if backup.second_folder_unreachable(second) is not None:
            problems.append(Conflict(QT_TRANSLATE_NOOP(
                "DeskError",
                "The second backup folder {folder} cannot be reached. Connect the USB disk or network share."),
                folder=str(second)))
        elif last is not None and not (second / backup.second_copy_name(last.path)).exists():
            problems.append(Conflict(QT_TRANSLATE_NOOP(
                "DeskError",
                "The last backup was not copied to the second backup folder {folder}. Connect it, then press "
                "\u201cBack up now\u201d."),
                folder=str(second)))
    return BackupStatus(True, last, age, second, tuple(problems))


@entry
def set_second_folder(desk: Desk, actor: Actor, folder: str) -> Path | None:
    """Choose the folder that receives a copy of every backup ("" = none). It must be reachable now."""
    require(actor, Permission.STATION_EDIT)
    value = folder.strip()
    if len(value) > MAX_FOLDER_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "The {label} may be at most {limit} characters long; shorten it."),
            field="second_folder", label=QT_TRANSLATE_NOOP("Field", "Second backup folder"), limit=MAX_FOLDER_LENGTH)
    if value:
        chosen = Path(value).expanduser()
        if not chosen.is_absolute():
            raise ValidationError(
                QT_TRANSLATE_NOOP("DeskError", "Give the second backup folder as a full path, e.g. /media/usb/backups."),
                field="second_folder")
        if backup.second_folder_unreachable(chosen) is not None or not os.access(chosen, os.W_OK):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DeskError",
                    "The folder {folder} does not exist or cannot be written. Connect the disk or share and "
                    "create the folder first.",
                ),
                field="second_folder", folder=str(chosen))
        db_file = desk.db.sqlite_path
        if db_file is not None and chosen.resolve() in (db_file.parent.resolve(),
                                                        backup.backup_folder(db_file).resolve()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("DeskError", "The second backup folder must be on another disk or share, not "
                                               "beside the database. Choose another folder."),
                field="second_folder")
        value = str(chosen)
    station.set_setting(desk, actor, backup.SECOND_FOLDER_SETTING, value)
    return Path(value) if value else None
