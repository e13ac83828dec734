"""Mediation rooms UI: the time grid (click, drag), the week and day views, the booking dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desk.core.permissions import Role
from desk.services.mediation import bookings
from desk.ui.context import UiContext
from desk.ui.mediation.booking_dialog import BookingDialog
from desk.ui.mediation.bookings_page import BookingsPage
from desk.ui.mediation.roster_page import RosterPage
from desk.ui.pages import pages_for
from tests.conftest import admin_actor
from tests.services.mediation_setup import MONDAY, at, make_roster


def _page(qtbot: QtBot, context: UiContext) -> BookingsPage:
    page = BookingsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.day = MONDAY
    page.refresh()
    return page


def test_navigation_by_role(context_for: Callable[[Role], UiContext]) -> None:
    clerk = [p.key for p in pages_for(context_for(Role.CLERK).actor)]
    assert "mediation_rooms" in clerk and "mediation_cases" in clerk and "mediation_roster" in clerk
    manager = [p.key for p in pages_for(context_for(Role.MANAGER).actor)]
    assert "mediation_cases" in manager


def test_week_and_day_views_show_bookings(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.CLERK)
    roster = make_roster(context.desk, admin_actor(context.desk))
    bookings.create_booking(context.desk, context.actor, roster.room.id, at(MONDAY, "09:00"), at(MONDAY, "10:00"),
                            [roster.mediator.id], title="邻里纠纷调解")
    page = _page(qtbot, context)
    page.room_box.setCurrentIndex(page.room_box.findData(roster.room.id))
    page.show()
    assert len(page.grid.columns) == 7 and [b.booking.title for b in page.grid.blocks] == ["邻里纠纷调解"]
    assert page.grid.columns[5].opens_min is None  # Saturday: the room is closed
    page.day_button.click()
    assert [c.title for c in page.grid.columns] == ["三所联动室", "调解室"]
    assert len(page.grid.blocks) == 1


def test_clicking_a_free_slot_and_dragging_a_booking(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.MEDIATOR)
    roster = make_roster(context.desk, admin_actor(context.desk))
    row = bookings.create_booking(context.desk, context.actor, roster.room.id, at(MONDAY, "09:00"),
                                  at(MONDAY, "10:00"), [roster.mediator.id], title="调解")
    page = _page(qtbot, context)
    page.room_box.setCurrentIndex(page.room_box.findData(roster.room.id))
    page.show()
    grid = page.grid
    grid.slotClicked.disconnect(page._book)  # the page would open the (modal) booking dialog
    with qtbot.waitSignal(grid.slotClicked) as clicked:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(int(grid.column_width() * 1.5) + 52,
                                                                      int(grid.y_of(14 * 60 + 10))))
    assert clicked.args == [1, 14 * 60]
    block = grid.blocks[0]
    start = grid.block_rect(block).center().toPoint()
    target = QPoint(start.x(), int(start.y() + 60 * grid.px_per_min))
    with qtbot.waitSignal(grid.bookingDropped) as dropped:
        qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(grid, target)
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    assert dropped.args == [row.id, 0, 10 * 60]
    moved = bookings.bookings_between(context.desk, context.actor, at(MONDAY, "00:00"), at(MONDAY, "23:00"))
    assert moved[0].start_at == at(MONDAY, "10:00")


def test_booking_dialog_shows_the_overlap_at_the_field(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.CLERK)
    roster = make_roster(context.desk, admin_actor(context.desk))
    rooms = [roster.room, roster.room2]
    staff = [roster.mediator, roster.police, roster.lawyer]
    first = BookingDialog(context, rooms, staff, room_id=roster.room.id, day=MONDAY, start_min=9 * 60)
    qtbot.addWidget(first)
    first.check_staff([roster.mediator.id])
    first.title_edit.setText("物业纠纷")
    first._save()
    assert first.result_row is not None and first.result_row.title == "物业纠纷"
    second = BookingDialog(context, rooms, staff, room_id=roster.room2.id, day=MONDAY, start_min=9 * 60 + 30)
    qtbot.addWidget(second)
    second.check_staff([roster.mediator.id])
    second._save()
    assert second.result_row is None and "刘德明" in second.errors.message.text()
    assert "border" in second.staff.styleSheet()
    nobody = BookingDialog(context, rooms, staff, room_id=roster.room2.id, day=MONDAY, start_min=11 * 60)
    qtbot.addWidget(nobody)
    nobody._save()
    assert "border" in nobody.staff.styleSheet()


def test_roster_page_shows_shifts(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    from desk.services.mediation import duty_roster

    context = context_for(Role.MANAGER)
    roster = make_roster(context.desk, admin_actor(context.desk))
    duty_roster.add_shift(context.desk, context.actor, roster.police.id, 2, "14:00", "17:30", MONDAY)
    duty_roster.add_exception(context.desk, context.actor, roster.lawyer.id, MONDAY, "extra", "09:00", "12:00")
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.monday = MONDAY
    page.refresh()
    texts = {page.table.item(r, c).text() for r in range(page.table.rowCount()) for c in range(7)
             if page.table.item(r, c)}
    assert "14:00–17:30" in texts and any(t.startswith("09:00–12:00") for t in texts)
