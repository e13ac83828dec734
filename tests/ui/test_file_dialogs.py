"""Every file dialog of Grid Desk leaves the database's locks alone (issue 10, item 2).

Qt's file dialog guessed the type of each listed file by reading it, and closing that descriptor
dropped the desk's POSIX locks on a database named ``*.db`` (and on the ``-shm`` of any name). Each
real dialog is opened here on the folder of the live database; afterwards this process must still
hold its locks, read straight from /proc/locks.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel
from pytestqt.qtbot import QtBot

from desk.core.permissions import Role
from desk.documents.samples import render_sample_register
from desk.services.context import Desk
from desk.services.users import add_user
from desk.store.engine import Database
from desk.ui import file_dialogs
from desk.ui.intake.catalogue_page import CataloguePage
from desk.ui.printing import PreviewDialog
from desk.ui.report.page import DailyLogPage
from tests.conftest import FakeClock, admin_actor
from tests.ui.conftest import ui_context

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/locks")


def locks_held(path: Path) -> bool:
    """Whether this process holds a POSIX lock on the database file and on its -shm."""
    wanted = {os.stat(path).st_ino, os.stat(f"{path}-shm").st_ino}
    held = set()
    with open("/proc/locks") as locks:
        for line in locks:
            parts = line.split()
            if parts[1] != "->" and parts[4] == str(os.getpid()):
                held.add(int(parts[5].rsplit(":", 1)[1]))
    return wanted <= held


@pytest.fixture(params=["station.db", "grid-desk.sqlite3"])
def named_desk(request: pytest.FixtureRequest, sqlite_template: Path, tmp_path: Path,
               clock: FakeClock) -> Iterator[Desk]:
    path = tmp_path / "station" / request.param
    path.parent.mkdir()
    shutil.copyfile(sqlite_template, path)
    db = Database("sqlite:///" + path.as_posix())
    desk = Desk(db, clock=clock)
    admin_actor(desk)  # a write: the WAL, the -shm and the locks exist
    yield desk
    db.dispose()


def _look_into(folder: Path, seen: dict[str, bool], label: str, path: Path) -> None:
    """When the next modal file dialog is up: show ``folder``, let Qt list and type its files, check, cancel."""

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, inspect)
            return
        model = dialog.findChild(QFileSystemModel)
        loaded: list[str] = []
        if model is not None:
            model.directoryLoaded.connect(loaded.append)
        dialog.setDirectory(str(folder))
        deadline = time.monotonic() + 10
        while not loaded and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        # Icons and types are fetched on Qt's own thread after the listing; give it time to read.
        settle = time.monotonic() + 0.8
        while time.monotonic() < settle and locks_held(path):
            QApplication.processEvents()
            time.sleep(0.01)
        seen[label] = locks_held(path)
        dialog.reject()

    QTimer.singleShot(0, inspect)


def test_no_file_dialog_drops_the_database_locks(qtbot: QtBot, named_desk: Desk) -> None:
    desk = named_desk
    path = desk.db.sqlite_path
    assert path is not None and locks_held(path)
    context = ui_context(desk, admin_actor(desk))
    catalogue = CataloguePage(context)
    qtbot.addWidget(catalogue)
    preview = PreviewDialog(render_sample_register(), "test.register", "登记表")
    qtbot.addWidget(preview)
    log_page = DailyLogPage(context)
    qtbot.addWidget(log_page)
    log_page.show()
    qtbot.waitUntil(lambda: log_page.job is None and log_page.log is not None, timeout=10000)

    openers: dict[str, Callable[[], None]] = {
        "Save as PDF": preview.save_as_pdf,
        "catalogue export": lambda: catalogue.export("json"),
        "catalogue import": catalogue.import_file,
        "daily log export": lambda: log_page.export("pdf"),
    }
    seen: dict[str, bool] = {}
    for label, open_dialog in openers.items():
        _look_into(path.parent, seen, label, path)
        open_dialog()
    context.changes.stop()
    assert seen == dict.fromkeys(openers, True), f"dialogs that dropped the locks: {seen}"
    add_user(desk, admin_actor(desk), "afterwards", "Afterwards", Role.CLERK, "a-good-password")  # still writes


def test_the_live_database_cannot_be_chosen(qtbot: QtBot, named_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    path = named_desk.db.sqlite_path
    assert path is not None
    warned: list[str] = []
    monkeypatch.setattr(file_dialogs.QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    for chosen in (path, Path(f"{path}-wal")):
        dialog = file_dialogs.SafeFileDialog(None, "Export the catalogue", str(path.parent), "JSON (*.json)")
        qtbot.addWidget(dialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(str(chosen))
        dialog.accept()
        assert dialog.result() != QFileDialog.DialogCode.Accepted
    assert len(warned) == 2 and "is part of the Grid Desk database in use" in warned[0]
    assert locks_held(path)


def test_dialogs_are_qt_widgets_with_a_name_only_icon_provider(qtbot: QtBot) -> None:
    dialog = file_dialogs.SafeFileDialog(None, "Save", "", "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert isinstance(dialog.iconProvider(), file_dialogs.NameOnlyIconProvider)


def test_every_file_dialog_goes_through_the_safe_helper() -> None:
    """A new QFileDialog.getSaveFileName somewhere would bring the sniffing back."""
    ui = Path(file_dialogs.__file__).parent
    direct = [str(p.relative_to(ui)) for p in ui.rglob("*.py")
              if p.name != "file_dialogs.py" and "QFileDialog" in p.read_text(encoding="utf-8")]
    assert direct == [], f"use desk.ui.file_dialogs instead of QFileDialog in: {direct}"
