"""容缺受理: the window accepts an application while secondary materials are missing, under the
applicant's signed 承诺书 to bring them by a date.

Only materials the catalogue marks 容缺 may be missing; a missing required material that is not 容缺
still refuses the acceptance (the one-time notice asks for it). The case's clock starts on the day of
acceptance like any accepted case. The date for the missing ones is counted in working days from that
day (station setting ``intake.pledge_working_days``) or chosen by the clerk; when the calendar cannot
count it (next year not entered yet) the clerk must choose it, it is never guessed. Bringing the last
of them closes the 容缺 (history entry and audit record); until then an open 容缺 is listed with its
date, and as overdue once the date has passed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.core.permissions import Permission
from desk.services import audit
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.services.intake.case_queries import RECEIVING, CaseDetail, detail_in
from desk.services.intake.common import (
    PLEDGE_CLOSED,
    PLEDGE_OPEN,
    add_event,
    load_calendar,
    load_case,
    local_day,
)
from desk.services.station import read_setting
from desk.store.models.intake import CaseMaterial, IntakeCase, ServiceMaterial

PLEDGE_SETTING = "intake.pledge_working_days"


def check_pledge(materials: list[ServiceMaterial], received: set[int], not_applicable: set[int]) -> list[str]:
    """The names of the 容缺 materials a 容缺受理 leaves outstanding, or ValidationError saying why it
    is not possible (nothing missing, or a missing material the catalogue does not allow to be late)."""
    missing = [m for m in materials if m.required and m.position not in received and m.position not in not_applicable]
    if not missing:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "Every required material is in, so there is nothing to accept with 容缺. Accept the "
                         "application with a receipt."), field="materials")
    firm = [m.name for m in missing if not m.deferrable]
    if firm:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "{names} cannot be brought later: the catalogue does not mark it 容缺. Ask for the "
                         "missing materials with the one-time notice instead."), field="materials",
            names="、".join(firm))
    return [m.name for m in missing]


def default_pledge_due(session: Session, station_id: int, day: date) -> date:
    """The station's number of working days from the acceptance day; refused (the clerk chooses the date)
    when the calendar of the year it reaches is not entered yet."""
    days = int(read_setting(session, PLEDGE_SETTING, station_id))
    counted = load_calendar(session).add_working_days(day, days)
    if counted.deadline is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "The working-day calendar for {year} is not entered yet, so the date to bring the 容缺 "
                         "materials cannot be counted. Choose the date yourself."),
            field="pledge_due", year=counted.missing_year or day.year + 1)
    return counted.deadline


def open_pledge(session: Session, case: IntakeCase, chosen: date | None, day: date) -> None:
    due = chosen or default_pledge_due(session, case.station_id, day)
    if due <= day:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "The date to bring the 容缺 materials must be after today. Choose a later date."),
            field="pledge_due")
    case.pledge_status, case.pledge_due = PLEDGE_OPEN, due


@entry(needs=Permission.INTAKE_ACCEPT)
def receive_pledged_materials(desk: Desk, actor: Actor, case_id: int, material_ids: tuple[int, ...]) -> CaseDetail:
    """Record 容缺 materials brought after acceptance; the last one closes the 容缺 (its own history
    entry and audit record, ``case.pledge_closed``)."""
    if not material_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Tick the materials the applicant brought."),
                              field="materials")
    wanted = set(material_ids)

    def work(session: Session) -> CaseDetail:
        now = desk.now()
        case = load_case(session, case_id, lock=True)
        if case.pledge_status != PLEDGE_OPEN or case.status not in RECEIVING:
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "Case {receipt_no} has no 容缺 materials outstanding. Refresh the case."),
                receipt_no=case.receipt_no)
        rows = session.execute(select(CaseMaterial).where(CaseMaterial.case_id == case.id)).scalars()
        outstanding = [m for m in rows if m.required and not m.not_applicable and m.received_at is None]
        if not wanted <= {m.id for m in outstanding}:
            raise NotFound(QT_TRANSLATE_NOOP(
                "DeskError", "That material is not outstanding in this case. Refresh the case."), field="materials")
        names = [m.name for m in outstanding if m.id in wanted]
        for material in outstanding:
            if material.id in wanted:
                material.received_at = now
        add_event(session, case, actor, now, "pledge_materials", case.status, "补交容缺材料：" + "、".join(names))
        closed = len(names) == len(outstanding)
        if closed:
            case.pledge_status, case.pledge_closed_at = PLEDGE_CLOSED, now
            add_event(session, case, actor, now, "pledge_closed", case.status, "容缺材料已全部补齐")
        session.flush()
        audit.append(session, actor, now, "case.pledge_closed" if closed else "case.pledge_materials", "intake_case",
                     case.id, {"pledge_status": PLEDGE_OPEN},
                     {"pledge_status": case.pledge_status, "received": names, "pledge_due": case.pledge_due})
        return detail_in(session, case.id, local_day(session, actor.station_id, now))

    return write(desk, actor, Permission.INTAKE_ACCEPT, work)
