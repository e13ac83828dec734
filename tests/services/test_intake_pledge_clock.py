"""Where 容缺受理 meets the clock (papers-admission merged with papers-deadlines): a 容缺 acceptance on an
item limited in 日, a paused case whose 容缺 is still open, an extended 容缺 case, the 督办 list and the
daily log with both, and what the 容缺受理通知书 prints for each. The 容缺 date is the applicant's promise
and runs on its own: neither a pause nor an extension of the station's deadline moves it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from desk.core.field_checks import ValidationErrors
from desk.services.context import Actor, Desk
from desk.services.intake import applicants, case_documents, case_queries, catalogue, pledges, supervision
from desk.services.intake import clock as clock_service
from desk.services.intake.case_queries import CaseFilter
from desk.services.report.log import daily_log
from tests.conftest import FakeClock
from tests.services.intake_support import item_id, person, take_in
from tests.services.test_intake_clock import pdf_text
from tests.services.test_intake_pledges import mark_deferrable, pledge

LONG_COMPANY = "示范市幸福家园物业管理有限公司城东第二分公司"
ADDRESS_PROOF = 3  # HJ-01 居住证: 1 身份证, 2 相片, 3 居住地住址证明 (required), 4 就业或就读证明 (optional)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, tzinfo=timezone.utc)  # 09:00 in Shanghai


def _figures(desk: Desk, actor: Actor, day: date) -> dict[str, int]:
    table = daily_log(desk, actor, day).figures.table("intake.by_item")
    return {key: table.value("total", key) for key in ("pledged", "pledge_overdue", "overdue", "due_soon")}


def _notice(desk: Desk, actor: Actor, case_id: int) -> str:
    issued = case_documents.issue_case_document(desk, actor, case_id)
    assert issued.kind == "intake.pledge_notice"  # the notice stands in for the receipt while the 容缺 is open
    return pdf_text(issued.pdf)


def test_容缺_on_an_item_in_日_then_paused_the_容缺_date_still_runs(
        desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    mark_deferrable(desk, manager, "HJ-01", frozenset({ADDRESS_PROOF}))
    case = take_in(desk, clerk, "HJ-01", person(desk, clerk).id, "pledge", received=(1, 2, 4))
    # 居住证暂行条例 §9: 15 日 from Fri 11-20 is Sat 12-05, moved to Monday 12-07 (民法典 Art. 203); the
    # 容缺 materials are due in 10 working days (station default), Fri 12-04.
    assert (case.days_unit, case.row.deadline, case.row.pledge_due) == ("calendar", date(2026, 12, 7),
                                                                        date(2026, 12, 4))
    text = _notice(desk, clerk, case.row.id)
    assert "15 日" in text and "15 个工作日" not in text
    assert "2026年12月7日前办结" in text and "时限按日（自然日）计算" in text
    assert "2026年12月4日前携带上述材料" in text

    clock.now = _at(date(2026, 11, 24))  # Tuesday: a 检验 is needed
    clock_service.pause_clock(desk, clerk, case.row.id, "inspection", "送检")
    clock.now = _at(date(2026, 12, 7))  # the 容缺 date has passed while the clock is paused
    row = case_queries.get_case(desk, clerk, case.row.id).row
    assert (row.deadline_state, row.pledge_state) == ("paused", "overdue")
    assert [r.id for r in case_queries.list_cases(desk, clerk, CaseFilter(due="paused"))] == [case.row.id]
    assert [r.id for r in case_queries.list_cases(desk, clerk, CaseFilter(due="pledge_overdue"))] == [case.row.id]
    assert case_queries.list_cases(desk, clerk, CaseFilter(due="overdue")) == []
    summary = case_queries.deadline_summary(desk, clerk)
    assert (summary.overdue, summary.paused, summary.pledges_open, summary.pledges_overdue) == (0, 1, 1, 1)
    assert supervision.supervision_list(desk, manager) == []  # paused: not the station's delay
    assert _figures(desk, manager, date(2026, 12, 7)) == {"pledged": 0, "pledge_overdue": 1, "overdue": 0,
                                                          "due_soon": 0}
    assert _figures(desk, manager, date(2026, 11, 20))["pledged"] == 1
    paused_text = _notice(desk, clerk, case.row.id)
    assert "暂停计时：自2026年11月24日起检验所需时间" in paused_text and "第四十五条" in paused_text

    # Resumed Wed 12-09: 11-25 .. 12-09 not counted = 15 日; 11-20 + 15 + 15 = Sun 12-20, moved once to
    # Monday 12-21 (not 12-07 + 15: a limit in 日 is moved off a rest day only at its end). The 容缺 date stays.
    clock.now = _at(date(2026, 12, 9))
    resumed = clock_service.resume_clock(desk, clerk, case.row.id).detail
    assert (resumed.row.deadline, resumed.row.pledge_due) == (date(2026, 12, 21), date(2026, 12, 4))
    assert (resumed.row.deadline_state, resumed.row.pledge_state) == ("ok", "overdue")
    text = _notice(desk, clerk, case.row.id)
    assert "2026年12月21日前办结" in text and "检验所需 15 日不计入" in text
    closed = pledges.receive_pledged_materials(desk, clerk, case.row.id, tuple(m.id for m in resumed.pledged))
    assert closed.row.pledge_status == "closed" and closed.row.deadline == date(2026, 12, 21)
    receipt = case_documents.issue_case_document(desk, clerk, case.row.id)
    assert receipt.kind == "intake.receipt" and "2026年12月21日前办结" in pdf_text(receipt.pdf)


def test_an_extended_容缺_case_on_the_督办_list_and_its_notice(
        desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    mark_deferrable(desk, manager)
    company = applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
        "organisation", LONG_COMPANY, uscc="91350100M000100Y43", legal_representative="王小明",
        phone="13812345678"))
    case = pledge(desk, clerk, company.id)  # CG-01: deadline Fri 11-27, 容缺 materials by Fri 12-04
    clock.now = _at(date(2026, 11, 26))
    assert [(r.id, r.state) for r in supervision.supervision_list(desk, manager)] == [(case.row.id, "due_soon")]
    extended = clock_service.extend_deadline(desk, manager, case.row.id, date(2026, 12, 11), "需要现场核查").detail
    assert (extended.row.deadline, extended.row.pledge_due) == (date(2026, 12, 11), date(2026, 12, 4))
    assert supervision.supervision_list(desk, manager) == []  # the new deadline is 11 working days away
    text = _notice(desk, clerk, case.row.id)
    assert LONG_COMPANY in text and "2026年12月11日前办结" in text and "原办结期限2026年11月27日" in text
    assert "2026年12月4日前携带上述材料" in text

    clock.now = _at(date(2026, 12, 7))  # Monday: the 容缺 date has passed, the extended deadline has not
    row = case_queries.get_case(desk, clerk, case.row.id).row
    assert (row.deadline_state, row.pledge_state) == ("ok", "overdue")
    assert _figures(desk, manager, date(2026, 12, 7))["pledge_overdue"] == 1
    clock.now = _at(date(2026, 12, 14))  # past the extended deadline too
    rows = supervision.supervision_list(desk, manager)
    assert [(r.id, r.state, r.working_days_left) for r in rows] == [(case.row.id, "overdue", -1)]
    assert rows[0].applicant_name == LONG_COMPANY
    assert _figures(desk, manager, date(2026, 12, 14)) == {"pledged": 0, "pledge_overdue": 1, "overdue": 1,
                                                           "due_soon": 0}


def test_a_passport_holder_on_the_督办_list_and_on_the_pause_notice(
        desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    holder = applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
        "person", "JOHN SMITH", id_number="E12345678", phone="13812345678", id_type="passport"))
    case = take_in(desk, clerk, "CG-01", holder.id)
    paused = clock_service.pause_clock(desk, clerk, case.row.id, "testing", "送检")
    assert paused.document is not None
    assert "护照 E*****678" in pdf_text(paused.document.pdf)
    clock_service.resume_clock(desk, clerk, case.row.id)
    clock.now = _at(date(2026, 11, 30))
    rows = supervision.supervision_list(desk, manager)
    assert [r.applicant_masked for r in rows] == ["护照 E*****678"]


def test_every_field_error_at_once_with_a_document_type(desk: Desk, clerk: Actor) -> None:
    with pytest.raises(ValidationErrors) as caught:  # a passport number with no digit, a bad name and phone
        applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
            "person", "张三😀", id_number="ABCDEFG", phone="12", id_type="passport"))
    assert [p.field for p in caught.value.problems] == ["name", "id_number", "phone"]
    with pytest.raises(ValidationErrors) as caught:  # "other" without its name: the number cannot be judged
        applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
            "person", "张三", id_number="?", phone="12", id_type="other"))
    assert [p.field for p in caught.value.problems] == ["id_type_other", "phone"]
    with pytest.raises(ValidationErrors) as caught:  # an unknown type, and the phone
        applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
            "person", "张三", id_number="E12345678", phone="12", id_type="driving_licence"))
    assert [p.field for p in caught.value.problems] == ["id_type", "phone"]
    assert applicants.search_applicants(desk, clerk, "张三") == []  # nothing saved


def test_the_catalogue_workbook_keeps_容缺_and_the_unit_together(desk: Desk, manager: Actor) -> None:
    from desk.services.intake import catalogue_io

    mark_deferrable(desk, manager, "HJ-01", frozenset({ADDRESS_PROOF}))
    raw = catalogue_io.export_xlsx(desk, manager)
    parsed = {item.code: item for item, _category in catalogue_io.parse_xlsx(raw)}
    hj = parsed["HJ-01"]
    assert hj.days_unit == "calendar"
    assert [m.deferrable for m in hj.materials] == [False, False, True, False]
    item = catalogue.get_item(desk, manager, item_id(desk, "HJ-01"))
    catalogue.save_item(desk, manager, replace(item.as_input(), days_unit="working"), item.id)
    assert catalogue_io.import_catalogue(desk, manager, raw, "catalogue.xlsx") >= 1
    again = catalogue.get_item(desk, manager, item_id(desk, "HJ-01"))
    assert again.days_unit == "calendar" and [m.deferrable for m in again.materials] == [False, False, True, False]
