"""Open a database the way every entry point must: connect, back up, migrate, mark as in use."""

from __future__ import annotations

import logging
from datetime import datetime

from desk.core.errors import DeskError
from desk.store import backup, migrate
from desk.store.engine import Database
from desk.store.inuse import InUseMark

log = logging.getLogger(__name__)


def open_database(url: str, *, run_migrations: bool = True, daily_backup: bool = True,
                  mark_in_use: bool = True) -> Database:
    db = Database(url)
    db.check_connection()
    try:
        migrate.refuse_a_newer_database(db)  # before anything is written: no backup, no migration, no mark
    except DeskError:
        db.dispose()
        raise
    path = db.sqlite_path
    has_data = path is not None and path.exists() and not migrate.is_empty(db)
    if run_migrations and migrate.needs_upgrade(db):
        if has_data and path is not None:
            # DESIGN: a backup before any migration, so a failed upgrade can be undone with `restore`.
            log.info("backup before migration: %s", backup.take_backup(path, "before-migrate"))
        migrate.upgrade(db)
    if daily_backup and has_data and path is not None:
        today = datetime.now().strftime("%Y%m%d")
        if backup.latest_backup_date(path) != today:
            log.info("first start today, backup: %s", backup.take_backup(path, "daily"))
    if mark_in_use and path is not None:
        db.inuse_mark = InUseMark(path)
        db.inuse_mark.acquire()
    return db
