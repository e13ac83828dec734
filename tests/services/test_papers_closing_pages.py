"""Every paper the services issue keeps its signatures and seal with content (issue 12, item 5):
the receipt, the 一次性告知书 and the 不予受理通知书 for every catalogue item, with and without a proxy,
for a person and for a company with the longest name; the daily log of a busy day with any length of
the manager's notes."""

from __future__ import annotations

from sqlalchemy import select

from desk.services import station
from desk.services.context import Actor, Desk
from desk.services.intake import applicants, case_documents, cases, catalogue
from desk.services.report import closing, export
from desk.services.report.log import daily_log
from desk.store.models.intake import ServiceItem
from tests.conftest import FakeClock
from tests.documents.helpers import closing_only_pages, pdf_text
from tests.services.intake_support import OTHER_ID, item_id, person, take_in
from tests.services.report_support import DAY, make_busy_day

STATION = "示范市平安区幸福路街道幸福路社区综合网格工作站"
COMMITTEE = "示范市平安区幸福路街道幸福路社区人民调解委员会"
COMPANY = ("示范市幸福家园物业管理有限公司" * 7)[:100]  # an organisation's name at its longest


def _long_station(desk: Desk, admin: Actor) -> None:
    station.update_station(desk, admin, name=STATION, committee_name=COMMITTEE, phone="021-55550101",
                           address="示范市平安区幸福路街道幸福路88号幸福路社区党群服务中心一楼")


def test_no_intake_paper_has_a_page_of_signatures_alone(desk: Desk, admin: Actor, clerk: Actor) -> None:
    _long_station(desk, admin)
    citizen = person(desk, clerk, "欧阳诸葛司马上官慕容令狐")
    company = applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
        "organisation", COMPANY, uscc="91310000MA1FL8XQ4A", phone="021-55551234",
        address="示范市平安区幸福路街道幸福路1号" * 4, legal_representative="王国庆"))
    proxy = cases.ProxyInput("司马上官慕容", OTHER_ID, "网格员帮办", "13900000000")
    with desk.db.reading() as session:
        codes = list(session.execute(select(ServiceItem.code).order_by(ServiceItem.code)).scalars())
    assert len(codes) >= 18
    seen_pages = set()
    for code in codes:
        item = catalogue.get_item(desk, clerk, item_id(desk, code))
        decisions: list[tuple[str, dict[str, object]]] = [("accept", {}), ("refuse", {
            "received": (), "reason": "申请人户籍及经常居住地均不在本街道，不属于本站受理范围。" * 3})]
        if any(m.required for m in item.materials):  # an item that asks for nothing has nothing missing
            decisions.append(("missing", {"received": ()}))
        for applicant, carrier in ((citizen, None), (citizen, proxy), (company, proxy)):
            for decision, extra in decisions:
                case = take_in(desk, clerk, code, applicant.id, decision, proxy=carrier, repeat_confirmed=True,
                               **extra)
                pdf = case_documents.issue_case_document(desk, clerk, case.row.id).pdf
                seen_pages.add(len(pdf_text(pdf)))
                names = [STATION, COMMITTEE, applicant.name]
                assert closing_only_pages(pdf, names) == [], (code, decision, carrier is not None, applicant.kind)
    assert max(seen_pages) >= 2  # the long papers do run over a page


def test_the_busy_days_log_never_ends_on_a_page_of_signatures(
        desk: Desk, admin: Actor, manager: Actor, clerk: Actor, mediator: Actor, clock: FakeClock) -> None:
    _long_station(desk, admin)
    make_busy_day(desk, admin, manager, clerk, mediator, clock)
    endings = set()
    for n in range(1, 31):  # notes of every length move the end of the last page through a whole page
        closing.add_note(desk, manager, DAY, f"第{n}条记录：下午系统断网十分钟，窗口改为手工登记，恢复后已补录全部数据。")
        pdf = export.export_pdf(desk, manager, daily_log(desk, manager, DAY))
        endings.add(len(pdf_text(pdf)))
        assert closing_only_pages(pdf, [STATION, COMMITTEE, "制表人", "审核人", "站长"]) == [], n
    assert len(endings) >= 2
