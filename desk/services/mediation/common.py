"""Helpers shared by the mediation services: station time, loading with a friendly NotFound, the
case access trail and the case revision counter."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.services.context import Actor
from desk.services.station import station_zone as station_zone  # re-exported for this package
from desk.store.models.mediation_case import MedCase

M = TypeVar("M")

MSG_NOT_FOUND = QT_TRANSLATE_NOOP(
    "DeskError", "This {what} no longer exists; another terminal may have removed it. Refresh the list.")
MSG_CLOSED = QT_TRANSLATE_NOOP("DeskError", "Case {number} is closed; reopen it before changing it.")
MSG_BAD_DATE = QT_TRANSLATE_NOOP("DeskError", "Enter {label} as a date, such as 2026-11-20.")


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def local_minutes(moment: datetime, zone: ZoneInfo) -> int:
    local = moment.astimezone(zone)
    return local.hour * 60 + local.minute


def instant(day: date, minutes: int, zone: ZoneInfo) -> datetime:
    """The UTC instant of ``minutes`` after local midnight on ``day`` (24:00 is the next midnight)."""
    wall = datetime.combine(day, time(0)) + timedelta(minutes=minutes)
    return wall.replace(tzinfo=zone).astimezone(timezone.utc)


def get_or_404(session: Session, model: type[M], key: Any, what: str, *, lock: bool = False) -> M:
    if lock:
        row = session.execute(select(model).where(model.id == key).with_for_update()).scalar_one_or_none()  # type: ignore[attr-defined]
    else:
        row = session.get(model, key)
    if row is None:
        raise NotFound(MSG_NOT_FOUND, what=what)
    return row


def load_case(session: Session, actor: Actor, case_id: int, *, lock: bool = False) -> MedCase:
    case = get_or_404(session, MedCase, case_id, "mediation case", lock=lock)
    if case.station_id != actor.station_id:
        raise NotFound(MSG_NOT_FOUND, what="mediation case")
    return case


def touch(case: MedCase) -> None:
    """Any change inside a case makes screens showing it read it again."""
    case.revision = (case.revision or 0) + 1


def parse_day(value: date | str | None, *, field: str, label: str, required: bool = True) -> date | None:
    if isinstance(value, date):
        return value
    text = (value or "").strip()
    if not text:
        if required:
            raise ValidationError(MSG_BAD_DATE, field=field, label=label)
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(MSG_BAD_DATE, field=field, label=label) from None


def require_aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to a mediation service; pass an aware one")
    return moment.astimezone(timezone.utc)


def required_day(value: date | str | None, *, field: str, label: str) -> date:
    day = parse_day(value, field=field, label=label)
    assert day is not None  # parse_day raised for a blank required date
    return day


def require_open(case: MedCase) -> None:
    if case.status == "closed":
        raise Conflict(MSG_CLOSED, number=case.number)
