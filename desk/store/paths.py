"""Where Grid Desk keeps its files when no ``--db`` is given.

Mirrors Qt's ``QStandardPaths.AppDataLocation`` (tests/ui check the two agree) without importing Qt,
because the command line (migrate, backup, user ...) must run without a GUI stack.
``GRID_DESK_DATA_DIR`` overrides it (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANIZATION = "GridDesk"
APPLICATION = "GridDesk"
DB_FILE_NAME = "grid-desk.sqlite3"


def data_folder() -> Path:
    override = os.environ.get("GRID_DESK_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORGANIZATION / APPLICATION


def default_database_url() -> str:
    return "sqlite:///" + (data_folder() / DB_FILE_NAME).as_posix()
