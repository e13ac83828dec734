"""Open a database the way every entry point must: connect (marked in use), back up, migrate."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError
from desk.store import backup, migrate
from desk.store.engine import Database

log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def open_database(url: str, *, run_migrations: bool = True, daily_backup: bool = True,
                  now: Callable[[], datetime] = _utc_now) -> Database:
    """``now`` is the desk's clock (a fake one in tests); the "in use" mark is taken by ``Database``."""
    db = Database(url)
    try:
        db.check_connection()
        migrate.refuse_a_newer_database(db)  # before anything is written: no backup, no migration
        path = db.sqlite_path
        has_data = path is not None and path.exists() and not migrate.is_empty(db)
        if run_migrations and migrate.needs_upgrade(db):
            if has_data and path is not None:
                # DESIGN: a backup before any migration, so a failed upgrade can be undone with `restore`.
                log.info("backup before migration: %s", backup.take_backup(path, "before-migrate", now=now()))
            _upgrade(db, now())
        if daily_backup and has_data and path is not None:
            scheduled_backups(db, path, now())
    except BaseException:
        db.dispose()
        raise
    return db


def _upgrade(db: Database, now: datetime) -> None:
    """Migrate; on PostgreSQL with database roles, the new tables get their grants in the same go."""
    from sqlalchemy.exc import DBAPIError

    from desk.store import pgroles, pgroles_setup

    try:
        migrate.upgrade(db, now=now)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":
            raise
        raise ConfigurationError(QT_TRANSLATE_NOOP(
            "DeskError", "This database needs an upgrade that only its owner may make. Ask the IT person to run: "
                         "python main.py migrate --db postgresql+psycopg://OWNER@host/database")) from None
    if db.kind == "postgresql":
        with db.engine.begin() as conn:
            if pgroles.roles_installed(conn):
                try:
                    pgroles_setup.setup(conn)
                except ConfigurationError as exc:  # the migrator owns the tables but may not manage roles
                    log.warning("grants not repaired after the upgrade: %s", exc)


def _station_zone(db: Database) -> ZoneInfo:
    from desk.store.models import Station

    with db.reading() as session:
        name = session.execute(select(Station.timezone).where(Station.id == 1)).scalar_one_or_none()
    return ZoneInfo(name or "Asia/Shanghai")


def scheduled_backups(db: Database, path: Path, now: datetime) -> list[Path]:
    """The first start of a station day takes a daily backup, of a month a monthly one; each is also
    copied to the second backup folder when the station has one (a problem there is logged, the
    manager sees it on the home page)."""
    made = []
    second = backup.configured_second_folder(db)
    for kind in backup.due_kinds(path, now, _station_zone(db)):
        made.append(taken := backup.take_backup(path, kind, now=now))
        log.info("scheduled %s backup: %s", kind, taken)
        if second is not None:
            try:
                backup.copy_to_second(path, taken, second)
            except ConfigurationError as exc:
                log.warning("%s", exc)
    return made
