"""Station details and station-wide settings (shared by every terminal of the station)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.core.permissions import Permission
from desk.core.station_settings import SETTINGS, SettingSpec, clean_setting, spec_for
from desk.core.text import clean_text
from desk.services import audit
from desk.services.context import Actor, Desk, read, require, write
from desk.services.entry import entry
from desk.store.models import Station, StationSetting

STATION_ID = 1
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StationInfo:
    id: int
    name: str
    committee_name: str
    phone: str
    address: str
    timezone: str


def _info(station: Station) -> StationInfo:
    return StationInfo(station.id, station.name, station.committee_name, station.phone,
                       station.address, station.timezone)


MSG_NO_STATION = QT_TRANSLATE_NOOP(
    "DeskError", "There is no station {station_id} in this database. Check the station number in the terminal's settings."
)


def load_station(session: Session, station_id: int = STATION_ID) -> Station:
    station = session.execute(select(Station).where(Station.id == station_id)).scalar_one_or_none()
    if station is None:
        raise NotFound(MSG_NO_STATION, field="station_id", station_id=station_id)
    return station


# The station's time zone is set when the database is created and no service changes it, so each
# process looks it up once per database instead of once per ticket, case or booking.
_station_zones: dict[tuple[str, int], ZoneInfo] = {}


def station_zone(session: Session, station_id: int = STATION_ID) -> ZoneInfo:
    """The zone that defines the station's "day" (numbering, deadlines, daily log)."""
    key = (str(session.get_bind().engine.url), station_id)
    zone = _station_zones.get(key)
    if zone is None:
        name = load_station(session, station_id).timezone
        zone = _station_zones[key] = ZoneInfo(name or "Asia/Shanghai")
    return zone


@entry
def get_station(desk: Desk, station_id: int = STATION_ID) -> StationInfo:
    return desk.db.read(lambda session: _info(load_station(session, station_id)))


_STATION_FIELDS = {
    "name": (QT_TRANSLATE_NOOP("Field", "Station name"), 100, True),
    "committee_name": (QT_TRANSLATE_NOOP("Field", "Mediation committee name"), 100, False),
    "phone": (QT_TRANSLATE_NOOP("Field", "Phone"), 40, False),
    "address": (QT_TRANSLATE_NOOP("Field", "Address"), 200, False),
}


def _clean_station_field(key: str, value: str) -> str:
    label, limit, required = _STATION_FIELDS[key]
    return clean_text(value, field=key, label=label, max_length=limit, required=required)


@entry
def update_station(desk: Desk, actor: Actor, **changes: str) -> StationInfo:
    unknown = set(changes) - set(_STATION_FIELDS)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "A station has no detail called {names}. Change only: {known}."),
            field=sorted(unknown)[0], names=", ".join(sorted(unknown)), known=", ".join(_STATION_FIELDS),
        )
    cleaned = {key: _clean_station_field(key, value) for key, value in changes.items()}

    def work(session: Session) -> StationInfo:
        station = load_station(session, actor.station_id)
        before = asdict(_info(station))
        for key, value in cleaned.items():
            setattr(station, key, value)
        after = _info(station)
        audit.append(session, actor, desk.now(), "station.update", "station", station.id, before, asdict(after))
        return after

    return write(desk, actor, Permission.STATION_EDIT, work)


def read_setting(session: Session, key: str, station_id: int = STATION_ID) -> Any:
    """The stored value of a declared setting, or its default when unset or no longer valid.

    A value that does not fit the declaration (typed into the database by hand, or left by an older
    version) is never handed to a service: sign-in must not crash on a lock-out limit of "abc".
    """
    spec = spec_for(key)
    row = session.get(StationSetting, (station_id, key))
    if row is None:
        return spec.default
    try:
        return clean_setting(key, json.loads(row.value_json))
    except (ValueError, ValidationError):  # json.JSONDecodeError is a ValueError
        log.warning("station setting %s of station %s is not valid; using the default", key, station_id)
        return spec.default


@entry
def get_setting(desk: Desk, key: str, station_id: int = STATION_ID) -> Any:
    return desk.db.read(lambda session: read_setting(session, key, station_id))


def store_setting(session: Session, station_id: int, key: str, value: Any) -> Any:
    """Check and store one station setting inside the caller's transaction (no audit: the caller's).

    Refuses an undeclared key or a value outside the declaration with a ValidationError; returns
    the value as stored (e.g. "7" typed into a box is stored as the number 7).
    """
    clean = clean_setting(key, value)
    row = session.get(StationSetting, (station_id, key))
    encoded = json.dumps(clean, ensure_ascii=False)
    if row is None:
        session.add(StationSetting(station_id=station_id, key=key, value_json=encoded))
    else:
        row.value_json = encoded
    return clean


@dataclass(frozen=True)
class SettingValue:
    spec: SettingSpec
    value: Any
    may_edit: bool


@entry
def list_settings(desk: Desk, actor: Actor) -> list[SettingValue]:
    """The settings the generic editor shows (records have their own pages), in declaration order."""
    def work(session: Session) -> list[SettingValue]:
        return [SettingValue(spec, read_setting(session, spec.key, actor.station_id), actor.can(spec.permission))
                for spec in SETTINGS if spec.in_editor]

    return read(desk, actor, None, work)


@entry
def set_settings(desk: Desk, actor: Actor, changes: dict[str, Any]) -> dict[str, Any]:
    """Change several settings at once: all are checked first, so nothing is half-saved."""
    specs = [spec_for(key) for key in changes]
    for spec in specs:
        require(actor, spec.permission)  # first: a refused caller learns nothing about the values
    cleaned = {key: clean_setting(key, value) for key, value in changes.items()}

    def work(session: Session) -> dict[str, Any]:
        for key, value in cleaned.items():
            before = read_setting(session, key, actor.station_id)
            if before == value:
                continue
            store_setting(session, actor.station_id, key, value)
            audit.append(session, actor, desk.now(), "setting.set", "station_setting", key, before, value)
        return cleaned

    return desk.db.transact(work)


@entry
def set_setting(desk: Desk, actor: Actor, key: str, value: Any) -> Any:
    return set_settings(desk, actor, {key: value})[key]
