"""A case's clock after acceptance: extension (行政许可法 Art. 42) and time not counted (Art. 45).

- ``extend_deadline``: the station's head (a manager, INTAKE_EXTEND) approves up to 10 more working
  days, once, before the deadline has passed, with a reason; the applicant gets a 延期通知书.
- ``pause_clock``: a 听证, 检验, 检测, 鉴定 or 专家评审 is needed; its time is not counted. The
  applicant is told in writing (告知书) why and for about how long. ``resume_clock`` restarts the
  clock and moves the deadline by the days paused (the days after the pause day up to and including
  the resume day, on the case's unit: working days, or calendar days for a limit in 日).

Every change is a row of ``intake_case_clock``; the deadline is those rows replayed on the limit
counted from the clock's start (``replay``), so a deadline worked out later (a calendar year entered
after the fact) respects them too. A paused case is neither overdue nor due soon; an extended case is
judged by its new deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.core.workdays import CALENDAR, CalendarYearMissing, DeadlineResult, WorkCalendar
from desk.services import audit, issued_documents
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.services.intake.case_queries import CaseDetail, detail_in
from desk.services.intake.clock_documents import CAUSES_ZH as PAUSE_CAUSES_ZH
from desk.services.intake.clock_documents import extension_payload, pause_payload
from desk.services.intake.common import RUNNING, add_event, load_calendar, load_case, local_day
from desk.services.issued_documents import IssuedDocument
from desk.store.models.intake import CaseClockChange, IntakeCase

EXTENSION, PAUSE = "extension", "pause"
MAX_EXTENSION_WORKING_DAYS = 10  # 行政许可法 Art. 42: 可以延长十日 (working days, Art. 82)
# Art. 45's procedures whose time is not counted and that a station's items can need.
PAUSE_CAUSES = {
    "hearing": QT_TRANSLATE_NOOP("ClockCause", "hearing (听证)"),
    "inspection": QT_TRANSLATE_NOOP("ClockCause", "inspection (检验)"),
    "testing": QT_TRANSLATE_NOOP("ClockCause", "testing (检测)"),
    "appraisal": QT_TRANSLATE_NOOP("ClockCause", "appraisal (鉴定)"),
    "expert_review": QT_TRANSLATE_NOOP("ClockCause", "expert review (专家评审)"),
}


@dataclass(frozen=True)
class ClockResult:
    detail: CaseDetail
    document: IssuedDocument | None  # the 延期通知书 or 告知书 issued with the change


def paused_days(calendar: WorkCalendar, unit: str, start: date, end: date) -> int:
    """Days not counted for a pause from ``start`` to ``end``: the days after the pause day up to and
    including the resume day, in the case's unit (the pause day itself was already worked on)."""
    if unit == CALENDAR:
        return (end - start).days
    return calendar.working_days_between(start, end)


def replay(calendar: WorkCalendar, case: IntakeCase, changes: list[CaseClockChange]) -> None:
    """Set the case's deadlines from its limits and its clock changes in order.

    One count from the last anchor (the clock's start, or an extension's approved deadline) over the
    limit plus the days paused since, so a limit in 日 is moved off a rest day once, at its end.
    """
    if case.clock_start is None:
        return
    anchor, extra, statutory_extra = case.clock_start, 0, 0
    limit: int | None = case.promised_days
    for change in changes:
        if change.kind == EXTENSION and change.new_deadline is not None:
            anchor, limit, extra = change.new_deadline, 0, 0
        elif change.kind == PAUSE and change.days:
            extra += change.days
            statutory_extra += change.days
    promised = calendar.add_days(anchor, limit + extra, case.days_unit) if limit is not None else DeadlineResult(None)
    case.deadline, case.deadline_missing_year = promised.deadline, promised.missing_year
    if case.statutory_days is not None:
        case.statutory_deadline = calendar.add_days(case.clock_start, case.statutory_days + statutory_extra,
                                                    case.days_unit).deadline


def changes_of(session: Session, case_id: int) -> list[CaseClockChange]:
    return list(session.execute(select(CaseClockChange).where(CaseClockChange.case_id == case_id)
                                .order_by(CaseClockChange.id)).scalars())


def _running(case: IntakeCase) -> None:
    if case.status not in RUNNING:
        raise Conflict(QT_TRANSLATE_NOOP(
            "DeskError", "Case {receipt_no} is not running (it is {status}); only an accepted case in progress can "
                         "be extended or paused. Refresh the case."), receipt_no=case.receipt_no, status=case.status)


def _clean_reason(text: str) -> str:
    return clean_text(text, field="reason", label=QT_TRANSLATE_NOOP("Field", "Reason"), max_length=500,
                      multiline=True)


def _open_pause(session: Session, case_id: int) -> CaseClockChange | None:
    return session.execute(select(CaseClockChange).where(
        CaseClockChange.case_id == case_id, CaseClockChange.kind == PAUSE, CaseClockChange.end_on.is_(None))
    ).scalars().first()


def _finish(desk: Desk, actor: Actor, session: Session, case: IntakeCase, now: datetime, day: date, action: str,
            before: dict[str, object], kind: str | None, payload: dict[str, object] | None,
            title: str) -> ClockResult:
    session.flush()
    detail = detail_in(session, case.id, day)
    document = None
    if kind is not None and payload is not None:
        document = issued_documents.issue_in_session(session, actor, now, kind, case.receipt_no, title, payload,
                                                     "intake_case", case.id)
    audit.append(session, actor, now, f"case.{action}", "intake_case", case.id, before,
                 {"deadline": case.deadline, "paused_since": case.paused_since,
                  "statutory_deadline": case.statutory_deadline})
    return ClockResult(detail, document)


def _state(case: IntakeCase) -> dict[str, object]:
    return {"deadline": case.deadline, "paused_since": case.paused_since, "statutory_deadline": case.statutory_deadline}


@entry(needs=Permission.INTAKE_EXTEND)
def extend_deadline(desk: Desk, actor: Actor, case_id: int, new_deadline: date, reason: str) -> ClockResult:
    """Art. 42: approve a later deadline (at most 10 working days later, once) and issue the 延期通知书."""
    reason = _clean_reason(reason)

    def work(session: Session) -> ClockResult:
        now = desk.now()
        case = load_case(session, case_id, lock=True)
        _running(case)
        day = local_day(session, case.station_id, now)
        calendar = load_calendar(session)
        if case.paused_since is not None:
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "The clock of case {receipt_no} is paused. Resume it first; the deadline then moves by "
                             "the days paused, and an extension is decided on that deadline."),
                receipt_no=case.receipt_no)
        if case.deadline is None:
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "Case {receipt_no} has no deadline to extend (no time limit, or the calendar year is "
                             "not entered yet)."), receipt_no=case.receipt_no)
        if any(c.kind == EXTENSION for c in changes_of(session, case.id)):
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "Case {receipt_no} was extended already. 行政许可法 Art. 42 allows one extension of "
                             "at most 10 working days."), receipt_no=case.receipt_no, field="new_deadline")
        if day > case.deadline:
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "The deadline of case {receipt_no} ({deadline}) has passed. An extension must be approved "
                             "before the deadline ends (行政许可法 Art. 42)."),
                receipt_no=case.receipt_no, deadline=case.deadline.isoformat(), field="new_deadline")
        latest = calendar.add_working_days(case.deadline, MAX_EXTENSION_WORKING_DAYS)
        if new_deadline <= case.deadline:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DeskError", "Choose a new deadline after the present one ({deadline})."),
                field="new_deadline", deadline=case.deadline.isoformat())
        if latest.deadline is None and not calendar.covers(new_deadline.year):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DeskError", "The working-day calendar for {year} is not entered yet, so the extension cannot be "
                             "counted. Ask for the calendar to be entered first."),
                field="new_deadline", year=latest.missing_year or new_deadline.year)
        if latest.deadline is not None and new_deadline > latest.deadline:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DeskError", "行政许可法 Art. 42 allows at most 10 more working days: the latest new deadline is "
                             "{latest}. Choose that day or an earlier one."),
                field="new_deadline", latest=latest.deadline.isoformat())
        if not calendar.is_workday(new_deadline):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DeskError", "{day} is not a working day. Choose a working day as the new deadline."),
                field="new_deadline", day=new_deadline.isoformat())
        before = _state(case)
        old = case.deadline
        session.add(CaseClockChange(case_id=case.id, kind=EXTENSION, reason=reason, start_on=day,
                                    old_deadline=old, new_deadline=new_deadline, at=now, by_id=actor.user_id,
                                    by_name=actor.display_name))
        session.flush()
        replay(calendar, case, changes_of(session, case.id))
        add_event(session, case, actor, now, "extended", case.status,
                  f"{old.isoformat()} → {new_deadline.isoformat()}：{reason}")
        kind, title, payload = extension_payload(session, case, old, new_deadline, reason, actor.display_name, day)
        return _finish(desk, actor, session, case, now, day, "extend", before, kind, payload, title)

    return write(desk, actor, Permission.INTAKE_EXTEND, work)


@entry(needs=Permission.INTAKE_ACCEPT)
def pause_clock(desk: Desk, actor: Actor, case_id: int, cause: str, reason: str,
                expected_end: date | None = None) -> ClockResult:
    """Art. 45: stop counting from today for a 听证, 检验, 检测, 鉴定 or 专家评审; issues the 告知书."""
    if cause not in PAUSE_CAUSES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "Choose why the time is not counted: hearing, inspection, testing, appraisal or expert "
                         "review."), field="cause")
    reason = _clean_reason(reason)

    def work(session: Session) -> ClockResult:
        now = desk.now()
        case = load_case(session, case_id, lock=True)
        _running(case)
        day = local_day(session, case.station_id, now)
        if case.paused_since is not None:
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "The clock of case {receipt_no} is paused already (since {day})."),
                receipt_no=case.receipt_no, day=case.paused_since.isoformat())
        if expected_end is not None and expected_end < day:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DeskError", "The expected end of the {cause} is in the past. Choose a later day, or leave it empty."),
                field="expected_end", cause=PAUSE_CAUSES_ZH[cause])
        before = _state(case)
        session.add(CaseClockChange(case_id=case.id, kind=PAUSE, cause=cause, reason=reason, start_on=day,
                                    expected_end=expected_end, old_deadline=case.deadline, at=now,
                                    by_id=actor.user_id, by_name=actor.display_name))
        case.paused_since = day
        add_event(session, case, actor, now, "paused", case.status, f"{PAUSE_CAUSES_ZH[cause]}：{reason}")
        kind, title, payload = pause_payload(session, case, cause, reason, day, expected_end)
        return _finish(desk, actor, session, case, now, day, "pause", before, kind, payload, title)

    return write(desk, actor, Permission.INTAKE_ACCEPT, work)


def end_pause(session: Session, case: IntakeCase, actor: Actor, now: datetime, day: date) -> int | None:
    """Close the open pause on ``day`` and move the deadlines; the days not counted (None: none open)."""
    pause = _open_pause(session, case.id)
    if pause is None:
        case.paused_since = None
        return None
    calendar = load_calendar(session)
    try:
        pause.days = paused_days(calendar, case.days_unit, pause.start_on, day)
    except CalendarYearMissing as exc:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "The working-day calendar for {year} is not entered yet, so the days paused cannot be "
                         "counted. Ask for the calendar to be entered first."), field="calendar",
            year=exc.year) from None
    pause.end_on, pause.ended_at, pause.ended_by_name = day, now, actor.display_name
    case.paused_since = None
    session.flush()
    replay(calendar, case, changes_of(session, case.id))
    return pause.days


@entry(needs=Permission.INTAKE_ACCEPT)
def resume_clock(desk: Desk, actor: Actor, case_id: int) -> ClockResult:
    """The 听证/检验/… is over: the clock runs again and the deadline moves by the days paused."""

    def work(session: Session) -> ClockResult:
        now = desk.now()
        case = load_case(session, case_id, lock=True)
        _running(case)
        if case.paused_since is None:
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "The clock of case {receipt_no} is running; there is nothing to resume."),
                receipt_no=case.receipt_no)
        day = local_day(session, case.station_id, now)
        before = _state(case)
        days = end_pause(session, case, actor, now, day)
        unit = "日" if case.days_unit == CALENDAR else "个工作日"
        add_event(session, case, actor, now, "resumed", case.status,
                  f"暂停 {days or 0} {unit}不计入；办结期限 {case.deadline.isoformat() if case.deadline else '待定'}")
        return _finish(desk, actor, session, case, now, day, "resume", before, None, None, "")

    return write(desk, actor, Permission.INTAKE_ACCEPT, work)
