"""Queue set-up (manager): the services citizens take numbers for, which windows serve them in which
order of preference, the priority rule and the texts on the slip and the hall display."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.services.queue.rows import ServiceRow, service_row, window_id
from desk.services.station import read_setting, store_setting
from desk.store.models import Counter
from desk.store.models.queue import QueueService, QueueWindowService

DEFAULT_SLIP_NOTICE = "请留意叫号，过号请重新取号。"
DEFAULT_DISPLAY_NOTICE = "请按号就座，留意叫号。办事请携带身份证原件。绿色通道：老年人、残疾人、孕妇优先办理。"
_SETTING_KEY = "queue.settings"
_PREFIX = re.compile(r"[A-Z]{1,2}")
_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


@dataclass(frozen=True)
class QueueSettings:
    normal_per_priority: int = 3  # at most one priority (绿色通道) ticket per this many normal ones
    slip_notice: str = DEFAULT_SLIP_NOTICE
    display_notice: str = DEFAULT_DISPLAY_NOTICE


def read_queue_settings(session: Session, station_id: int) -> QueueSettings:
    stored = read_setting(session, _SETTING_KEY, station_id)
    if stored is None:
        return QueueSettings()
    known = {k: v for k, v in stored.items() if k in QueueSettings.__dataclass_fields__}
    return QueueSettings(**known)


@entry
def get_queue_settings(desk: Desk, station_id: int = 1) -> QueueSettings:
    return desk.db.read(lambda session: read_queue_settings(session, station_id))


@entry
def save_queue_settings(desk: Desk, actor: Actor, normal_per_priority: int, slip_notice: str,
                        display_notice: str) -> QueueSettings:
    if not 1 <= normal_per_priority <= 20:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "Serve 1 to 20 normal numbers for each priority number, so nobody waits for ever."),
            field="normal_per_priority")
    clean = QueueSettings(
        normal_per_priority,
        clean_text(slip_notice, field="slip_notice", label=QT_TRANSLATE_NOOP("Field", "Slip notice"), max_length=60, required=False),
        clean_text(display_notice, field="display_notice", label=QT_TRANSLATE_NOOP("Field", "Hall display notice"), max_length=300,
                   required=False),
    )

    def work(session: Session) -> QueueSettings:
        before = read_queue_settings(session, actor.station_id)
        store_setting(session, actor.station_id, _SETTING_KEY, clean.__dict__)
        audit.append(session, actor, desk.now(), "queue.settings", "station_setting", _SETTING_KEY,
                     before.__dict__, clean.__dict__)
        return clean

    return write(desk, actor, Permission.QUEUE_MANAGE, work)


# -- services ------------------------------------------------------------------------------------
@entry
def list_services(desk: Desk, station_id: int = 1, active_only: bool = False) -> list[ServiceRow]:
    query = select(QueueService).where(QueueService.station_id == station_id)
    if active_only:
        query = query.where(QueueService.active.is_(True))
    query = query.order_by(QueueService.sort_order, QueueService.prefix)
    return desk.db.read(lambda session: [service_row(s) for s in session.execute(query).scalars()])


def parse_time(text: str, field: str) -> int:
    found = _TIME.fullmatch(text.strip().replace("：", ":"))
    if not found:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Enter a time as hours:minutes, e.g. 08:30."),
                              field=field)
    return int(found.group(1)) * 60 + int(found.group(2))


@dataclass(frozen=True)
class ServiceInput:
    prefix: str
    name: str
    daily_cap: int = 0
    opens: str = "08:30"
    closes: str = "17:00"
    active: bool = True
    sort_order: int = 0


def _clean(data: ServiceInput) -> tuple[str, str, int, int, int]:
    prefix = data.prefix.strip().upper()
    if not _PREFIX.fullmatch(prefix):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "The prefix is one or two letters A to Z, e.g. A; it starts every number of this service."),
            field="prefix")
    name = clean_text(data.name, field="name", label=QT_TRANSLATE_NOOP("Field", "Service name"), max_length=40)
    if not 0 <= data.daily_cap <= 9999:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "The daily cap is 0 (no cap) to 9999 numbers."), field="daily_cap")
    opens, closes = parse_time(data.opens, "opens"), parse_time(data.closes, "closes")
    if opens >= closes:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "Numbers must stop being issued after they start; make the closing time later."),
            field="closes")
    return prefix, name, data.daily_cap, opens, closes


@entry
def save_service(desk: Desk, actor: Actor, data: ServiceInput, service_id: int | None = None) -> ServiceRow:
    """Add a service (``service_id`` None) or change one; a prefix is unique in the station."""
    prefix, name, cap, opens, closes = _clean(data)

    def work(session: Session) -> ServiceRow:
        clash = session.execute(select(QueueService.id).where(
            QueueService.station_id == actor.station_id, QueueService.prefix == prefix)).scalar_one_or_none()
        if clash is not None and clash != service_id:
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "Prefix {prefix} is used by another service; choose "
                                                          "another letter."), field="prefix", prefix=prefix)
        if service_id is None:
            service = QueueService(station_id=actor.station_id)
            session.add(service)
            before = None
        else:
            found = session.get(QueueService, service_id)
            if found is None or found.station_id != actor.station_id:
                raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That queue service no longer exists; reload the list."))
            service, before = found, service_row(found).__dict__
        service.prefix, service.name, service.daily_cap = prefix, name, cap
        service.opens_minute, service.closes_minute = opens, closes
        service.active, service.sort_order = data.active, data.sort_order
        session.flush()
        row = service_row(service)
        audit.append(session, actor, desk.now(), "queue.service.add" if before is None else "queue.service.update",
                     "queue_service", service.id, before, row.__dict__)
        return row

    return write(desk, actor, Permission.QUEUE_MANAGE, work)


# -- which windows serve which services -----------------------------------------------------------
@entry
def window_services(desk: Desk, station_id: int = 1) -> dict[int, list[int]]:
    """Window number -> the service ids it serves, most preferred first."""
    rows = desk.db.read(lambda session: session.execute(
        select(Counter.number, QueueWindowService.service_id)
        .join(QueueWindowService, QueueWindowService.counter_id == Counter.id)
        .where(Counter.station_id == station_id)
        .order_by(Counter.number, QueueWindowService.rank)).all())
    result: dict[int, list[int]] = {}
    for number, service_id in rows:
        result.setdefault(number, []).append(service_id)
    return result


@entry
def set_window_services(desk: Desk, actor: Actor, window_number: int, service_ids: list[int]) -> list[int]:
    """Replace what a window serves; the order of ``service_ids`` is its order of preference."""
    if len(set(service_ids)) != len(service_ids):
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "A service is listed twice for this window; "
                                                             "list each service once."), field="services")

    def work(session: Session) -> list[int]:
        counter_id = window_id(session, actor.station_id, window_number)
        known = set(session.execute(select(QueueService.id).where(
            QueueService.station_id == actor.station_id, QueueService.id.in_(service_ids))).scalars())
        if known != set(service_ids):
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "A chosen queue service no longer exists; reload the "
                                                          "list."), field="services")
        before = list(session.execute(select(QueueWindowService.service_id).where(
            QueueWindowService.counter_id == counter_id).order_by(QueueWindowService.rank)).scalars())
        session.execute(delete(QueueWindowService).where(QueueWindowService.counter_id == counter_id))
        for rank, service_id in enumerate(service_ids):
            session.add(QueueWindowService(counter_id=counter_id, service_id=service_id, rank=rank))
        audit.append(session, actor, desk.now(), "queue.window.services", "window", counter_id,
                     before, list(service_ids))
        return list(service_ids)

    return write(desk, actor, Permission.QUEUE_MANAGE, work)
