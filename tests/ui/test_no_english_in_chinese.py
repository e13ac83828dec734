"""In Chinese, no English word reaches a person: every page of every role is opened on a demo station
with the zh_CN translators installed, and every text a person can see (labels, buttons, titles, place-
holders, list items, table headers and cells, tooltips) is searched for English words. Codes, numbers,
key names and product names are allowed; whatever else is found is a missing translation or a text
that never went through ``tr``."""

from __future__ import annotations

import getpass
import re
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from desk.cli.common import cli_actor
from desk.core.errors import DeskError
from desk.core.permissions import Role
from desk.services.context import Desk
from desk.store.models import User
from desk.ui.context import UiContext
from desk.ui.i18n import error_text, install_translators
from desk.ui.main_window import MainWindow
from tests.ui.conftest import ui_context

# Words that stay as they are in the Chinese UI: key names, file formats, product names, the pinyin example.
ALLOWED = {"ctrl", "shift", "enter", "esc", "tab", "alt", "pdf", "excel", "json", "sqlite", "postgresql", "grid",
           "desk", "zxba", "zhangsan", "wal", "csv", "xlsx", "png", "qt", "pyside"}
# A word, not part of a code ("mediation.case.read", "JY-01", "a@b") or of a path.
WORD = re.compile(r"(?<![A-Za-z0-9_./@\\-])[A-Za-z]*[a-z][A-Za-z]*(?![A-Za-z0-9_@.\\-])")
TAG = re.compile(r"<[^>]+>")


def english_words(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    """English words in ``text``; ``names`` are the station's user names (data, shown as they are). The
    audit log's before/after images are the raw records (JSON), shown as stored on purpose."""
    if text.startswith("{"):
        return []
    plain = TAG.sub(" ", text)
    return [w for w in WORD.findall(plain) if len(w) >= 3 and w.lower() not in ALLOWED and w not in names]


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything in ``root`` a person can read."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        yield name, widget.toolTip()
        yield name, widget.windowTitle() if widget.isWindow() else ""
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield name, widget.itemText(index)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            model, top = widget.model(), QModelIndex()
            columns = 1 if isinstance(widget, QListView) else model.columnCount(top)
            for column in range(columns):
                yield name, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(top), 30)):
                for column in range(columns):
                    index = model.index(row, column)
                    yield name, str(index.data() or "")
                    yield name, str(index.data(Qt.ItemDataRole.ToolTipRole) or "")


@pytest.fixture
def chinese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def demo_station(sqlite_desk: Desk) -> Iterator[Callable[[Role], UiContext]]:
    """A demo station (its users, queue, cases, mediation) and a signed-in context per role."""
    from desk import demo

    run = demo.DemoRun(Desk(sqlite_desk.db, clock=sqlite_desk.now), cli_actor(), date(2026, 11, 20), days=3)
    demo.populate(run)
    made: list[UiContext] = []

    def signed_in(role: Role) -> UiContext:
        actor = next(a for a in run.users.values() if a.role is role)
        made.append(ui_context(sqlite_desk, actor))
        return made[-1]

    yield signed_in
    for context in made:
        context.changes.stop()


@pytest.mark.parametrize("role", [Role.CLERK, Role.MEDIATOR, Role.MANAGER, Role.ADMIN])
def test_every_page_speaks_chinese(qtbot, chinese, demo_station, role: Role) -> None:  # type: ignore[no-untyped-def]
    context = demo_station(role)
    context.settings.window_number = 1
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with context.desk.db.reading() as session:
        # The command line records the PC's login name (data, like a user name) in its operator's name.
        names = frozenset(session.execute(select(User.username)).scalars()) | {"demo", "cli", getpass.getuser()}
    found: list[str] = []
    for key in window.page_keys():
        page = window.open_page(key)
        qtbot.wait(50)  # pages that load in the background fill in
        for where, text in visible_texts(page):
            words = english_words(text, names)
            if words:
                found.append(f"{key} {where}: {words} in {text[:90]!r}")
    for where, text in visible_texts(window.statusBar()):
        if english_words(text):
            found.append(f"status bar {where}: {text!r}")
    assert found == [], "\n".join(found)


def test_a_bad_catalogue_file_is_explained_in_chinese(chinese, demo_station) -> None:  # type: ignore[no-untyped-def]
    import json

    from desk.services.intake import catalogue_io

    context = demo_station(Role.MANAGER)
    exported = json.loads(catalogue_io.export_json(context.desk, context.actor))
    exported["items"][2]["promised_working_days"] = -3
    with pytest.raises(DeskError) as refused:
        catalogue_io.import_catalogue(context.desk, context.actor, json.dumps(exported).encode(), "cat.json")
    shown = error_text(refused.value)
    assert english_words(shown) == [], shown
    assert "3" in shown and QCoreApplication.translate("DeskError", "item {number}") != "item {number}"


def test_the_scan_finds_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("记录人 Recorder：张三 · A001 · Ctrl+P · SL2026112000001 · PDF")
    qtbot.addWidget(label)
    assert [english_words(t) for _w, t in visible_texts(label) if english_words(t)] == [["Recorder"]]
    assert QApplication.instance() is not None
