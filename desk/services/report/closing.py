"""Closing a day and the manager's notes. Both need DAY_CLOSE.

Closing stores the day's figures and notes as canonical JSON with its SHA-256 (the manager's
signature): from then on the figures shown for that day are compared against it, and the notes
can no longer be changed. A day is closed once; the unique (station, day) row refuses a second
close even when two managers press the button at the same moment.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.services.report import figures as calc
from desk.services.report.log import day_close_row, notes_in
from desk.services.report.model import DayClose, NoteRow
from desk.services.report.period import parse_day, period_for, station_zone
from desk.store import audit_chain
from desk.store.models.report import DailyNote, ReportDayClose

NOTE_MAX = 4000


def _today(session: Session, desk: Desk, actor: Actor) -> date:
    return desk.now().astimezone(station_zone(session, actor.station_id)).date()


def _closed(session: Session, actor: Actor, day: date) -> ReportDayClose | None:
    return session.execute(select(ReportDayClose).where(
        ReportDayClose.station_id == actor.station_id, ReportDayClose.day == day)).scalar_one_or_none()


def _already_closed(row: ReportDayClose, zone_day: str) -> Conflict:
    return Conflict(QT_TRANSLATE_NOOP(
        "DeskError", "The log of {day} was already closed by {who} at {time}; a day is closed only once. Changes "
                     "made since then are listed as corrections."),
        day=row.day.isoformat(), who=row.closed_by, time=zone_day)


def _require_open_day(session: Session, desk: Desk, actor: Actor, day: date) -> None:
    row = _closed(session, actor, day)
    if row is not None:
        raise Conflict(QT_TRANSLATE_NOOP(
            "DeskError", "The log of {day} is closed, so its notes can no longer be changed. Write the note into "
                         "today's log instead."), day=day.isoformat())
    if day > _today(session, desk, actor):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "{day} has not begun yet. Notes are written for today or for a past day."),
            field="day", day=day.isoformat())


@entry
def close_day(desk: Desk, actor: Actor, day: date | str) -> DayClose:
    """Freeze ``day``'s figures and notes, signed with their SHA-256."""
    wanted = parse_day(day)

    def work(session: Session) -> DayClose:
        now = desk.now()
        zone = station_zone(session, actor.station_id)
        existing = _closed(session, actor, wanted)
        if existing is not None:
            raise _already_closed(existing, existing.closed_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"))
        if wanted > now.astimezone(zone).date():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DeskError", "{day} has not begun yet, so it cannot be closed. Close a day at its end or later."),
                field="day", day=wanted.isoformat())
        period = period_for(session, actor.station_id, wanted, wanted)
        figures = calc.compute(session, actor.station_id, period, now)
        notes = [{"author": n.author, "text": n.text, "written_at": n.written_at.isoformat()}
                 for n in notes_in(session, actor.station_id, period)]
        # The chain's end goes into the signed snapshot and onto the printed close: an anchor outside the
        # database that `audit verify --anchor SEQ:HASH` checks the chain against.
        seq, last_hash = audit_chain.head_of(session.connection())
        snapshot = calc.figures_json(figures, notes, {"seq": seq, "hash": last_hash})
        row = ReportDayClose(station_id=actor.station_id, day=wanted, snapshot_json=snapshot,
                             sha256=calc.sha256(snapshot), closed_by_id=actor.user_id,
                             closed_by=actor.display_name, closed_at=now)
        session.add(row)
        try:
            session.flush()
        except IntegrityError:  # another manager closed it a moment ago
            raise Conflict(QT_TRANSLATE_NOOP(
                "DeskError", "The log of {day} was closed from another terminal a moment ago. Refresh the page to "
                             "see it."), day=wanted.isoformat()) from None
        audit.append(session, actor, now, "report.close_day", "report_day_close", row.id, None,
                     {"day": wanted.isoformat(), "sha256": row.sha256, "audit_anchor": f"{seq}:{last_hash}"})
        return day_close_row(row)

    return write(desk, actor, Permission.DAY_CLOSE, work)


def _clean_note(text: str) -> str:
    return clean_text(text, field="note", label=QT_TRANSLATE_NOOP("Field", "Note"), max_length=NOTE_MAX,
                      multiline=True)


def _note(row: DailyNote) -> NoteRow:
    return NoteRow(row.id, row.day, row.text, row.author, row.written_at)


@entry
def add_note(desk: Desk, actor: Actor, day: date | str, text: str) -> NoteRow:
    wanted, clean = parse_day(day), _clean_note(text)

    def work(session: Session) -> NoteRow:
        _require_open_day(session, desk, actor, wanted)
        row = DailyNote(station_id=actor.station_id, day=wanted, text=clean, author_id=actor.user_id,
                        author=actor.display_name, written_at=desk.now())
        session.add(row)
        session.flush()
        audit.append(session, actor, desk.now(), "report.note.add", "daily_note", row.id, None,
                     {"day": wanted.isoformat(), "text": clean})
        return _note(row)

    return write(desk, actor, Permission.DAY_CLOSE, work)


def _load_note(session: Session, actor: Actor, note_id: int) -> DailyNote:
    row = session.get(DailyNote, note_id)
    if row is None or row.station_id != actor.station_id:
        raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That note no longer exists. Refresh the page."))
    return row


@entry
def edit_note(desk: Desk, actor: Actor, note_id: int, text: str) -> NoteRow:
    clean = _clean_note(text)

    def work(session: Session) -> NoteRow:
        row = _load_note(session, actor, note_id)
        _require_open_day(session, desk, actor, row.day)
        before = row.text
        row.text, row.author, row.author_id, row.written_at = clean, actor.display_name, actor.user_id, desk.now()
        audit.append(session, actor, desk.now(), "report.note.edit", "daily_note", row.id, {"text": before},
                     {"text": clean})
        return _note(row)

    return write(desk, actor, Permission.DAY_CLOSE, work)


@entry
def delete_note(desk: Desk, actor: Actor, note_id: int) -> None:
    def work(session: Session) -> None:
        row = _load_note(session, actor, note_id)
        _require_open_day(session, desk, actor, row.day)
        before = {"day": row.day.isoformat(), "text": row.text, "author": row.author}
        session.delete(row)
        audit.append(session, actor, desk.now(), "report.note.delete", "daily_note", note_id, before, None)

    write(desk, actor, Permission.DAY_CLOSE, work)
