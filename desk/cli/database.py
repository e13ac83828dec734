"""migrate, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk.cli.common import add_db_option, database_url, open_desk
from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError, Conflict


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("migrate", help="bring the database up to date (a backup is taken first)")
    add_db_option(p)
    p.set_defaults(func=_migrate)
    p = sub.add_parser("backup", help="copy the SQLite database into its backups folder now")
    add_db_option(p)
    p.add_argument(
        "--to",
        metavar="FOLDER",
        type=Path,
        help="folder for the copy (default: backups/ beside the database)",
    )
    p.set_defaults(func=_backup)
    p = sub.add_parser("restore", help="replace the database with a backup (refused while Grid Desk runs)")
    add_db_option(p)
    p.add_argument("file", type=Path, help="the backup file (.sqlite3)")
    p.set_defaults(func=_restore)


def _migrate(args: argparse.Namespace) -> int:
    from desk.store import migrate

    desk = open_desk(args, daily_backup=False, mark_in_use=False)
    print(
        f"Database {desk.db.describe()} is at revision(s): {', '.join(sorted(migrate.current_revisions(desk.db)))}."
    )
    return 0


def _sqlite_path(args: argparse.Namespace) -> Path:
    from desk.store.engine import Database

    db = Database(database_url(args))
    if db.sqlite_path is None:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "This database is on a PostgreSQL server: back it up with pg_dump and restore it with "
                "pg_restore (or your server's own backup tools).",
            )
        )
    return db.sqlite_path


def _refuse_a_newer_database(url: str) -> None:
    """A database (or backup) a newer Grid Desk upgraded is that version's to back up and restore."""
    from desk.store import migrate
    from desk.store.engine import Database

    db = Database(url)
    try:
        migrate.refuse_a_newer_database(db)
    finally:
        db.dispose()


def _backup(args: argparse.Namespace) -> int:
    from desk.store import backup

    path = _sqlite_path(args)
    if not path.exists():
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "DeskError", "There is no database at {path} yet; start Grid Desk or run migrate first."
            ),
            path=str(path),
        )
    _refuse_a_newer_database(database_url(args))
    target = backup.take_backup(path, "manual", folder=args.to)
    print(f"Backup written to {target}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from desk.services import audit
    from desk.store import backup
    from desk.store.engine import Database
    from desk.store.inuse import held_by_another_process

    path = _sqlite_path(args)
    if held_by_another_process(path):
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "Grid Desk is running on this database. Close every Grid Desk "
                "window that uses {path}, then restore again.",
            ),
            path=str(path),
        )
    backup.check_file(args.file)
    _refuse_a_newer_database("sqlite:///" + args.file.resolve().as_posix())
    report = audit.verify(Database("sqlite:///" + args.file.resolve().as_posix()))
    if not report.ok:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "The backup's audit trail is broken ({problem}); it was not restored. Choose another backup.",
            ),
            problem=report.problem,
        )
    safety = backup.replace_database(path, args.file)
    print(f"Restored {args.file} into {path} ({report.checked} audit records check out).")
    if safety != path:
        print(f"The database it replaced was kept as {safety}")
    return 0
