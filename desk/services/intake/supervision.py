"""督办: the manager's list of running cases that are overdue or due within the station's number of
working days (setting ``intake.supervision_soon_days``), and reminders to the clerk handling one.

A reminder is a history entry of the case (action ``reminded``), so the clerk sees it on the case
with who sent it and when; the list shows how many reminders a case has had and the last one.
Paused cases (行政许可法 Art. 45) are left out: their time is not counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.core.workdays import CalendarYearMissing
from desk.services import audit
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.services.intake.applicants import row as applicant_row
from desk.services.intake.common import RUNNING, add_event, load_calendar, load_case, local_day
from desk.services.station import read_setting
from desk.store.models import User
from desk.store.models.intake import Applicant, CaseEvent, IntakeCase

SOON_SETTING = "intake.supervision_soon_days"
REMINDED = "reminded"


@dataclass(frozen=True)
class SupervisedCase:
    id: int
    receipt_no: str
    item_name: str
    applicant_id: int
    applicant_name: str
    applicant_masked: str
    handler_name: str
    deadline: date
    state: str  # "overdue" or "due_soon"
    working_days_left: int  # negative: working days overdue
    reminders: int
    last_reminder: datetime | None


@entry
def supervision_list(desk: Desk, actor: Actor) -> list[SupervisedCase]:
    """Overdue cases first (longest overdue first), then those due soonest."""

    def work(session: Session) -> list[SupervisedCase]:
        today = local_day(session, actor.station_id, desk.now())
        soon = int(read_setting(session, SOON_SETTING, actor.station_id))
        calendar = load_calendar(session)
        handler = aliased(User)
        rows = session.execute(
            select(IntakeCase, Applicant, handler).join(Applicant, IntakeCase.applicant_id == Applicant.id)
            .outerjoin(handler, IntakeCase.handler_id == handler.id)
            .where(IntakeCase.station_id == actor.station_id, IntakeCase.status.in_(RUNNING),
                   IntakeCase.paused_since.is_(None), IntakeCase.deadline.is_not(None))
            .order_by(IntakeCase.deadline, IntakeCase.id)).all()
        picked = []
        for case, applicant, person in rows:
            deadline = case.deadline
            assert deadline is not None  # selected so
            state = calendar.deadline_state(deadline, today, soon)
            if state not in ("overdue", "due_soon"):
                continue
            try:
                left = calendar.working_days_between(today, deadline)
            except CalendarYearMissing:  # overdue since before a year not entered: count calendar days
                left = (deadline - today).days
            picked.append((case, applicant, person, deadline, state, left))
        counts = _reminders(session, [c.id for c, *_ in picked])
        return [SupervisedCase(c.id, c.receipt_no, c.item_name, a.id, a.name, applicant_row(a).id_masked,
                               p.display_name if p else "", deadline, state, left, *counts.get(c.id, (0, None)))
                for c, a, p, deadline, state, left in picked]

    return read_personal(desk, actor, Permission.INTAKE_SUPERVISE, work, action="case.supervision",
                         subject="applicant", seen=lambda rows: sorted({r.applicant_id for r in rows}))


def _reminders(session: Session, ids: list[int]) -> dict[int, tuple[int, datetime | None]]:
    out: dict[int, tuple[int, datetime | None]] = {}
    for chunk in range(0, len(ids), 500):
        for case_id, n, last in session.execute(
                select(CaseEvent.case_id, func.count(CaseEvent.id), func.max(CaseEvent.at))
                .where(CaseEvent.case_id.in_(ids[chunk:chunk + 500]), CaseEvent.action == REMINDED)
                .group_by(CaseEvent.case_id)):
            out[case_id] = (n, last)
    return out


@entry(needs=Permission.INTAKE_SUPERVISE)
def remind(desk: Desk, actor: Actor, case_id: int, note: str = "") -> None:
    """督办: record a reminder to the clerk handling the case; it shows in the case's history."""
    note = clean_text(note, field="note", label=QT_TRANSLATE_NOOP("Field", "Reminder"), max_length=300,
                      required=False, multiline=True)

    def work(session: Session) -> None:
        now = desk.now()
        case = load_case(session, case_id, lock=True)
        if case.status not in RUNNING:
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "Case {receipt_no} is not running any more (it is {status}); there is nothing to "
                             "supervise. Refresh the list."), receipt_no=case.receipt_no, status=case.status)
        handler = session.get(User, case.handler_id) if case.handler_id else None
        text = f"督办：请{handler.display_name if handler else '经办人'}于{case.deadline.isoformat() if case.deadline else '期限'}前办结"
        add_event(session, case, actor, now, REMINDED, case.status, text + (f"。{note}" if note else ""))
        session.flush()
        audit.append(session, actor, now, "case.remind", "intake_case", case.id, None,
                     {"handler_id": case.handler_id, "note": note})

    write(desk, actor, Permission.INTAKE_SUPERVISE, work)
