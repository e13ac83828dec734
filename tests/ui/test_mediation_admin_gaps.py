"""Issue 13 item 5 in the mediation screens, driven with real clicks and keys: the follow-up visit
has no pre-chosen answer, a case can be edited (and its mediator assigned) after registration, the
booking dialog's people can be ticked by clicking their names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desk.core.permissions import Role
from desk.services.mediation import agreements, cases
from desk.ui.context import UiContext
from desk.ui.mediation.followup_casefile_tabs import FollowUpDialog
from tests.services.mediation_setup import sample_agreement, sample_case, sample_parties

TODAY = date(2026, 11, 20)  # the FakeClock's day


def _save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_follow_up_has_no_default_answer(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.MEDIATOR)
    case_id = cases.register_case(context.desk, context.actor, sample_case(), sample_parties()).id
    agreements.save_agreement(context.desk, context.actor, case_id, sample_agreement())
    detail = agreements.record_signed(context.desk, context.actor, case_id, TODAY, all_parties_signed=True,
                                      mediator_signed=True, seal_affixed=True)
    dialog = FollowUpDialog(context, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.performance.currentIndex() == -1 and dialog.satisfied.currentIndex() == -1
    qtbot.keyClicks(dialog.notes, "Leak fixed, 500 yuan still owed.")  # keyClicks types ASCII only
    buttons = dialog.findChild(QDialogButtonBox)
    _save(qtbot, buttons)  # nothing chosen: refused at the performance
    assert dialog.result_detail is None and dialog.errors.message.text()
    dialog.performance.setFocus()
    qtbot.keyClick(dialog.performance, Qt.Key.Key_Down)  # the first answer, chosen by the mediator
    _save(qtbot, buttons)  # satisfaction still unanswered
    assert dialog.result_detail is None and "satisf" in dialog.errors.message.text().lower()
    dialog.satisfied.setFocus()
    qtbot.keyClick(dialog.satisfied, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.satisfied, Qt.Key.Key_Down)  # "Not satisfied"
    _save(qtbot, buttons)
    assert dialog.result_detail is not None
    (visit,) = dialog.result_detail.followups
    assert visit.performance == "full" and visit.satisfied is False


def test_booking_dialog_people_are_ticked_by_clicking_their_names(qtbot: QtBot,
                                                                  context_for: Callable[[Role], UiContext]) -> None:
    from PySide6.QtCore import QPoint

    from desk.ui.mediation.booking_dialog import BookingDialog
    from tests.conftest import admin_actor
    from tests.services.mediation_setup import MONDAY, make_roster

    context = context_for(Role.CLERK)
    roster = make_roster(context.desk, admin_actor(context.desk))
    dialog = BookingDialog(context, [roster.room, roster.room2], [roster.mediator, roster.police, roster.lawyer],
                           room_id=roster.room.id, day=MONDAY, start_min=9 * 60)
    qtbot.addWidget(dialog)
    dialog.show()
    police = dialog.staff_boxes[roster.police.id]
    assert police.isVisible() and police.width() > 0
    unticked = police.grab().toImage()
    # click on the name, well to the right of the box itself
    qtbot.mouseClick(police, Qt.MouseButton.LeftButton, pos=QPoint(police.width() // 2, police.height() // 2))
    assert police.isChecked() and dialog.chosen_staff() == [roster.police.id]
    assert police.grab().toImage() != unticked  # the tick shows
    assert dialog.buffer.value() == roster.room.buffer_min  # the room's turnover is shown, not hidden
    _save(qtbot, dialog.findChild(QDialogButtonBox))
    assert dialog.result_row is not None and dialog.result_row.staff_names == ("周警官",)


def _edit_in_open_dialog(qtbot: QtBot, seen: list[str]) -> None:
    """Runs inside the Edit case dialog's event loop: assign the mediator by keys, rename, save."""
    from PySide6.QtWidgets import QApplication

    from desk.ui.mediation.edit_case_dialog import EditCaseDialog

    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EditCaseDialog)
    fields = dialog.case_fields
    seen.append(fields.mediator.currentText())
    fields.mediator.setFocus()
    qtbot.keyClick(fields.mediator, Qt.Key.Key_Down)  # the first mediator after "(assign later)"
    seen.append(fields.mediator.currentText())
    fields.title_edit.setFocus()
    qtbot.keyClick(fields.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(fields.title_edit, " (2nd floor)")
    _save(qtbot, dialog.buttons)


def test_a_case_is_edited_and_its_mediator_assigned_later(qtbot: QtBot,
                                                          context_for: Callable[[Role], UiContext]) -> None:
    from PySide6.QtCore import QTimer

    from desk.services import audit
    from desk.services.mediation import rooms_roster
    from desk.ui.mediation.cases_page import MediationCasesPage
    from tests.conftest import admin_actor

    context = context_for(Role.MEDIATOR)
    mediator = rooms_roster.save_staff(context.desk, admin_actor(context.desk), None, name="刘德明", kind="mediator")
    case_id = cases.register_case(context.desk, context.actor, sample_case(), sample_parties()).id  # assign later
    page = MediationCasesPage(context)
    qtbot.addWidget(page)
    page.show()
    page.view.selectRow(0)
    overview = page.detail.overview
    assert overview.labels["mediator"].text() == "not assigned yet" and overview.edit_button.isEnabled()
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _edit_in_open_dialog(qtbot, seen))
    qtbot.mouseClick(overview.edit_button, Qt.MouseButton.LeftButton)
    assert seen == ["(assign later)", "刘德明"]
    detail = cases.get_case(context.desk, context.actor, case_id)
    assert detail.mediator_staff_id == mediator.id and detail.title == "楼上漏水纠纷 (2nd floor)"
    assert overview.labels["mediator"].text() == "刘德明" and "(2nd floor)" in page.detail.header.text()
    assert audit.verify(context.desk.db).ok


def _book_in_open_dialog(qtbot: QtBot, staff_id: int, seen: list[str]) -> None:
    from PySide6.QtWidgets import QApplication

    from desk.ui.mediation.booking_dialog import BookingDialog

    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, BookingDialog)
    seen.append(f"{dialog.start.time().toString('HH:mm')}-{dialog.end.time().toString('HH:mm')}")
    box = dialog.staff_boxes[staff_id]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog.findChild(QDialogButtonBox))
    seen.append(dialog.errors.message.text())
    if dialog.isVisible():
        dialog.reject()


def test_the_free_slot_just_before_a_booking_can_be_booked(qtbot: QtBot,
                                                          context_for: Callable[[Role], UiContext]) -> None:
    from PySide6.QtCore import QPoint, QTimer

    from desk.services.mediation import bookings, rooms_roster
    from desk.ui.mediation.bookings_page import BookingsPage
    from tests.conftest import admin_actor
    from tests.services.mediation_setup import MONDAY, at, make_roster

    context = context_for(Role.CLERK)
    admin = admin_actor(context.desk)
    roster = make_roster(context.desk, admin)
    rooms_roster.save_room(context.desk, admin, roster.room.id, name="调解室", location="一楼东侧", opens="08:30",
                           closes="17:30", weekdays="12345", buffer_min=10)
    bookings.create_booking(context.desk, context.actor, roster.room.id, at(MONDAY, "10:00"), at(MONDAY, "12:00"),
                            [roster.mediator.id], title="邻里漏水纠纷")
    page = BookingsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.day = MONDAY
    page.room_box.setCurrentIndex(page.room_box.findData(roster.room.id))
    page.show()
    page.refresh()
    grid = page.grid
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _book_in_open_dialog(qtbot, roster.lawyer.id, seen))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(int(grid.column_width() * 0.5) + 52,
                                                                  int(grid.y_of(9 * 60 + 40))))
    assert seen == ["09:30-09:50", ""]  # ends in time for the room's 10-minute turnover
    day = bookings.bookings_between(context.desk, context.actor, at(MONDAY, "00:00"), at(MONDAY, "23:00"))
    assert [(b.start_at, b.end_at) for b in day] == [(at(MONDAY, "09:30"), at(MONDAY, "09:50")),
                                                     (at(MONDAY, "10:00"), at(MONDAY, "12:00"))]
