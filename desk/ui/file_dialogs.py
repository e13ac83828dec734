"""The one way Grid Desk asks for a file name: a save or open dialog that never reads a file's content.

On Linux and macOS SQLite's locks belong to the process, and closing *any* descriptor on the database
file (or its ``-shm``) drops them all (sqlite.org, "How To Corrupt An SQLite Database File", §2.2).
Qt's own file dialog guesses each listed file's type by reading its first bytes (QMimeDatabase), and
the platform dialogs (GTK runs in-process) do the same, so merely showing the folder of a database
named ``*.db`` dropped the desk's locks. Hence, everywhere but Windows (whose locks belong to a
handle): Qt's widget dialog, with an icon provider that decides icons and types from the name alone.
A name that is one of this process's live database files is refused, so nothing can overwrite or
read it by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QMessageBox, QWidget

from desk.store.lockwatch import is_live_database_file


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name; never opens the file (called on Qt's gatherer thread)."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()

    def icon(self, what: QFileInfo | QFileIconProvider.IconType) -> QIcon:
        if isinstance(what, QFileInfo):
            what = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("SafeFileDialog", "Folder")
        matches = self._mime.mimeTypesForFileName(info.fileName())  # glob patterns only: no read
        return matches[0].comment() if matches else info.suffix()


class SafeFileDialog(QFileDialog):
    def __init__(self, parent: QWidget | None, caption: str, start: str, name_filter: str) -> None:
        super().__init__(parent, caption, start, name_filter)
        configure(self)

    def accept(self) -> None:
        chosen = self.selectedFiles()
        if chosen and is_live_database_file(Path(chosen[0])):
            QMessageBox.warning(self, self.windowTitle(), refusal_text(chosen[0]))
            return
        super().accept()


def configure(dialog: QFileDialog) -> None:
    """Make ``dialog`` one that never reads the files it lists."""
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog._name_only_icons = provider  # type: ignore[attr-defined]  # the dialog does not own it


def refusal_text(path: str) -> str:
    return QCoreApplication.translate(
        "SafeFileDialog", "{0} is part of the Grid Desk database in use. Choose another file; Grid Desk's own files must "
        "never be opened or overwritten by hand.").format(path)


def _ask(dialog: SafeFileDialog) -> str:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""


def save_file_name(parent: QWidget | None, caption: str, suggested: str, name_filter: str) -> str:
    """Like ``QFileDialog.getSaveFileName``, but safe beside a live database; "" when cancelled."""
    dialog = SafeFileDialog(parent, caption, suggested, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suggested:
        dialog.selectFile(suggested)
    return _ask(dialog)


def open_file_name(parent: QWidget | None, caption: str, folder: str, name_filter: str) -> str:
    """Like ``QFileDialog.getOpenFileName``, but safe beside a live database; "" when cancelled."""
    dialog = SafeFileDialog(parent, caption, folder, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _ask(dialog)
