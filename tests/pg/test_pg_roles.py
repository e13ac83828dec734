"""PostgreSQL enforces the roles: every terminal kind connects with its own login (kiosk, display, clerk,
mediator, manager) and psql shows that everything outside its job is refused by the server itself.

The local test server trusts 127.0.0.1 (pg_hba ``trust``), so passwords are not checked here: the refusals
below come from GRANTs, row-level security and the SECURITY DEFINER functions, not from authentication.
That the logins carry SCRAM-SHA-256 passwords is checked separately, in pg_authid.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desk.app import main
from desk.core.permissions import Permission, Role
from desk.services.context import Actor, Desk
from desk.store import pg_grants, pgroles, pgroles_setup
from desk.store.engine import Database
from tests.conftest import PG_ENV, PG_SKIP_REASON, FakeClock

pytestmark = [pytest.mark.pg]

PASSWORDS = {"admin": "admin-password-1", "manager1": "manager-password-1", "clerk1": "clerk-password-1",
             "mediator1": "mediator-password-1"}


@dataclass
class Hall:
    database: str
    owner_url: str
    admin: Actor
    service_id: int
    applicant_id: int

    def login(self, username: str) -> str:
        return pgroles.login_role(self.database, username)

    def device(self, kind: str) -> str:
        return f"{self.database}-{kind}"

    def url_as(self, role: str) -> str:
        return make_url(self.owner_url)._replace(username=role, password=None).render_as_string(hide_password=False)

    def personal_url(self) -> str:
        """What a staff PC holds: server and database, no user (each person signs in with their own login)."""
        return make_url(self.owner_url)._replace(username=None, password=None).render_as_string(hide_password=False)


def _psql_base() -> list[str]:
    if shutil.which("psql") is None:
        if os.environ.get("GRID_DESK_REQUIRE_PG") == "1":
            pytest.fail("psql is not installed, but the PostgreSQL role tests must run here (GRID_DESK_REQUIRE_PG=1).")
        pytest.skip("psql is not installed")
    url = make_url(os.environ[PG_ENV])
    return ["psql", "-h", url.host or "127.0.0.1", "-p", str(url.port or 5432), "-X", "-q", "-A", "-t",
            "-v", "ON_ERROR_STOP=1"]


def psql(hall: Hall, role: str, sql: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*_psql_base(), "-U", role, "-d", hall.database, "-c", sql], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PGCONNECT_TIMEOUT": "10"})


def allowed(hall: Hall, role: str, sql: str) -> str:
    done = psql(hall, role, sql)
    assert done.returncode == 0, f"{role} was refused {sql!r}: {done.stderr}"
    return done.stdout.strip()


def refused(hall: Hall, role: str, sql: str) -> None:
    done = psql(hall, role, sql)
    assert done.returncode != 0, f"{role} was allowed {sql!r}: {done.stdout}"
    assert ("permission denied" in done.stderr or "row-level security" in done.stderr
            or "must be owner" in done.stderr or "must have admin option" in done.stderr), \
        f"{role}: {sql!r}: {done.stderr}"


def _drop_station(admin: Database, database: str) -> None:
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        for role in conn.execute(text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p) "
                                      "ORDER BY rolname LIKE '%\\_%' ESCAPE '\\'"), {"p": database}).scalars():
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


@pytest.fixture
def hall(pg_template: str) -> Iterator[Hall]:
    """A station database with roles set up, four staff, a kiosk and a display; dropped (roles too) after."""
    if not os.environ.get(PG_ENV):
        pytest.skip(PG_SKIP_REASON)
    from desk.services import users
    from desk.services.intake import applicants
    from desk.services.queue.config import ServiceInput, save_service

    admin_db = Database(os.environ[PG_ENV])
    database = f"gdr_{uuid.uuid4().hex[:10]}"
    with admin_db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{database}" TEMPLATE "{pg_template}"'))
    owner_url = admin_db.url.set(database=database).render_as_string(hide_password=False)
    try:
        assert main(["--db", owner_url, "db-roles", "setup"]) == 0
        owner = Desk(Database(owner_url), clock=FakeClock())
        row = users.create_first_admin(owner, "admin", "Admin", PASSWORDS["admin"])
        admin = Actor(row.id, "admin", "Admin", Role.ADMIN, 1, "test")
        for name, role in (("manager1", Role.MANAGER), ("clerk1", Role.CLERK), ("mediator1", Role.MEDIATOR)):
            users.add_user(owner, admin, name, name.title(), role, PASSWORDS[name])
        service_id = save_service(owner, admin, ServiceInput("A", "综合受理", opens="00:00", closes="23:59")).id
        applicant = applicants.save_applicant(owner, admin, applicants.ApplicantInput(
            "person", "张三", id_number="110101198001010010", phone="13812345678", address="幸福路1号"))
        with owner.db.engine.begin() as conn:
            for kind in ("kiosk", "display"):
                pgroles_setup.add_device(conn, f"{database}-{kind}", kind, f"{kind}-password-1")
        owner.db.dispose()
        yield Hall(database, owner_url, admin, service_id, applicant.id)
    finally:
        _drop_station(admin_db, database)
        admin_db.dispose()


def test_every_model_table_has_a_grant_entry() -> None:
    from desk.store.models import Base

    assert set(Base.metadata.tables) - set(pg_grants.PLAN) == set()


def test_logins_have_scram_passwords_and_the_right_groups(hall: Hall) -> None:
    owner = "postgres"
    rows = allowed(hall, owner, "SELECT rolname || '|' || coalesce(rolpassword LIKE 'SCRAM-SHA-256$%', false) || '|' || rolcanlogin "
                                f"FROM pg_authid WHERE starts_with(rolname, '{hall.database}') ORDER BY 1")
    found = dict(line.split("|", 1) for line in rows.splitlines())
    for username in PASSWORDS:
        assert found[hall.login(username)] == "true|true"
    for kind in ("kiosk", "display"):
        assert found[hall.device(kind)] == "true|true"
    for group in pgroles.GROUPS:
        assert found[pgroles.group_role(hall.database, group)] == "false|false"  # NOLOGIN, no password
    assert allowed(hall, owner, f"SELECT pg_has_role('{hall.login('clerk1')}', "
                                f"'{pgroles.group_role(hall.database, 'clerk')}', 'MEMBER')") == "t"


def test_nobody_but_the_owner_changes_the_schema_or_the_audit_trail(hall: Hall) -> None:
    for role in (hall.device("kiosk"), hall.device("display"), hall.login("clerk1"), hall.login("mediator1"),
                 hall.login("manager1"), hall.login("admin")):
        refused(hall, role, "CREATE TABLE intruder (id int)")
        refused(hall, role, "ALTER TABLE app_user ADD COLUMN x int")
        refused(hall, role, "DROP TABLE audit_record")
        refused(hall, role, "UPDATE audit_record SET username = 'x'")
        refused(hall, role, "DELETE FROM audit_record")
        refused(hall, role, "TRUNCATE audit_record")
        refused(hall, role, "UPDATE audit_head SET id = 2")
        refused(hall, role, f"ALTER ROLE \"{role}\" CREATEROLE")
    assert int(allowed(hall, hall.login("manager1"), "SELECT count(*) FROM audit_record")) > 0


def test_the_kiosk_reads_services_and_issues_numbers_and_nothing_else(hall: Hall) -> None:
    from desk.services.queue.board import service_queues
    from desk.services.queue.issuing import issue_ticket

    kiosk = hall.device("kiosk")
    assert "综合受理" in allowed(hall, kiosk, "SELECT name FROM queue_service")
    for sql in ("SELECT * FROM app_user", "SELECT id_number FROM applicant", "SELECT * FROM applicant",
                "SELECT citizen_name FROM queue_ticket", "SELECT citizen_phone FROM queue_ticket",
                "SELECT * FROM med_case", "SELECT * FROM audit_record", "SELECT * FROM intake_case",
                "UPDATE queue_ticket SET status = 'done'", "DELETE FROM queue_ticket",
                "INSERT INTO app_user (station_id, username, display_name, role, phone, password_hash, active, "
                "failed_attempts, must_change_password, created_at) VALUES (1, 'intruder', 'x', 'admin', '', 'x', "
                "true, 0, false, now())",
                "SELECT public.griddesk_login_set('intruder', 'admin', true)",
                "UPDATE station_setting SET value_json = '1'"):
        refused(hall, kiosk, sql)
    # Its own job, through the service, with its own credentials.
    desk = Desk(Database(hall.url_as(kiosk)), clock=FakeClock())
    try:
        device = Actor(None, "kiosk", "取号机", Role.CLERK, 1, "kiosk@test", only=frozenset({Permission.QUEUE_ISSUE}))
        issued = issue_ticket(desk, device, hall.service_id, citizen_name="王五", citizen_phone="13900001111")
        assert issued.ticket.number == "A001"
        green = issue_ticket(desk, device, hall.service_id, priority=True)  # reads the fairness rule
        assert green.waiting_ahead == 0
        assert [q.waiting for q in service_queues(desk)] == [2]
        from desk.services.queue.help import ask_for_help

        asked = ask_for_help(desk, device)  # 呼叫工作人员, with the kiosk's own login
        assert ask_for_help(desk, device).id == asked.id
    finally:
        desk.db.dispose()
    assert allowed(hall, "postgres", "SELECT citizen_name FROM queue_ticket") == "王五"


def test_the_display_reads_masked_calls_and_counts_only(hall: Hall) -> None:
    from desk.services.queue.board import hall_board

    display = hall.device("display")
    allowed(hall, display, "SELECT number, status, counter_id, called_at FROM queue_ticket")
    for sql in ("SELECT citizen_name FROM queue_ticket", "SELECT citizen_phone FROM queue_ticket",
                "SELECT * FROM queue_ticket", "SELECT clerk_id FROM queue_ticket", "SELECT * FROM app_user",
                "SELECT * FROM applicant", "SELECT * FROM med_case", "SELECT * FROM audit_record",
                "INSERT INTO queue_ticket_event (station_id, ticket_id, kind, at) VALUES (1, 1, 'called', now())",
                "UPDATE audit_head SET last_seq = 0", "INSERT INTO audit_record (seq) VALUES (1)"):
        refused(hall, display, sql)
    desk = Desk(Database(hall.url_as(display)), clock=FakeClock())
    try:
        board = hall_board(desk)
        assert [q.prefix for q in board.services] == ["A"]
    finally:
        desk.db.dispose()


def test_a_clerk_cannot_read_mediation_or_manage_accounts(hall: Hall) -> None:
    from desk.services.queue.board import waiting_tickets

    clerk = hall.login("clerk1")
    for table in ("med_case", "med_party", "med_session", "med_agreement", "med_agreement_term", "med_followup",
                  "med_file_item", "audit_record", "daily_note", "report_day_close"):
        refused(hall, clerk, f"SELECT * FROM {table}")
    refused(hall, clerk, "SELECT id_number FROM med_party")
    # An issued agreement keeps its parties' details: row-level security hides mediation documents.
    allowed(hall, "postgres", "INSERT INTO issued_document (station_id, kind, number, title, entity, entity_id, "
                              "issued_at, issued_by_name, terminal, timezone, header_json, payload_json, font, pdf, "
                              "sha256, size) VALUES (1, 'mediation.agreement', 'X1', 't', 'med_case', '1', now(), 'm', "
                              "'t', 'Asia/Shanghai', '{}', '{\"parties\": \"110101198001010010\"}', 'f', '', '', 0)")
    assert allowed(hall, clerk, "SELECT count(*) FROM issued_document") == "0"
    assert allowed(hall, hall.login("mediator1"), "SELECT count(*) FROM issued_document") == "1"
    assert allowed(hall, hall.login("manager1"), "SELECT count(*) FROM issued_document") == "1"
    refused(hall, clerk, "INSERT INTO issued_document (station_id, kind, number, title, entity, entity_id, "
                         "issued_at, issued_by_name, terminal, timezone, header_json, payload_json, font, pdf, "
                         "sha256, size) VALUES (1, 'mediation.agreement', 'X2', 't', 'med_case', '1', now(), 'c', "
                         "'t', 'Asia/Shanghai', '{}', '{}', 'f', '', '', 0)")
    # Unmasked ID numbers: not the column, not in a condition, not the proxy's; the masked one is there.
    refused(hall, clerk, "SELECT id_number FROM applicant")
    refused(hall, clerk, "SELECT * FROM applicant")
    refused(hall, clerk, "SELECT id FROM applicant WHERE id_number LIKE '1101%'")
    refused(hall, clerk, "SELECT proxy_id_number FROM intake_case")
    assert allowed(hall, clerk, "SELECT id_masked FROM applicant") == "110***********0010"
    # Looking one up by the number typed from the card works, and gives the applicant's id only.
    assert allowed(hall, clerk, "SELECT public.griddesk_applicants_by_id_number('110101198001010010', true, 5)") \
        == str(hall.applicant_id)
    refused(hall, hall.login("mediator1"), "SELECT public.griddesk_applicants_by_id_number('1101', false, 5)")
    # A manager reads the full number (the audited reveal runs on the manager's login).
    assert allowed(hall, hall.login("manager1"), "SELECT id_number FROM applicant") == "110101198001010010"
    refused(hall, clerk, "UPDATE app_user SET role = 'admin' WHERE username = 'clerk1'")
    refused(hall, clerk, "UPDATE app_user SET active = false WHERE username = 'admin'")
    assert allowed(hall, clerk, "UPDATE app_user SET failed_attempts = 0 WHERE username = 'admin' RETURNING id") == ""
    refused(hall, clerk, "SELECT public.griddesk_login_set('clerk1', 'admin', true)")
    refused(hall, clerk, "SELECT public.griddesk_login_password('admin', 'SCRAM-SHA-256$4096:x')")
    refused(hall, clerk, "INSERT INTO station_setting (station_id, key, value_json) VALUES (1, 'x', '1')")
    refused(hall, clerk, "DELETE FROM queue_ticket")
    # Its own job: the queue and intake tables.
    allowed(hall, clerk, "SELECT count(*) FROM queue_ticket")
    allowed(hall, clerk, "SELECT count(*) FROM intake_case")
    desk = Desk(Database(hall.url_as(clerk)), clock=FakeClock())
    try:
        assert waiting_tickets(desk) == []
    finally:
        desk.db.dispose()


def _staff_desk(hall: Hall, username: str) -> tuple[Desk, Actor]:
    from desk.services.auth import sign_in
    from desk.store.pgroles import personal_url

    url = personal_url(hall.personal_url(), username, PASSWORDS[username])
    assert url is not None
    desk = Desk(Database(url), clock=FakeClock())
    return desk, sign_in(desk, username, PASSWORDS[username], "test").actor


def test_a_clerks_a_mediators_and_a_managers_day_work_on_their_own_logins(hall: Hall) -> None:
    """Their jobs run with their own credentials: queue, intake, a mediation request; the mediator's case."""
    from desk.services import audit, windows
    from desk.services.intake import applicants
    from desk.services.mediation.cases import register_case
    from desk.services.queue.calling import call_next
    from desk.services.queue.config import set_window_services
    from desk.services.queue.issuing import issue_ticket
    from desk.services.queue.serving import finish_service, start_service
    from tests.services.mediation_setup import sample_case, sample_parties

    owner = Desk(Database(hall.owner_url), clock=FakeClock())
    windows.add_window(owner, hall.admin, 1, "1号窗口")
    set_window_services(owner, hall.admin, 1, [hall.service_id])
    owner.db.dispose()
    desk, clerk = _staff_desk(hall, "clerk1")
    try:
        issue_ticket(desk, clerk, hall.service_id, source="window")
        from desk.services.queue import help as staff_help
        from desk.services.queue.window_state import leave_window, take_window

        take_window(desk, clerk, 1)
        for call in staff_help.open_help_requests(desk, clerk):
            staff_help.answer_help(desk, clerk, call.id)
        assert call_next(desk, clerk, 1) is not None
        start_service(desk, clerk, 1)
        assert finish_service(desk, clerk, 1).status == "done"
        leave_window(desk, clerk, 1)
        found = applicants.search_applicants(desk, clerk, "张三")
        assert [a.name for a in found] == ["张三"] and "*" in found[0].id_masked
        assert [a.id for a in applicants.search_applicants(desk, clerk, "110101 1980")] == [hall.applicant_id]
        edit = applicants.applicant_input(desk, clerk, hall.applicant_id)
        from dataclasses import replace

        applicants.update_applicant(desk, clerk, hall.applicant_id, replace(edit, address="幸福路2号"))
        with pytest.raises(Exception, match="registered already"):
            applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
                "person", "张三", id_number="110101198001010010", phone="13812345678"))
        # A passport holder, registered and found again by the number's beginning on the clerk's own login
        # (the lookup function reads the column the login may not; issue 12, item 16).
        visitor = applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
            "person", "John SMITH", id_number="E12345678", phone="13900000009", id_type="passport"))
        assert visitor.document_number == "护照 E*****678"
        assert [a.id for a in applicants.search_applicants(desk, clerk, "e1234")] == [visitor.id]
        with pytest.raises(Exception, match="registered already"):
            applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
                "person", "J. SMITH", id_number="E12345678", phone="13900000010", id_type="passport"))
        with pytest.raises(Exception, match="permission denied"):
            applicants.reveal_id_number(desk, replace(clerk, role=Role.MANAGER), hall.applicant_id)
        assert register_case(desk, clerk, sample_case(), sample_parties()).number
        from desk.services.intake.case_documents import issue_case_document
        from desk.services.intake.cases import ProxyInput
        from desk.services.issued_documents import list_issued
        from tests.services.intake_support import take_in

        case = take_in(desk, clerk, "CG-01", hall.applicant_id,
                       proxy=ProxyInput("李四", "310106200002298887", "邻居"))
        assert case.proxy_id_masked == "310***********8887"  # shown masked, read from the masked column
        issue_case_document(desk, clerk, case.row.id)  # the receipt, kept for reprints
        # the receipt, and the slip of the number issued at the window above (kept since papers-docs)
        assert sorted(d.kind for d in list_issued(desk, clerk)) == ["intake.receipt", "queue.slip"]
    finally:
        desk.db.dispose()
    desk, mediator = _staff_desk(hall, "mediator1")
    try:
        from desk.services.mediation.cases import list_cases

        assert [c.title for c in list_cases(desk, mediator)] == [sample_case().title]
    finally:
        desk.db.dispose()
    desk, manager = _staff_desk(hall, "manager1")
    try:  # the manager's day: the log over every capability, the user list, the audit list
        from desk.services.report.log import daily_log
        from desk.services.users import list_users

        assert daily_log(desk, manager, "2026-11-20", "2026-11-20") is not None
        assert {u.username for u in list_users(desk, manager)} >= {"admin", "clerk1"}
        assert audit.list_records(desk, manager, audit.AuditFilter())[1] > 0
    finally:
        desk.db.dispose()
    owner = Database(hall.owner_url)
    assert audit.verify(owner).ok
    with owner.engine.connect() as conn:  # the clerk's edit kept the number it could not read
        assert conn.execute(text("SELECT id_number, address FROM applicant ORDER BY id")).first() == (
            "110101198001010010", "幸福路2号")
    owner.dispose()


def test_changing_ones_own_password_changes_the_login_and_the_desk_keeps_connecting(hall: Hall) -> None:
    from sqlalchemy import event

    from desk.services.users import set_password

    before = allowed(hall, "postgres", f"SELECT rolpassword FROM pg_authid WHERE rolname = '{hall.login('clerk1')}'")
    desk, clerk = _staff_desk(hall, "clerk1")
    seen: list[str] = []
    event.listen(desk.db.engine, "do_connect", lambda _d, _r, _a, params: seen.append(params.get("password")))
    try:
        set_password(desk, clerk, "clerk1", "a-new-clerk-password")
        desk.db.engine.dispose()  # the next connection is a new one: it must bring the new password
        with desk.db.reading() as session:
            session.execute(text("SELECT 1"))
    finally:
        desk.db.dispose()
    assert seen == ["a-new-clerk-password"]
    after = allowed(hall, "postgres", f"SELECT rolpassword FROM pg_authid WHERE rolname = '{hall.login('clerk1')}'")
    assert after != before and after.startswith("SCRAM-SHA-256$")
    assert "a-new-clerk-password" not in after


def test_a_mediator_cannot_read_intake(hall: Hall) -> None:
    mediator = hall.login("mediator1")
    for sql in ("SELECT * FROM applicant", "SELECT * FROM intake_case", "SELECT * FROM audit_record",
                "SELECT citizen_name FROM queue_ticket", "UPDATE app_user SET active = false"):
        refused(hall, mediator, sql)
    allowed(hall, mediator, "SELECT count(*) FROM med_case")
    allowed(hall, mediator, "SELECT count(*) FROM med_party")


def test_a_manager_manages_clerks_but_never_makes_an_administrator(hall: Hall) -> None:
    manager = hall.login("manager1")
    refused(hall, manager, "UPDATE app_user SET role = 'admin' WHERE username = 'clerk1'")
    # Row-level security hides the administrator's row from a manager's UPDATE: nothing changes.
    assert allowed(hall, manager, "UPDATE app_user SET active = false WHERE username = 'admin' RETURNING id") == ""
    assert allowed(hall, "postgres", "SELECT active FROM app_user WHERE username = 'admin'") == "t"
    refused(hall, manager, "SELECT public.griddesk_login_set('clerk1', 'admin', true)")
    refused(hall, manager, "SELECT public.griddesk_login_set('admin', 'clerk', false)")
    refused(hall, manager, f"GRANT \"{pgroles.group_role(hall.database, 'admin')}\" TO \"{manager}\"")
    allowed(hall, manager, "SELECT public.griddesk_login_set('clerk1', 'clerk', true)")
    # A login follows its user account: none without one, none with another role than the account's.
    refused(hall, manager, "SELECT public.griddesk_login_set('ghost', 'clerk', true)")
    refused(hall, manager, "SELECT public.griddesk_login_set('clerk1', 'mediator', true)")
    refused(hall, manager, "SELECT public.griddesk_login_password('admin', 'SCRAM-SHA-256$4096:x')")
    allowed(hall, manager, "SELECT count(*) FROM audit_record")


def test_user_add_on_postgresql_creates_the_login_and_disable_removes_login(hall: Hall,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    personal = hall.personal_url()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSWORDS['manager1']}\nnew-clerk-password-1\n"))
    assert main(["--db", personal, "user", "add", "clerk2", "--name", "李四", "--role", "clerk", "--user", "manager1",
                 "--password-stdin"]) == 0
    login = hall.login("clerk2")
    assert allowed(hall, "postgres", f"SELECT rolcanlogin AND rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid "
                                     f"WHERE rolname = '{login}'") == "t"
    refused(hall, login, "SELECT * FROM med_case")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSWORDS['manager1']}\n"))
    assert main(["--db", personal, "user", "disable", "clerk2", "--user", "manager1", "--password-stdin"]) == 0
    assert allowed(hall, "postgres", f"SELECT rolcanlogin FROM pg_roles WHERE rolname = '{login}'") == "f"


def test_the_kiosk_url_cannot_make_an_administrator(hall: Hall, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's reproduction: with the kiosk's URL, `user add intruder --role admin` made an administrator."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSWORDS['admin']}\nintruder-password-1\n"))
    code = main(["--db", hall.url_as(hall.device("kiosk")), "user", "add", "intruder", "--name", "X", "--role",
                 "admin", "--user", "admin", "--password-stdin"])
    assert code != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "database refused" in err
    assert allowed(hall, "postgres", "SELECT count(*) FROM app_user WHERE username = 'intruder'") == "0"


def test_the_desk_signs_in_with_the_persons_own_login(hall: Hall, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A desk PC's address names no user: each person connects as their own login role."""
    from PySide6.QtCore import Qt

    from desk.ui.signin import SignInDialog
    from desk.ui.terminal_settings import TerminalSettings

    personal = hall.personal_url()
    dialog = SignInDialog(personal, TerminalSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=10000)
    dialog.username.setText("nobody")
    dialog.password.setText("whatever-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wrong" in dialog.status.text() or "错误" in dialog.status.text(), timeout=10000)
    dialog.username.setText("clerk1")
    dialog.password.setText(PASSWORDS["clerk1"])
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result_actor.username == "clerk1"
    assert dialog.desk is not None and dialog.desk.db.url.username == hall.login("clerk1")
    dialog.desk.db.dispose()


def test_setup_is_idempotent_and_repairs_grants(hall: Hall) -> None:
    allowed(hall, "postgres", f"GRANT ALL ON audit_record TO \"{pgroles.group_role(hall.database, 'clerk')}\"")
    allowed(hall, "postgres", f"GRANT SELECT ON applicant TO \"{pgroles.group_role(hall.database, 'kiosk')}\"")
    assert main(["--db", hall.owner_url, "db-roles", "setup"]) == 0
    refused(hall, hall.login("clerk1"), "DELETE FROM audit_record")
    refused(hall, hall.device("kiosk"), "SELECT name FROM applicant")
    assert main(["--db", hall.owner_url, "db-roles", "setup"]) == 0


def test_device_command_makes_a_kiosk_login_and_never_takes_over_another_role(
        hall: Hall, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    second = f"{hall.database}-kiosk2"
    monkeypatch.setattr(sys, "stdin", io.StringIO("second-kiosk-password\n"))
    assert main(["--db", hall.owner_url, "db-roles", "device", second, "--kind", "kiosk", "--password-stdin"]) == 0
    assert f"kiosk --db postgresql+psycopg://{second}:PASSWORD@" in capsys.readouterr().out
    allowed(hall, second, "SELECT count(*) FROM queue_service")
    refused(hall, second, "SELECT citizen_name FROM queue_ticket")
    monkeypatch.setattr(sys, "stdin", io.StringIO("second-kiosk-password\n"))
    assert main(["--db", hall.owner_url, "db-roles", "device", hall.login("clerk1"), "--kind", "kiosk",
                 "--password-stdin"]) == 1
    assert "letters, digits, dashes or underscores" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("second-kiosk-password\n"))
    assert main(["--db", hall.owner_url, "db-roles", "device", pgroles.group_role(hall.database, "admin"),
                 "--kind", "kiosk", "--password-stdin"]) == 1
    assert "is not a device of this station" in capsys.readouterr().err


def test_setup_refuses_sqlite_with_a_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "sqlite:///" + (tmp_path / "x.sqlite3").as_posix(), "db-roles", "setup"]) == 2
    assert "only on PostgreSQL" in capsys.readouterr().err


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__]))


def test_an_upgrade_is_refused_to_a_terminal_and_grants_follow_the_owners_upgrade(
        hall: Hall, capsys: pytest.CaptureFixture[str]) -> None:
    # As if the program were newer than the database: the intake branch is back at i0002 (i0003..i0007 undone).
    allowed(hall, "postgres", "ALTER TABLE applicant DROP COLUMN id_masked; "
                              "ALTER TABLE intake_case DROP COLUMN proxy_id_masked; "
                              "ALTER TABLE intake_case DROP COLUMN refusal_basis; "
                              "ALTER TABLE intake_case DROP COLUMN refer_to; "
                              "ALTER TABLE intake_case_material DROP COLUMN not_applicable; "
                              "DROP TABLE intake_case_clock; ALTER TABLE intake_case DROP COLUMN days_unit; "
                              "ALTER TABLE intake_case DROP COLUMN paused_since; "
                              "ALTER TABLE service_item DROP COLUMN days_unit; "
                              "ALTER TABLE intake_case_material DROP COLUMN may_defer; "
                              "ALTER TABLE service_material DROP COLUMN may_defer; "
                              "ALTER TABLE intake_case DROP COLUMN pledge_status; "
                              "ALTER TABLE intake_case DROP COLUMN pledge_due; "
                              "ALTER TABLE intake_case DROP COLUMN pledge_closed_at; "
                              "ALTER TABLE applicant DROP COLUMN id_type; "
                              "ALTER TABLE applicant DROP COLUMN id_type_other; "
                              "ALTER TABLE intake_case DROP COLUMN proxy_id_type; "
                              "ALTER TABLE intake_case DROP COLUMN proxy_id_type_other; "
                              "UPDATE alembic_version SET version_num = 'i0002' WHERE version_num = 'i0007'")
    assert main(["--db", hall.url_as(hall.device("kiosk")), "migrate"]) == 2
    assert "only its owner may make" in capsys.readouterr().err
    assert main(["--db", hall.owner_url, "migrate"]) == 0
    # The owner's upgrade re-applied the grants: the clerk reads the new masked column, not the full one.
    assert allowed(hall, hall.login("clerk1"), "SELECT id_masked FROM applicant") == "110***********0010"
    refused(hall, hall.login("clerk1"), "SELECT id_number FROM applicant")


def test_changing_a_users_role_moves_their_login_to_the_other_group(hall: Hall) -> None:
    from desk.services.users import set_role

    desk, manager = _staff_desk(hall, "manager1")
    try:
        set_role(desk, manager, "clerk1", "mediator")
    finally:
        desk.db.dispose()
    clerk = hall.login("clerk1")
    assert allowed(hall, "postgres", f"SELECT pg_has_role('{clerk}', '{pgroles.group_role(hall.database, 'mediator')}', "
                                     f"'MEMBER'), pg_has_role('{clerk}', '{pgroles.group_role(hall.database, 'clerk')}', "
                                     f"'MEMBER')") == "t|f"
    allowed(hall, clerk, "SELECT count(*) FROM med_case")
    refused(hall, clerk, "SELECT count(*) FROM applicant")


def test_an_unknown_login_is_answered_like_a_wrong_password(hall: Hall, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("some-password-12\n"))
    assert main(["--db", hall.personal_url(), "user", "list", "--user", "nobody", "--password-stdin"]) == 1
    err = capsys.readouterr().err
    assert "The user name or password is wrong" in err and "does not exist" not in err
