"""The hall's service windows on the Station page (issue 13): add one, rename it, retire it or bring it
back, delete one made by mistake. What each window serves is set on the queue set-up page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desk.core.permissions import Permission
from desk.services import windows as window_service
from desk.services.windows import WindowRow
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.table_model import Column, RowTableModel, make_table_view


class WindowsSection(QGroupBox):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Service windows"))
        self.context = context
        layout = QVBoxLayout(self)
        self.model: RowTableModel[WindowRow] = RowTableModel([
            Column(self.tr("Window"), lambda w: str(w.number), sort_key=lambda w: w.number, align_right=True),
            Column(self.tr("Name"), lambda w: w.name),
            Column(self.tr("State"), lambda w: self.tr("in use") if w.active else self.tr("retired"),
                   color=lambda w: None if w.active else "#757575"),
        ], self)
        self.view = make_table_view(self.model)
        self.view.setObjectName("windows")
        self.view.setMinimumHeight(160)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        layout.addWidget(self.view)
        form = QFormLayout()
        self.number = QSpinBox()
        self.number.setObjectName("window_number")
        self.number.setRange(1, 99)
        self.name = QLineEdit()
        self.name.setObjectName("window_name")
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(self.tr("e.g. 社保医保窗口 (empty: just the number)"))
        form.addRow(self.tr("Window number"), self.number)
        form.addRow(self.tr("Window name"), self.name)
        layout.addLayout(form)
        self.errors = FieldErrors(QLabel(), {"number": self.number, "name": self.name})
        layout.addWidget(self.errors.message)
        self.done = QLabel()
        layout.addWidget(self.done)
        row = QHBoxLayout()
        self.add_button = self._button(row, "add_window", self.tr("Add window"), self.add)
        self.rename_button = self._button(row, "rename_window", self.tr("Rename"), self.rename)
        self.retire_button = self._button(row, "retire_window", self.tr("Retire"), self.toggle_active)
        self.delete_button = self._button(row, "delete_window", self.tr("Delete"), self.delete)
        self.delete_button.setToolTip(self.tr("Only a window that never served a ticket; retire any other."))
        row.addStretch(1)
        layout.addLayout(row)
        self.may_edit = context.actor.can(Permission.QUEUE_MANAGE)
        for widget in (self.number, self.name, self.add_button):
            widget.setEnabled(self.may_edit)
        self.refresh()

    def _button(self, row: QHBoxLayout, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def chosen(self) -> WindowRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        window = self.chosen()
        if window is not None:
            self.number.setValue(window.number)
            self.name.setText(window.name)
        for button in (self.rename_button, self.retire_button, self.delete_button):
            button.setEnabled(self.may_edit and window is not None)
        self.retire_button.setText(self.tr("Bring back") if window is not None and not window.active
                                   else self.tr("Retire"))

    def refresh(self) -> None:
        chosen = self.chosen()
        self.model.set_rows(window_service.list_windows(self.context.desk, self.context.actor.station_id))
        for index, window in enumerate(self.model.rows()):
            if chosen is not None and window.number == chosen.number:
                self.view.selectRow(index)
        self._selected()

    def _run(self, call: Callable[[], object], message: str) -> None:
        self.errors.clear()
        self.done.clear()
        try:
            call()
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.refresh()
        self.done.setText(message)

    def add(self) -> None:
        number = self.number.value()
        self._run(lambda: window_service.add_window(self.context.desk, self.context.actor, number, self.name.text()),
                  self.tr("Window {0} added. Choose what it serves on the queue set-up page.").format(number))

    def rename(self) -> None:
        window = self.chosen()
        if window is not None:
            self._run(lambda: window_service.update_window(self.context.desk, self.context.actor, window.number,
                                                           self.name.text(), window.active),
                      self.tr("Window {0} renamed.").format(window.number))

    def toggle_active(self) -> None:
        window = self.chosen()
        if window is not None:
            self._run(lambda: window_service.update_window(self.context.desk, self.context.actor, window.number,
                                                           window.name, not window.active),
                      self.tr("Window {0} retired.").format(window.number) if window.active
                      else self.tr("Window {0} is in use again.").format(window.number))

    def delete(self) -> None:
        window = self.chosen()
        if window is not None:
            self._run(lambda: window_service.remove_window(self.context.desk, self.context.actor, window.number),
                      self.tr("Window {0} deleted.").format(window.number))
