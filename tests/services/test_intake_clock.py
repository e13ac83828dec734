"""行政许可法 Art. 42 extension and Art. 45 time not counted, through the services: deadlines, states,
lists, the daily log's figures, the papers (延期通知书, 告知书) and the receipt's adjusted dates."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.services.context import Actor, Desk
from desk.services.intake import case_documents, case_queries, cases
from desk.services.intake import clock as clock_service
from desk.services.intake.case_queries import CaseFilter
from desk.services.report.log import daily_log
from tests.conftest import FakeClock
from tests.documents.helpers import pdf_text as pdf_pages
from tests.services.intake_support import person, take_in

LONG_COMPANY = "示范市幸福家园物业管理有限公司城东第二分公司"


def pdf_text(pdf: bytes) -> str:
    """All pages' text with line breaks taken out, so a wrapped sentence is still found."""
    return "".join(pdf_pages(pdf)).replace("\n", "")


def _at(day: date, hour: int = 1) -> datetime:  # 09:00 in Shanghai
    return datetime(day.year, day.month, day.day, hour, tzinfo=timezone.utc)


def _overdue_figure(desk: Desk, actor: Actor, day: date) -> tuple[int, int]:
    table = daily_log(desk, actor, day).figures.table("intake.by_item")
    return table.value("total", "overdue"), table.value("total", "due_soon")


def test_extension_moves_the_deadline_prints_the_notice_and_the_case_is_not_overdue(
        desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    applicant = person(desk, clerk)
    case = take_in(desk, clerk, "CG-01", applicant.id)  # Fri 2026-11-20 + 5 working days = Fri 11-27
    assert case.row.deadline == date(2026, 11, 27)
    clock.now = _at(date(2026, 11, 26))
    with pytest.raises(PermissionDenied):  # the clerk may not approve an extension: the head does (Art. 42)
        clock_service.extend_deadline(desk, clerk, case.row.id, date(2026, 12, 4), "需要现场核查")
    with pytest.raises(ValidationError) as too_far:
        clock_extend(desk, manager, case.row.id, date(2026, 12, 14))
    assert "2026-12-11" in too_far.value.render() and too_far.value.field == "new_deadline"
    result = clock_extend(desk, manager, case.row.id, date(2026, 12, 11))
    assert result.detail.row.deadline == date(2026, 12, 11)
    assert result.detail.extension is not None and result.detail.extension.old_deadline == date(2026, 11, 27)
    assert result.document is not None and result.document.kind == "intake.extension_notice"
    text = pdf_text(result.document.pdf)
    for element in ("延期通知书", case.row.receipt_no, "张三", "2026年11月27日", "2026年12月11日",
                    "需要现场核查", "《中华人民共和国行政许可法》第四十二条"):
        assert element in text, element
    assert "装修" in text  # the item
    with pytest.raises(Conflict):  # one extension only
        clock_extend(desk, manager, case.row.id, date(2026, 12, 14))
    clock.now = _at(date(2026, 12, 1))  # after the first deadline, before the new one
    row = case_queries.list_cases(desk, clerk, CaseFilter(due="overdue"))
    assert row == [] and case_queries.get_case(desk, clerk, case.row.id).row.deadline_state == "ok"
    assert _overdue_figure(desk, manager, date(2026, 12, 1)) == (0, 0)
    assert _overdue_figure(desk, manager, date(2026, 11, 30)) == (0, 0)  # a past day: the new deadline held
    receipt = pdf_text(case_documents.issue_case_document(desk, clerk, case.row.id).pdf)
    assert "2026年12月11日前办结" in receipt and "原办结期限2026年11月27日" in receipt


def clock_extend(desk: Desk, actor: Actor, case_id: int, day: date) -> clock_service.ClockResult:
    return clock_service.extend_deadline(desk, actor, case_id, day, "需要现场核查")


def test_extension_is_refused_after_the_deadline_and_without_a_reason(
        desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)
    with pytest.raises(ValidationError):
        clock_service.extend_deadline(desk, manager, case.row.id, date(2026, 12, 4), "   ")
    with pytest.raises(ValidationError):  # a Saturday
        clock_service.extend_deadline(desk, manager, case.row.id, date(2026, 12, 5), "需要现场核查")
    clock.now = _at(date(2026, 11, 30))
    with pytest.raises(Conflict) as late:
        clock_service.extend_deadline(desk, manager, case.row.id, date(2026, 12, 4), "需要现场核查")
    assert "has passed" in late.value.render()
    assert case_queries.get_case(desk, clerk, case.row.id).clock_changes == ()  # nothing saved


def test_pause_is_neither_overdue_nor_due_soon_and_resume_moves_the_deadline(
        desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)  # deadline Fri 11-27
    clock.now = _at(date(2026, 11, 24))  # Tuesday
    paused = clock_pause(desk, clerk, case.row.id, expected_end=date(2026, 12, 1))
    assert paused.detail.row.deadline_state == "paused" and paused.detail.paused_since == date(2026, 11, 24)
    assert paused.document is not None and paused.document.kind == "intake.pause_notice"
    text = pdf_text(paused.document.pdf)
    for element in ("告知书", "检测", "不计算在", "2026年11月24日", "2026年12月1日", "第四十五条", case.row.receipt_no):
        assert element in text, element
    receipt = pdf_text(case_documents.issue_case_document(desk, clerk, case.row.id).pdf)
    assert "暂停计时：自2026年11月24日起检测所需时间" in receipt and "第四十五条不计算在办理期限内" in receipt
    clock.now = _at(date(2026, 11, 30))  # the old deadline has passed while paused
    assert case_queries.list_cases(desk, clerk, CaseFilter(due="overdue")) == []
    assert [r.id for r in case_queries.list_cases(desk, clerk, CaseFilter(due="paused"))] == [case.row.id]
    summary = case_queries.deadline_summary(desk, clerk)
    assert (summary.overdue, summary.due_soon, summary.paused) == (0, 0, 1)
    assert _overdue_figure(desk, manager, date(2026, 11, 30)) == (0, 0)
    with pytest.raises(Conflict):
        clock_pause(desk, clerk, case.row.id)
    with pytest.raises(Conflict):  # resume first, then extend
        clock_service.extend_deadline(desk, manager, case.row.id, date(2026, 12, 4), "需要现场核查")
    clock.now = _at(date(2026, 12, 2))  # Wednesday: Wed 11-25 .. Wed 12-02 not counted = 6 working days
    resumed = clock_service.resume_clock(desk, clerk, case.row.id)
    assert resumed.detail.paused_since is None
    assert resumed.detail.clock_changes[0].days == 6
    assert resumed.detail.row.deadline == date(2026, 12, 7)  # 11-27 + 6 working days
    assert resumed.detail.row.deadline_state == "ok"
    # The past day the case was paused still counts it as neither overdue nor due soon.
    assert _overdue_figure(desk, manager, date(2026, 11, 30)) == (0, 0)
    receipt = pdf_text(case_documents.issue_case_document(desk, clerk, case.row.id).pdf)
    assert "2026年12月7日前办结" in receipt and "检测所需 6 个工作日不计入" in receipt
    clock.now = _at(date(2026, 12, 8))
    assert [r.id for r in case_queries.list_cases(desk, clerk, CaseFilter(due="overdue"))] == [case.row.id]
    assert _overdue_figure(desk, manager, date(2026, 12, 8)) == (1, 0)


def clock_pause(desk: Desk, actor: Actor, case_id: int, expected_end: date | None = None) -> clock_service.ClockResult:
    return clock_service.pause_clock(desk, actor, case_id, "testing", "送检样品，由示范市质量检测所检测", expected_end)


def test_completing_a_paused_case_ends_the_pause(desk: Desk, clerk: Actor, clock: FakeClock) -> None:
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)
    clock_pause(desk, clerk, case.row.id)
    clock.now = _at(date(2026, 11, 23))
    done = cases.complete(desk, clerk, case.row.id, "已备案")
    assert done.paused_since is None and done.clock_changes[0].end_on == date(2026, 11, 23)
    with pytest.raises(Conflict):
        clock_service.resume_clock(desk, clerk, case.row.id)


def test_residence_permit_counts_calendar_days_and_a_pause_in_calendar_days(
        desk: Desk, clerk: Actor, clock: FakeClock) -> None:
    clock.now = _at(date(2026, 9, 16))  # + 15 日 = 10-01 国庆 → the first working day after: 10-08
    case = take_in(desk, clerk, "HJ-01", person(desk, clerk).id)
    assert case.days_unit == "calendar" and case.row.deadline == date(2026, 10, 8)
    assert case.statutory_deadline == date(2026, 10, 8)  # 居住证暂行条例 §9: 15 日
    receipt = pdf_text(case_documents.issue_case_document(desk, clerk, case.row.id).pdf)
    assert "15 日" in receipt and "第一个工作日" in receipt and "15 个工作日" not in receipt
    clock.now = _at(date(2026, 9, 18))
    clock_service.pause_clock(desk, clerk, case.row.id, "appraisal", "核实居住登记")
    clock.now = _at(date(2026, 9, 21))
    resumed = clock_service.resume_clock(desk, clerk, case.row.id)
    # 3 calendar days not counted: 16 + 18 = 10-04 (国庆) → 10-08, counted once from the start.
    assert resumed.detail.clock_changes[0].days == 3
    assert resumed.detail.row.deadline == date(2026, 10, 8)


def test_a_company_with_the_longest_name_gets_both_papers(desk: Desk, clerk: Actor, manager: Actor,
                                                         clock: FakeClock) -> None:
    from desk.services.intake import applicants

    company = applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
        "organisation", LONG_COMPANY, uscc="12310000425001236R", phone="13812345678",
        legal_representative="张三"))
    case = take_in(desk, clerk, "CG-01", company.id)
    clock.now = _at(date(2026, 11, 23))
    paused = clock_service.pause_clock(desk, clerk, case.row.id, "expert_review", "专家评审" * 100)
    resumed = clock_service.resume_clock(desk, clerk, case.row.id)
    assert resumed.detail.row.deadline == date(2026, 11, 27)  # paused and resumed the same day: 0 days
    extended = clock_service.extend_deadline(desk, manager, case.row.id, date(2026, 12, 11), "需要" * 250)
    for document in (paused.document, extended.document):
        assert document is not None
        assert LONG_COMPANY in pdf_text(document.pdf).replace("\n", "")


def test_both_papers_reprint_exactly_and_are_kept_with_the_case(desk: Desk, clerk: Actor, manager: Actor,
                                                                clock: FakeClock) -> None:
    from desk.services import issued_documents

    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)
    paused = clock_pause(desk, clerk, case.row.id)
    clock_service.resume_clock(desk, clerk, case.row.id)
    extended = clock_extend(desk, manager, case.row.id, date(2026, 12, 4))
    for document in (paused.document, extended.document):
        assert document is not None
        assert issued_documents.check_reproduction(desk, clerk, document.id).exact
        assert "补打" in pdf_text(issued_documents.reprint(desk, clerk, document.id))
    kinds = {d.kind for d in issued_documents.list_issued(desk, clerk, "intake_case", case.row.id)}
    assert {"intake.pause_notice", "intake.extension_notice"} <= kinds


def test_year_end_a_pause_is_kept_when_next_year_s_calendar_is_entered(desk: Desk, clerk: Actor, manager: Actor,
                                                                       clock: FakeClock) -> None:
    """2026-12-28 + 5 working days reaches 2027, whose calendar is not entered: flagged, never guessed.
    A pause before the calendar is entered is counted once it is."""
    from desk.services.intake import calendar

    clock.now = _at(date(2026, 12, 28))  # Monday
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)
    assert case.row.deadline is None and case.row.deadline_missing_year == 2027
    with pytest.raises(Conflict) as nothing:  # nothing to extend while the deadline is unknown
        clock_extend(desk, manager, case.row.id, date(2027, 1, 8))
    assert "not entered" in nothing.value.render()
    clock_pause(desk, clerk, case.row.id)
    clock.now = _at(date(2026, 12, 30))  # Wednesday: Tue 29 and Wed 30 are not counted (2 working days)
    resumed = clock_service.resume_clock(desk, clerk, case.row.id)
    assert resumed.detail.clock_changes[0].days == 2 and resumed.detail.row.deadline is None
    calendar.set_day(desk, manager, date(2027, 1, 1), "off", "元旦")
    calendar.set_year(desk, manager, 2027, True, "国务院办公厅关于2027年部分节假日安排的通知")
    after = case_queries.get_case(desk, clerk, case.row.id)
    # 5 + 2 working days after Mon 12-28: 29, 30, 31, (01-01 元旦, weekend), 01-04, 01-05, 01-06, 01-07.
    assert after.row.deadline == date(2027, 1, 7) and after.row.deadline_missing_year is None


def test_year_end_an_extension_into_a_year_not_entered_is_refused_with_the_reason(
        desk: Desk, clerk: Actor, manager: Actor, clock: FakeClock) -> None:
    clock.now = _at(date(2026, 12, 17))  # Thursday: + 5 working days = Thu 12-24
    case = take_in(desk, clerk, "CG-01", person(desk, clerk).id)
    assert case.row.deadline == date(2026, 12, 24)
    clock.now = _at(date(2026, 12, 23))
    with pytest.raises(ValidationError) as refused:
        clock_extend(desk, manager, case.row.id, date(2027, 1, 6))
    assert "2027" in refused.value.render() and refused.value.field == "new_deadline"
    extended = clock_extend(desk, manager, case.row.id, date(2026, 12, 31))  # within the year entered: allowed
    assert extended.detail.row.deadline == date(2026, 12, 31)
