"""Settings of this terminal: window number, name, language, theme, printers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.ui.terminal_settings import LANGUAGES, THEMES, TerminalSettings

# Kinds of document whose printer is remembered separately (a slip printer is not an A4 printer).
DOCUMENT_KINDS = {
    "slip": QT_TRANSLATE_NOOP("SettingsDialog", "Queue slips (80 mm)"),
    "a4": QT_TRANSLATE_NOOP("SettingsDialog", "A4 documents (receipts, notices, agreements)"),
}


def available_printers() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


class SettingsDialog(QDialog):
    def __init__(self, settings: TerminalSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Terminal settings"))
        form = QFormLayout(self)
        self.window_number = QSpinBox()
        self.window_number.setRange(0, 99)
        self.window_number.setSpecialValueText(self.tr("none (not a service window)"))
        self.window_number.setValue(settings.window_number or 0)
        self.terminal_name = QLineEdit(settings.terminal_name)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(settings.language))
        self.theme = QComboBox()
        for code, name in THEMES.items():
            self.theme.addItem(self.tr(name), code)
        self.theme.setCurrentIndex(list(THEMES).index(settings.theme))
        form.addRow(self.tr("Window number"), self.window_number)
        form.addRow(self.tr("Terminal name"), self.terminal_name)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)

        printers = available_printers()
        self.printer_boxes: dict[str, QComboBox] = {}
        if not printers:
            note = QLabel(self.tr("No printer is installed on this computer. Documents can still be saved as PDF."))
            note.setWordWrap(True)
            form.addRow(note)
        for kind, label in DOCUMENT_KINDS.items():
            box = QComboBox()
            box.addItem(self.tr("System default printer"), "")
            for name in printers:
                box.addItem(name, name)
            chosen = settings.printer_for(kind)
            if chosen and chosen in printers:
                box.setCurrentIndex(printers.index(chosen) + 1)
            box.setEnabled(bool(printers))
            self.printer_boxes[kind] = box
            form.addRow(self.tr(label), box)
        hint = QLabel(self.tr("Language and theme take effect the next time you sign in."))
        hint.setObjectName("Hint")
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        s = self.settings
        s.window_number = self.window_number.value() or None
        s.terminal_name = self.terminal_name.text()
        s.language = self.language.currentData()
        s.theme = self.theme.currentData()
        for kind, box in self.printer_boxes.items():
            s.set_printer_for(kind, box.currentData())
        s.sync()
        self.accept()
