"""``db-roles setup`` and ``db-roles device``: create or repair the group roles, grants, row-level
security and functions on a station's PostgreSQL database (run by its owner).

``setup`` is idempotent: it revokes what the groups hold and grants the plan (``desk.store.pg_grants``)
again, so it also repairs a database whose grants were changed by hand, and gives a table added by a
later migration its grants.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError, ValidationError
from desk.store.pg_grants import INTAKE, MANAGERS, PLAN
from desk.store.pgroles import (
    DEVICE_KINDS,
    GROUPS,
    MAX_IDENTIFIER,
    STAFF,
    group_role,
    login_role,
    quote_ident,
    quote_literal,
    roles_installed,
    scram_verifier,
)

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
  -- A login follows a user account exactly: no login without its account, nor with another role.
  IF NOT EXISTS (SELECT 1 FROM public.app_user WHERE username = p_username AND role = p_role
                 AND active = p_active) THEN
    RAISE EXCEPTION 'permission denied: no Grid Desk user % with role % (active %)', p_username, p_role, p_active
      USING ERRCODE = '42501';
  END IF;
  -- A powerful role that happens to have this name is never turned into a staff login.
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login
             AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
    RAISE EXCEPTION 'permission denied: role % has more rights than a staff login', login USING ERRCODE = '42501';
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

# Looking an applicant up by document number (or its beginning) without reading any: the window's search.
# Letters too: passports, 通行证 and other documents (desk.core.id_documents) are found like ID numbers.
_ID_LOOKUP = r"""
CREATE OR REPLACE FUNCTION public.griddesk_applicants_by_id_number(p_number text, p_exact boolean, p_limit integer)
RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
  SELECT a.id FROM public.applicant a
  WHERE p_number ~ '^[0-9A-Z][0-9A-Z-]{2,29}$'
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
    return f"{head}({', '.join(quote_ident(c) for c in columns if c not in hidden)})"


def _statements(database: str, tables: set[str], sequences: dict[str, list[str]],
                columns: dict[str, list[str]]) -> list[str]:
    groups = [group_role(database, g) for g in GROUPS]
    quoted = ", ".join(quote_ident(g) for g in groups)
    out = [f"REVOKE ALL ON DATABASE {quote_ident(database)} FROM PUBLIC",
           f"GRANT CONNECT ON DATABASE {quote_ident(database)} TO {quoted}",
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
                out.append(f"GRANT {part} ON {quote_ident(table)} TO {quote_ident(group_role(database, group))}")
                if "INSERT" in part:
                    out += [f"GRANT USAGE ON SEQUENCE {quote_ident(seq)} TO {quote_ident(group_role(database, group))}"
                            for seq in sequences.get(table, [])]
    out += _rls(database)
    out += [_LOGIN_SET, _LOGIN_PASSWORD, _ID_LOOKUP,
            "REVOKE ALL ON FUNCTION public.griddesk_applicants_by_id_number(text, boolean, integer) FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION public.griddesk_applicants_by_id_number(text, boolean, integer) TO "
            + ", ".join(quote_ident(group_role(database, g)) for g in INTAKE),
            "REVOKE ALL ON FUNCTION public.griddesk_login_set(text, text, boolean) FROM PUBLIC",
            "REVOKE ALL ON FUNCTION public.griddesk_login_password(text, text) FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION public.griddesk_login_set(text, text, boolean) TO "
            + ", ".join(quote_ident(group_role(database, g)) for g in MANAGERS),
            "GRANT EXECUTE ON FUNCTION public.griddesk_login_password(text, text) TO "
            + ", ".join(quote_ident(group_role(database, g)) for g in STAFF)]
    return out


def _rls(database: str) -> list[str]:
    """Row-level security. app_user: everyone on the staff reads names; a clerk or mediator updates only their own row (sign-in
    counters, own password); a manager only clerks' and mediators' rows and their own."""
    g = {role: quote_ident(group_role(database, role)) for role in GROUPS}
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
        # Issued documents keep the full payload (an agreement names its parties with their ID numbers):
        # each role sees the kinds its work issues, as desk.services.issued_documents lists them.
        "ALTER TABLE issued_document ENABLE ROW LEVEL SECURITY",
        *[f"DROP POLICY IF EXISTS {name} ON issued_document" for name in ("griddesk_window", "griddesk_mediation",
                                                                        "griddesk_all", "griddesk_kiosk_slip",
                                                                        "griddesk_kiosk_slip_id")],
        f"CREATE POLICY griddesk_window ON issued_document FOR ALL TO {g['clerk']} "
        f"USING (kind LIKE 'intake.%' OR kind LIKE 'queue.%') WITH CHECK (kind LIKE 'intake.%' OR kind LIKE 'queue.%')",
        f"CREATE POLICY griddesk_mediation ON issued_document FOR ALL TO {g['mediator']} "
        f"USING (kind LIKE 'mediation.%') WITH CHECK (kind LIKE 'mediation.%')",
        f"CREATE POLICY griddesk_all ON issued_document FOR ALL TO {g['manager']}, {g['admin']} "
        f"USING (true) WITH CHECK (true)",
        # The kiosk keeps the slips it prints, and nothing else; it reads back only the new row's id.
        f"CREATE POLICY griddesk_kiosk_slip ON issued_document FOR INSERT TO {g['kiosk']} "
        f"WITH CHECK (kind = 'queue.slip')",
        f"CREATE POLICY griddesk_kiosk_slip_id ON issued_document FOR SELECT TO {g['kiosk']} "
        f"USING (kind = 'queue.slip')",
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
            conn.execute(text(f"CREATE ROLE {quote_ident(name)} NOLOGIN"))
        else:
            conn.execute(text(f"ALTER ROLE {quote_ident(name)} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"))
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
        conn.execute(text(f"CREATE ROLE {quote_ident(name)} NOLOGIN"))
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
                conn.execute(text(f"REVOKE {quote_ident(group_role(database, other))} FROM {quote_ident(name)}"))
    conn.execute(text(f"GRANT {quote_ident(group_role(database, kind))} TO {quote_ident(name)}"))
    conn.execute(text(f"ALTER ROLE {quote_ident(name)} LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE"))
    verifier = scram_verifier(conn, name, password)
    # Straight to the driver: a verifier is full of ":" and "$" that a SQLAlchemy text() would misread.
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f"ALTER ROLE {quote_ident(name)} PASSWORD {quote_literal(verifier)}")
    finally:
        cursor.close()
    return name
