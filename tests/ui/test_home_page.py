"""The home page shows each role its day, and each figure or line opens the page with the details."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt

from desk.core.permissions import Role
from desk.services.queue.issuing import issue_ticket
from desk.ui.main_window import MainWindow
from tests.services.intake_support import person, take_in
from tests.services.queue_setup import make_hall


def test_the_manager_sees_the_station_and_a_click_opens_the_details(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    hall = make_hall(context.desk, context.actor)
    for service in (hall.a, hall.b):
        issue_ticket(context.desk, context.actor, service)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    home = window.stack.currentWidget()
    qtbot.waitUntil(lambda: home.day.day is not None, timeout=5000)
    waiting = home.day.buttons["waiting_now"]
    assert waiting.number.text() == "2"
    assert home.day.buttons["overdue_cases"].property("alarm") is False
    qtbot.mouseClick(waiting, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window._pages["daily_log"]


def test_the_clerk_opens_a_due_application_from_the_home_page_with_the_keyboard(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    case = take_in(context.desk, context.actor, "CG-01", person(context.desk, context.actor).id).row
    assert case.deadline is not None
    monkeypatch.setattr(context.desk, "clock", lambda: datetime.combine(case.deadline, datetime.min.time(),
                                                                        timezone.utc).replace(hour=2))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    home = window.stack.currentWidget()
    qtbot.waitUntil(lambda: home.day.day is not None, timeout=5000)
    assert "issued_today" not in home.day.buttons  # the station's figures are the manager's
    listed = home.day.list_widgets["my_case"]
    assert listed.count() == 1 and case.receipt_no in listed.item(0).text()
    listed.setFocus()
    listed.setCurrentRow(0)
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window._pages["intake_cases"]


def test_the_home_page_refreshes_when_the_station_changes(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    hall = make_hall(context.desk, context.actor)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    context.changes.start()
    home = window.stack.currentWidget()
    qtbot.waitUntil(lambda: home.day.day is not None, timeout=5000)
    assert home.day.buttons["issued_today"].number.text() == "0"
    issue_ticket(context.desk, context.actor, hall.a)  # as if the kiosk issued one
    qtbot.waitUntil(lambda: home.day.buttons["issued_today"].number.text() == "1", timeout=8000)
