"""Station details printed on every document (name, mediation committee, seal text, phone, address),
the hall's service windows, and the station-wide settings (sign-in lock-out, receipt texts...) built from their declaration."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.services import backups
from desk.services import station as station_service
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.pages.station_settings import StationSettingsForm
from desk.ui.pages.station_windows import WindowsSection


class StationPage(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        # Details and settings together are taller than a 1280x680 screen: the page scrolls.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("Station details"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        hint = QLabel(self.tr("These details head every receipt, notice and agreement this station prints."))
        hint.setObjectName("Hint")
        layout.addWidget(hint)
        form = QFormLayout()
        self.inputs = {key: QLineEdit() for key in ("name", "committee_name", "seal_text", "phone", "address")}
        labels = {
            "name": self.tr("Station name"),
            "committee_name": self.tr("Mediation committee name"),
            "seal_text": self.tr("Seal text"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
        }
        for key, edit in self.inputs.items():
            edit.setObjectName(key)
            form.addRow(labels[key], edit)
        layout.addLayout(form)
        self.errors = FieldErrors(QLabel(), dict(self.inputs))
        layout.addWidget(self.errors.message)
        self.saved = QLabel()
        layout.addWidget(self.saved)
        save = QPushButton(self.tr("Save"))
        save.setObjectName("save")
        save.clicked.connect(self.save)
        layout.addWidget(save)
        layout.addLayout(self._build_backup_folder())
        self.windows = WindowsSection(context)
        layout.addWidget(self.windows)
        self.settings = StationSettingsForm(context)
        layout.addWidget(self.settings)
        layout.addStretch(1)
        self.refresh()

    def _build_backup_folder(self) -> QFormLayout:
        """The second backup folder (SQLite only): a USB disk or network share that gets a copy of each backup."""
        form = QFormLayout()
        self.second_folder = QLineEdit()
        self.second_folder.setObjectName("second_folder")
        self.second_folder.setPlaceholderText(self.tr("e.g. /media/usb/grid-desk (empty: none)"))
        self.folder_errors = FieldErrors(QLabel(), {"second_folder": self.second_folder})
        self.folder_saved = QLabel()
        save_folder = QPushButton(self.tr("Save backup folder"))
        save_folder.setObjectName("save_second_folder")
        save_folder.clicked.connect(self.save_second_folder)
        form.addRow(self.tr("Second backup folder"), self.second_folder)
        form.addRow(self.folder_errors.message)
        form.addRow(self.folder_saved, save_folder)
        applies = self.context.desk.db.sqlite_path is not None
        for widget in (self.second_folder, save_folder):
            widget.setEnabled(applies)
        if not applies:
            self.second_folder.setPlaceholderText(self.tr("PostgreSQL: use the server's own backups (pg_dump)"))
        return form

    def refresh(self) -> None:
        self.settings.refresh()
        self.windows.refresh()
        info = station_service.get_station(self.context.desk, self.context.actor.station_id)
        for key, edit in self.inputs.items():
            if not edit.hasFocus():
                edit.setText(getattr(info, key))
        if not self.second_folder.hasFocus():
            folder = backups.second_folder(self.context.desk)
            self.second_folder.setText(str(folder) if folder else "")

    def save(self) -> None:
        self.errors.clear()
        self.saved.clear()
        try:
            info = station_service.update_station(
                self.context.desk, self.context.actor, **{k: e.text() for k, e in self.inputs.items()})
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.context.station = replace(info)
        self.saved.setText(self.tr("Saved."))

    def save_second_folder(self) -> None:
        self.folder_errors.clear()
        self.folder_saved.clear()
        try:
            backups.set_second_folder(self.context.desk, self.context.actor, self.second_folder.text())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.folder_errors.show(exc)
            return
        self.folder_saved.setText(self.tr("Saved. Every backup is now also copied there.")
                                  if self.second_folder.text().strip() else self.tr("Saved."))
