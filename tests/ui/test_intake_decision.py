"""One decision per visit at the intake screen, driven with the clerk's real key presses.

A decision (accept, materials missing, refuse) ends the visit's form: Ctrl+Enter pressed again must
not save a second case, and a second decision for the same applicant and item on the same station
day is only saved after the clerk confirms it.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMessageBox

from desk.core.permissions import Role
from desk.services import issued_documents
from desk.services.intake import applicants, case_queries
from desk.services.intake.applicants import ApplicantInput
from desk.ui.intake import intake_page
from desk.ui.intake.intake_page import IntakePage
from tests.services.intake_support import name_appeal_bodies

PERSON_ID = "110101198001010010"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot, context_for, monkeypatch):  # type: ignore[no-untyped-def]
    # The receipt preview is a separate window; here it would take the keyboard away from the page.
    shown: list[object] = []
    monkeypatch.setattr(intake_page, "show_issued", lambda _parent, issued: shown.append(issued))
    monkeypatch.setattr(intake_page, "show_preview", lambda _pdf, kind, title, _parent: shown.append(title))
    context = context_for(Role.CLERK)
    name_appeal_bodies(context.desk)
    applicants.save_applicant(context.desk, context.actor, ApplicantInput(
        "person", "张三", id_number=PERSON_ID, phone="13812345678"))
    widget = IntakePage(context)
    widget.shown_documents = shown  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _cases(page: IntakePage) -> list[case_queries.CaseRow]:
    return case_queries.list_cases(page.context.desk, page.context.actor, case_queries.CaseFilter())


def _fill(qtbot, page: IntakePage, item: str = "zxba", tick: set[int] | None = None) -> None:  # type: ignore[no-untyped-def]
    """What the clerk types: F2, the item's pinyin, Enter; F3, the applicant's phone, Enter, pick."""
    qtbot.keyClick(page, Qt.Key.Key_F2)
    assert page.item_search.hasFocus()
    qtbot.keyClicks(page.item_search, item)
    qtbot.keyClick(page.item_search, Qt.Key.Key_Return)
    assert page.item is not None
    qtbot.keyClick(page, Qt.Key.Key_F3)
    qtbot.keyClicks(page.applicant.search, "13812345678")
    qtbot.keyClick(page.applicant.search, Qt.Key.Key_Return)
    page.applicant.results.setFocus()
    qtbot.keyClick(page.applicant.results, Qt.Key.Key_Down)
    qtbot.keyClick(page.applicant.results, Qt.Key.Key_Return)
    assert page.applicant.current is not None
    page.materials.tick(tick)
    page.item_search.setFocus()


def _answer_next_question(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Answer the confirmation box the page is about to open, as the clerk would (a key press)."""

    tries = [0]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 50:  # no question within a second: the test's own assertions say so
                QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)


def _back_to(qtbot, page: IntakePage) -> None:  # type: ignore[no-untyped-def]
    """The window manager gives the page its focus back when the question closes (offscreen does not)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_ctrl_enter_after_accepting_does_not_save_a_second_case(qtbot, page: IntakePage) -> None:  # type: ignore[no-untyped-def]
    _fill(qtbot, page)
    qtbot.keyClick(page.item_search, Qt.Key.Key_Return, CTRL)
    first = _cases(page)
    assert len(first) == 1 and first[0].status == "accepted"
    qtbot.keyClick(page.item_search, Qt.Key.Key_Return, CTRL)  # pressed again, by habit or by accident
    qtbot.keyClick(page, Qt.Key.Key_Enter, CTRL)
    assert [c.receipt_no for c in _cases(page)] == [first[0].receipt_no]
    assert len(page.shown_documents) == 1  # type: ignore[attr-defined]
    # The screen says what was done, and the decision buttons are off until the next visit.
    assert first[0].receipt_no in page.done_label.text()
    assert not page.accept_button.isEnabled() and not page.missing_button.isEnabled()
    assert not page.refuse_button.isEnabled()
    assert page.next_applicant_button.isEnabled() and page.reprint_button.isEnabled()
    assert not page.item_search.isEnabled() and not page.materials.isEnabled()
    # Ctrl+P prints the receipt again, as a logged reprint (补打); still one case.
    qtbot.keyClick(page, Qt.Key.Key_P, CTRL)
    assert len(page.shown_documents) == 2 and "reprint" in str(page.shown_documents[1])  # type: ignore[attr-defined]
    issued = issued_documents.list_issued(page.context.desk, page.context.actor, "intake_case", first[0].id)
    assert [d.reprint_count for d in issued] == [1]
    assert len(_cases(page)) == 1


def _answering_refusal(on_ask):  # type: ignore[no-untyped-def]
    """Stands in for the refusal dialog: answers at once with a reason and a legal basis."""

    class Answering:
        def __init__(self, _parent: object, submit) -> None:  # type: ignore[no-untyped-def]
            self.submit = submit
            on_ask()

        def exec(self) -> bool:
            self.submit(*self.terms())
            return True

        def terms(self) -> tuple[str, str, str]:
            return "不属于本站受理范围。", "《中华人民共和国行政许可法》第三十二条第一款第（二）项", "区民政局"

    return Answering


def test_refusing_after_materials_missing_does_not_save_a_second_case(qtbot, page: IntakePage,  # type: ignore[no-untyped-def]
                                                                      monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr("desk.ui.intake.refusal_dialog.RefusalDialog",
                        _answering_refusal(lambda: asked.append("reason")))
    _fill(qtbot, page, tick={1})
    qtbot.keyClick(page.item_search, Qt.Key.Key_M, CTRL)
    waiting = _cases(page)
    assert [c.status for c in waiting] == ["waiting_materials"]
    qtbot.keyClick(page.item_search, Qt.Key.Key_R, CTRL)
    assert [c.id for c in _cases(page)] == [waiting[0].id]
    assert asked == []  # the form is closed: not even the reason is asked
    assert waiting[0].receipt_no in page.done_label.text()


def test_next_visit_clears_the_form_and_a_repeat_the_same_day_asks_first(qtbot, page: IntakePage) -> None:  # type: ignore[no-untyped-def]
    _fill(qtbot, page)
    qtbot.keyClick(page.item_search, Qt.Key.Key_Return, CTRL)
    first = _cases(page)[0]
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)  # next applicant
    assert page.item is None and page.applicant.current is None and page.done_label.text() == ""
    assert page.item_search.hasFocus() and page.item_search.isEnabled()
    assert page.applicant.results.isVisible() and page.accept_button.isVisible() and page.next_button.isVisible()
    # The same citizen and item again, the same day: the clerk is asked, says No, nothing is saved.
    _fill(qtbot, page)
    seen: list[str] = []
    _answer_next_question(qtbot, QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(page.item_search, Qt.Key.Key_Return, CTRL)
    assert len(seen) == 1 and first.receipt_no in seen[0]
    assert len(_cases(page)) == 1
    assert page.accept_button.isEnabled()  # still the open form: the clerk may go on or clear it
    assert first.receipt_no in page.message.text()
    _back_to(qtbot, page)
    # Asked again and confirmed: a second case with its own receipt number.
    _answer_next_question(qtbot, QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(page.item_search, Qt.Key.Key_Return, CTRL)
    assert len(seen) == 2
    rows = _cases(page)
    assert len(rows) == 2 and len({r.receipt_no for r in rows}) == 2
    assert not page.accept_button.isEnabled()


def test_a_refusal_after_an_earlier_visits_notice_asks_first(qtbot, page: IntakePage,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    monkeypatch.setattr("desk.ui.intake.refusal_dialog.RefusalDialog", _answering_refusal(lambda: None))
    _fill(qtbot, page, tick={1})
    qtbot.keyClick(page.item_search, Qt.Key.Key_M, CTRL)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    _fill(qtbot, page, tick={1})
    seen: list[str] = []
    _answer_next_question(qtbot, QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(page.item_search, Qt.Key.Key_R, CTRL)
    assert len(seen) == 1 and [c.status for c in _cases(page)] == ["waiting_materials"]


def test_screenshot_after_a_decision(qtbot, page: IntakePage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _fill(qtbot, page)
    qtbot.keyClick(page.item_search, Qt.Key.Key_Return, CTRL)
    assert (page.width(), page.height()) == (1366, 768)
    # Everything the clerk needs after the decision is inside the 1366×768 screen.
    for widget in (page.banner, page.reprint_button, page.next_applicant_button, page.accept_button):
        corner = widget.mapTo(page, widget.rect().bottomRight())
        assert widget.isVisible() and corner.x() < page.width() and corner.y() < page.height()
    target = Path(os.environ.get("GRID_DESK_SHOT_DIR", str(tmp_path))) / "intake_after_accept.png"
    assert page.grab().save(str(target))


def test_at_year_end_the_clerk_must_choose_the_date_to_bring_the_materials(qtbot, page: IntakePage,  # type: ignore[no-untyped-def]
                                                                           clock) -> None:
    """2027's holidays are not entered: the default date cannot be counted, so it is flagged and the
    notice is not printed until the clerk chose a date (never today's date, which is already due)."""
    clock.now = datetime(2026, 12, 28, 2, 0, tzinfo=timezone.utc)  # a Monday at 10:00 in Shanghai
    _fill(qtbot, page, tick={1})
    assert "2027" in page.bring_by_unknown.text() and not page.bring_by_unknown.isHidden()
    qtbot.keyClick(page.item_search, Qt.Key.Key_M, CTRL)
    assert _cases(page) == []
    assert "Choose the date" in page.message.text()
    page.bring_by.setFocus()
    # The clerk clicks into each part of the date and steps it with the arrow keys: 2027-12-28,
    # then January, then the 8th.
    for section, key, presses in ((QDateTimeEdit.Section.YearSection, Qt.Key.Key_Up, 1),
                                  (QDateTimeEdit.Section.MonthSection, Qt.Key.Key_Down, 11),
                                  (QDateTimeEdit.Section.DaySection, Qt.Key.Key_Down, 20)):
        page.bring_by.setCurrentSection(section)
        for _ in range(presses):
            qtbot.keyClick(page.bring_by, key)
    assert page.bring_by_unknown.isHidden()
    qtbot.keyClick(page.item_search, Qt.Key.Key_M, CTRL)
    waiting = _cases(page)
    assert [c.status for c in waiting] == ["waiting_materials"]
    assert waiting[0].materials_due == date(2027, 1, 8)


def test_enter_on_a_search_with_one_match_picks_that_applicant(qtbot, page: IntakePage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page, Qt.Key.Key_F3)
    qtbot.keyClicks(page.applicant.search, "13812345678")
    qtbot.keyClick(page.applicant.search, Qt.Key.Key_Return)
    assert page.applicant.current is not None and page.applicant.current.name == "张三"
    assert page.applicant.results.isHidden()  # its room goes to the materials checklist (1280×680)
    qtbot.keyClick(page.applicant.search, Qt.Key.Key_Backspace)  # searching again brings the list back
    assert not page.applicant.results.isHidden()
