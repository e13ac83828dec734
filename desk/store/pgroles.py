"""PostgreSQL enforces the roles: group roles, grants, row-level security and login roles.

On a shared PostgreSQL server every Grid Desk role is a NOLOGIN group role named after the
database (``griddesk_clerk`` for the database ``griddesk``), and every staff member signs in as a
LOGIN role of their own in their group (``griddesk.zhangsan``), authenticated by the server
(SCRAM-SHA-256). The kiosk and the hall display are LOGIN roles in the groups ``griddesk_kiosk`` and
``griddesk_display``. Role names carry the database name, so two stations can share one server.

Nobody but the owner (whoever ran ``db-roles setup``, normally the role that owns the tables and
runs migrations) may change the schema, update or delete audit records, or create roles. Managers
and administrators add and change staff logins only through two ``SECURITY DEFINER`` functions that
check who may give which role, exactly as ``desk.services.users`` does.

This module holds what every terminal needs at run time (role names, the person's own address,
keeping a login in step with its user account); ``desk.store.pg_grants`` says who may touch which
table, and ``desk.store.pgroles_setup`` applies it (``db-roles setup``).
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desk.core.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationError,
    ConfigurationError,
    PermissionDenied,
    ValidationError,
)
from desk.store.engine import Database

GROUPS = ("admin", "manager", "clerk", "mediator", "kiosk", "display")
STAFF = ("admin", "manager", "clerk", "mediator")
DEVICE_KINDS = ("kiosk", "display")
MAX_IDENTIFIER = 63  # PostgreSQL's NAMEDATALEN - 1


def quote_ident(name: str) -> str:
    """An SQL identifier, double-quoted (role names contain dots and dashes)."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    """An SQL string literal, for the statements that take no parameters (ALTER ROLE ... PASSWORD)."""
    return "'" + value.replace("'", "''") + "'"


def group_role(database: str, role: str) -> str:
    return f"{database}_{role}"


def login_role(database: str, username: str) -> str:
    """The PostgreSQL login of a staff member: ``<database>.<user name>``."""
    name = f"{database}.{username}"
    if len(name) > MAX_IDENTIFIER:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "On this PostgreSQL database a user name may be at most {limit} "
                                           "characters long. Choose a shorter one."),
            field="username", limit=MAX_IDENTIFIER - len(database) - 1,
        )
    return name


def personal_url(raw: str, username: str, password: str) -> str | None:
    """On PostgreSQL an address without a user name means "connect as the person signing in": their own
    login role, whose password the server checks. None for any other address (used as it is)."""
    from desk.store.engine import parse_database_url

    url = parse_database_url(raw)
    if url.get_backend_name() != "postgresql" or url.username or not url.database:
        return None
    personal = url.set(username=login_role(url.database, username.strip().lower()), password=password)
    return personal.render_as_string(hide_password=False)


def login_refused(exc: BaseException) -> AuthenticationError | None:
    """The server refused a person's own login (wrong password, no such login): the sign-in's own sentence,
    the same for both, so the answer tells nobody which names exist. None for any other problem."""
    text_ = str(exc)
    if not isinstance(exc, ConfigurationError) or not ("authentication failed" in text_ or "does not exist" in text_):
        return None
    # Word for word desk.services.auth.MSG_REFUSED (this layer may not import it): a refused login reads
    # exactly like any other refused sign-in.
    return AuthenticationError(QT_TRANSLATE_NOOP(
        "DeskError", "The user name or password is wrong, or the account is disabled. Check both and try again, or "
                     "ask the station manager."), field="password")


def roles_installed(conn: Connection) -> bool:
    """Whether ``db-roles setup`` has run on this database (then staff logins follow user accounts)."""
    if conn.dialect.name != "postgresql":
        return False
    return conn.execute(text("SELECT to_regprocedure('public.griddesk_login_set(text,text,boolean)') IS NOT NULL")
                        ).scalar_one() is True


def scram_verifier(conn: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier, computed here by libpq: the password itself never reaches the server."""
    raw = conn.connection.dbapi_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    return bytes(pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")).decode()


def sync_login(session: Session, username: str, role: str | None = None, active: bool | None = None,
               password: str | None = None) -> None:
    """Create or update a staff member's login role, inside the caller's transaction (so a refused
    change leaves no account half-made). ``role``/``active`` together set group and LOGIN (they must be
    the user account's, which is flushed first); ``password`` alone is what a clerk may do for themselves."""
    session.flush()
    conn = session.connection()
    if not roles_installed(conn):
        return
    database = str(conn.execute(text("SELECT current_database()")).scalar_one())
    login = login_role(database, username)
    if role is not None:
        conn.execute(text("SELECT public.griddesk_login_set(:u, :r, :a)"),
                     {"u": username, "r": role, "a": True if active is None else active})
    if password is not None:
        conn.execute(text("SELECT public.griddesk_login_password(:u, :v)"),
                     {"u": username, "v": scram_verifier(conn, login, password)})


def own_password_changed(db: Database, username: str, password: str) -> None:
    """After a person changed their own password on their own login: the desk keeps connecting."""
    if db.kind == "postgresql" and db.url.database:
        db.password_changed(f"{db.url.database}.{username}", password)


def applicants_by_id_number(session: Session, number: str, *, exact: bool, limit: int) -> list[int] | None:
    """Applicants whose ID number is (or starts with) ``number``, through the database's own lookup
    function where the roles are set up (a clerk's login may look an ID number up but never read one);
    None elsewhere, and the caller queries the column itself."""
    conn = session.connection()
    if not roles_installed(conn):
        return None
    return list(conn.execute(text("SELECT public.griddesk_applicants_by_id_number(:n, :e, :l)"),
                             {"n": number, "e": exact, "l": limit}).scalars())


def refusal(exc: BaseException) -> PermissionDenied | None:
    """A database permission error (SQLSTATE 42501, GRANTs or row-level security) as a sentence, or None."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError) or getattr(exc.orig, "sqlstate", None) != "42501":
        return None
    return PermissionDenied(QT_TRANSLATE_NOOP(
        "DeskError", "The database refused this: the login this terminal uses may not do it. Use the credentials "
                     "made for this terminal's job, or sign in as someone who may."))
