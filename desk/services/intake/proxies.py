"""帮办代办: who carries an applicant's file (name, ID number, relation) and the times the sealed
envelope changed hands, plus the audited full view of the proxy's ID number."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from desk.core.permissions import Permission
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, require
from desk.services.entry import entry
from desk.services.intake.case_queries import CaseDetail
from desk.services.intake.cases import ProxyInput, clean_proxy, step, store_proxy
from desk.services.intake.common import COMPLETED, DELIVERED, OPEN, load_case
from desk.store.models.intake import IntakeCase


@entry(needs=Permission.INTAKE_ACCEPT)
def set_proxy(desk: Desk, actor: Actor, case_id: int, proxy: ProxyInput) -> CaseDetail:
    """帮办代办: who carries the file for the applicant (name, ID, relation)."""
    clean = clean_proxy(proxy, desk.now().date())

    def change(session: Session, case: IntakeCase, now: datetime, day: date) -> str:
        return store_proxy(case, clean)

    return step(desk, actor, case_id, (*OPEN, COMPLETED), "proxy", change)


@entry(needs=Permission.INTAKE_ACCEPT)
def record_envelope(desk: Desk, actor: Actor, case_id: int, direction: str) -> CaseDetail:
    """The sealed envelope with the file: ``"in"`` handed to the station by the proxy, ``"out"``
    handed back with the result. Each time is recorded once."""
    if direction not in ("in", "out"):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "Say whether the sealed envelope was handed in to the station or handed back."),
            field="direction")

    def change(session: Session, case: IntakeCase, now: datetime, day: date) -> str:
        if not case.proxy_name:
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "Record who carries the file (the proxy) first."))
        if direction == "in":
            if case.envelope_in_at is not None:
                raise Conflict(QT_TRANSLATE_NOOP("DeskError", "The sealed envelope was already handed in."))
            case.envelope_in_at = now
            return f"{case.proxy_name} 递交密封材料袋"
        if case.envelope_out_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "The sealed envelope was already handed back."))
        case.envelope_out_at = now
        return f"密封结果袋交 {case.proxy_name}"

    action = "envelope_in" if direction == "in" else "envelope_out"
    return step(desk, actor, case_id, (*OPEN, COMPLETED, DELIVERED), action, change)


@entry
def reveal_proxy_id(desk: Desk, actor: Actor, case_id: int) -> str:
    """The proxy's full ID number, for ID_VIEW_FULL roles; audited every time."""

    def work(session: Session) -> str:
        return load_case(session, case_id).proxy_id_number

    require(actor, Permission.INTAKE_VIEW)  # ID_VIEW_FULL alone (a mediator's) does not open intake's records
    return read_personal(desk, actor, Permission.ID_VIEW_FULL, work, action="case.view_full_proxy_id",
                         subject="intake_case", seen=lambda _number: [case_id], detail="proxy's full ID number")
