"""What every command shares: the --db option, opening the database, the command-line actor."""

from __future__ import annotations

import argparse
import getpass
import socket
import sys
from typing import TYPE_CHECKING

from desk.store.paths import default_database_url

if TYPE_CHECKING:  # the command line imports SQLAlchemy only when a command runs (start-up speed)
    from desk.core.errors import ConfigurationError
    from desk.services.context import Actor, Desk

DB_HELP = ("database URL (default: a SQLite file in your data folder; for a shared hall "
           "postgresql+psycopg://user@host:5432/dbname)")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=DB_HELP)


def database_url(args: argparse.Namespace) -> str:
    return getattr(args, "db", None) or default_database_url()


_opened: list[Desk] = []


def open_desk(args: argparse.Namespace, *, run_migrations: bool = True, daily_backup: bool = True,
              url: str | None = None) -> Desk:
    """Open the database (marked in use for as long as the command runs) the way every entry point does."""
    from desk.services.context import Desk
    from desk.store.bootstrap import open_database

    desk = Desk(open_database(url or database_url(args), run_migrations=run_migrations, daily_backup=daily_backup))
    _opened.append(desk)
    return desk


def close_desk(desk: Desk) -> None:
    """Close one opened database before the command opens it again (e.g. as the person who signed in)."""
    if desk in _opened:
        _opened.remove(desk)
    desk.db.dispose()


def close_all() -> None:
    """Called when a command ends: close connections, drop the "in use" mark."""
    while _opened:
        _opened.pop().db.dispose()


def add_sign_in_options(parser: argparse.ArgumentParser) -> None:
    """``--user`` and ``--password-stdin`` for a command that changes or reveals data."""
    parser.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                        help="sign in as this station manager or administrator (asked when not given)")
    parser.add_argument("--password-stdin", action="store_true", default=argparse.SUPPRESS,
                        help="read passwords from standard input, one a line: the signing-in user's first, "
                             "then a new password if the command sets one")


def _no_terminal(what: str) -> ConfigurationError:
    from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError

    if what == "user":
        return ConfigurationError(QT_TRANSLATE_NOOP(
            "DeskError", "There is no terminal to ask who signs in. Give --user NAME and the password on standard "
                         "input with --password-stdin."))
    return ConfigurationError(QT_TRANSLATE_NOOP(
        "DeskError", "There is no terminal to ask for the password. Give it on standard input with "
                     "--password-stdin."))


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def read_secret(args: argparse.Namespace, prompt: str) -> str:
    """One password: the next line of standard input with --password-stdin, else asked without echo."""
    from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError

    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise ConfigurationError(QT_TRANSLATE_NOOP(
                "DeskError", "--password-stdin was given but standard input has no password line left. Give one "
                             "password a line: the signing-in user's first, then the new one."))
        return line.rstrip("\r\n")
    if not _stdin_is_terminal():
        raise _no_terminal("password")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise _no_terminal("password") from None


def _terminal_name() -> str:
    return f"cli@{socket.gethostname()}"


def sign_in_url(raw: str, username: str, password: str) -> str:
    """On PostgreSQL, an address without a user name means "connect as the person signing in" (their own
    login role, checked by the server); any other address is used as it is."""
    from desk.store.pgroles import personal_url

    return personal_url(raw, username, password) or raw


def signed_in(args: argparse.Namespace, *, run_migrations: bool = True, daily_backup: bool = True,
              open_database: bool = True) -> tuple[Desk | None, Actor]:
    """Ask for a station manager's or administrator's name and password, sign in, and act as them.

    With ``open_database=False`` the database is closed again after signing in (``restore`` must not hold
    it open). Every command that changes or reveals data goes through here.
    """
    from desk.core.errors import QT_TRANSLATE_NOOP, PermissionDenied
    from desk.core.permissions import Role
    from desk.services.auth import sign_in
    from desk.store.engine import parse_database_url

    raw = database_url(args)
    url = parse_database_url(raw)  # a wrong address is said before anybody is asked for a password
    personal = url.get_backend_name() == "postgresql" and not url.username
    desk = None if personal else open_desk(args, run_migrations=run_migrations, daily_backup=daily_backup)
    username = getattr(args, "user", None)
    if not username:
        if not _stdin_is_terminal():
            raise _no_terminal("user")
        try:
            username = input("Station manager or administrator, user name: ")
        except EOFError:
            raise _no_terminal("user") from None
    password = read_secret(args, f"Password of {username}: ")
    if desk is None:
        from desk.core.errors import ConfigurationError
        from desk.store.pgroles import login_refused

        try:
            desk = open_desk(args, run_migrations=run_migrations, daily_backup=daily_backup,
                             url=sign_in_url(raw, username, password))
        except ConfigurationError as exc:
            raise (login_refused(exc) or exc) from None
    actor = sign_in(desk, username, password, _terminal_name()).actor
    if actor.role not in (Role.MANAGER, Role.ADMIN):
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "DeskError", "Only a station manager or an administrator may run this command; {username} is not one. "
                         "Sign in as one with --user NAME."), username=actor.username)
    if not open_database:
        close_desk(desk)
        return None, actor
    return desk, actor


def cli_actor() -> Actor:
    """The operator of a command that needs nobody's sign-in: making a demo station in an empty database
    (which has no users to sign in as). Commands that change or reveal data use ``signed_in``."""
    from desk.core.permissions import Role
    from desk.services.context import Actor
    from desk.services.station import STATION_ID

    try:
        os_user = getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors when no user name is set
        os_user = ""
    # Stored as the operator's name on what it issues and records (issued_by_name, the audit trail) and
    # shown as data on a Chinese station's pages, like a user's display name: so in Chinese.
    return Actor(None, "cli", f"命令行（{os_user}）" if os_user else "命令行", Role.ADMIN, STATION_ID,
                 _terminal_name())


def read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    """A new password: from standard input, or asked twice without echo."""
    if getattr(args, "password_stdin", False):
        return read_secret(args, prompt)
    first = read_secret(args, prompt)
    if read_secret(args, "Repeat the password: ") != first:
        raise SystemExit("The two passwords differ; run the command again.")
    return first
