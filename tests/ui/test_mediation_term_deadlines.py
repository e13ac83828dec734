"""The agreement editor: each term has its own optional deadline, typed in the terms table (issue 12 item 7)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from desk.core.permissions import Role
from desk.services.mediation import cases
from desk.ui.context import UiContext
from desk.ui.mediation.cases_page import MediationCasesPage
from tests.services.mediation_setup import sample_case, sample_parties


def _button(widget: object, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)  # type: ignore[attr-defined]


def _type_cell(qtbot: QtBot, table: QTableWidget, text: str) -> None:
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the current cell
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # the delegate commits on the next loop


def test_a_term_gets_its_own_deadline_by_keyboard(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.MEDIATOR)
    case_id = cases.register_case(context.desk, context.actor, sample_case(), sample_parties()).id
    page = MediationCasesPage(context)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.view.selectRow(0)
    panel = page.detail
    panel.tabs.setCurrentWidget(panel.agreement)
    editor = panel.agreement
    # QTest types ASCII only: Chinese fields are filled as an input method would, the keys tested are ASCII.
    editor.disputed.setPlainText("赔偿数额")
    editor.responsibilities.setPlainText("李四承担主要责任")
    editor.method.setPlainText("现金支付")
    editor.recorder.setText("赵淑芬")
    for term in ("Li pays Zhang 1500 yuan.", "Li repairs the floor."):
        qtbot.mouseClick(_button(editor, "Add term"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        qtbot.keyClicks(QApplication.focusWidget(), term)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: editor.terms.state() != editor.terms.State.EditingState)
    qtbot.keyClick(editor.terms, Qt.Key.Key_Up)
    qtbot.keyClick(editor.terms, Qt.Key.Key_Right)  # the first term's own deadline
    assert (editor.terms.currentRow(), editor.terms.currentColumn()) == (0, 1)
    _type_cell(qtbot, editor.terms, "2026-11-25")
    assert editor.term_deadlines() == ["2026-11-25", ""]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = cases.get_case(context.desk, context.actor, case_id).agreement
    assert saved is not None and saved.term_deadlines == (date(2026, 11, 25), None)
    # A wrong date is named at the terms table, nothing saved.
    editor.terms.setFocus()
    editor.terms.setCurrentCell(1, 1)  # the second term's deadline
    _type_cell(qtbot, editor.terms, "2026-11-31")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "border" in editor.terms.styleSheet() and editor.errors.message.text()
    again = cases.get_case(context.desk, context.actor, case_id).agreement
    assert again is not None and again.term_deadlines == (date(2026, 11, 25), None)
    panel.show_case(case_id)  # reopened, the case shows the term's deadline again
    assert editor.term_deadlines() == ["2026-11-25", ""]
