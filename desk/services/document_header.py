"""Who issues a paper, and so whose name heads it and whose seal it carries.

The station issues receipts, notices and the daily log; its mediation committee (人民调解委员会)
issues agreements and the mediation forms. Each has its own seal (two station settings; empty: the
organisation's name), and neither is printed on the other's papers.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk.documents.model import StationHeader
from desk.services.station import load_station, read_setting

STATION_SEAL = "documents.station_seal"
COMMITTEE_SEAL = "documents.committee_seal"


def document_header(session: Session, station_id: int, issuer: str = "station") -> StationHeader:
    """The header of a paper the station (receipts, notices, the daily log) or its mediation committee
    (agreements, mediation forms) issues: that organisation's name and its seal (station settings
    ``documents.station_seal`` / ``documents.committee_seal``; empty: the name), the station's address
    and phone. The committee is never printed on the station's papers, nor the station on the committee's."""
    station = load_station(session, station_id)
    if issuer == "committee":
        name = station.committee_name or station.name
        seal = read_setting(session, COMMITTEE_SEAL, station_id) or name
        committee: str | None = name
    else:
        name, committee = station.name, None
        seal = read_setting(session, STATION_SEAL, station_id) or name
    return StationHeader(name=name, committee_name=committee, address=station.address or None,
                         phone=station.phone or None, seal_text=seal, issuer=issuer)
