"""The kiosk speaks to citizens: no printer jargon, the number stays when no slip came out, a 绿色通道
slip counts only who is really ahead, after hours it says numbers are over for today, a greyed button
is still readable, and 呼叫工作人员 reaches the windows."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt

from desk.core.permissions import Role
from desk.services.queue import help as staff_help
from desk.services.queue.issuing import issue_ticket
from desk.ui.queue.kiosk import NO_SLIP_SECONDS, KioskWindow
from desk.ui.queue.standalone import device_actor
from tests.conftest import make_actor
from tests.services.queue_setup import make_hall
from tests.ui.contrast import text_contrast

PRINTER_SENTENCE = "没有安装打印机。请联系管理员安装打印机，或者在预览中另存为 PDF。"


def _kiosk(qtbot, ui_desk, printer):  # type: ignore[no-untyped-def]
    manager = make_actor(ui_desk, "boss", Role.MANAGER)
    hall = make_hall(ui_desk, manager)
    kiosk = KioskWindow(ui_desk, device_actor("kiosk", "取号机1"), printer=printer)
    qtbot.addWidget(kiosk)
    return manager, hall, kiosk


def test_without_a_slip_the_citizen_keeps_the_number_and_staff_are_told(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    manager, hall, kiosk = _kiosk(qtbot, ui_desk, lambda pdf, parent: PRINTER_SENTENCE)
    kiosk.show()
    qtbot.mouseClick(kiosk.service_buttons[hall.a], Qt.MouseButton.LeftButton)
    shown = kiosk.result_number.text() + kiosk.result_text.text() + kiosk.result_error.text()
    assert kiosk.result_number.text() == "A001"
    assert "管理员" not in shown and "PDF" not in shown and "printer" not in shown.lower().replace("printed", "")
    assert "take your slip" not in shown and "note your number A001" in kiosk.result_error.text()
    assert kiosk.back_timer.remainingTime() > (NO_SLIP_SECONDS - 5) * 1000  # not gone after 8 s
    assert [r.terminal for r in staff_help.open_help_requests(ui_desk, manager)] == [kiosk.actor.terminal]
    qtbot.mouseClick(kiosk.back, Qt.MouseButton.LeftButton)  # "I have noted my number"
    assert kiosk.stack.currentIndex() == 0


def test_a_green_channel_slip_counts_only_who_is_really_ahead(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    manager, hall, kiosk = _kiosk(qtbot, ui_desk, lambda pdf, parent: None)
    for _ in range(9):
        issue_ticket(ui_desk, manager, hall.a)  # nine normal numbers waiting
    issue_ticket(ui_desk, manager, hall.a, priority=True)  # one 绿色通道 number waiting
    kiosk.show()
    qtbot.mouseClick(kiosk.priority, Qt.MouseButton.LeftButton)
    assert "chosen" in kiosk.priority.text()
    qtbot.mouseClick(kiosk.service_buttons[hall.a], Qt.MouseButton.LeftButton)
    # The other priority number, and the three normal ones the fairness rule calls before the next priority.
    assert "4 people are waiting before you" in kiosk.result_text.text()


def test_after_hours_the_kiosk_says_numbers_are_over_for_today(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    ui_desk.clock.now = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)  # 18:00 in Shanghai
    _manager, hall, kiosk = _kiosk(qtbot, ui_desk, lambda pdf, parent: None)
    kiosk.show()
    assert "Closed for today" in kiosk.service_buttons[hall.a].text()
    assert "no longer given out today" in kiosk.hint.text()
    assert "Numbers from" not in kiosk.service_buttons[hall.a].text()


def test_a_greyed_button_is_still_readable(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    _manager, hall, kiosk = _kiosk(qtbot, ui_desk, lambda pdf, parent: None)  # 09:30: service C opens at 13:00
    kiosk.resize(1366, 768)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    qtbot.wait(100)
    closed = kiosk.service_buttons[hall.c]
    assert not closed.isEnabled()
    assert text_contrast(kiosk, closed) >= 4.5
    assert text_contrast(kiosk, kiosk.service_buttons[hall.a]) >= 4.5
    assert text_contrast(kiosk, kiosk.help) >= 4.5


def test_call_staff_reaches_the_windows_once_until_answered(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    manager, _hall, kiosk = _kiosk(qtbot, ui_desk, lambda pdf, parent: None)
    kiosk.show()
    qtbot.mouseClick(kiosk.help, Qt.MouseButton.LeftButton)
    assert "will come to you" in kiosk.result_text.text()
    kiosk.show_choice()
    qtbot.mouseClick(kiosk.help, Qt.MouseButton.LeftButton)  # pressed again while nobody came: one call
    waiting = staff_help.open_help_requests(ui_desk, manager)
    assert len(waiting) == 1
    staff_help.answer_help(ui_desk, manager, waiting[0].id)
    assert staff_help.open_help_requests(ui_desk, manager) == []


def test_the_workbench_opens_its_window_shows_calls_for_staff_and_closes_it_on_sign_out(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from desk.services.queue.board import hall_board
    from desk.ui.main_window import MainWindow

    context = context_for(Role.CLERK)
    desk = context.desk
    make_hall(desk, make_actor(desk, "boss", Role.MANAGER))
    context.settings.window_number = 2
    assert not hall_board(desk).windows[1].staffed
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    bench = window.stack.currentWidget()
    assert hall_board(desk).windows[1].staffed
    staff_help.ask_for_help(desk, device_actor("kiosk", "取号机"))
    bench.refresh()  # what a change at another terminal does
    assert bench.help_calls.isVisible() and "asks for staff" in bench.help_calls.text.text()
    qtbot.mouseClick(bench.help_calls.answer, Qt.MouseButton.LeftButton)
    assert not bench.help_calls.isVisible() and staff_help.open_help_requests(desk, context.actor) == []
    window.close()  # signing out closes the main window
    assert not hall_board(desk).windows[1].staffed
