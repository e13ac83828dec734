"""The workbench's small dialogs: transfer, call a given number, take a number for a walk-in.

Each runs its service call itself and keeps the dialog open with the error at the field when the
service refuses, so nothing is half-done and the clerk sees why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.services.queue.rows import ServiceRow
from desk.ui.forms import FieldErrors, fit_placeholder


class _ServiceDialog(QDialog):
    """A form, an error line, OK/Cancel; ``submit`` does the work and may raise a DeskError."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.errors: FieldErrors | None = None
        self.result_value: Any = None
        self._submit: Callable[[], Any] = lambda: None

    def finish_layout(self, fields: dict[str, QWidget], submit: Callable[[], Any]) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.errors = FieldErrors(QLabel(), fields)
        layout.addWidget(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._submit = submit

    def submit(self) -> None:
        assert self.errors is not None
        self.errors.clear()
        try:
            self.result_value = self._submit()
        except Exception as exc:  # noqa: BLE001 - shown at the field; the dialog stays open
            self.errors.show(exc)
            return
        self.accept()


def _service_combo(services: list[ServiceRow], none_text: str | None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for service in services:
        combo.addItem(f"{service.prefix}  {service.name}", service.id)
    return combo


class TransferDialog(_ServiceDialog):
    """Send the current citizen on: another service, a given window, or both; the number stays.

    ``windows(service_id)`` gives the windows worth offering for that service (None: the number's own):
    staffed ones that serve it, so the clerk cannot send a citizen to wait where nobody will call them."""

    def __init__(self, number: str, services: list[ServiceRow], windows: Callable[[int | None], list[Any]],
                 transfer: Callable[[int | None, int | None, str], Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Transfer {0}").format(number), parent)
        self._windows = windows
        self.service = _service_combo(services, self.tr("keep the same service"))
        self.to_window = QComboBox()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional, e.g. what the next window should check"))
        fit_placeholder(self.note)
        self.form.addRow(self.tr("To service"), self.service)
        self.form.addRow(self.tr("To window"), self.to_window)
        self.form.addRow(self.tr("Note"), self.note)
        self.service.currentIndexChanged.connect(lambda _index: self._fill_windows())
        self._fill_windows()
        self.finish_layout({"service": self.service, "window": self.to_window, "note": self.note},
                           lambda: transfer(self.service.currentData(), self.to_window.currentData(), self.note.text()))

    def _fill_windows(self) -> None:
        self.to_window.clear()
        self.to_window.addItem(self.tr("any window that serves it"), None)
        for target in self._windows(self.service.currentData()):
            self.to_window.addItem(self.tr("Window {0}").format(target.number), target.number)


class CallNumberDialog(_ServiceDialog):
    def __init__(self, title: str, call: Callable[[str], Any], parent: QWidget | None = None,
                 preset: str = "") -> None:
        super().__init__(title, parent)
        self.number = QLineEdit(preset)
        self.number.setPlaceholderText("A012")
        self.number.setMaxLength(8)
        self.form.addRow(self.tr("Number"), self.number)
        self.finish_layout({"number": self.number}, lambda: call(self.number.text()))


class WalkInDialog(_ServiceDialog):
    """Take a number for a citizen standing at the window (no kiosk visit needed)."""

    def __init__(self, services: list[ServiceRow], issue: Callable[[int, bool, str, str, bool], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Take a number for a walk-in"), parent)
        self.service = _service_combo(services, None)
        self.priority = QCheckBox(self.tr("Priority (elderly, disabled, pregnant)"))
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.print_slip = QCheckBox(self.tr("Print the slip"))
        self.print_slip.setChecked(True)
        self.form.addRow(self.tr("Service"), self.service)
        self.form.addRow("", self.priority)
        self.form.addRow(self.tr("Name (optional)"), self.name)
        self.form.addRow(self.tr("Phone (optional)"), self.phone)
        self.form.addRow("", self.print_slip)
        self.finish_layout(
            {"service": self.service, "citizen_name": self.name, "citizen_phone": self.phone},
            lambda: issue(self.service.currentData(), self.priority.isChecked(), self.name.text(),
                          self.phone.text(), self.print_slip.isChecked()))
