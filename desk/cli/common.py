"""What every command shares: the --db option, opening the database, the command-line actor."""

from __future__ import annotations

import argparse
import getpass
import socket
import sys
from typing import TYPE_CHECKING

from desk.store.paths import default_database_url

if TYPE_CHECKING:  # the command line imports SQLAlchemy only when a command runs (start-up speed)
    from desk.services.context import Actor, Desk

DB_HELP = ("database URL (default: a SQLite file in your data folder; for a shared hall "
           "postgresql+psycopg://user@host:5432/dbname)")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=DB_HELP)


def database_url(args: argparse.Namespace) -> str:
    return getattr(args, "db", None) or default_database_url()


_opened: list[Desk] = []


def open_desk(args: argparse.Namespace, *, run_migrations: bool = True, daily_backup: bool = True) -> Desk:
    """Open the database (marked in use for as long as the command runs) the way every entry point does."""
    from desk.services.context import Desk
    from desk.store.bootstrap import open_database

    desk = Desk(open_database(database_url(args), run_migrations=run_migrations, daily_backup=daily_backup))
    _opened.append(desk)
    return desk


def close_all() -> None:
    """Called when a command ends: close connections, drop the "in use" mark."""
    while _opened:
        _opened.pop().db.dispose()


def cli_actor() -> Actor:
    """Whoever runs a command on this machine already holds the database file or its credentials,
    so commands act with administrator rights; the audit trail records the OS user and host."""
    from desk.core.permissions import Role
    from desk.services.context import Actor
    from desk.services.station import STATION_ID

    try:
        os_user = getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors when no user name is set
        os_user = "unknown"
    return Actor(None, "cli", f"command line ({os_user})", Role.ADMIN, STATION_ID, f"cli@{socket.gethostname()}")


def read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat the password: ") != first:
        raise SystemExit("The two passwords differ; run the command again.")
    return first
