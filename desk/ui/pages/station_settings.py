"""The station-wide settings form, built from their declaration (desk.core.station_settings).

A whole number gets a spin box limited to its range, text a line edit limited to its length; a
setting the signed-in role may not change is shown but disabled. The service checks everything
again: the form only makes the usual mistakes impossible to type.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

from desk.core.station_settings import SettingSpec
from desk.services import station as station_service
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.i18n import tr_label


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
        layout.addLayout(form)
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
