"""Tampering shows: every way of changing the audit trail or the business rows behind the program's
back is caught by ``audit verify`` (the chain, the anchors kept outside the database, the row images).

Each kind is tried on a working station (users, a called ticket, an accepted intake case, a mediation
case with an agreement), anchored the way a backup anchors it, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Table, delete, select, update
from sqlalchemy.engine import Engine

from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.intake.cases import CaseDetail
from desk.services.mediation import agreements, cases
from desk.services.queue.calling import call_next
from desk.services.queue.issuing import issue_ticket
from desk.store import anchors, audit_chain
from desk.store.models import AuditHead, AuditRecord, Base, User
from desk.store.models.intake import Applicant, IntakeCase
from desk.store.models.mediation_case import MedAgreement, MedAgreementTerm, MedCase, MedParty
from desk.store.models.queue import QueueTicket
from tests.services.intake_support import OTHER_ID, PERSON_ID, person, take_in
from tests.services.mediation_setup import sample_agreement, sample_case, sample_parties
from tests.services.queue_setup import make_hall

RECORDS: Table = AuditRecord.__table__  # type: ignore[assignment]
HEAD: Table = AuditHead.__table__  # type: ignore[assignment]


def station_day(desk: Desk, admin: Actor, manager: Actor, clerk: Actor, mediator: Actor) -> dict[str, Any]:
    hall = make_hall(desk, manager)
    issue_ticket(desk, clerk, hall.a, citizen_name="李四", citizen_phone="13912345678")
    call_next(desk, clerk, 1)
    applicant = person(desk, clerk)
    case: CaseDetail = take_in(desk, clerk, "CG-01", applicant.id)
    med = cases.register_case(desk, mediator, sample_case(), sample_parties()).id
    agreements.save_agreement(desk, mediator, med, sample_agreement())
    return {"applicant": applicant.id, "case": case.row.id, "med_case": med, "service": hall.a}


@pytest.fixture
def anchored(desk: Desk, admin: Actor, manager: Actor, clerk: Actor, mediator: Actor,
             tmp_path: Path) -> tuple[dict[str, Any], list[anchors.Anchor]]:
    """A day's work, then a backup-style anchor written to a file outside the database."""
    ids = station_day(desk, admin, manager, clerk, mediator)
    seq, last_hash = audit.head(desk.db)
    folder = tmp_path / "backups"
    folder.mkdir()
    file = anchors.write_anchor(folder, "grid-desk", seq, last_hash, "backup", "test.sqlite3")
    return ids, anchors.read_anchors(file)


# -- the chain ------------------------------------------------------------------------------------
def _records(conn: Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(select(RECORDS).order_by(RECORDS.c.seq)).mappings()]


def _rehash_from(conn: Connection, first_seq: int) -> None:
    """What an attacker who knows the algorithm does: recompute every hash from ``first_seq`` and the head."""
    rows = _records(conn)
    prev = audit_chain.GENESIS_HASH
    for r in rows:
        if r["seq"] >= first_seq:
            new = audit_chain.record_hash(prev, r["seq"], r["at"], r["user_id"], r["username"], r["terminal"],
                                          r["action"], r["entity"], r["entity_id"], r["before_json"],
                                          r["after_json"], r.get("images_json", ""))
            conn.execute(update(RECORDS).where(RECORDS.c.id == r["id"]).values(prev_hash=prev, row_hash=new))
            prev = new
        else:
            prev = r["row_hash"]
    last = rows[-1]["seq"] if rows else 0
    conn.execute(update(HEAD).where(HEAD.c.id == 1).values(last_seq=last, last_hash=prev))


def naive_edit(conn: Connection, ids: dict[str, Any]) -> None:
    conn.execute(update(RECORDS).where(RECORDS.c.seq == 3).values(username="mallory"))


def delete_record(conn: Connection, ids: dict[str, Any]) -> None:
    conn.execute(delete(RECORDS).where(RECORDS.c.seq == 3))


def insert_record(conn: Connection, ids: dict[str, Any]) -> None:
    """A forged record slipped in after record 3, correctly hashed onto it; the later ones moved up."""
    rows = _records(conn)
    for r in reversed(rows[3:]):
        conn.execute(update(RECORDS).where(RECORDS.c.id == r["id"]).values(seq=r["seq"] + 1))
    third = rows[2]
    forged = {**{k: v for k, v in third.items() if k != "id"}, "seq": 4, "action": "user.role",
              "after_json": '{"role":"admin"}'}
    if "images_json" in forged:
        forged["images_json"] = ""
    forged["prev_hash"] = third["row_hash"]
    forged["row_hash"] = audit_chain.record_hash(
        third["row_hash"], 4, forged["at"], forged["user_id"], forged["username"], forged["terminal"],
        forged["action"], forged["entity"], forged["entity_id"], forged["before_json"], forged["after_json"])
    conn.execute(RECORDS.insert().values(**forged))
    conn.execute(update(HEAD).where(HEAD.c.id == 1).values(last_seq=len(rows) + 1))


def reorder(conn: Connection, ids: dict[str, Any]) -> None:
    rows = _records(conn)
    a, b = rows[2], rows[3]
    conn.execute(update(RECORDS).where(RECORDS.c.id == a["id"]).values(seq=-1))
    conn.execute(update(RECORDS).where(RECORDS.c.id == b["id"]).values(seq=a["seq"]))
    conn.execute(update(RECORDS).where(RECORDS.c.id == a["id"]).values(seq=b["seq"]))


def recomputed_rewrite(conn: Connection, ids: dict[str, Any]) -> None:
    conn.execute(update(RECORDS).where(RECORDS.c.seq == 3).values(after_json='{"role":"admin"}'))
    _rehash_from(conn, 3)


def truncation(conn: Connection, ids: dict[str, Any]) -> None:
    last = conn.execute(select(HEAD.c.last_seq)).scalar_one()
    conn.execute(delete(RECORDS).where(RECORDS.c.seq > last - 3))
    _rehash_from(conn, 1)


def empty_table(conn: Connection, ids: dict[str, Any]) -> None:
    conn.execute(delete(RECORDS))
    conn.execute(update(HEAD).where(HEAD.c.id == 1).values(last_seq=0, last_hash=audit_chain.GENESIS_HASH))


# -- the business rows ----------------------------------------------------------------------------
def _table(model: type[Base]) -> Table:
    return model.__table__  # type: ignore[return-value]


def ticket_time(conn: Connection, ids: dict[str, Any]) -> None:
    t = _table(QueueTicket)
    called = conn.execute(select(t.c.id, t.c.called_at).where(t.c.called_at.is_not(None))).one()
    conn.execute(update(t).where(t.c.id == called.id).values(called_at=called.called_at - timedelta(minutes=20)))


def agreement_term(conn: Connection, ids: dict[str, Any]) -> None:
    t, a = _table(MedAgreementTerm), _table(MedAgreement)
    agreement = conn.execute(select(a.c.id).where(a.c.case_id == ids["med_case"])).scalar_one()
    first = conn.execute(select(t.c.id).where(t.c.agreement_id == agreement).order_by(t.c.position)).scalars().first()
    conn.execute(update(t).where(t.c.id == first).values(text="甲方无需赔偿。"))


def intake_case_status(conn: Connection, ids: dict[str, Any]) -> None:
    t = _table(IntakeCase)
    conn.execute(update(t).where(t.c.id == ids["case"]).values(status="completed"))


def mediation_case_status(conn: Connection, ids: dict[str, Any]) -> None:
    t = _table(MedCase)
    conn.execute(update(t).where(t.c.id == ids["med_case"]).values(status="closed"))


def applicant_id_number(conn: Connection, ids: dict[str, Any]) -> None:
    t = _table(Applicant)
    conn.execute(update(t).where(t.c.id == ids["applicant"]).values(id_number=OTHER_ID))


def party_id_number(conn: Connection, ids: dict[str, Any]) -> None:
    t = _table(MedParty)
    first = conn.execute(select(t.c.id).where(t.c.case_id == ids["med_case"]).order_by(t.c.position)).scalars().first()
    conn.execute(update(t).where(t.c.id == first).values(id_number=OTHER_ID))


def role_to_admin(conn: Connection, ids: dict[str, Any]) -> None:
    t = _table(User)
    conn.execute(update(t).where(t.c.username == "clerk1").values(role="admin"))


def password_hash(conn: Connection, ids: dict[str, Any]) -> None:
    """The admin's password hash replaced by one whose password the attacker knows (the clerk's)."""
    t = _table(User)
    known = conn.execute(select(t.c.password_hash).where(t.c.username == "clerk1")).scalar_one()
    conn.execute(update(t).where(t.c.username == "admin").values(password_hash=known))


Tamper = Callable[[Connection, dict[str, Any]], None]
KINDS: dict[str, list[Tamper]] = {
    "naive edit": [naive_edit],
    "delete": [delete_record],
    "insert": [insert_record],
    "reorder": [reorder],
    "recomputed rewrite": [recomputed_rewrite],
    "truncation": [truncation],
    "empty table": [empty_table],
    "business-row edit": [ticket_time, agreement_term, intake_case_status, mediation_case_status,
                          applicant_id_number, party_id_number],
    "role edit": [role_to_admin],
    "password-hash edit": [password_hash],
}
CASES = [pytest.param(kind, tamper, id=f"{kind}:{tamper.__name__}") for kind, ts in KINDS.items() for tamper in ts]


def _engine(desk: Desk) -> Engine:
    return desk.db.engine


def test_an_untouched_station_checks_out(desk: Desk, anchored: tuple[dict[str, Any], list[anchors.Anchor]],
                                         clerk: Actor) -> None:
    ids, marks = anchored
    report = audit.verify(desk.db, marks)
    assert report.ok, report.findings
    assert report.anchors_checked == 1 and report.rows_checked > 300
    issue_ticket(desk, clerk, ids["service"])  # work after the anchor is fine
    assert audit.verify(desk.db, marks).ok


@pytest.mark.parametrize(("kind", "tamper"), CASES)
def test_tampering_is_detected(desk: Desk, anchored: tuple[dict[str, Any], list[anchors.Anchor]], kind: str,
                               tamper: Tamper) -> None:
    ids, marks = anchored
    with _engine(desk).begin() as conn:
        tamper(conn, ids)
    report = audit.verify(desk.db, marks)
    assert not report.ok, f"{kind} ({tamper.__name__}) went unnoticed"
    text = " ".join(str(f) for f in report.findings)
    for full in (PERSON_ID, OTHER_ID):
        assert full not in text  # never a full ID number in a message
    if kind == "business-row edit" or kind.endswith("edit") and kind != "naive edit":
        assert "changed outside Grid Desk" in text and "of table" in text
    if kind in ("recomputed rewrite", "truncation"):
        assert report.findings[0].template in (audit._REWRITTEN, audit._CUT), text  # only the anchor shows it


def test_the_named_row_is_the_one_changed(desk: Desk, anchored: tuple[dict[str, Any], list[anchors.Anchor]]) -> None:
    ids, marks = anchored
    with _engine(desk).begin() as conn:
        role_to_admin(conn, ids)
        clerk_id = conn.execute(select(User.id).where(User.username == "clerk1")).scalar_one()
    report = audit.verify(desk.db, marks)
    assert [str(f) for f in report.findings] == [
        f"Row {clerk_id} of table app_user differs from its last audited state "
        f"(record {report.findings[0].values['seq']}): it was changed outside Grid Desk."]


def test_a_row_added_or_deleted_outside_is_named(desk: Desk,
                                                  anchored: tuple[dict[str, Any], list[anchors.Anchor]]) -> None:
    ids, marks = anchored
    with _engine(desk).begin() as conn:
        t = _table(MedAgreementTerm)
        term = dict(conn.execute(select(t).order_by(t.c.id)).mappings().first() or {})
        conn.execute(delete(t).where(t.c.id == term["id"]))
        conn.execute(t.insert().values(agreement_id=term["agreement_id"], position=99, text="另行约定。"))
    text = [str(f) for f in audit.verify(desk.db, marks).findings]
    assert any("has no audit record" in s and "med_agreement_term" in s for s in text)
    assert any(f"Row {term['id']} of table med_agreement_term" in s and "deleted outside" in s for s in text)


def test_a_login_that_may_not_read_a_column_still_leaves_a_digest(
        desk: Desk, anchored: tuple[dict[str, Any], list[anchors.Anchor]]) -> None:
    """PostgreSQL: the digest comes from the owner's SECURITY DEFINER function, salted; the row stays unreadable."""
    import uuid

    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    if desk.db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no logins or column grants (this runs again on the server database)")
    ids, _marks = anchored
    role = f"tamper_probe_{uuid.uuid4().hex[:8]}"
    with _engine(desk).begin() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))
    try:
        with _engine(desk).connect() as conn:
            conn.execute(text(f'SET ROLE "{role}"'))
            digests = dict(conn.execute(text("SELECT row_key, digest FROM griddesk_row_digests('applicant', NULL)")).all())
            assert set(digests) == {str(ids["applicant"])}
            with pytest.raises(ProgrammingError):
                conn.execute(text("SELECT id_number FROM applicant"))
            conn.rollback()
            conn.execute(text("RESET ROLE"))
            with pytest.raises(ProgrammingError):  # the salt is the owner's alone
                conn.execute(text(f'SET ROLE "{role}"'))
                conn.execute(text("SELECT salt FROM audit_secret"))
    finally:
        with _engine(desk).begin() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


def test_the_programs_own_changes_never_read_as_tampering(desk: Desk, admin: Actor, manager: Actor,
                                                           mediator: Actor) -> None:
    """Rows deleted after their audit record, or by bulk statements, still leave their after-image."""
    from datetime import date

    from desk.services.intake import calendar
    from desk.services.mediation import duty_roster, rooms_roster
    from tests.services.mediation_setup import make_roster

    roster = make_roster(desk, admin)
    shift = duty_roster.add_shift(desk, manager, roster.mediator.id, 1, "09:00", "12:00", "2026-11-23")
    duty_roster.remove_shift(desk, manager, shift.id)  # the record is appended before the delete
    closure = rooms_roster.add_closure(desk, manager, roster.room.id, "2026-11-24", "检修")
    rooms_roster.remove_closure(desk, manager, closure.id)
    calendar.set_day(desk, manager, date(2027, 1, 1), "off", "元旦")
    calendar.set_day(desk, manager, date(2027, 1, 1), None)  # a bulk DELETE
    med = cases.register_case(desk, mediator, sample_case(), sample_parties()).id
    agreements.save_agreement(desk, mediator, med, sample_agreement())
    agreements.save_agreement(desk, mediator, med, sample_agreement())  # terms replaced by a bulk DELETE
    report = audit.verify(desk.db)
    assert report.ok, [str(f) for f in report.findings]
    with _engine(desk).connect() as conn:
        actions = set(conn.execute(select(RECORDS.c.action)).scalars())
    assert "audit.after_images" in actions  # the deletes written after their record got a follow-up
