"""容缺受理 (issue 12, item 14) through the services: only 容缺 materials may be missing, the clock runs
from acceptance, the 容缺 materials have a date (working days, or the clerk's when the calendar cannot
count it), open and overdue 容缺 are listed, bringing the last one closes it (audited), and the daily
log counts the acceptance."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from desk.core.errors import Conflict, NotFound, ValidationError
from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.intake import case_queries, cases, catalogue, pledges
from desk.services.intake.case_queries import CaseFilter
from desk.services.report.log import daily_log
from desk.store.models import AuditRecord
from tests.conftest import FakeClock
from tests.services.intake_support import item_id, person, take_in

FRIDAY = date(2026, 11, 20)  # the fake clock's day
# CG-01 装修备案: 1 备案表, 2 业主身份证件, 3 产权证明, 4 施工单位营业执照, 5 施工合同 (required); 6, 7 optional
CONTRACTOR, CONTRACT = 4, 5


def mark_deferrable(desk: Desk, manager: Actor, code: str = "CG-01",
                    positions: frozenset[int] = frozenset({CONTRACTOR, CONTRACT})) -> None:
    """The manager marks secondary materials 容缺 in the catalogue editor's data."""
    item = catalogue.get_item(desk, manager, item_id(desk, code))
    materials = tuple(replace(m, deferrable=i in positions) for i, m in enumerate(item.materials, 1))
    catalogue.save_item(desk, manager, replace(item.as_input(), materials=materials), item.id)


def pledge(desk: Desk, clerk: Actor, applicant_id: int, **extra: object) -> case_queries.CaseDetail:
    return take_in(desk, clerk, "CG-01", applicant_id, "pledge", received=(1, 2, 3), **extra)


def test_accepted_with_容缺_the_clock_runs_and_the_materials_have_a_date(desk: Desk, clerk: Actor,
                                                                      manager: Actor) -> None:
    mark_deferrable(desk, manager)
    case = pledge(desk, clerk, person(desk, clerk).id)
    assert case.row.status == "accepted" and case.clock_start == FRIDAY
    assert case.row.deadline == date(2026, 11, 27)  # 5 working days from acceptance, as for any acceptance
    assert case.row.pledge_status == "open" and case.row.pledge_open
    assert case.row.pledge_due == date(2026, 12, 4)  # 10 working days (station default)
    assert case.row.pledge_state == "ok"
    assert [m.name for m in case.pledged] == ["施工单位营业执照（及资质证书）", "施工合同"]
    assert [e.action for e in case.events] == ["pledge_accepted"]
    assert "2026-12-04" in case.events[0].note
    assert audit.verify(desk.db).ok


def test_the_station_setting_and_the_clerks_date(desk: Desk, clerk: Actor, manager: Actor, admin: Actor) -> None:
    from desk.services import station

    mark_deferrable(desk, manager)
    station.set_settings(desk, admin, {"intake.pledge_working_days": 3})
    applicant = person(desk, clerk).id
    assert pledge(desk, clerk, applicant).row.pledge_due == date(2026, 11, 25)
    chosen = pledge(desk, clerk, applicant, pledge_due=date(2026, 12, 18), repeat_confirmed=True)
    assert chosen.row.pledge_due == date(2026, 12, 18)
    with pytest.raises(ValidationError) as caught:
        pledge(desk, clerk, applicant, pledge_due=FRIDAY, repeat_confirmed=True)
    assert caught.value.field == "pledge_due"


def test_only_容缺_materials_may_be_missing(desk: Desk, clerk: Actor, manager: Actor) -> None:
    mark_deferrable(desk, manager)
    applicant = person(desk, clerk).id
    with pytest.raises(ValidationError) as caught:  # 产权证明 is required and not 容缺
        take_in(desk, clerk, "CG-01", applicant, "pledge", received=(1, 2, CONTRACTOR, CONTRACT))
    assert caught.value.field == "materials" and "房屋产权证明或租赁合同" in str(caught.value)
    assert "one-time notice" in str(caught.value)
    with pytest.raises(ValidationError) as caught:  # nothing missing: a plain acceptance
        take_in(desk, clerk, "CG-01", applicant, "pledge")
    assert caught.value.field == "materials"
    with pytest.raises(ValidationError) as caught:  # a plain acceptance does not pass over 容缺 materials
        take_in(desk, clerk, "CG-01", applicant, "accept", received=(1, 2, 3))
    assert "容缺" in str(caught.value)
    assert case_queries.list_cases(desk, clerk) == []  # nothing saved half-way


def test_an_item_without_容缺_materials_refuses_容缺(desk: Desk, clerk: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        take_in(desk, clerk, "CG-01", person(desk, clerk).id, "pledge", received=(1, 2, 3))
    assert "cannot be brought later" in str(caught.value)


def test_deadline_states_lists_and_summary(desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    mark_deferrable(desk, manager)
    case = pledge(desk, clerk, person(desk, clerk).id)  # 容缺 materials due Friday 2026-12-04

    def seen(due: str) -> list[int]:
        return [r.id for r in case_queries.list_cases(desk, clerk, CaseFilter(due=due))]

    assert seen("pledge_open") == [case.row.id] and seen("pledge_overdue") == []
    clock.now = datetime(2026, 12, 2, 2, 0, tzinfo=timezone.utc)  # Wednesday: Thursday and Friday remain
    assert case_queries.get_case(desk, clerk, case.row.id).row.pledge_state == "due_soon"
    cases.complete(desk, clerk, case.row.id, "备案完成")  # the result is ready; the 容缺 is still open
    clock.now = datetime(2026, 12, 7, 2, 0, tzinfo=timezone.utc)  # Monday after the date
    row = case_queries.get_case(desk, clerk, case.row.id).row
    assert (row.status, row.pledge_state) == ("completed", "overdue")
    assert seen("pledge_overdue") == [case.row.id]
    summary = case_queries.deadline_summary(desk, clerk)
    assert (summary.pledges_open, summary.pledges_overdue) == (1, 1)


def test_year_end_the_clerk_chooses_the_date(desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    mark_deferrable(desk, manager)
    clock.now = datetime(2026, 12, 31, 2, 0, tzinfo=timezone.utc)  # 2027's calendar is not entered
    applicant = person(desk, clerk).id
    with pytest.raises(ValidationError) as caught:
        pledge(desk, clerk, applicant)
    assert caught.value.field == "pledge_due" and "2027" in str(caught.value)
    case = pledge(desk, clerk, applicant, pledge_due=date(2027, 1, 15))
    assert case.row.pledge_due == date(2027, 1, 15)
    assert case.row.deadline is None and case.row.deadline_missing_year == 2027  # flagged, not guessed
    assert case.row.pledge_state == "unknown"  # no calendar to count the days left


def test_bringing_the_last_容缺_material_closes_it_and_is_audited(desk: Desk, clerk: Actor, manager: Actor,
                                                              clock: FakeClock) -> None:
    mark_deferrable(desk, manager)
    case = pledge(desk, clerk, person(desk, clerk).id)
    contractor, contract = (m.id for m in case.pledged)
    clock.advance(days=3)
    partly = pledges.receive_pledged_materials(desk, clerk, case.row.id, (contractor,))
    assert partly.row.pledge_open and [m.id for m in partly.pledged] == [contract]
    with pytest.raises(NotFound):  # a material that is not outstanding any more
        pledges.receive_pledged_materials(desk, clerk, case.row.id, (contractor,))
    clock.advance(days=1)
    done = pledges.receive_pledged_materials(desk, clerk, case.row.id, (contract,))
    assert done.row.pledge_status == "closed" and not done.row.pledge_open and done.pledged == ()
    assert done.row.pledge_state == "" and done.row.status == "accepted" and done.row.deadline == case.row.deadline
    assert [e.action for e in done.events][-3:] == ["pledge_materials", "pledge_materials", "pledge_closed"]
    with pytest.raises(Conflict):
        pledges.receive_pledged_materials(desk, clerk, case.row.id, (contract,))
    with desk.db.reading() as session:
        actions = list(session.execute(select(AuditRecord.action).order_by(AuditRecord.seq)).scalars())
    assert actions[-2:] == ["case.pledge_materials", "case.pledge_closed"]
    assert audit.verify(desk.db).ok
    assert case_queries.list_cases(desk, clerk, CaseFilter(due="pledge_open")) == []


def test_a_withdrawn_case_has_no_open_容缺(desk: Desk, clerk: Actor, manager: Actor) -> None:
    mark_deferrable(desk, manager)
    case = pledge(desk, clerk, person(desk, clerk).id)
    cases.withdraw(desk, clerk, case.row.id, "申请人撤回")
    row = case_queries.get_case(desk, clerk, case.row.id).row
    assert not row.pledge_open and row.pledge_state == ""
    with pytest.raises(Conflict):
        pledges.receive_pledged_materials(desk, clerk, case.row.id, (case.pledged[0].id,))


def test_the_daily_log_counts_the_acceptance(desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    mark_deferrable(desk, manager)
    applicant = person(desk, clerk).id
    pledge(desk, clerk, applicant)
    take_in(desk, clerk, "CG-01", applicant, repeat_confirmed=True)
    take_in(desk, clerk, "CG-01", applicant, "missing", received=(1, 2), repeat_confirmed=True)
    table = daily_log(desk, manager, FRIDAY).figures.table("intake.by_item")
    assert table.value("total", "registered") == 3
    assert table.value("total", "accepted") == 2  # the 容缺 acceptance is an acceptance
    assert table.value("total", "missing") == 1
    assert table.value("total", "pledged") == 1
    assert table.value("total", "pledge_overdue") == 0
    clock.now = datetime(2026, 12, 7, 2, 0, tzinfo=timezone.utc)
    later = daily_log(desk, manager, date(2026, 12, 7)).figures.table("intake.by_item")
    assert later.value("total", "pledge_overdue") == 1 and later.value("total", "pledged") == 0
    past = daily_log(desk, manager, date(2026, 12, 4)).figures.table("intake.by_item")
    assert past.value("total", "pledge_overdue") == 0  # on its date it is not late yet


def test_catalogue_flag_rules_and_round_trips(desk: Desk, manager: Actor) -> None:
    from desk.services.intake import catalogue_io

    item = catalogue.get_item(desk, manager, item_id(desk, "CG-01"))
    optional = tuple(replace(m, deferrable=not m.required) for m in item.materials)
    with pytest.raises(ValidationError) as caught:
        catalogue.save_item(desk, manager, replace(item.as_input(), materials=optional), item.id)
    assert caught.value.field == "materials" and "容缺" in str(caught.value)
    mark_deferrable(desk, manager)
    for export, name in ((catalogue_io.export_json, "c.json"), (catalogue_io.export_xlsx, "c.xlsx")):
        raw = export(desk, manager)
        mark_deferrable(desk, manager, positions=frozenset())
        catalogue_io.import_catalogue(desk, manager, raw, name)
        again = catalogue.get_item(desk, manager, item.id)
        assert [m.deferrable for m in again.materials] == [False, False, False, True, True, False, False], name


def test_the_notice_and_the_承诺书_are_issued_and_reprintable(desk: Desk, clerk: Actor, manager: Actor) -> None:
    from desk.services import issued_documents
    from desk.services.intake import applicants, case_documents
    from desk.services.intake.applicants import ApplicantInput
    from desk.services.intake.cases import ProxyInput
    from tests.documents.helpers import pdf_text, squash

    mark_deferrable(desk, manager)
    company = applicants.save_applicant(desk, clerk, ApplicantInput(
        "organisation", "示范市闵行区梅陇镇幸福家园物业管理服务有限责任公司第三分公司", uscc="91310104MA1FL0K39G",
        phone="021-54321234-8001", legal_representative="欧阳娜娜"))
    case = pledge(desk, clerk, company.id, proxy=ProxyInput("李四", "310106200002298887", "员工"))
    issued = case_documents.issue_case_document(desk, clerk, case.row.id)
    assert (issued.kind, issued.title, issued.number) == ("intake.pledge_notice", "容缺受理通知书", case.row.receipt_no)
    text = squash("".join(pdf_text(issued.pdf)))
    assert "请于2026年12月4日前" in text and "2026年11月27日前办结" in text and "施工合同" in text
    letter = case_documents.issue_pledge_letter(desk, clerk, case.row.id)
    text = squash("".join(pdf_text(letter.pdf)))
    for expected in ("容缺受理承诺书", "幸福家园物业管理服务有限责任公司第三分公司", "欧阳娜娜", "李四（员工，310***********8887）",
                     "于2026年12月4日前", "撤销本次受理决定", "承诺单位（盖章）"):
        assert squash(expected) in text, expected
    assert "310106200002298887" not in text
    assert issued_documents.reprint(desk, clerk, letter.id)  # 补打 from the stored payload
    pledges.receive_pledged_materials(desk, clerk, case.row.id, tuple(m.id for m in case.pledged))
    assert case_documents.issue_case_document(desk, clerk, case.row.id).kind == "intake.receipt"
    with pytest.raises(Conflict):
        case_documents.issue_pledge_letter(desk, clerk, case.row.id)
