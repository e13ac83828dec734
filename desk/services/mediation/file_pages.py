"""Real page numbers for the 卷内目录: count the pages of every document in the case file, in order.

The contents list itself comes first (its pages follow the cover, which is not numbered); then each
document takes the next pages. A document the program prints (registration and application, rights
notice, investigation and session records, the agreement, follow-up records) is counted by drawing
it from the case as it stands; a paper-only one (ID copies, evidence, receipts…) by the page count
the mediator entered when ticking it. From a present document of unknown length on, numbers stay
blank rather than wrong.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from desk.documents import registry
from desk.documents.mediation_agreement import AGREEMENT_KIND, AGREEMENT_TITLE, ORAL_KIND, ORAL_TITLE
from desk.documents.mediation_file_cover import COVER_KIND, COVER_TITLE
from desk.documents.model import DocumentMeta, StationHeader
from desk.services.issued_documents import station_header
from desk.services.mediation import forms
from desk.services.mediation.rows import CaseDetail
from desk.services.station import load_station, station_zone

_PAGES = re.compile(rb"/Count (\d+) /Kids \[[^\]]*\] /Type /Pages")


def page_count(pdf: bytes) -> int:
    """Pages of a PDF drawn by desk.documents (reportlab writes one page tree with its /Count)."""
    found = _PAGES.search(pdf)
    if found is None:
        raise ValueError("not a PDF drawn by desk.documents: no page tree found")
    return int(found.group(1))


class _Counter:
    def __init__(self, case: CaseDetail, header: StationHeader, at: datetime) -> None:
        self.case, self.header, self.at = case, header, at

    def pages(self, kind: str, title: str, payload: dict[str, Any]) -> int:
        meta = DocumentMeta(title=title, printed_at=self.at, number=self.case.number)
        return page_count(registry.render(kind, payload, meta, self.header))

    def form(self, key: str, committee: str, zone: ZoneInfo, record_id: int | None = None) -> int:
        kind, title, _ = forms.FORMS[key]
        return self.pages(kind, title, forms.form_payload(self.case, key, record_id, committee, zone))


def program_pages(case: CaseDetail, committee: str, zone: ZoneInfo, header: StationHeader,
                  at: datetime) -> dict[int, int]:
    """Pages of each contents entry (code of the 卷内目录) that the program prints, drawn from the case."""
    from desk.services.mediation.printing import agreement_payload  # printing numbers its cover through here

    count = _Counter(case, header, at)
    pages = {1: count.form("registration", committee, zone), 2: count.form("rights_notice", committee, zone)}
    if case.source == "application":
        pages[1] += count.form("application", committee, zone)
    for code, kind in ((5, "investigation"), (7, "session")):
        records = [s.id for s in case.sessions if s.kind == kind]
        if records:
            pages[code] = sum(count.form(kind, committee, zone, r) for r in records)
    agreement = case.agreement
    if agreement is not None and agreement.effective_on is not None:
        oral = agreement.kind == "oral"
        pages[8] = count.pages(ORAL_KIND if oral else AGREEMENT_KIND, ORAL_TITLE if oral else AGREEMENT_TITLE,
                               agreement_payload(case, committee))
    if case.followups:
        pages[10] = sum(count.form("followup", committee, zone, f.id) for f in case.followups)
    return pages


def station_context(session: Session, station_id: int) -> tuple[ZoneInfo, StationHeader]:
    """The station's zone (records print in local time) and the header the documents are drawn with."""
    return station_zone(session, station_id), station_header(load_station(session, station_id))


def number_pages(payload: dict[str, Any], case: CaseDetail, zone: ZoneInfo, header: StationHeader,
                 at: datetime) -> dict[str, Any]:
    """The cover payload with every present document's page count and the contents list's own length."""
    computed = program_pages(case, payload["committee_name"], zone, header, at)
    contents = [dict(e, pages=e.get("pages") or computed.get(e["code"])) if e.get("present") else dict(e)
                for e in payload["contents"]]
    out = dict(payload, contents=contents, contents_pages=1)
    drawn = registry.render(COVER_KIND, out, DocumentMeta(title=COVER_TITLE, printed_at=at, number=case.number),
                            header)
    out["contents_pages"] = page_count(drawn) - 1  # the cover is page one and carries no number
    return out
