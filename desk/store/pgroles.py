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

``setup`` is idempotent: it revokes what the groups hold and grants the plan again, so it also
repairs a database whose grants were changed by hand, and it gives a table added by a later
migration its grants (``tests/pg/test_pg_roles.py`` fails when a model table has no entry here).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError, PermissionDenied, ValidationError
from desk.store.engine import Database

GROUPS = ("admin", "manager", "clerk", "mediator", "kiosk", "display")
STAFF = ("admin", "manager", "clerk", "mediator")
DEVICE_KINDS = ("kiosk", "display")
MAX_IDENTIFIER = 63  # PostgreSQL's NAMEDATALEN - 1

S, SI, SIU, SIUD = "SELECT", "SELECT, INSERT", "SELECT, INSERT, UPDATE", "SELECT, INSERT, UPDATE, DELETE"
MANAGERS = ("manager", "admin")
INTAKE = ("clerk", "manager", "admin")
MEDIATORS = ("mediator", "manager", "admin")

# What a hall terminal may see of a ticket: never the citizen's name or phone, nor the clerk.
PUBLIC_TICKET_COLUMNS = (
    "id, station_id, day, prefix, serial, number, service_id, issued_service_id, priority, status, counter_id, "
    "target_counter_id, source, call_count, issued_at, called_at, started_at, finished_at, no_show_at, "
    "transferred_at"
)

# What signing in and changing one's own password write on one's own row (row-level security limits the row).
SIGN_IN_COLUMNS = "password_hash, failed_attempts, locked_until, last_sign_in, must_change_password"


def _each(groups: tuple[str, ...], privileges: str) -> dict[str, str]:
    return {group: privileges for group in groups}


def _merge(*parts: dict[str, str]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for part in parts:
        for group, privileges in part.items():
            merged[group] = f"{merged[group]}; {privileges}" if group in merged else privileges
    return merged


# table -> group -> privileges ("; " separates statements, e.g. a column grant beside a table grant).
# A group missing from a table's entry holds nothing on it.
PLAN: dict[str, dict[str, str]] = {
    "alembic_version": _each(GROUPS, S),
    # foundation
    "station": _merge(_each(GROUPS, S), _each(MANAGERS, "UPDATE")),
    "station_setting": _merge(_each(GROUPS, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    # Staff read colleagues' names; updates are limited by row-level security (see _RLS).
    "app_user": _merge(_each(STAFF, S), _each(("clerk", "mediator"), f"UPDATE ({SIGN_IN_COLUMNS})"),
                       _each(MANAGERS, "INSERT, UPDATE")),
    # The chain head: every writer moves it (SELECT ... FOR UPDATE needs UPDATE); the display polls it.
    "audit_head": _merge(_each(("admin", "manager", "clerk", "mediator", "kiosk"), "SELECT, UPDATE (last_seq, last_hash)"),
                         {"display": S}),
    # Audit records are appended, never changed; only managers read them.
    "audit_record": _merge(_each(("clerk", "mediator", "kiosk"), "INSERT; SELECT (id)"), _each(MANAGERS, SI)),
    # calendar and catalogue
    "calendar_day": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "calendar_year": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "service_category": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "service_item": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "service_material": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    # one-window intake: clerks and managers; mediators never see it
    "intake_counter": _each(INTAKE, SIU),
    # A clerk writes ID numbers and looks them up (griddesk_applicants_by_id_number) but never reads one;
    # screens show id_masked. Managers and administrators read them (audited reveals).
    "applicant": _merge(_each(MANAGERS, SIU), {"clerk": "INSERT, UPDATE; SELECT (*except id_number)"}),
    "applicant_key": _each(INTAKE, SIUD),
    "intake_case": _merge(_each(MANAGERS, SIU), {"clerk": "INSERT, UPDATE; SELECT (*except proxy_id_number)"}),
    "intake_case_event": _each(INTAKE, SI),
    "intake_case_material": _each(INTAKE, SIUD),
    "consultation": _each(("clerk", "mediator", "manager", "admin"), SIU),
    "rating": _each(INTAKE, SIU),
    # documents (receipts, notices, agreements) are issued and reprinted by staff
    "issued_document": _each(STAFF, SI),
    "issued_document_reprint": _each(STAFF, SI),
    # daily log
    "daily_note": _each(MANAGERS, SIUD),
    "report_day_close": _each(MANAGERS, SIU),
    # queue: the kiosk issues numbers, the display reads calls and counts without names or phones
    "counter": _merge(_each(GROUPS, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "queue_service": _merge(_each(GROUPS, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "queue_window_service": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "queue_window_state": _merge(_each(INTAKE, SIU), {"display": S}),
    "queue_day_counter": _merge(_each((*INTAKE, "kiosk"), SIU), {"display": S}),
    "queue_ticket": _merge(_each(INTAKE, SIU), {"kiosk": f"INSERT; SELECT ({PUBLIC_TICKET_COLUMNS})",
                                                "display": f"SELECT ({PUBLIC_TICKET_COLUMNS})"}),
    "queue_ticket_event": _merge(_each(INTAKE, SI), {"kiosk": "INSERT; SELECT (id)", "display": S}),
    # mediation: rooms and bookings are shared (clerks book rooms); cases are the mediators'
    "med_room": _merge(_each(STAFF, S), _each(MEDIATORS, "INSERT, UPDATE, DELETE")),
    "med_room_closure": _merge(_each(STAFF, S), _each(MEDIATORS, "INSERT, UPDATE, DELETE")),
    "med_staff": _merge(_each(STAFF, S), _each(MEDIATORS, "INSERT, UPDATE, DELETE")),
    "med_shift": _merge(_each(STAFF, S), _each(MEDIATORS, "INSERT, UPDATE, DELETE")),
    "med_shift_exception": _merge(_each(STAFF, S), _each(MEDIATORS, "INSERT, UPDATE, DELETE")),
    "med_booking": _each(STAFF, SIU),
    "med_booking_staff": _each(STAFF, SIUD),
    # A clerk may register a mediation request (受理登记) but never read a case back.
    "med_case_counter": _each((*MEDIATORS, "clerk"), SIU),
    "med_case": _merge(_each(MEDIATORS, SIU), {"clerk": "INSERT; SELECT (id)"}),
    "med_party": _merge(_each(MEDIATORS, SIUD), {"clerk": "INSERT; SELECT (id)"}),
    "med_session": _each(MEDIATORS, SIUD),
    "med_agreement": _each(MEDIATORS, SIUD),
    "med_agreement_term": _each(MEDIATORS, SIUD),
    "med_followup": _each(MEDIATORS, SIUD),
    "med_file_item": _each(MEDIATORS, SIUD),
}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
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


def signs_in_personally(raw: str) -> bool:
    try:
        return personal_url(raw, "x", "") is not None
    except ConfigurationError:
        return False  # a wrong address is reported when the database is opened


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


def sync_login(conn: Connection, username: str, role: str | None = None, active: bool | None = None,
               password: str | None = None) -> None:
    """Create or update a staff member's login role, inside the caller's transaction (so a refused
    change leaves no account half-made). ``role``/``active`` together set group and LOGIN; ``password``
    alone is what a clerk may do for themselves."""
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


# -- setup ----------------------------------------------------------------------------------------
_LOGIN_SET = r"""
CREATE OR REPLACE FUNCTION public.griddesk_login_set(p_username text, p_role text, p_active boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
  db text := current_database();
  login text := db || '.' || p_username;
  is_owner boolean := session_user::text = current_user::text;
  is_admin boolean := pg_has_role(session_user, db || '_admin', 'MEMBER');
  g text;
BEGIN
  IF p_username !~ '^[a-z0-9][a-z0-9_.-]{1,39}$' THEN
    RAISE EXCEPTION 'not a Grid Desk user name: %', p_username USING ERRCODE = '22023';
  END IF;
  IF p_role NOT IN ('admin', 'manager', 'clerk', 'mediator') THEN
    RAISE EXCEPTION 'not a Grid Desk role: %', p_role USING ERRCODE = '22023';
  END IF;
  -- A manager runs the clerks and mediators; only an administrator (or the owner) touches the others.
  IF NOT (is_owner OR is_admin) THEN
    IF NOT pg_has_role(session_user, db || '_manager', 'MEMBER') OR p_role IN ('admin', 'manager')
       OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login)
           AND (pg_has_role(login, db || '_admin', 'MEMBER') OR pg_has_role(login, db || '_manager', 'MEMBER'))) THEN
      RAISE EXCEPTION 'permission denied to manage the login of %', p_username USING ERRCODE = '42501';
    END IF;
  END IF;
  -- A powerful role that happens to have this name is never turned into a staff login.
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login
             AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
    RAISE EXCEPTION 'role % exists with more rights than a staff login', login USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', login);
  END IF;
  FOREACH g IN ARRAY ARRAY['admin', 'manager', 'clerk', 'mediator', 'kiosk', 'display'] LOOP
    IF g <> p_role AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                               JOIN pg_roles u ON u.oid = m.member
                               WHERE r.rolname = db || '_' || g AND u.rolname = login) THEN
      EXECUTE format('REVOKE %I FROM %I', db || '_' || g, login);
    END IF;
  END LOOP;
  EXECUTE format('GRANT %I TO %I', db || '_' || p_role, login);
  -- INHERIT: the login acts with its group's rights without SET ROLE.
  EXECUTE format('ALTER ROLE %I %s INHERIT', login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$fn$
"""

# Looking an applicant up by ID number (or its beginning) without reading any: the window's search.
_ID_LOOKUP = r"""
CREATE OR REPLACE FUNCTION public.griddesk_applicants_by_id_number(p_number text, p_exact boolean, p_limit integer)
RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
  SELECT a.id FROM public.applicant a
  WHERE p_number ~ '^[0-9]{3,17}[0-9X]?$'
    AND CASE WHEN p_exact THEN a.id_number = p_number
             ELSE a.id_number >= p_number
                  AND a.id_number < left(p_number, -1) || chr(ascii(right(p_number, 1)) + 1) END
  ORDER BY a.id LIMIT least(greatest(p_limit, 0), 100)
$fn$
"""

_LOGIN_PASSWORD = r"""
CREATE OR REPLACE FUNCTION public.griddesk_login_password(p_username text, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
  db text := current_database();
  login text := db || '.' || p_username;
  is_owner boolean := session_user::text = current_user::text;
  is_admin boolean := pg_has_role(session_user, db || '_admin', 'MEMBER');
BEGIN
  IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
    RAISE EXCEPTION 'only a SCRAM-SHA-256 verifier is accepted' USING ERRCODE = '22023';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
    RAISE EXCEPTION 'no login for %', p_username USING ERRCODE = '42704';
  END IF;
  -- One's own password; a manager resets clerks' and mediators'; an administrator anyone's.
  IF NOT (is_owner OR is_admin OR session_user::text = login
          OR (pg_has_role(session_user, db || '_manager', 'MEMBER')
              AND NOT pg_has_role(login, db || '_admin', 'MEMBER')
              AND NOT pg_has_role(login, db || '_manager', 'MEMBER'))) THEN
    RAISE EXCEPTION 'permission denied to set the password of %', p_username USING ERRCODE = '42501';
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', login, p_verifier);
END
$fn$
"""


@dataclass(frozen=True)
class SetupReport:
    database: str
    groups: list[str]
    logins_created: list[str]  # staff who had no login yet: their password must be set (user passwd)
    tables: int


def _require_owner(conn: Connection) -> None:
    ok = conn.execute(text(
        "SELECT r.rolsuper OR (r.rolcreaterole AND d.datdba = r.oid) FROM pg_roles r, pg_database d "
        "WHERE r.rolname = current_user AND d.datname = current_database()")).scalar_one()
    if not ok:
        raise ConfigurationError(QT_TRANSLATE_NOOP(
            "DeskError", "Setting up the database roles needs the database's owner with the CREATEROLE right (or a "
                         "superuser). Run the command again with --db postgresql+psycopg://OWNER@host/database."))


def _expand(part: str, columns: list[str]) -> str:
    """``SELECT (*except a, b)``: every column of the table but those (new columns included on repair)."""
    if "(*except " not in part:
        return part
    head, _, rest = part.partition("(*except ")
    hidden = {c.strip() for c in rest.rstrip(")").split(",")}
    return f"{head}({', '.join(_quote(c) for c in columns if c not in hidden)})"


def _statements(database: str, tables: set[str], sequences: dict[str, list[str]],
                columns: dict[str, list[str]]) -> list[str]:
    groups = [group_role(database, g) for g in GROUPS]
    quoted = ", ".join(_quote(g) for g in groups)
    out = [f"REVOKE ALL ON DATABASE {_quote(database)} FROM PUBLIC",
           f"GRANT CONNECT ON DATABASE {_quote(database)} TO {quoted}",
           "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
           f"REVOKE CREATE ON SCHEMA public FROM {quoted}",
           f"GRANT USAGE ON SCHEMA public TO {quoted}",
           f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}",
           f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {quoted}"]
    for table, grants in PLAN.items():
        if table not in tables:
            continue
        for group, privileges in grants.items():
            for part in privileges.split("; "):
                part = _expand(part, columns.get(table, []))
                out.append(f"GRANT {part} ON {_quote(table)} TO {_quote(group_role(database, group))}")
                if "INSERT" in part:
                    out += [f"GRANT USAGE ON SEQUENCE {_quote(seq)} TO {_quote(group_role(database, group))}"
                            for seq in sequences.get(table, [])]
    out += _rls(database)
    out += [_LOGIN_SET, _LOGIN_PASSWORD, _ID_LOOKUP,
            "REVOKE ALL ON FUNCTION public.griddesk_applicants_by_id_number(text, boolean, integer) FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION public.griddesk_applicants_by_id_number(text, boolean, integer) TO "
            + ", ".join(_quote(group_role(database, g)) for g in INTAKE),
            "REVOKE ALL ON FUNCTION public.griddesk_login_set(text, text, boolean) FROM PUBLIC",
            "REVOKE ALL ON FUNCTION public.griddesk_login_password(text, text) FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION public.griddesk_login_set(text, text, boolean) TO "
            + ", ".join(_quote(group_role(database, g)) for g in MANAGERS),
            "GRANT EXECUTE ON FUNCTION public.griddesk_login_password(text, text) TO "
            + ", ".join(_quote(group_role(database, g)) for g in STAFF)]
    return out


def _rls(database: str) -> list[str]:
    """app_user: everyone on the staff reads names; a clerk or mediator updates only their own row (sign-in
    counters, own password); a manager only clerks' and mediators' rows and their own."""
    g = {role: _quote(group_role(database, role)) for role in GROUPS}
    own = "current_database() || '.' || username = session_user::text"
    lower = "role IN ('clerk', 'mediator')"
    return [
        "ALTER TABLE app_user ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS griddesk_read ON app_user",
        "DROP POLICY IF EXISTS griddesk_own ON app_user",
        "DROP POLICY IF EXISTS griddesk_manager ON app_user",
        "DROP POLICY IF EXISTS griddesk_admin ON app_user",
        f"CREATE POLICY griddesk_read ON app_user FOR SELECT TO {g['clerk']}, {g['mediator']}, {g['manager']}, "
        f"{g['admin']} USING (true)",
        f"CREATE POLICY griddesk_own ON app_user FOR UPDATE TO {g['clerk']}, {g['mediator']} USING ({own}) "
        f"WITH CHECK ({own} AND {lower})",
        f"CREATE POLICY griddesk_manager ON app_user FOR ALL TO {g['manager']} USING ({lower} OR {own}) "
        f"WITH CHECK ({lower} OR ({own} AND role = 'manager'))",
        f"CREATE POLICY griddesk_admin ON app_user FOR ALL TO {g['admin']} USING (true) WITH CHECK (true)",
    ]


def setup(conn: Connection) -> SetupReport:
    """Create or repair the group roles, grants, policies and functions; give every user account a login.

    Runs in the caller's transaction: either all of it applies or none.
    """
    if conn.dialect.name != "postgresql":
        raise ConfigurationError(QT_TRANSLATE_NOOP(
            "DeskError", "Database roles exist only on PostgreSQL. A SQLite file is protected by its folder's "
                         "permissions; give --db postgresql+psycopg://OWNER@host/database."))
    _require_owner(conn)
    database = str(conn.execute(text("SELECT current_database()")).scalar_one())
    if len(group_role(database, "mediator")) > MAX_IDENTIFIER:
        raise ConfigurationError(QT_TRANSLATE_NOOP(
            "DeskError", "The database name {name} is too long for its role names; use a name of at most 50 "
                         "characters."), name=database)
    existing = set(conn.execute(text("SELECT rolname FROM pg_roles")).scalars())
    for role in GROUPS:
        name = group_role(database, role)
        if name not in existing:
            conn.execute(text(f"CREATE ROLE {_quote(name)} NOLOGIN"))
        else:
            conn.execute(text(f"ALTER ROLE {_quote(name)} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"))
    tables = set(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
    sequences: dict[str, list[str]] = {}
    for table, sequence in conn.execute(text(
            "SELECT c.relname, s.relname FROM pg_class s JOIN pg_depend d ON d.objid = s.oid "
            "AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass "
            "JOIN pg_class c ON c.oid = d.refobjid WHERE s.relkind = 'S' "
            "AND c.relnamespace = 'public'::regnamespace")):
        sequences.setdefault(table, []).append(sequence)
    columns: dict[str, list[str]] = {}
    for table, column in conn.execute(text(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "ORDER BY table_name, ordinal_position")):
        columns.setdefault(table, []).append(column)
    for statement in _statements(database, tables, sequences, columns):
        conn.execute(text(statement))
    created = []
    users = conn.execute(text("SELECT username, role, active FROM app_user ORDER BY username")).all()
    for username, role, active in users:
        if login_role(database, username) not in existing:
            created.append(username)
        conn.execute(text("SELECT public.griddesk_login_set(:u, :r, :a)"), {"u": username, "r": role, "a": active})
    return SetupReport(database, [group_role(database, g) for g in GROUPS], created, len(tables & PLAN.keys()))


def add_device(conn: Connection, name: str, kind: str, password: str) -> str:
    """A kiosk's or hall display's login (owner only): the credentials that terminal keeps in its --db URL."""
    if kind not in DEVICE_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "A device is a kiosk or a display, not \"{kind}\"."),
                              field="kind", kind=kind)
    _require_owner(conn)
    database = str(conn.execute(text("SELECT current_database()")).scalar_one())
    if not roles_installed(conn):
        raise ConfigurationError(QT_TRANSLATE_NOOP(
            "DeskError", "Set up the database roles first: python main.py db-roles setup --db URL"))
    if not name or len(name) > MAX_IDENTIFIER or not name.replace("_", "").replace("-", "").isalnum():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "A device login name is 1 to 63 letters, digits, dashes or underscores."), field="name")
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if exists is None:
        conn.execute(text(f"CREATE ROLE {_quote(name)} NOLOGIN"))
    else:
        # A role that is not one of this station's devices is never taken over (it could be anybody's).
        member_of = set(conn.execute(text(
            "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": name}).scalars())
        if not member_of or not member_of <= {group_role(database, k) for k in DEVICE_KINDS}:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DeskError", "A database role named {name} already exists and is not a device of this station. "
                             "Choose another name."), field="name", name=name)
        for other in DEVICE_KINDS:
            if other != kind and group_role(database, other) in member_of:
                conn.execute(text(f"REVOKE {_quote(group_role(database, other))} FROM {_quote(name)}"))
    conn.execute(text(f"GRANT {_quote(group_role(database, kind))} TO {_quote(name)}"))
    conn.execute(text(f"ALTER ROLE {_quote(name)} LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE"))
    verifier = scram_verifier(conn, name, password)
    # Straight to the driver: a verifier is full of ":" and "$" that a SQLAlchemy text() would misread.
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f"ALTER ROLE {_quote(name)} PASSWORD {_literal(verifier)}")
    finally:
        cursor.close()
    return name


def refusal(exc: BaseException) -> PermissionDenied | None:
    """A database permission error (SQLSTATE 42501, GRANTs or row-level security) as a sentence, or None."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError) or getattr(exc.orig, "sqlstate", None) != "42501":
        return None
    return PermissionDenied(QT_TRANSLATE_NOOP(
        "DeskError", "The database refused this: the login this terminal uses may not do it. Use the credentials "
                     "made for this terminal's job, or sign in as someone who may."))
