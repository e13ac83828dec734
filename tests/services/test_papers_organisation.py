"""Who issues a paper (issue 12, item 6): station papers (receipt, notices, daily log) carry the
station and its seal; mediation papers carry the committee and its seal. The two seals are two
station settings (empty: the organisation's name). Papers issued before keep printing as issued."""

from __future__ import annotations

import json

from sqlalchemy import update

from desk.documents import registry
from desk.documents.intake_receipt import RECEIPT_KIND
from desk.documents.model import DocumentMeta, StationHeader
from desk.services import issued_documents, station
from desk.services.context import Actor, Desk
from desk.services.intake import case_documents
from desk.services.mediation import agreements, cases, printing
from desk.services.report import export
from desk.services.report.log import daily_log
from desk.store.models.documents import IssuedDocument
from tests.documents.helpers import page_texts_inside_margins, pdf_text, squash
from tests.services.intake_support import person, take_in
from tests.services.mediation_setup import sample_agreement, sample_case, sample_parties
from tests.services.report_support import DAY

STATION = "幸福路社区综合网格工作站"
COMMITTEE = "幸福路社区人民调解委员会"


def _name_them(desk: Desk, admin: Actor) -> None:
    station.update_station(desk, admin, name=STATION, committee_name=COMMITTEE, phone="021-55550101",
                           address="示范市平安区幸福路88号")


def _sealed_by(pdf: bytes, name: str) -> bool:
    """Whether ``name`` is the organisation printed in the seal area (just before its （盖章）)."""
    last = squash(page_texts_inside_margins(pdf)[-1])
    return "（盖章）" in last and last.split("（盖章）")[0].endswith(squash(name))


def test_station_papers_carry_the_station_and_its_seal(desk: Desk, admin: Actor, clerk: Actor,
                                                      manager: Actor) -> None:
    _name_them(desk, admin)
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)
    receipt = case_documents.issue_case_document(desk, clerk, case.row.id).pdf
    text = squash("".join(pdf_text(receipt)))
    assert STATION in text and COMMITTEE not in text  # the committee does not accept applications
    assert _sealed_by(receipt, STATION)
    log = export.export_pdf(desk, manager, daily_log(desk, manager, DAY))
    assert COMMITTEE not in squash("".join(pdf_text(log))) and _sealed_by(log, STATION)

    station.set_settings(desk, admin, {"documents.station_seal": "示范市平安区幸福路街道办事处"})
    again = case_documents.issue_case_document(desk, clerk, case.row.id).pdf
    assert _sealed_by(again, "示范市平安区幸福路街道办事处")
    log = export.export_pdf(desk, manager, daily_log(desk, manager, DAY))
    assert _sealed_by(log, "示范市平安区幸福路街道办事处")


def test_mediation_papers_carry_the_committee_and_its_seal(desk: Desk, admin: Actor, clerk: Actor,
                                                          mediator: Actor) -> None:
    _name_them(desk, admin)
    case_id = cases.register_case(desk, clerk, sample_case(), sample_parties()).id
    agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    issued = printing.print_agreement(desk, mediator, case_id)
    assert COMMITTEE in squash(pdf_text(issued.pdf)[0])[:40] and _sealed_by(issued.pdf, COMMITTEE)
    assert STATION not in squash("".join(pdf_text(issued.pdf)))
    station.set_settings(desk, admin, {"documents.committee_seal": "示范市平安区幸福路社区人民调解委员会"})
    issued = printing.print_agreement(desk, mediator, case_id)
    assert _sealed_by(issued.pdf, "示范市平安区幸福路社区人民调解委员会")


def test_papers_issued_before_reprint_as_issued(desk: Desk, admin: Actor, clerk: Actor) -> None:
    """A receipt stored with the old header (committee under the station, the committee's seal text)
    still reprints exactly as it was handed out."""
    _name_them(desk, admin)
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)
    kind, title, payload = case_documents.document_for_case(desk, clerk, case.row.id)
    assert kind == RECEIPT_KIND
    old_header = {"name": STATION, "committee_name": COMMITTEE, "address": "示范市平安区幸福路88号",
                  "phone": "021-55550101", "seal_text": COMMITTEE}
    issued = case_documents.issue_case_document(desk, clerk, case.row.id)
    meta = DocumentMeta(title=title, printed_at=issued.issued_at, number=issued.number, operator=clerk.display_name)
    old_pdf = registry.render(kind, json.loads(json.dumps(payload)), meta, StationHeader(**old_header))
    with desk.db.engine.begin() as connection:  # as a version before this change stored it
        connection.execute(update(IssuedDocument).where(IssuedDocument.id == issued.id).values(
            header_json=json.dumps(old_header, ensure_ascii=False), pdf=old_pdf,
            sha256=issued_documents._sha256(old_pdf), size=len(old_pdf)))
    assert issued_documents.check_reproduction(desk, clerk, issued.id).exact
    text = squash(pdf_text(old_pdf)[0])
    assert COMMITTEE in text and _sealed_by(old_pdf, STATION)  # as it was printed then
