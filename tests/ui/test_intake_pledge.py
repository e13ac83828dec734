"""容缺受理 at the window, with the clerk's key presses: the button is open only when every missing
material is 容缺, Ctrl+J asks for the date (flagged at year end until the clerk chooses one), the
notice and the 承诺书 print, and the case list and case show the open and the overdue 容缺."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desk.core.permissions import Role
from desk.services.intake import applicants, case_queries, catalogue
from desk.services.intake.applicants import ApplicantInput
from desk.ui.intake import intake_page, pledge_dialog
from desk.ui.intake.case_list import CasesPage
from desk.ui.intake.intake_page import IntakePage
from desk.ui.intake.pledge_dialog import PledgeDialog
from tests.conftest import FakeClock
from tests.services.intake_support import item_id

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot, context_for, monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[object] = []
    monkeypatch.setattr(intake_page, "show_issued", lambda _parent, issued: shown.append(issued))
    monkeypatch.setattr(pledge_dialog, "show_issued", lambda _parent, issued: shown.append(issued))
    context = context_for(Role.CLERK)
    manager = context_for(Role.MANAGER)
    item = catalogue.get_item(manager.desk, manager.actor, item_id(manager.desk, "CG-01"))
    materials = tuple(replace(m, deferrable=i in (4, 5)) for i, m in enumerate(item.materials, 1))
    catalogue.save_item(manager.desk, manager.actor, replace(item.as_input(), materials=materials), item.id)
    applicants.save_applicant(context.desk, context.actor, ApplicantInput(
        "organisation", "示范市闵行区梅陇镇幸福家园物业管理服务有限责任公司第三分公司", uscc="91310104MA1FL0K39G",
        phone="13812345678", legal_representative="欧阳娜娜"))
    widget = IntakePage(context)
    widget.shown_documents = shown  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _fill(qtbot, page: IntakePage, tick: set[int]) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page, Qt.Key.Key_F2)
    qtbot.keyClicks(page.item_search, "zxba")
    qtbot.keyClick(page.item_search, Qt.Key.Key_Return)
    qtbot.keyClick(page, Qt.Key.Key_F3)
    qtbot.keyClicks(page.applicant.search, "13812345678")
    qtbot.keyClick(page.applicant.search, Qt.Key.Key_Return)
    assert page.applicant.current is not None
    page.materials.tick(tick)
    page.item_search.setFocus()


def _in_dialog(act) -> list[PledgeDialog]:  # type: ignore[no-untyped-def]
    """Act on the 容缺 dialog the page is about to open, as the clerk would."""
    seen: list[PledgeDialog] = []
    tries = [0]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PledgeDialog):
            tries[0] += 1
            if tries[0] < 50:
                QTimer.singleShot(20, run)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, run)
    return seen


def _ok(dialog: PledgeDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_ctrl_j_accepts_with_容缺_and_prints_the_notice_and_the_承诺书(qtbot, page: IntakePage) -> None:  # type: ignore[no-untyped-def]
    _fill(qtbot, page, {1, 2, 4, 5})  # 产权证明 (3) missing: required and not 容缺
    assert not page.pledge_button.isEnabled() and page.missing_button.isEnabled()
    qtbot.keyClick(page.item_search, Qt.Key.Key_J, CTRL)
    assert "房屋产权证明或租赁合同" in page.message.text() and "one-time notice" in page.message.text()
    assert case_queries.list_cases(page.context.desk, page.context.actor) == []
    page.materials.tick({3})
    page.materials.item(3, 0).setCheckState(Qt.CheckState.Unchecked)  # 施工单位营业执照 (4): 容缺
    page.materials.item(4, 0).setCheckState(Qt.CheckState.Unchecked)  # 施工合同 (5): 容缺
    assert page.pledge_button.isEnabled() and not page.accept_button.isEnabled()
    assert "容缺" in page.materials.item(3, 0).text()
    seen = _in_dialog(_ok)
    qtbot.keyClick(page.item_search, Qt.Key.Key_J, CTRL)
    assert seen and seen[0].day() == date(2026, 12, 4)  # 10 working days from Friday 2026-11-20
    [case] = case_queries.list_cases(page.context.desk, page.context.actor)
    assert case.pledge_open and case.pledge_due == date(2026, 12, 4) and case.status == "accepted"
    kinds = [d.kind for d in page.shown_documents]  # type: ignore[attr-defined]
    assert kinds == ["intake.pledge_notice", "intake.pledge_letter"]
    assert "容缺" in page.done_label.text() and "2026-12-04" in page.done_label.text()
    assert not page.pledge_button.isEnabled()  # the visit is decided


def test_at_year_end_the_clerk_must_choose_the_date(qtbot, page: IntakePage, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.now = datetime(2026, 12, 31, 2, 0, tzinfo=timezone.utc)
    page.refresh()
    _fill(qtbot, page, {1, 2, 3})

    def refuse_then_choose(dialog: PledgeDialog) -> None:
        assert dialog.due.unknown and "2027" in dialog.due.warning.text()
        _ok(dialog)  # not chosen yet: the dialog stays open and says so
        assert dialog.isVisible() and "yourself" in dialog.message.text()
        dialog.due.edit.setFocus()
        dialog.due.edit.setDate(QDate(2027, 1, 15))
        _ok(dialog)

    seen = _in_dialog(refuse_then_choose)
    qtbot.keyClick(page.item_search, Qt.Key.Key_J, CTRL)
    assert seen
    [case] = case_queries.list_cases(page.context.desk, page.context.actor)
    assert case.pledge_due == date(2027, 1, 15) and case.deadline is None and case.deadline_missing_year == 2027


def test_the_case_list_shows_an_overdue_容缺(qtbot, page: IntakePage, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    _fill(qtbot, page, {1, 2, 3})
    _in_dialog(_ok)
    qtbot.keyClick(page.item_search, Qt.Key.Key_J, CTRL)
    clock.now = datetime(2026, 12, 7, 2, 0, tzinfo=timezone.utc)
    cases_page = CasesPage(page.context)
    qtbot.addWidget(cases_page)
    cases_page.due.setCurrentIndex(cases_page.due.findData("pledge_overdue"))
    assert cases_page.model.rowCount() == 1
    column = [cases_page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(cases_page.model.columnCount())]
    cell = cases_page.model.index(0, column.index("容缺 due"))
    assert "2026-12-04" in cell.data() and cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 with 容缺 materials overdue" in cases_page.count.text()


def test_the_case_shows_the_容缺_and_its_buttons_work(qtbot, page: IntakePage, monkeypatch,  # type: ignore[no-untyped-def]
                                                    clock: FakeClock) -> None:
    from PySide6.QtWidgets import QDialog, QPushButton

    from desk.ui.intake.case_detail import CaseDialog

    _fill(qtbot, page, {1, 2, 3})
    _in_dialog(_ok)
    qtbot.keyClick(page.item_search, Qt.Key.Key_J, CTRL)
    [row] = case_queries.list_cases(page.context.desk, page.context.actor)
    clock.now = datetime(2026, 12, 7, 2, 0, tzinfo=timezone.utc)  # the 容缺 date has passed
    dialog = CaseDialog(page.context, row.id)
    qtbot.addWidget(dialog)
    labels = " ".join(dialog.summary.itemAt(i).widget().text() for i in range(dialog.summary.count())
                      if dialog.summary.itemAt(i).widget() is not None)
    assert "2026-12-04" in labels and "施工合同" in labels

    def button(text: str) -> QPushButton:
        shown = [dialog.buttons.itemAt(i).widget() for i in range(dialog.buttons.count())]
        return next(b for b in shown if isinstance(b, QPushButton) and b.text() == text)

    qtbot.mouseClick(button("Print 承诺书"), Qt.MouseButton.LeftButton)
    assert [d.kind for d in page.shown_documents][-1] == "intake.pledge_letter"  # type: ignore[attr-defined]

    def tick_all() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog):
            QTimer.singleShot(20, tick_all)
            return
        modal.accept()  # every outstanding 容缺 material is ticked by default

    QTimer.singleShot(0, tick_all)
    qtbot.mouseClick(button("容缺 materials brought…"), Qt.MouseButton.LeftButton)
    detail = case_queries.get_case(page.context.desk, page.context.actor, row.id)
    assert detail.row.pledge_status == "closed" and [e.action for e in detail.events][-1] == "pledge_closed"
    shown = [dialog.buttons.itemAt(i).widget() for i in range(dialog.buttons.count())]
    assert "Print 承诺书" not in [b.text() for b in shown if isinstance(b, QPushButton)]  # nothing left to promise


def test_a_paused_case_with_an_open_容缺_in_the_case_list(qtbot, page: IntakePage, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    """Art. 45 stops the station's clock, not the applicant's 容缺 date: the list says both."""
    from desk.services.intake import clock as clock_service

    _fill(qtbot, page, {1, 2, 3})
    _in_dialog(_ok)
    qtbot.keyClick(page.item_search, Qt.Key.Key_J, CTRL)
    [case] = case_queries.list_cases(page.context.desk, page.context.actor)
    clock.now = datetime(2026, 11, 24, 2, 0, tzinfo=timezone.utc)
    clock_service.pause_clock(page.context.desk, page.context.actor, case.id, "testing", "送检")
    clock.now = datetime(2026, 12, 7, 2, 0, tzinfo=timezone.utc)  # past the deadline and the 容缺 date
    cases_page = CasesPage(page.context)
    qtbot.addWidget(cases_page)
    for due in ("paused", "pledge_overdue"):
        cases_page.due.setCurrentIndex(cases_page.due.findData(due))
        assert [cases_page.model.row_at(r).id for r in range(cases_page.model.rowCount())] == [case.id], due
    cases_page.due.setCurrentIndex(cases_page.due.findData("overdue"))
    assert cases_page.model.rowCount() == 0  # paused: not overdue
    cases_page.due.setCurrentIndex(cases_page.due.findData(""))
    text = cases_page.count.text()
    assert "0 overdue" in text and "1 with 容缺 materials overdue" in text and "1 paused (time not counted)" in text
    column = [cases_page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(cases_page.model.columnCount())]
    assert "(paused)" in cases_page.model.index(0, column.index("Deadline")).data()
    assert "2026-12-04" in cases_page.model.index(0, column.index("容缺 due")).data()
