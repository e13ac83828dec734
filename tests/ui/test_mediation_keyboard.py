"""The mediator at the keyboard: a registered request opens in the register, Tab leaves the case list
for the case's tabs, and the agreement's actions have Alt keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTabBar
from pytestqt.qtbot import QtBot

from desk.core.permissions import Role
from desk.services.mediation import cases
from desk.ui.context import UiContext
from desk.ui.mediation.cases_page import MediationCasesPage
from desk.ui.mediation.register_dialog import RegisterCaseDialog
from desk.ui.mediation.signing_dialogs import SignedDialog
from tests.services.mediation_setup import sample_case, sample_parties

ALT = Qt.KeyboardModifier.AltModifier


def shown_page(qtbot: QtBot, context: UiContext) -> MediationCasesPage:
    page = MediationCasesPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def test_a_registered_request_is_opened_in_the_register(qtbot: QtBot,
                                                        context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.MEDIATOR)
    cases.register_case(context.desk, context.actor, sample_case(), sample_parties())  # one already there
    page = shown_page(qtbot, context)
    page.view.selectRow(0)
    page.search.setText("no such case")  # a filter left from before must not hide the new case
    seen: list[str] = []

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RegisterCaseDialog)
        dialog.title_edit.setText("物业费纠纷")
        dialog.facts.setPlainText("拖欠物业费两年。")
        dialog.parties = sample_parties()
        QTimer.singleShot(200, press_ok)
        qtbot.mouseClick(dialog.findChildren(QPushButton)[-2], Qt.MouseButton.LeftButton)  # Save

    def press_ok() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    register = next(b for b in page.findChildren(QPushButton) if b.text() == "Register a request…")
    QTimer.singleShot(200, fill_and_save)
    qtbot.mouseClick(register, Qt.MouseButton.LeftButton)
    assert seen and "第2号" in seen[0]
    assert page.model.rowCount() == 2
    assert page.detail.detail is not None and page.detail.detail.title == "物业费纠纷"
    selected = page.view.selectionModel().selectedRows()
    assert [page.model.row_at(i.row()).title for i in selected] == ["物业费纠纷"]
    assert page.focusWidget() is page.view  # the keyboard goes on from the new case


def test_tab_leaves_the_case_list_for_the_case_tabs(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.MEDIATOR)
    cases.register_case(context.desk, context.actor, sample_case(), sample_parties())
    page = shown_page(qtbot, context)
    page.view.selectRow(0)
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus, timeout=5000)
    assert page.detail.detail is not None
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), QTabBar)  # the case's tabs, not the next cell
    bar = QApplication.focusWidget()
    for _ in range(3):
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert page.detail.tabs.currentWidget() is page.detail.agreement


def test_agreement_actions_have_alt_keys(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.MEDIATOR)
    cases.register_case(context.desk, context.actor, sample_case(), sample_parties())
    page = shown_page(qtbot, context)
    page.view.selectRow(0)
    page.detail.tabs.setCurrentWidget(page.detail.agreement)
    editor = page.detail.agreement
    editor.disputed.setFocus()
    qtbot.waitUntil(editor.disputed.hasFocus, timeout=5000)
    editor.disputed.setPlainText("赔偿数额")
    editor.responsibilities.setPlainText("李四承担主要责任")
    editor.method.setPlainText("现金支付")
    editor.recorder.setText("赵淑芬")
    editor._add_term("李四赔偿张三1500元。")
    editor.disputed.setFocus()
    qtbot.keyClick(editor.disputed, Qt.Key.Key_S, ALT)  # Save draft (a mnemonic clicks after a moment)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.agreement is not None,
                    timeout=5000)
    assert page.detail.detail.agreement.disputed == "赔偿数额"
    qtbot.keyClick(editor.disputed, Qt.Key.Key_A, ALT)  # Add term: a new row, open for typing
    qtbot.waitUntil(lambda: editor.terms.rowCount() == 2 and QApplication.focusWidget() is not None
                    and editor.terms.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), "Li Si repairs the pipe")  # QTest types ASCII only
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.term_texts() == ["李四赔偿张三1500元。", "Li Si repairs the pipe"], timeout=5000)
    opened: list[object] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, cancel)
            return
        opened.append(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(50, cancel)
    qtbot.keyClick(editor.disputed, Qt.Key.Key_R, ALT)  # Record signatures and seal
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert isinstance(opened[0], SignedDialog)
    for button, key in ((editor.print_button, "P"), (editor.judicial_button, "J")):
        assert button.shortcut() == QKeySequence(f"Alt+{key}")


def test_tab_leaves_the_agreed_terms(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    """Typed terms: Tab goes on to the term buttons and the next fields, not round the terms for ever."""
    context = context_for(Role.MEDIATOR)
    cases.register_case(context.desk, context.actor, sample_case(), sample_parties())
    page = shown_page(qtbot, context)
    page.view.selectRow(0)
    page.detail.tabs.setCurrentWidget(page.detail.agreement)
    editor = page.detail.agreement
    editor._add_term("李四赔偿张三1500元。")
    editor._add_term("李四修复防水。")
    editor.terms.setFocus()
    editor.terms.setCurrentCell(1, 0)
    qtbot.waitUntil(editor.terms.hasFocus, timeout=5000)
    qtbot.keyClick(editor.terms, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor.terms
    assert isinstance(QApplication.focusWidget(), QPushButton)  # Add term
