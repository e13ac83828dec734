"""The intake page: find the item by pinyin, tick materials, find or register the applicant, and
accept / report missing materials / refuse, with errors at the field."""

from __future__ import annotations

from desk.core.permissions import Role
from desk.services.intake import applicants, case_queries
from desk.services.intake.applicants import ApplicantInput
from desk.ui.intake.applicant_dialog import ApplicantDialog
from desk.ui.intake.intake_page import IntakePage
from tests.services.intake_support import REFUSAL_BASIS, name_appeal_bodies

PERSON_ID = "110101198001010010"


def _page(qtbot, context_for, role: Role = Role.CLERK):  # type: ignore[no-untyped-def]
    context = context_for(role)
    page = IntakePage(context)
    qtbot.addWidget(page)
    return context, page


def _register(context) -> applicants.ApplicantRow:  # type: ignore[no-untyped-def]
    return applicants.save_applicant(context.desk, context.actor, ApplicantInput(
        "person", "张三", id_number=PERSON_ID, phone="13812345678"))


def _choose(page: IntakePage, query: str) -> None:
    page.item_search.setText(query)
    page.items.setCurrentRow(0)


def test_accept_with_every_material_and_a_returning_applicant(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context, page = _page(qtbot, context_for)
    _register(context)
    _choose(page, "zxba")
    assert page.item is not None and page.item.code == "CG-01"
    assert page.materials.rowCount() == len(page.item.materials)
    assert "2026-11-27" in page.item_info.text()  # the deadline if accepted today (Friday + 5 working days)
    assert not page.accept_button.isEnabled() and page.missing_button.isEnabled()
    page.applicant.search.setText("zs")
    page.applicant.run_search()
    assert page.applicant.results.count() == 1
    page.applicant._pick(page.applicant.results.item(0))
    assert "110***********0010" in page.applicant.selected.text() and PERSON_ID not in page.applicant.selected.text()
    page.materials.tick()
    assert page.accept_button.isEnabled()
    page.set_ticket(12, "A012")
    case = page.decide("accept")
    assert case is not None and case.row.status == "accepted" and case.row.ticket_id == 12
    assert case.row.receipt_no in page.done_label.text()
    assert page.rate_button.isEnabled()
    page.clear()
    assert page.applicant.current is None and page.item is None and page.ticket_id is None


def test_missing_materials_and_refusal(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context, page = _page(qtbot, context_for)
    row = _register(context)
    _choose(page, "装修")
    page.applicant.set_applicant(row)
    page.materials.tick({1})
    waiting = page.decide("missing")
    assert waiting is not None and waiting.row.status == "waiting_materials"
    assert waiting.row.materials_due is not None
    assert waiting.row.receipt_no in page.done_label.text()
    # One decision per visit: refusing on the same screen saves nothing (tests/ui/test_intake_decision.py).
    assert page.decide("refuse", "不属于本站受理范围。") is None and "decided already" in page.message.text()
    page.clear()
    _choose(page, "JY-01")
    page.applicant.set_applicant(row)
    assert page.decide("refuse", "  ", REFUSAL_BASIS) is None
    assert "Reason for refusal" in page.message.text()
    assert page.decide("refuse", "不属于本站受理范围。", REFUSAL_BASIS) is None  # bodies not named yet
    assert "Station page" in page.message.text()
    name_appeal_bodies(context.desk)
    assert page.decide("refuse", "不属于本站受理范围。", "") is None
    assert "Legal basis" in page.message.text()
    refused = page.decide("refuse", "不属于本站受理范围。", REFUSAL_BASIS, "区行政服务中心")
    assert refused is not None and refused.row.status == "refused"
    assert len(case_queries.list_cases(context.desk, context.actor, case_queries.CaseFilter())) == 2


def test_nothing_is_saved_without_item_or_applicant_or_with_a_bad_proxy(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context, page = _page(qtbot, context_for)
    assert page.decide("accept") is None
    assert "service item" in page.message.text()
    _choose(page, "JY-01")
    assert page.decide("accept") is None and "applicant" in page.message.text()
    page.applicant.set_applicant(_register(context))
    page.materials.tick()
    page.proxy.setChecked(True)
    page.proxy.name.setText("李四")
    page.proxy.id_number.setText("110101198001010011")  # wrong check digit
    page.proxy.relation.setText("女儿")
    assert page.decide("accept") is None
    assert page.proxy.id_number.styleSheet() and "last character" in page.message.text()
    assert case_queries.list_cases(context.desk, context.actor) == []
    page.proxy.id_number.setText("310106200002298887")
    assert page.decide("accept") is not None


def test_new_applicant_dialog_shows_the_problem_at_the_field(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    dialog = ApplicantDialog(context, guess="110101198001010011")
    qtbot.addWidget(dialog)
    assert dialog.id_number.text() == "110101198001010011"  # the search text lands in the right field
    dialog.name.setText("张三😀")
    dialog.phone.setText("13812345678")
    dialog._save()
    assert dialog.name.styleSheet() and dialog.result_row is None
    dialog.name.setText("张三")
    dialog._save()
    assert dialog.id_number.styleSheet() and "last character" in dialog.errors.message.text()
    dialog.id_number.setText(PERSON_ID)
    dialog._save()
    assert dialog.result_row is not None and dialog.result_row.id_masked == "110***********0010"


def test_the_number_being_served_at_this_window_is_linked(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from desk.services.queue import calling
    from desk.services.queue.issuing import issue_ticket
    from tests.conftest import make_actor
    from tests.services.queue_setup import make_hall

    context = context_for(Role.CLERK)
    hall = make_hall(context.desk, make_actor(context.desk, "boss", Role.MANAGER))
    context.settings.window_number = 1
    issue_ticket(context.desk, context.actor, hall.a, citizen_phone="13812345678")
    page = IntakePage(context)
    qtbot.addWidget(page)
    assert page.ticket_id is None  # nobody called yet
    called = calling.call_next(context.desk, context.actor, 1)
    assert called is not None
    page.refresh()  # what the change watcher does after the Queue page called the number
    assert page.ticket_id == called.id and called.number in page.ticket_label.text()
    assert page.applicant.search.text() == "13812345678"
    _register(context)
    page.applicant.run_search()
    page.applicant._pick(page.applicant.results.item(0))
    _choose(page, "JY-01")
    page.materials.tick()
    case = page.decide("accept")
    assert case is not None and case.row.ticket_id == called.id
