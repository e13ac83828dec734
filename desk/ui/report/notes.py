"""The manager's notes for a day: list, write, edit, delete — until the day is closed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desk.core.permissions import Permission
from desk.services.report import closing
from desk.services.report.model import NoteRow
from desk.ui.context import UiContext
from desk.ui.messages import show_error
from desk.ui.table_model import Column, RowTableModel, make_table_view
from desk.ui.timefmt import local


class NotesPanel(QWidget):
    def __init__(self, context: UiContext, on_changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.on_changed = on_changed
        self.day: date | None = None
        tz = context.station.timezone
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.model: RowTableModel[NoteRow] = RowTableModel([
            Column(self.tr("Day"), lambda n: n.day.isoformat()),
            Column(self.tr("Written"), lambda n: local(n.written_at, tz)),
            Column(self.tr("By"), lambda n: n.author),
            Column(self.tr("Note"), lambda n: n.text.replace("\n", " ⏎ "), tooltip=lambda n: n.text),
        ], self)
        self.table = make_table_view(self.model, self)
        self.table.selectionModel().selectionChanged.connect(self._picked)
        layout.addWidget(self.table, 1)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("What the district should know about this day: incidents, extra "
                                               "windows opened, staff absent…"))
        self.editor.setMaximumHeight(110)
        layout.addWidget(self.editor)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete note"))
        self.delete_button.clicked.connect(self.delete)
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.may_write = context.actor.can(Permission.DAY_CLOSE)

    def show_notes(self, notes: Sequence[NoteRow], day: date | None, closed: bool) -> None:
        """``day`` is None for a range: notes are then read-only (each belongs to its own day)."""
        self.day = day
        self.model.set_rows(list(notes))
        writable = self.may_write and day is not None and not closed
        if day is None:
            self.state.setText(self.tr("Notes of every day in the range. Choose a single day to write one."))
        elif closed:
            self.state.setText(self.tr("This day is closed: its notes are part of the signed log and can no longer "
                                       "be changed."))
        elif not self.may_write:
            self.state.setText(self.tr("Only the station manager writes notes."))
        else:
            self.state.setText(self.tr("Notes can be changed until the day is closed."))
        self.editor.setEnabled(writable)
        self.add_button.setEnabled(writable)
        self._writable = writable
        self._picked()

    def _selected(self) -> NoteRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _picked(self, *_args: object) -> None:
        note = self._selected()
        allowed = getattr(self, "_writable", False) and note is not None
        self.save_button.setEnabled(allowed)
        self.delete_button.setEnabled(allowed)
        if note is not None and allowed:
            self.editor.setPlainText(note.text)

    def add(self) -> None:
        if self.day is None:
            return
        try:
            closing.add_note(self.context.desk, self.context.actor, self.day, self.editor.toPlainText())
        except Exception as exc:  # noqa: BLE001 - shown as a sentence
            show_error(self, exc)
            return
        self.editor.clear()
        self.on_changed()

    def save(self) -> None:
        note = self._selected()
        if note is None:
            return
        try:
            closing.edit_note(self.context.desk, self.context.actor, note.id, self.editor.toPlainText())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.on_changed()

    def delete(self) -> None:
        note = self._selected()
        if note is None:
            return
        try:
            closing.delete_note(self.context.desk, self.context.actor, note.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.editor.clear()
        self.on_changed()
