"""Case numbers (案号): a configurable format per station, e.g. "（2026）幸福路人调字第12号", and the
serial per station and year, issued under a row lock (never max()+1 without one)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.core.mediation import DEFAULT_NUMBER_FORMAT, check_number_format, format_case_number
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.context import Actor, Desk, read, write
from desk.services.entry import entry
from desk.services.mediation.common import local_day, station_zone
from desk.services.station import read_setting, store_setting
from desk.store.models.mediation_case import MedCaseCounter

NUMBER_FORMAT_KEY = "mediation.case_number_format"
ABBR_KEY = "mediation.committee_abbr"


def _setting(session: Session, station_id: int, key: str, default: str) -> str:
    value = read_setting(session, key, station_id)
    return default if value is None else str(value)


@entry
def numbering(desk: Desk, actor: Actor) -> tuple[str, str]:
    """(format, committee abbreviation) used for new case numbers."""
    def work(session: Session) -> tuple[str, str]:
        return (_setting(session, actor.station_id, NUMBER_FORMAT_KEY, DEFAULT_NUMBER_FORMAT),
                _setting(session, actor.station_id, ABBR_KEY, ""))
    return read(desk, actor, None, work)


@entry(needs=Permission.MEDIATION_MANAGE)
def set_numbering(desk: Desk, actor: Actor, number_format: str, abbr: str) -> None:
    template = check_number_format(number_format)
    clean_abbr = clean_text(abbr, field="abbr", label=QT_TRANSLATE_NOOP("Field", "Committee abbreviation"),
                            max_length=20, required=False)

    def work(session: Session) -> None:
        before = (_setting(session, actor.station_id, NUMBER_FORMAT_KEY, DEFAULT_NUMBER_FORMAT),
                  _setting(session, actor.station_id, ABBR_KEY, ""))
        for key, value in ((NUMBER_FORMAT_KEY, template), (ABBR_KEY, clean_abbr)):
            store_setting(session, actor.station_id, key, value)
        audit.append(session, actor, desk.now(), "mediation.numbering.set", "station_setting", NUMBER_FORMAT_KEY,
                     list(before), [template, clean_abbr])

    write(desk, actor, Permission.MEDIATION_MANAGE, work)


@entry
def preview_next_number(desk: Desk, actor: Actor, number_format: str | None = None, abbr: str | None = None) -> str:
    """The number the next case registered this year would get, with the stored format and
    abbreviation or with ones being typed (checked like set_numbering; nothing is stored or counted)."""
    template = None if number_format is None else check_number_format(number_format)
    clean_abbr = None if abbr is None else clean_text(
        abbr, field="abbr", label=QT_TRANSLATE_NOOP("Field", "Committee abbreviation"), max_length=20,
        required=False)

    def work(session: Session) -> str:
        year = local_day(desk.now(), station_zone(session, actor.station_id)).year
        last = session.execute(select(MedCaseCounter.last_serial).where(
            MedCaseCounter.station_id == actor.station_id, MedCaseCounter.year == year)).scalar_one_or_none()
        return format_case_number(
            template or _setting(session, actor.station_id, NUMBER_FORMAT_KEY, DEFAULT_NUMBER_FORMAT), year,
            (last or 0) + 1, _setting(session, actor.station_id, ABBR_KEY, "") if clean_abbr is None else clean_abbr)

    return read(desk, actor, None, work)


def next_number(session: Session, station_id: int, year: int) -> tuple[int, str]:
    counter = session.execute(select(MedCaseCounter).where(
        MedCaseCounter.station_id == station_id, MedCaseCounter.year == year).with_for_update()).scalar_one_or_none()
    if counter is None:
        counter = MedCaseCounter(station_id=station_id, year=year, last_serial=0)
        session.add(counter)
    counter.last_serial += 1
    template = _setting(session, station_id, NUMBER_FORMAT_KEY, DEFAULT_NUMBER_FORMAT)
    return counter.last_serial, format_case_number(template, year, counter.last_serial,
                                                   _setting(session, station_id, ABBR_KEY, ""))
