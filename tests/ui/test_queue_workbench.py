"""The clerk's workbench: the keys move the number on, refusals are sentences, other terminals show up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desk.core.permissions import Role
from desk.services.queue.issuing import issue_ticket
from desk.ui.main_window import MainWindow
from desk.ui.queue.workbench import QueueWorkbench
from tests.conftest import make_actor
from tests.services.queue_setup import make_hall


def _bench(qtbot, context_for, role: Role = Role.CLERK):  # type: ignore[no-untyped-def]
    context = context_for(role)
    manager = make_actor(context.desk, "boss", Role.MANAGER)
    hall = make_hall(context.desk, manager)
    context.settings.window_number = 1
    page = QueueWorkbench(context)
    qtbot.addWidget(page)
    return context, hall, page


def test_keys_call_start_and_finish_a_number(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context, hall, page = _bench(qtbot, context_for)
    issue_ticket(context.desk, context.actor, hall.a)
    issue_ticket(context.desk, context.actor, hall.b)
    page.refresh()
    assert page.waiting.tickets.rowCount() == 2
    assert not page.buttons["finish"].isEnabled() and page.buttons["call_next"].isEnabled()
    assert page.shortcuts["F1"].key() == QKeySequence(Qt.Key.Key_F1)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.buttons["call_next"].setFocus()  # the keys work wherever the clerk is on the workbench
    qtbot.keyClick(page.buttons["call_next"], Qt.Key.Key_F1)
    assert page.number.text() == "A001"
    assert page.buttons["recall"].isEnabled() and not page.buttons["call_next"].isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    assert "A001 called again" in page.message.text()  # the clerk sees what the key did
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F4)
    assert page.current is not None and page.current.status == "serving"
    assert "Serving A001" in page.message.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert "A001 finished" in page.message.text()
    assert page.current is None and page.number.text() == "—"
    page.buttons["call_next"].click()
    assert page.number.text() == "B001"
    page.buttons["no_show"].click()
    page.buttons["call_next"].click()
    assert "Nobody is waiting" in page.message.text()
    assert page.buttons["call_back"].isEnabled()  # B001 was missed and can come back


def test_a_refusal_is_one_sentence_under_the_buttons(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context, hall, page = _bench(qtbot, context_for)
    issue_ticket(context.desk, context.actor, hall.a)
    page.call_next()
    # A second terminal on the same window already finished it and took a break meanwhile.
    from desk.services.queue import serving, window_state

    serving.finish_service(context.desk, context.actor, 1)
    window_state.pause_window(context.desk, context.actor, 1)
    page.start()  # the page still shows A001 as called
    assert "no number at the moment" in page.message.text()
    assert "(on a break)" in page.heading.text() and page.buttons["pause"].text().startswith("Resume")


def test_a_number_taken_elsewhere_appears_without_a_restart(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    manager = make_actor(context.desk, "boss", Role.MANAGER)
    hall = make_hall(context.desk, manager)
    context.settings.window_number = 2
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.open_page("queue")
    context.changes.start()
    assert page.waiting.tickets.rowCount() == 0
    issue_ticket(context.desk, manager, hall.b)  # the kiosk, another process in real life
    context.changes.poll()
    assert page.waiting.tickets.rowCount() == 1
    assert page.waiting.services.row_at(1).waiting == 1  # type: ignore[union-attr]


def test_without_a_window_number_only_walk_ins_are_possible(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    manager = make_actor(context.desk, "boss", Role.MANAGER)
    hall = make_hall(context.desk, manager)
    page = QueueWorkbench(context)
    qtbot.addWidget(page)
    assert "no window number" in page.heading.text()
    assert [k for k, b in page.buttons.items() if b.isEnabled()] == ["walk_in"]
    printed: list[bytes] = []
    monkeypatch.setattr("desk.ui.queue.workbench.print_slip", lambda pdf, parent=None: printed.append(pdf))
    from desk.ui.queue.workbench_dialogs import WalkInDialog

    def fill(dialog: WalkInDialog) -> None:
        dialog.service.setCurrentIndex(dialog.service.findData(hall.a))
        dialog.phone.setText("12")
        dialog.submit()
        assert "phone" in dialog.errors.message.text().lower() or dialog.errors.message.text()  # type: ignore[union-attr]
        assert dialog.result() == 0  # still open: the service refused the phone number
        dialog.phone.setText("13812345678")
        dialog.submit()

    monkeypatch.setattr(WalkInDialog, "exec", lambda self: fill(self))
    page.walk_in()
    assert printed and printed[0].startswith(b"%PDF")
    assert "A001" in page.message.text()


def test_the_workbench_shows_phones_masked(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt as _Qt

    context, hall, page = _bench(qtbot, context_for)
    issue_ticket(context.desk, context.actor, hall.a, citizen_name="张三华", citizen_phone="13812345678",
                 source="window")
    issue_ticket(context.desk, context.actor, hall.a, citizen_name="李四光", citizen_phone="13987654321",
                 source="window")
    page.refresh()
    model = page.waiting.tickets
    cells = [str(model.index(r, c).data(_Qt.ItemDataRole.DisplayRole))
             for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "13812345678" not in " ".join(cells) and "李四光" not in " ".join(cells)
    page.call_next()
    assert "张三华" in page.detail.text() and "138****5678" in page.detail.text()
    assert "13812345678" not in page.detail.text()


def test_the_first_call_of_the_day_works_from_the_keyboard(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    """The clerk signs in, presses Ctrl+2 for the queue and F1: the number is called. (The keys used to
    stay in the navigation list, so F1 did nothing, and the tests only emitted the shortcut.)"""
    context = context_for(Role.CLERK)
    hall = make_hall(context.desk, make_actor(context.desk, "boss", Role.MANAGER))
    context.settings.window_number = 1
    issue_ticket(context.desk, context.actor, hall.a)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window, as on the clerk's screen
    window.navigation.setFocus()
    assert window.page_keys()[1] == "queue"
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, QueueWorkbench)
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_F1)
    assert page.number.text() == "A001"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert page.current is None
