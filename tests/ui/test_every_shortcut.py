"""Every keyboard shortcut of the desk is pressed for real (``qtbot.keyClick``), from where a person
reaches it: signed in, on the page opened with Ctrl+<n>. The inventory test fails when a shortcut is
added to a page without a key test here or in the page's own tests (the list below names them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desk.core.permissions import Role
from desk.services.intake import consultations
from desk.services.queue import window_state
from desk.services.queue.issuing import issue_ticket
from desk.ui.main_window import MainWindow
from desk.ui.pages import documents as documents_page
from desk.ui.queue import workbench
from desk.ui.queue.workbench import QueueWorkbench
from desk.ui.queue.workbench_dialogs import CallNumberDialog, WalkInDialog
from tests.conftest import make_actor
from tests.services.intake_support import person, take_in
from tests.services.queue_setup import make_hall
from tests.ui.modal import when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
# (page, key) -> the test that presses it. Ctrl+1…9 and the menu keys belong to the main window.
PRESSED = {
    ("window", "Ctrl+,"): "test_workbench_truth.py::test_a_window_number_set_in_terminal_settings_counts_at_once",
    ("window", "Ctrl+Shift+Q"): "test_workbench_truth.py::test_signing_out_while_serving_asks_first",
    ("window", "Ctrl+Q"): "test_ctrl_q_quits",
    **{("window", f"Ctrl+{n}"): "test_ctrl_digits_open_each_page_with_the_keyboard_inside" for n in range(1, 10)},
    **{("queue", key): "test_every_workbench_key_from_ctrl_2" for key in
       ("F1", "F2", "F3", "F4", "F5", "F7", "F8", "F9", "F10")},
    ("queue", "F6"): "test_workbench_truth.py::test_transfer_offers_only_staffed_windows_that_serve_the_service",
    **{("intake", key): "test_intake_decision.py (F2/F3/Ctrl+Enter/Ctrl+M/Ctrl+R/Ctrl+N/Ctrl+P on the page)" for key in
       ("F2", "F3", "Ctrl+N", "Ctrl+Return", "Ctrl+Enter", "Ctrl+M", "Ctrl+R", "Ctrl+P")},
    ("intake", "Ctrl+J"): "test_intake_pledge.py::test_ctrl_j_accepts_with_容缺_and_prints_the_notice_and_the_承诺书",
    ("consultations", "Ctrl+S"): "test_ctrl_s_saves_a_consultation",
    ("documents", "Ctrl+R"): "test_documents_keys",
    ("documents", "Return"): "test_documents_keys",
}


def _signed_in(qtbot, context) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _activate(qtbot, window)
    return window


def _activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """The window manager gives the focus back after a dialog; offscreen, the test does."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _open_by_keys(qtbot, window: MainWindow, key: str) -> QWidget:  # type: ignore[no-untyped-def]
    row = window.page_keys().index(key)
    assert row < 9, f"{key} has no Ctrl+digit"
    _press(qtbot, getattr(Qt.Key, f"Key_{row + 1}"), CTRL)
    page = window.stack.currentWidget()
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)  # the keyboard is in the page
    return page


@pytest.mark.parametrize("role", [Role.CLERK, Role.MEDIATOR, Role.MANAGER, Role.ADMIN])
def test_every_shortcut_has_a_key_test(qtbot, context_for, role: Role) -> None:  # type: ignore[no-untyped-def]
    context = context_for(role)
    window = MainWindow(context)
    qtbot.addWidget(window)
    found = {("window", a.shortcut().toString()) for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    for key in window.page_keys():
        page = window.open_page(key)
        found |= {(key, s.key().toString()) for s in page.findChildren(QShortcut)}
    assert sorted(found - set(PRESSED)) == []


def test_ctrl_digits_open_each_page_with_the_keyboard_inside(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.ADMIN)
    window = _signed_in(qtbot, context)
    keys = window.page_keys()
    assert len(keys) >= 9
    for row in (8, 0, 3, 1, 7, 2, 6, 4, 5):
        _press(qtbot, getattr(Qt.Key, f"Key_{row + 1}"), CTRL)
        assert window.navigation.currentRow() == row
        page = window.stack.currentWidget()
        focused = QApplication.focusWidget()
        assert focused is not None and page.isAncestorOf(focused), keys[row]


def test_ctrl_q_quits(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    window = _signed_in(qtbot, context_for(Role.CLERK))
    _press(qtbot, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_every_workbench_key_from_ctrl_2(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)  # F7 (a number out of turn) is the manager's; the rest the clerk's too
    hall = make_hall(context.desk, context.actor)
    context.settings.window_number = 1
    for _ in range(3):
        issue_ticket(context.desk, context.actor, hall.a)
    printed: list[bytes] = []
    monkeypatch.setattr(workbench, "print_slip", lambda pdf, _parent=None: printed.append(pdf))
    window = _signed_in(qtbot, context)
    page = _open_by_keys(qtbot, window, "queue")
    assert isinstance(page, QueueWorkbench)
    _press(qtbot, Qt.Key.Key_F1)
    assert page.number.text() == "A001"
    _press(qtbot, Qt.Key.Key_F2)
    assert "A001 called again" in page.message.text()
    _press(qtbot, Qt.Key.Key_F3)  # the citizen did not come
    assert "A001 marked as missed" in page.message.text() and page.current is None
    # F8 calls the missed number back; the dialog offers it already.
    when_modal(CallNumberDialog, lambda dialog: qtbot.keyClick(dialog.number, Qt.Key.Key_Return))
    _press(qtbot, Qt.Key.Key_F8)
    assert page.number.text() == "A001"
    _activate(qtbot, window)
    _press(qtbot, Qt.Key.Key_F4)
    _press(qtbot, Qt.Key.Key_F5)
    assert page.current is None
    # F7 calls a given number out of turn.
    when_modal(CallNumberDialog, lambda dialog: (qtbot.keyClicks(dialog.number, "A003"),
                                                 qtbot.keyClick(dialog.number, Qt.Key.Key_Return)))
    _press(qtbot, Qt.Key.Key_F7)
    assert page.number.text() == "A003"
    _activate(qtbot, window)
    _press(qtbot, Qt.Key.Key_F5)
    # F10: a break, and back.
    _press(qtbot, Qt.Key.Key_F10)
    assert window_state.window_status(context.desk, context.actor, 1).paused
    assert not page.buttons["call_next"].isEnabled()
    _press(qtbot, Qt.Key.Key_F10)
    assert not window_state.window_status(context.desk, context.actor, 1).paused
    # F9: a number for a walk-in, its slip printed.
    when_modal(WalkInDialog, lambda dialog: qtbot.keyClick(dialog.name, Qt.Key.Key_Return))
    _press(qtbot, Qt.Key.Key_F9)
    assert "A004" in page.message.text() and printed and printed[0].startswith(b"%PDF")


def test_ctrl_s_saves_a_consultation(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    window = _signed_in(qtbot, context)
    page = _open_by_keys(qtbot, window, "consultations")
    _press(qtbot, Qt.Key.Key_S, CTRL)  # nothing filled in: refused at the field, nothing saved
    assert consultations.list_consultations(context.desk, context.actor) == []
    assert page.errors.message.text()  # type: ignore[attr-defined]
    page.topic.setText("老年证需要什么材料")  # type: ignore[attr-defined]
    page.answer.setPlainText("身份证原件和一寸照片。")  # type: ignore[attr-defined]
    page.topic.setFocus()  # type: ignore[attr-defined]
    _press(qtbot, Qt.Key.Key_S, CTRL)
    assert [c.topic for c in consultations.list_consultations(context.desk, context.actor)] == ["老年证需要什么材料"]


def test_documents_keys(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desk.services.intake import case_documents

    context = context_for(Role.MANAGER)
    clerk = make_actor(context.desk, "clerkx", Role.CLERK)
    case = take_in(context.desk, clerk, "JY-01", person(context.desk, clerk).id)
    case_documents.issue_case_document(context.desk, clerk, case.row.id)
    shown: list[str] = []
    monkeypatch.setattr(documents_page, "show_preview", lambda _pdf, _kind, title, _parent: shown.append(title))
    window = _signed_in(qtbot, context)
    window.open_page("documents")
    page = window.stack.currentWidget()
    page.table.setFocus()  # type: ignore[attr-defined]
    page.table.selectRow(0)  # type: ignore[attr-defined]
    _press(qtbot, Qt.Key.Key_Return)
    assert len(shown) == 1 and "reprint" not in shown[0]
    _press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    assert "reprint" in shown[1]
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
