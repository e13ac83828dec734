"""The station-wide settings form, built from their declaration (desk.core.station_settings).

A whole number gets a spin box limited to its range, text a line edit limited to its length; a
setting the signed-in role may not change is shown but disabled. The service checks everything
again: the form only makes the usual mistakes impossible to type.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

from desk.core.errors import DeskError
from desk.core.station_settings import SettingSpec
from desk.services import station as station_service
from desk.services.mediation import numbering
from desk.services.mediation.numbering import ABBR_KEY, NUMBER_FORMAT_KEY
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.i18n import error_text, tr_label


def _input_for(spec: SettingSpec) -> QSpinBox | QLineEdit:
    if spec.kind == "int":
        box = QSpinBox()
        box.setRange(spec.minimum, spec.maximum)
        return box
    edit = QLineEdit()
    edit.setMaxLength(spec.max_length)
    return edit


class StationSettingsForm(QGroupBox):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Station settings"))
        self.context = context
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.inputs: dict[str, QSpinBox | QLineEdit] = {}
        self.specs: dict[str, SettingSpec] = {}
        for item in station_service.list_settings(context.desk, context.actor):
            spec = item.spec
            widget = _input_for(spec)
            widget.setObjectName(spec.key)
            widget.setEnabled(item.may_edit)
            if spec.hint:
                widget.setToolTip(tr_label("StationSetting", spec.hint))
            self.inputs[spec.key] = widget
            self.specs[spec.key] = spec
            form.addRow(tr_label("Field", spec.label), widget)
            if spec.key == NUMBER_FORMAT_KEY:  # the format is hard to read: show what it gives
                self.number_preview = QLabel()
                self.number_preview.setObjectName("number_preview")
                self.number_preview.setWordWrap(True)
                form.addRow(self.tr("Next case number"), self.number_preview)
        layout.addLayout(form)
        for key in (NUMBER_FORMAT_KEY, ABBR_KEY):
            edit = self.inputs.get(key)
            if isinstance(edit, QLineEdit):
                edit.textChanged.connect(self.preview_number)
        self.errors = FieldErrors(QLabel(), dict(self.inputs))
        layout.addWidget(self.errors.message)
        self.saved = QLabel()
        layout.addWidget(self.saved)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("save_settings")
        self.save_button.setEnabled(any(w.isEnabled() for w in self.inputs.values()))
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        self.refresh()

    def refresh(self) -> None:
        for item in station_service.list_settings(self.context.desk, self.context.actor):
            widget = self.inputs.get(item.spec.key)
            if widget is None or widget.hasFocus():
                continue
            if isinstance(widget, QSpinBox):
                widget.setValue(int(item.value))
            else:
                widget.setText(str(item.value or ""))
        self.preview_number()  # the serial moves as cases are registered

    def preview_number(self) -> None:
        """The next case number as the format and abbreviation now typed would make it (nothing saved)."""
        if not hasattr(self, "number_preview"):
            return
        fmt, abbr = (self.inputs.get(k) for k in (NUMBER_FORMAT_KEY, ABBR_KEY))
        try:
            text = numbering.preview_next_number(
                self.context.desk, self.context.actor, fmt.text() if isinstance(fmt, QLineEdit) else None,
                abbr.text() if isinstance(abbr, QLineEdit) else None)
        except DeskError as exc:  # a format being typed is often incomplete: say why, do not shout
            self.number_preview.setStyleSheet("color: #c62828")
            self.number_preview.setText(error_text(exc))
            return
        self.number_preview.setStyleSheet("")
        self.number_preview.setText(text)

    def values(self) -> dict[str, Any]:
        return {key: widget.value() if isinstance(widget, QSpinBox) else widget.text()
                for key, widget in self.inputs.items() if widget.isEnabled()}

    def save(self) -> None:
        self.errors.clear()
        self.saved.clear()
        try:
            station_service.set_settings(self.context.desk, self.context.actor, self.values())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.refresh()
        self.saved.setText(self.tr("Settings saved."))
