"""migrate, backup (and backup --verify), restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desk.cli.common import add_db_option, add_sign_in_options, close_desk, database_url, open_desk, signed_in
from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError, NotFound


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("migrate", help="bring the database up to date (a backup is taken first)")
    add_db_option(p)
    p.set_defaults(func=_migrate)
    p = sub.add_parser("backup", help="copy the SQLite database into its backups folder now (and the second "
                                      "backup folder, if the station has one)")
    add_db_option(p)
    p.add_argument(
        "--to",
        metavar="FOLDER",
        type=Path,
        help="folder for the copy (default: backups/ beside the database); a folder outside the database's "
             "folder gets an encrypted copy (.sqlite3.enc, this PC's backup key)",
    )
    p.add_argument(
        "--verify",
        metavar="FILE",
        nargs="?",
        type=Path,
        const=True,
        default=None,
        help="take no backup: check the newest backup (or FILE, also an encrypted one from the second backup "
             "folder): integrity and audit chain; exit 1 if it fails",
    )
    add_sign_in_options(p)
    p.set_defaults(func=_backup)
    p = sub.add_parser("restore", help="replace the database with a backup (refused while Grid Desk runs)")
    add_db_option(p)
    p.add_argument("file", type=Path, help="the backup file (.sqlite3, or .sqlite3.enc from the second backup folder: "
                                         "decrypted with this PC's backup key)")
    add_sign_in_options(p)
    p.set_defaults(func=_restore)


def _migrate(args: argparse.Namespace) -> int:
    from desk.store import migrate

    desk = open_desk(args, daily_backup=False)
    print(
        f"Database {desk.db.describe()} is at revision(s): {', '.join(sorted(migrate.current_revisions(desk.db)))}."
    )
    return 0


def _sqlite_path(args: argparse.Namespace) -> Path:
    """The database file, found without opening it (restore must not hold its own "in use" mark)."""
    from desk.store.engine import parse_database_url, sqlite_file

    path = sqlite_file(parse_database_url(database_url(args)))
    if path is None:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "This database is on a PostgreSQL server: back it up with pg_dump and restore it with "
                "pg_restore (or your server's own backup tools).",
            )
        )
    return path


def _backup(args: argparse.Namespace) -> int:
    from desk.services import backups

    path = _sqlite_path(args)
    if args.verify is not None:
        return _verify(path, None if args.verify is True else args.verify)
    if not path.exists():
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "DeskError", "There is no database at {path} yet; start Grid Desk or run migrate first."
            ),
            path=str(path),
        )
    desk, actor = signed_in(args, run_migrations=False, daily_backup=False)
    assert desk is not None
    taken = backups.take_now(desk, actor, folder=args.to)
    print(f"Backup written to {taken.path}")
    if taken.second_copy is not None:
        print(f"Copied to {taken.second_copy}")
    if taken.second_problem is not None:
        print(f"Grid Desk: WARNING: {taken.second_problem}", file=sys.stderr)
    return 0


def _verify(path: Path, named: Path | None) -> int:
    from desk.services import backups
    from desk.store import backup

    if named is None:
        newest = backup.newest_backup(path)
        if newest is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("DeskError", "There is no backup in {folder}. Run: python main.py backup"),
                folder=str(backup.backup_folder(path)),
            )
        named = newest.path
    checked = backups.verify_file(named, workdir=path.parent)
    print(f"OK: {named}: integrity check passed, {checked} audit records, chain intact.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from desk.services import backups
    from desk.services.users import has_users

    path = _sqlite_path(args)
    if path.exists():
        # Whoever replaces the station's data signs in on it first (then it is closed again: restore
        # refuses while any process, this one included, holds the database open). A database without any
        # user (a new PC that started once) has nothing to protect and nobody to sign in as.
        live = open_desk(args, run_migrations=False, daily_backup=False)
        anyone = has_users(live)
        close_desk(live)
        if anyone:
            signed_in(args, run_migrations=False, daily_backup=False, open_database=False)
    checked, kept = backups.restore_database(path, args.file)
    print(f"Restored {args.file} into {path} ({checked} audit records check out).")
    if kept is not None:
        print(f"The database it replaced was kept as {kept}")
    return 0
