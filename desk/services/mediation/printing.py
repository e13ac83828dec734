"""Issue the agreement (or the oral agreement register) and the case file cover as stored documents,
so they can be printed again exactly (补打) from the issued-documents store.

The case is read (and that read audited) first; then ``issued_documents.issue`` draws and stores
the PDF. The payload is built here from plain rows, never from ORM objects.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict
from desk.core.permissions import Permission
from desk.documents.mediation_agreement import AGREEMENT_KIND, AGREEMENT_TITLE, ORAL_KIND, ORAL_TITLE
from desk.documents.mediation_file_cover import COVER_KIND, COVER_TITLE
from desk.services import issued_documents
from desk.services.context import Actor, Desk, require
from desk.services.entry import entry
from desk.services.issued_documents import IssuedDocument
from desk.services.mediation import file_pages
from desk.services.mediation.agreements import agreement_for_print, missing_elements
from desk.services.mediation.casefile import CaseFile, CoverInput, cover_for_print
from desk.services.mediation.rows import CaseDetail
from desk.services.station import get_station

MSG_INCOMPLETE = QT_TRANSLATE_NOOP(
    "DeskError", "The agreement cannot be printed yet; it is missing: {missing}. Complete it in the editor.")
PARTY_FIELDS = ("side", "kind", "name", "sex", "ethnicity", "age", "occupation", "phone", "address", "uscc",
                "legal_rep", "agent")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def agreement_payload(detail: CaseDetail, committee_name: str) -> dict[str, Any]:
    agreement = detail.agreement
    assert agreement is not None
    return {
        "committee_name": committee_name,
        # The form prints no ID numbers; they stay in the case file (当事人身份证明).
        "parties": [{k: v for k, v in asdict(p).items() if k in PARTY_FIELDS} for p in detail.parties],
        "facts": agreement.facts, "disputed": agreement.disputed, "responsibilities": agreement.responsibilities,
        "terms": list(agreement.terms), "performance_method": agreement.performance_method,
        "performance_deadline": _iso(agreement.performance_deadline), "mediator_name": agreement.mediator_name,
        "term_deadlines": [_iso(d) for d in agreement.term_deadlines],
        "recorder_name": agreement.recorder_name,
        "effective_on": _iso(agreement.effective_on) if agreement.kind == "written" else None,
        # The window's last day, moved off rest days and holidays on the station's calendar (Art. 203).
        "judicial_last_day": _iso(agreement.judicial_last_day) if agreement.kind == "written" else None,
        "judicial_last_day_provisional": agreement.judicial_last_day_provisional,
        "agreed_on": _iso(agreement.agreed_on),
    }


@entry
def print_agreement(desk: Desk, actor: Actor, case_id: int) -> IssuedDocument:
    require(actor, Permission.MEDIATION_READ)
    detail = agreement_for_print(desk, actor, case_id)
    agreement = detail.agreement
    assert agreement is not None
    missing = missing_elements(agreement, len(detail.parties)) if agreement.kind == "written" else []
    if missing:
        raise Conflict(MSG_INCOMPLETE, missing="、".join(missing))
    station = get_station(desk, actor.station_id)
    committee = station.committee_name or station.name
    oral = agreement.kind == "oral"
    return issued_documents.issue(desk, actor, ORAL_KIND if oral else AGREEMENT_KIND, agreement.number,
                                  ORAL_TITLE if oral else AGREEMENT_TITLE, agreement_payload(detail, committee),
                                  "med_case", case_id)


def cover_payload(casefile: CaseFile, cover: CoverInput, committee_name: str) -> dict[str, Any]:
    case = casefile.case
    mediators = [case.mediator] if case.mediator else []
    if case.agreement is not None and case.agreement.mediator_name not in mediators:
        mediators.append(case.agreement.mediator_name)
    return {
        "committee_name": committee_name, "title": case.title, "number": case.number,
        "mediators": "、".join(m for m in mediators if m), "started_on": case.accepted_on.isoformat(),
        "ended_on": _iso(case.closed_on), "archivist": cover.archivist, "archived_on": cover.archived_on.isoformat(),
        "retention": cover.retention, "remarks": cover.remarks,
        "contents": [{"code": e.code, "name": e.name, "required": e.required, "present": e.present,
                      "pages": e.pages, "note": e.note} for e in casefile.entries],
    }


@entry
def print_cover(desk: Desk, actor: Actor, case_id: int, cover: CoverInput) -> IssuedDocument:
    require(actor, Permission.MEDIATION_READ)
    casefile = cover_for_print(desk, actor, case_id)
    station = get_station(desk, actor.station_id)
    payload = cover_payload(casefile, cover, station.committee_name or station.name)
    zone, header = desk.db.read(lambda s: file_pages.station_context(s, actor.station_id))
    payload = file_pages.number_pages(payload, casefile.case, zone, header, desk.now())
    return issued_documents.issue(desk, actor, COVER_KIND, casefile.case.number, COVER_TITLE, payload,
                                  "med_case", case_id)
