"""The working-day calendar kept in the database: the shipped years are seeded by the migration;
the station manager enters each new year's arrangement (holidays and 调休 make-up workdays) when
the State Council publishes it, and corrects mistakes.

A year counts only once it is marked available. When a year becomes available, open cases and
follow-ups whose deadline was unknown because of that year get their deadline worked out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.core.workdays import WorkCalendar
from desk.services import audit
from desk.services.context import Actor, Desk, read, write
from desk.services.entry import entry
from desk.services.intake import clock
from desk.services.intake.common import OPEN, load_calendar
from desk.store.models.calendar import CalendarDay, CalendarYear
from desk.store.models.intake import IntakeCase, Rating

MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class YearRow:
    year: int
    available: bool
    source: str
    off_days: int
    work_days: int


@dataclass(frozen=True)
class DayRow:
    day: date
    kind: str  # "off" or "work"
    name: str


@entry
def current_calendar(desk: Desk) -> WorkCalendar:
    return desk.db.read(load_calendar)


@entry
def list_years(desk: Desk, actor: Actor) -> list[YearRow]:
    def work(session: Session) -> list[YearRow]:
        counts: dict[tuple[int, str], int] = {}
        for day, kind in session.execute(select(CalendarDay.day, CalendarDay.kind)):
            counts[(day.year, kind)] = counts.get((day.year, kind), 0) + 1
        years = session.execute(select(CalendarYear).order_by(CalendarYear.year)).scalars()
        return [YearRow(y.year, y.available, y.source, counts.get((y.year, "off"), 0), counts.get((y.year, "work"), 0))
                for y in years]

    return read(desk, actor, None, work)


@entry
def list_days(desk: Desk, actor: Actor, year: int) -> list[DayRow]:
    _check_year(year)

    def work(session: Session) -> list[DayRow]:
        query = (select(CalendarDay).where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
                 .order_by(CalendarDay.day))
        return [DayRow(d.day, d.kind, d.name) for d in session.execute(query).scalars()]

    return read(desk, actor, None, work)


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Enter a year between 2000 and 2100."), field="year")


def _year(session: Session, year: int, now: object) -> CalendarYear:
    row = session.get(CalendarYear, year)
    if row is None:
        row = CalendarYear(year=year, available=False, source="", updated_at=now)
        session.add(row)
    return row


@entry(needs=Permission.CALENDAR_MANAGE)
def set_day(desk: Desk, actor: Actor, day: date, kind: str | None, name: str = "") -> None:
    """Mark ``day`` as a holiday ("off"), a make-up workday ("work"), or ordinary again (None)."""
    _check_year(day.year)
    if kind not in ("off", "work", None):
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Choose holiday, make-up workday or ordinary day."),
                              field="kind")
    name = clean_text(name, field="name", label=QT_TRANSLATE_NOOP("Field", "Holiday name"), max_length=40,
                      required=False)

    def work(session: Session) -> None:
        existing = session.get(CalendarDay, day)
        before = {"kind": existing.kind, "name": existing.name} if existing else None
        if kind is None:
            session.execute(delete(CalendarDay).where(CalendarDay.day == day))
        elif existing is None:
            session.add(CalendarDay(day=day, kind=kind, name=name))
        else:
            existing.kind, existing.name = kind, name
        _year(session, day.year, desk.now()).updated_at = desk.now()
        session.flush()
        refresh_unknown_deadlines(session)
        audit.append(session, actor, desk.now(), "calendar.day", "calendar_day", day.isoformat(), before,
                     {"kind": kind, "name": name} if kind else None)

    write(desk, actor, Permission.CALENDAR_MANAGE, work)


@entry(needs=Permission.CALENDAR_MANAGE)
def set_year(desk: Desk, actor: Actor, year: int, available: bool, source: str = "") -> None:
    """Mark a year's arrangement as complete (available) or not; ``source`` names the notice."""
    _check_year(year)
    source = clean_text(source, field="source", label=QT_TRANSLATE_NOOP("Field", "Source"), max_length=1000,
                        required=False, multiline=True)

    def work(session: Session) -> None:
        row = _year(session, year, desk.now())
        before = {"available": row.available, "source": row.source}
        if available:
            offs = session.execute(select(CalendarDay.day).where(
                CalendarDay.kind == "off", CalendarDay.day >= date(year, 1, 1),
                CalendarDay.day <= date(year, 12, 31)).limit(1)).first()
            if offs is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DeskError", "Enter the holidays of {year} first: every official arrangement has some "
                                 "(元旦, 春节, 国庆节…)."), field="available", year=year)
        row.available, row.source, row.updated_at = available, source or row.source, desk.now()
        session.flush()
        refresh_unknown_deadlines(session)
        audit.append(session, actor, desk.now(), "calendar.year", "calendar_year", year, before,
                     {"available": available, "source": row.source})

    write(desk, actor, Permission.CALENDAR_MANAGE, work)


def refresh_unknown_deadlines(session: Session) -> int:
    """Work out deadlines that were unknown for lack of calendar data, now that there may be some."""
    session.info.pop("work_calendar", None)  # the calendar was just edited in this transaction
    calendar = load_calendar(session)
    changed = 0
    cases = session.execute(select(IntakeCase).where(IntakeCase.deadline_missing_year.is_not(None),
                                                     IntakeCase.status.in_(OPEN))).scalars()
    for case in cases:
        if case.clock_start is None or case.promised_days is None:
            continue
        clock.replay(calendar, case, clock.changes_of(session, case.id))  # unit, pauses and extensions kept
        changed += case.deadline is not None
    ratings = session.execute(select(Rating).where(Rating.follow_up_missing_year.is_not(None),
                                                   Rating.follow_up_status == "open")).scalars()
    for rating in ratings:
        from desk.services.intake.ratings import follow_up_deadline

        result = follow_up_deadline(session, calendar, rating)
        rating.follow_up_due, rating.follow_up_missing_year = result.deadline, result.missing_year
        changed += result.known
    return changed
