"""Settings of this one terminal (PC): its window number, printers, language, theme.

Kept in an INI file through QSettings so a technician can read and copy it; station-wide settings
live in the database instead. ``GRID_DESK_SETTINGS`` points elsewhere (tests: a temp file each).
The file and a folder made for it are owner-only (0600/0700): it names the terminal and its last
user. QSettings keeps an existing file's mode when it rewrites it, so the file is made first.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.store import private
from desk.store.paths import data_folder

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
THEMES = {
    "light_blue.xml": QT_TRANSLATE_NOOP("SettingsDialog", "Light blue"),
    "light_teal.xml": QT_TRANSLATE_NOOP("SettingsDialog", "Light teal"),
    "light_amber.xml": QT_TRANSLATE_NOOP("SettingsDialog", "Light amber"),
    "dark_blue.xml": QT_TRANSLATE_NOOP("SettingsDialog", "Dark blue"),
}


def settings_path() -> Path:
    override = os.environ.get("GRID_DESK_SETTINGS")
    return Path(override) if override else data_folder() / "terminal.ini"


class TerminalSettings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        try:
            private.make_private_folder(self.path.parent)
            private.ensure_private_file(self.path)
        except OSError:
            pass  # a read-only settings file still opens (QSettings reports it cannot write)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object) -> object:
        return self._qs.value(key, default)

    @property
    def window_number(self) -> int | None:
        value = self._get("terminal/window_number", "")
        return int(value) if str(value).isdigit() and int(str(value)) > 0 else None

    @window_number.setter
    def window_number(self, number: int | None) -> None:
        self._qs.setValue("terminal/window_number", "" if number is None else int(number))

    @property
    def terminal_name(self) -> str:
        return str(self._get("terminal/name", "") or socket.gethostname())

    @terminal_name.setter
    def terminal_name(self, name: str) -> None:
        self._qs.setValue("terminal/name", name.strip())

    @property
    def language(self) -> str:
        value = str(self._get("ui/language", "zh_CN"))
        return value if value in LANGUAGES else "zh_CN"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value if value in LANGUAGES else "zh_CN")

    @property
    def theme(self) -> str:
        value = str(self._get("ui/theme", "light_blue.xml"))
        return value if value in THEMES else "light_blue.xml"

    @theme.setter
    def theme(self, value: str) -> None:
        self._qs.setValue("ui/theme", value if value in THEMES else "light_blue.xml")

    @property
    def last_username(self) -> str:
        return str(self._get("terminal/last_username", ""))

    @last_username.setter
    def last_username(self, value: str) -> None:
        self._qs.setValue("terminal/last_username", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        """Where the desk's window was on this terminal's screen when it last closed (None: never)."""
        value = self._qs.value("ui/window_geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("ui/window_geometry", value)

    def printer_for(self, document_kind: str) -> str:
        """The printer last chosen for this kind of document on this terminal ('' = ask / default)."""
        return str(self._get(f"printers/{document_kind}", ""))

    def set_printer_for(self, document_kind: str, printer_name: str) -> None:
        self._qs.setValue(f"printers/{document_kind}", printer_name)

    def sync(self) -> None:
        self._qs.sync()
