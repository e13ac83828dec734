"""The manager's queue set-up page: services, windows' preferences, the priority rule."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk.core.permissions import Role
from desk.services import windows
from desk.services.queue.config import get_queue_settings, list_services, window_services
from desk.ui.main_window import MainWindow
from desk.ui.queue.setup_page import QueueSetupPage


def test_a_manager_adds_a_service_and_bad_input_stays_at_the_field(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    page = QueueSetupPage(context)
    qtbot.addWidget(page)
    section = page.services
    section.new()
    section.prefix.setText("a")
    section.name.setText("综合受理")
    section.opens.setText("17:00")
    section.closes.setText("09:00")
    section.save()
    assert "closing time later" in section.errors.message.text()
    assert "#c62828" in section.closes.styleSheet() and list_services(context.desk) == []
    section.closes.setText("17:30")
    section.cap.setValue(120)
    section.save()
    assert [(s.prefix, s.daily_cap, s.closes) for s in list_services(context.desk)] == [("A", 120, "17:30")]
    assert section.model.rowCount() == 1 and "A" in section.saved.text()
    section.new()
    section.prefix.setText("A")
    section.name.setText("重复")
    section.save()
    assert "used by another service" in section.errors.message.text()


def test_windows_serve_ticked_services_in_order_and_the_rule_is_saved(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    windows.add_window(context.desk, context.actor, 1, "")
    page = QueueSetupPage(context)
    qtbot.addWidget(page)
    for prefix, name in (("A", "综合受理"), ("B", "社保医保")):
        page.services.new()
        page.services.prefix.setText(prefix)
        page.services.name.setText(name)
        page.services.save()
    page.tabs.setCurrentWidget(page.windows)
    section = page.windows
    assert section.list.count() == 2 and section.chosen() == []
    for i in range(2):
        section.list.item(i).setCheckState(Qt.CheckState.Checked)
    section.list.setCurrentRow(1)
    section.move(-1)  # B first
    section.save()
    ids = {s.prefix: s.id for s in list_services(context.desk)}
    assert window_services(context.desk) == {1: [ids["B"], ids["A"]]}
    page.tabs.setCurrentWidget(page.rules)
    page.rules.every.setValue(5)
    page.rules.slip_notice.setText("x" * 61)
    page.rules.save()
    assert "#c62828" in page.rules.slip_notice.styleSheet()
    page.rules.slip_notice.setText("过号请重新取号")
    page.rules.save()
    assert get_queue_settings(context.desk).normal_per_priority == 5


def test_only_managers_see_the_set_up_and_clerks_the_workbench(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    clerk_window = MainWindow(context_for(Role.CLERK))
    qtbot.addWidget(clerk_window)
    assert "queue" in clerk_window.page_keys() and "queue_setup" not in clerk_window.page_keys()
    mediator_window = MainWindow(context_for(Role.MEDIATOR))
    qtbot.addWidget(mediator_window)
    assert "queue" not in mediator_window.page_keys()
