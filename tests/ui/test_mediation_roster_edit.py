"""Rooms and people on the roster can be corrected and retired, not only added."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QTimeEdit

from desk.core.permissions import Role
from desk.services.mediation import rooms_roster
from desk.ui.mediation.roster_dialogs import room_dialog, staff_dialog


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
