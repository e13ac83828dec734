"""Issue the agreement (or the oral agreement register) and the case file cover as stored documents,
so they can be printed again exactly (补打) from the issued-documents store.

The case is read (and that read audited) first; then ``issued_documents.issue`` draws and stores
the PDF. The payload is built here from plain rows, never from ORM objects.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desk.core.permissions import Permission
from desk.documents.mediation_agreement import AGREEMENT_KIND, AGREEMENT_TITLE, ORAL_KIND, ORAL_TITLE
from desk.documents.mediation_file_cover import COVER_KIND, COVER_TITLE
from desk.services import issued_documents
from desk.services.context import Actor, Desk, read, require
from desk.services.entry import entry
from desk.services.issued_documents import IssuedDocument, StoredPayload
from desk.services.mediation import file_pages, views
from desk.services.mediation.agreements import agreement_for_print
from desk.services.mediation.casefile import CaseFile, CoverInput, cover_for_print
from desk.services.mediation.common import load_case
from desk.services.mediation.rows import CaseDetail
from desk.services.station import get_station

TEXT_KEYS = ("committee_name", "parties", "facts", "disputed", "responsibilities", "terms", "performance_method",
             "performance_deadline", "mediator_name", "recorder_name")
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
def print_agreement(desk: Desk, actor: Actor, case_id: int, *, draft: bool = False) -> IssuedDocument:
    """Print the agreement: a draft (草稿 across every page, to read and discuss; never signed), the
    copies for signing (the original, with blank lines to sign), or, once it is signed, the 补打 of
    that signed original (never a new "original" with blank signature lines)."""
    require(actor, Permission.MEDIATION_READ)
    # Refusals (no draft of a signed agreement, elements missing) come from inside the audited read.
    detail = agreement_for_print(desk, actor, case_id, draft=draft)
    agreement = detail.agreement
    assert agreement is not None
    written = agreement.kind == "written"
    signed = written and agreement.effective_on is not None
    payload = agreement_payload(detail, _committee(desk, actor))
    if draft:
        payload["draft"] = True
        return issued_documents.issue(desk, actor, AGREEMENT_KIND, agreement.number, f"{AGREEMENT_TITLE}（草稿）",
                                      payload, "med_case", case_id)
    if signed:
        original = copies_state(desk, actor, case_id).signing_copy
        if original is not None:
            result = issued_documents.reprint_checked(desk, actor, original.id)
            return IssuedDocument(original.id, AGREEMENT_KIND, agreement.number, AGREEMENT_TITLE, "med_case",
                                  str(case_id), original.issued_at, None, "", result.check.stored_sha256,
                                  result.pdf, reprinted_at=result.reprinted_at)
        # Signed before copies for signing were kept (or printed elsewhere): the agreement as in effect.
    return issued_documents.issue(desk, actor, AGREEMENT_KIND if written else ORAL_KIND, agreement.number,
                                  AGREEMENT_TITLE if written else ORAL_TITLE, payload, "med_case", case_id)


def _committee(desk: Desk, actor: Actor) -> str:
    station = get_station(desk, actor.station_id)
    return station.committee_name or station.name


def text_fingerprint(payload: dict[str, Any]) -> str:
    """What the parties read and sign: changes when any of it changes (not the dates signing adds)."""
    text = {key: payload.get(key) for key in TEXT_KEYS}
    return hashlib.sha256(json.dumps(text, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class CopiesState:
    """The copies of a written agreement printed for signing, against its text now."""

    last_for_signing: StoredPayload | None  # the latest copies printed for signing (no 草稿)
    text_changed: bool  # the text now differs from those copies: they must not be signed
    signing_copy: StoredPayload | None  # the latest copies of the text as it is now: the original to reprint


@entry
def copies_state(desk: Desk, actor: Actor, case_id: int) -> CopiesState:
    """Whether the agreement changed after its copies went out for signature (warn before printing)."""
    committee = _committee(desk, actor)

    def work(session: Session) -> CopiesState:
        # A check, not a print: no access record (the editor asks each time it shows the agreement).
        detail = views.detail(session, load_case(session, actor, case_id), actor)
        if detail.agreement is None or detail.agreement.kind != "written":
            return CopiesState(None, False, None)
        now = text_fingerprint(agreement_payload(detail, committee))
        printed = [p for p in issued_documents.payloads_in_session(session, actor.station_id, AGREEMENT_KIND,
                                                                   "med_case", case_id)
                   if not p.payload.get("draft") and not p.payload.get("effective_on")]
        last = printed[-1] if printed else None
        same = [p for p in printed if text_fingerprint(p.payload) == now]
        return CopiesState(last, last is not None and text_fingerprint(last.payload) != now,
                           same[-1] if same else None)

    return read(desk, actor, Permission.MEDIATION_READ, work)


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
