"""SQLite backups: online copy (safe while terminals write), rotation, and a checked restore.

PostgreSQL deployments are backed up with the server's own tools (pg_dump); ``backup`` says so.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError

KEEP_BACKUPS = 30
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str


def backup_folder(db_file: Path) -> Path:
    return db_file.parent / "backups"


def take_backup(db_file: Path, reason: str, folder: Path | None = None, keep: int = KEEP_BACKUPS) -> Path:
    """Copy the live database with sqlite3's online backup API, then keep only the newest ``keep``."""
    folder = folder or backup_folder(db_file)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_file.stem}-{stamp}-{reason}{SUFFIX}"
    source = sqlite3.connect(db_file)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    _rotate(folder, db_file.stem, keep)
    return target


def list_backups(db_file: Path, folder: Path | None = None) -> list[Path]:
    folder = folder or backup_folder(db_file)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_file.stem}-*{SUFFIX}"))


def latest_backup_date(db_file: Path) -> str | None:
    """Local date (YYYYMMDD) of the newest backup, from its file name."""
    backups = list_backups(db_file)
    if not backups:
        return None
    return backups[-1].name[len(db_file.stem) + 1 :][:8]


def _rotate(folder: Path, stem: str, keep: int) -> None:
    backups = sorted(folder.glob(f"{stem}-*{SUFFIX}"))
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)


def check_file(path: Path) -> None:
    """Refuse a file that is not a sound SQLite database."""
    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "The backup file {path} does not exist. Give the path of a .sqlite3 backup."),
            path=str(path),
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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


def replace_database(db_file: Path, backup: Path) -> Path:
    """Swap ``backup`` in for ``db_file``; the current file is kept as a backup first.

    The caller has checked the backup and made sure no process holds the database.
    """
    if db_file.exists():
        if not db_file.stat().st_size:
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "The database file {path} is empty."), path=str(db_file))
        safety = take_backup(db_file, "before-restore")
    else:
        safety = db_file
    staging = db_file.with_name(db_file.name + ".restoring")
    shutil.copyfile(backup, staging)
    for leftover in (db_file.with_name(db_file.name + "-wal"), db_file.with_name(db_file.name + "-shm")):
        leftover.unlink(missing_ok=True)
    staging.replace(db_file)
    return safety
