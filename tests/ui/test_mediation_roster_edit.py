"""Rooms and people on the roster can be corrected and retired, not only added."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QTimeEdit

from desk.core.permissions import Role
from desk.services.mediation import rooms_roster
from desk.ui.mediation.roster_dialogs import room_dialog, staff_dialog
from desk.ui.timefmt import weekday_name  # 周二 in Chinese, Tue in English


def test_edit_a_room_prefills_and_saves_the_change(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    room = rooms_roster.save_room(context.desk, context.actor, None, name="调解室", opens="09:00", closes="17:00",
                                  weekdays="135")
    dialog = room_dialog(context, None, room)
    qtbot.addWidget(dialog)
    edits = dialog.findChildren(QTimeEdit)
    assert [e.time().toString("HH:mm") for e in edits] == ["09:00", "17:00"]  # prefilled, not the defaults
    edits[1].setTime(QTime(18, 30))
    dialog._save()
    saved = next(r for r in rooms_roster.list_rooms(context.desk, context.actor, include_inactive=True)
                 if r.id == room.id)
    assert saved.closes_min == 18 * 60 + 30 and saved.weekdays == "135" and saved.name == "调解室"


def test_retire_a_person(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox

    context = context_for(Role.MANAGER)
    person = rooms_roster.save_staff(context.desk, context.actor, None, name="张律师", kind="lawyer")
    dialog = staff_dialog(context, None, person)
    qtbot.addWidget(dialog)
    active = dialog.findChildren(QCheckBox)[0]
    assert active.isChecked()
    active.setChecked(False)
    dialog._save()
    assert person.id not in [p.id for p in rooms_roster.list_staff(context.desk, context.actor)]
    retired = rooms_roster.list_staff(context.desk, context.actor, include_inactive=True)
    assert any(p.id == person.id and not p.active for p in retired)


def _button(page, text: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def _remove_first_entry_in_open_dialog(qtbot, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Runs inside the modal dialog's event loop: click the first entry, Remove, then Close."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from desk.ui.mediation.roster_removal import RemovalDialog

    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RemovalDialog)
    seen.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
    first = dialog.list.visualItemRect(dialog.list.item(0)).center()
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(first))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    seen.append(dialog.message.text())
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close),
                     Qt.MouseButton.LeftButton)


def test_a_weekly_shift_and_a_closure_day_can_be_removed(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtCore import Qt, QTimer

    from desk.services.mediation import duty_roster
    from desk.ui.mediation.roster_page import RosterPage

    context = context_for(Role.MANAGER)
    person = rooms_roster.save_staff(context.desk, context.actor, None, name="周警官", kind="police")
    room = rooms_roster.save_room(context.desk, context.actor, None, name="调解室", opens="09:00", closes="17:00")
    duty_roster.add_shift(context.desk, context.actor, person.id, 2, "14:00", "17:30", date(2026, 11, 1),
                          note="社区警务室")
    rooms_roster.add_closure(context.desk, context.actor, room.id, date(2026, 11, 20), "消防设施检修")  # today
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.show()
    assert "14:00–17:30" in page.table.item(0, 1).text()  # the week of 2026-11-16: Tuesday
    assert "消防设施检修" in page.table.item(1, 4).text()  # Friday, the rooms row
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _remove_first_entry_in_open_dialog(qtbot, seen))
    qtbot.mouseClick(_button(page, "Remove weekly shift…"), Qt.MouseButton.LeftButton)
    assert f"{weekday_name(2)} 14:00–17:30" in seen[0] and "周警官" in seen[0] and "Removed" in seen[-1]
    assert duty_roster.list_shifts(context.desk, context.actor) == []
    assert page.table.item(0, 1).text() == "—"  # the page shows it at once
    seen.clear()
    QTimer.singleShot(0, lambda: _remove_first_entry_in_open_dialog(qtbot, seen))
    qtbot.mouseClick(_button(page, "Remove closure day…"), Qt.MouseButton.LeftButton)
    assert "2026-11-20" in seen[0] and "消防设施检修" in seen[0]
    assert rooms_roster.list_closures(context.desk, context.actor, date(2026, 11, 1), date(2026, 12, 31)) == []
    assert page.table.item(1, 4).text() == ""
    # a day off taken back: the weekly shift applies again that day
    duty_roster.add_shift(context.desk, context.actor, person.id, 5, "09:00", "12:00", date(2026, 11, 1))
    duty_roster.add_exception(context.desk, context.actor, person.id, date(2026, 11, 20), "off", note="调休")
    page.refresh()
    assert page.table.item(0, 4).text() == "—"
    seen.clear()
    QTimer.singleShot(0, lambda: _remove_first_entry_in_open_dialog(qtbot, seen))
    qtbot.mouseClick(_button(page, "Remove day off / extra shift…"), Qt.MouseButton.LeftButton)
    assert "2026-11-20" in seen[0] and "day off" in seen[0] and "调休" in seen[0]
    assert "09:00–12:00" in page.table.item(0, 4).text()
