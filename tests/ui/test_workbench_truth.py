"""The queue workbench tells the truth, reached as the clerk reaches it (signed in, Ctrl+2) and driven
with real keys: the window number counts as soon as it is set, F1 is offered only when it works, a
transfer offers only windows that will call the citizen, and signing out with a citizen at the window
asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk.core.permissions import Role
from desk.services.queue import window_state
from desk.services.queue.board import waiting_tickets
from desk.services.queue.calling import call_next
from desk.services.queue.issuing import issue_ticket
from desk.services.queue.serving import finish_service
from desk.ui.main_window import MainWindow
from desk.ui.queue.workbench import QueueWorkbench
from desk.ui.queue.workbench_dialogs import TransferDialog
from desk.ui.settings_dialog import SettingsDialog
from tests.conftest import make_actor
from tests.services.queue_setup import make_hall
from tests.ui.modal import when_modal

CTRL = Qt.KeyboardModifier.ControlModifier


def _signed_in(qtbot, context):  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _queue_page(qtbot, window: MainWindow) -> QueueWorkbench:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2, CTRL)
    page = window.stack.currentWidget()
    assert isinstance(page, QueueWorkbench)
    return page


def _key(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_a_window_number_set_in_terminal_settings_counts_at_once(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    hall = make_hall(context.desk, make_actor(context.desk, "boss", Role.MANAGER))
    issue_ticket(context.desk, context.actor, hall.a)
    window = _signed_in(qtbot, context)
    page = _queue_page(qtbot, window)
    assert not page.buttons["call_next"].isEnabled()
    assert "F1" not in page.detail.text()  # no "press F1" while F1 cannot call anybody
    assert window.window_label.text() == "No window number"

    def set_window(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.window_number.setFocus()
        dialog.window_number.selectAll()
        qtbot.keyClicks(dialog.window_number, "1")
        qtbot.keyClick(dialog.window_number, Qt.Key.Key_Return)

    when_modal(SettingsDialog, set_window)
    _key(qtbot, Qt.Key.Key_Comma, CTRL)
    assert context.settings.window_number == 1
    assert window.window_label.text() == "Window 1"
    assert page.heading.text().startswith("Window 1")
    assert page.buttons["call_next"].isEnabled() and "F1" in page.detail.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _key(qtbot, Qt.Key.Key_F1)
    assert page.number.text() == "A001"


def test_transfer_offers_only_staffed_windows_that_serve_the_service(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    manager = make_actor(context.desk, "boss", Role.MANAGER)
    hall = make_hall(context.desk, manager)  # 1: A, B · 2: B, A · 3: C
    context.settings.window_number = 1
    for service in (hall.a, hall.b, hall.b):
        issue_ticket(context.desk, context.actor, service)
    call_next(context.desk, manager, 2)  # window 2 is staffed (it called B001); window 3 called nobody today
    finish_service(context.desk, manager, 2)
    window = _signed_in(qtbot, context)
    page = _queue_page(qtbot, window)
    _key(qtbot, Qt.Key.Key_F1)
    assert page.number.text() == "A001"
    offered: dict[str, list[object]] = {}

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, TransferDialog)
        offered["same"] = [dialog.to_window.itemData(i) for i in range(dialog.to_window.count())]
        dialog.service.setCurrentIndex(dialog.service.findData(hall.c))
        offered["C"] = [dialog.to_window.itemData(i) for i in range(dialog.to_window.count())]
        dialog.service.setCurrentIndex(0)
        dialog.to_window.setCurrentIndex(dialog.to_window.findData(2))
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    when_modal(TransferDialog, choose)
    _key(qtbot, Qt.Key.Key_F6)
    assert offered["same"] == [None, 2]  # window 3 does not serve A
    assert offered["C"] == [None]  # window 3 serves C but nobody called a number there today
    assert page.current is None
    assert [t.number for t in waiting_tickets(context.desk, 1, [hall.b, hall.a], window=2)][0] == "A001"
    # A window on a break is not offered either.
    window_state.pause_window(context.desk, manager, 2)
    page.refresh()
    window.activateWindow()  # the window manager gives the focus back after a dialog; offscreen does not
    qtbot.waitUntil(window.isActiveWindow)
    _key(qtbot, Qt.Key.Key_F1)
    assert page.number.text() == "B002"
    when_modal(TransferDialog, lambda dialog: (offered.__setitem__("paused", [
        dialog.to_window.itemData(i) for i in range(dialog.to_window.count())]), dialog.reject()))
    _key(qtbot, Qt.Key.Key_F6)
    assert offered["paused"] == [None]


def _sign_out_answer(qtbot, answer: str, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text().startswith(answer))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_modal(QMessageBox, press)


def test_signing_out_while_serving_asks_first(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    hall = make_hall(context.desk, make_actor(context.desk, "boss", Role.MANAGER))
    context.settings.window_number = 1
    issue_ticket(context.desk, context.actor, hall.a)
    window = _signed_in(qtbot, context)
    signed_out: list[bool] = []
    window.signed_out.connect(lambda: signed_out.append(True))
    page = _queue_page(qtbot, window)
    _key(qtbot, Qt.Key.Key_F1)
    _key(qtbot, Qt.Key.Key_F4)
    asked: list[str] = []
    _sign_out_answer(qtbot, "Stay signed in", asked)
    _key(qtbot, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 1 and "A001" in asked[0]
    assert signed_out == [] and window_state.window_status(context.desk, context.actor, 1).current is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _sign_out_answer(qtbot, "Finish A001", asked)
    _key(qtbot, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 2 and signed_out == [True]
    assert window_state.window_status(context.desk, context.actor, 1).current is None
    assert page.current is not None  # the page had not refreshed yet; the service is what counts


def test_signing_out_with_nobody_at_the_window_asks_nothing(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    make_hall(context.desk, make_actor(context.desk, "boss", Role.MANAGER))
    context.settings.window_number = 1
    window = _signed_in(qtbot, context)
    signed_out: list[bool] = []
    window.signed_out.connect(lambda: signed_out.append(True))
    _key(qtbot, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert signed_out == [True]


def test_leaving_the_number_at_the_window_signs_out_and_keeps_it(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    hall = make_hall(context.desk, make_actor(context.desk, "boss", Role.MANAGER))
    context.settings.window_number = 1
    issue_ticket(context.desk, context.actor, hall.a)
    window = _signed_in(qtbot, context)
    signed_out: list[bool] = []
    window.signed_out.connect(lambda: signed_out.append(True))
    _queue_page(qtbot, window)
    _key(qtbot, Qt.Key.Key_F1)
    asked: list[str] = []
    _sign_out_answer(qtbot, "Sign out, leave A001", asked)
    _key(qtbot, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert signed_out == [True] and len(asked) == 1
    current = window_state.window_status(context.desk, context.actor, 1).current
    assert current is not None and current.number == "A001"
