"""The daily log as the manager reads it: figures, notes, whether the days are closed and what
changed since they were (corrections). Reading needs REPORT_VIEW."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.permissions import Permission
from desk.services.context import Actor, Desk, read
from desk.services.entry import entry
from desk.services.report import figures as calc
from desk.services.report.model import Correction, DailyLog, DayClose, Figures, NoteRow
from desk.services.report.period import Period, parse_day, period_for
from desk.store.models import Station
from desk.store.models.report import DailyNote, ReportDayClose

CORRECTIONS_MAX_DAYS = 31  # a range shows each closed day's corrections up to a month


def notes_in(session: Session, station_id: int, period: Period) -> tuple[NoteRow, ...]:
    rows = session.execute(select(DailyNote).where(
        DailyNote.station_id == station_id, DailyNote.day >= period.first_day, DailyNote.day <= period.last_day)
        .order_by(DailyNote.day, DailyNote.written_at, DailyNote.id)).scalars()
    return tuple(NoteRow(n.id, n.day, n.text, n.author, n.written_at) for n in rows)


def closes_in(session: Session, station_id: int, period: Period) -> list[ReportDayClose]:
    return list(session.execute(select(ReportDayClose).where(
        ReportDayClose.station_id == station_id, ReportDayClose.day >= period.first_day,
        ReportDayClose.day <= period.last_day).order_by(ReportDayClose.day)).scalars())


def day_close_row(row: ReportDayClose) -> DayClose:
    anchor = json.loads(row.snapshot_json).get("audit_anchor") or {}
    return DayClose(row.day, row.closed_by, row.closed_at, row.sha256, anchor.get("seq"), anchor.get("hash", ""))


def log_in(session: Session, desk: Desk, station_id: int, first_day: date, last_day: date) -> DailyLog:
    """A closed single day shows its frozen figures, with every figure that has changed since listed as a
    correction; a range shows the figures as the records stand, with the corrections of its closed days."""
    period = period_for(session, station_id, first_day, last_day)
    now = desk.now()
    figures = calc.compute(session, station_id, period, now)
    closes = closes_in(session, station_id, period)
    found: list[Correction] = []
    shown = figures
    if closes and period.days <= CORRECTIONS_MAX_DAYS:
        for close in closes:
            frozen = calc.figures_from_json(close.snapshot_json)
            current = figures if period.days == 1 else calc.compute(
                session, station_id, period_for(session, station_id, close.day, close.day), now)
            found += calc.corrections(close.day, frozen, current)
            if period.days == 1:
                shown = frozen
    station = session.get(Station, station_id)
    return DailyLog(station.name if station else "", shown, notes_in(session, station_id, period),
                    tuple(day_close_row(c) for c in closes), tuple(found), period.zone.key)


@entry
def daily_log(desk: Desk, actor: Actor, first_day: date | str, last_day: date | str | None = None) -> DailyLog:
    """The log of one day (``last_day`` omitted) or of a range of days, both inclusive."""
    first = parse_day(first_day, "from")
    last = parse_day(last_day, "to") if last_day is not None else first
    return read(desk, actor, Permission.REPORT_VIEW, lambda s: log_in(s, desk, actor.station_id, first, last))


@entry
def frozen_figures(desk: Desk, actor: Actor, day: date) -> Figures | None:
    """The figures as they were when ``day`` was closed (None while it is open)."""

    def work(session: Session) -> Figures | None:
        row = session.execute(select(ReportDayClose).where(
            ReportDayClose.station_id == actor.station_id, ReportDayClose.day == day)).scalar_one_or_none()
        return calc.figures_from_json(row.snapshot_json) if row is not None else None

    return read(desk, actor, Permission.REPORT_VIEW, work)
