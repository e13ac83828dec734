"""The shared list machinery in a busy hall: widths fitted once, pages reloaded only for their own data."""

from __future__ import annotations

from dataclasses import dataclass

from desk.core.permissions import Role
from desk.services import station, users
from desk.ui.main_window import MainWindow
from desk.ui.table_model import Column, RowTableModel, make_table_view
from tests.conftest import admin_actor


@dataclass(frozen=True)
class _Row:
    name: str


def test_columns_are_fitted_on_the_first_rows_not_on_every_refresh(qtbot) -> None:  # type: ignore[no-untyped-def]
    model: RowTableModel[_Row] = RowTableModel([Column("Name", lambda r: r.name), Column("Note", lambda r: "")])
    view = make_table_view(model)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    model.set_rows([_Row("王伟")])
    fitted = view.columnWidth(0)
    model.set_rows([_Row("示范市幸福家园物业管理有限公司示范市幸福家园物业管理有限公司")])  # a refresh
    view.resizeColumnsToContents()  # what pages call after a refresh
    assert view.columnWidth(0) == fitted  # the column the clerk was reading did not jump
    view.fit_columns(force=True)  # on demand
    assert view.columnWidth(0) > fitted


def test_a_page_reloads_only_when_its_own_tables_changed(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.ADMIN)
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.open_page("users")
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    context.changes.start()
    admin = admin_actor(context.desk)
    station.update_station(context.desk, admin, phone="021-55550102")  # another terminal: not a user
    context.changes.poll()
    assert resets == []
    users.add_user(context.desk, admin, "chuangkou9", "示范市幸福家园物业管理有限公司王", Role.CLERK, "correct horse")
    context.changes.poll()
    assert resets == [1]
    assert any(r.username == "chuangkou9" for r in page.model.rows())


def test_a_long_list_is_read_off_the_gui_thread_and_the_newest_read_wins(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    context = context_for(Role.MANAGER)
    for n in range(3):
        users.add_user(context.desk, context.actor, f"chuangkou{n}", "示范市幸福家园物业管理有限公司", Role.CLERK,
                       "correct horse")
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.open_page("audit")
    qtbot.waitUntil(lambda: not page.pager.reads.pending, timeout=5000)
    assert page.model.rowCount() > 3
    from PySide6.QtWidgets import QPushButton

    search = next(b for b in page.findChildren(QPushButton) if b.text() == "Search")
    qtbot.keyClicks(page.action, "station.")
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)  # a read is running…
    assert page.pager.reads.pending  # …on a pool thread: the GUI thread came back at once
    page.action.clear()  # the user changes the filter before it is shown
    qtbot.keyClicks(page.action, "user.add")
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.pager.reads.pending, timeout=5000)
    actions = [page.model.row_at(i).action for i in range(page.model.rowCount())]
    assert actions == ["user.add"] * 4  # the manager and the three clerks; never the older read's rows
    assert page.pager.count.text().endswith("4")


def test_a_heavy_page_refreshes_at_most_once_per_interval(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.report.page import DailyLogPage

    monkeypatch.setattr(DailyLogPage, "refresh_every_ms", 300)  # a minute in the program
    context = context_for(Role.MANAGER)
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.open_page("daily_log")
    qtbot.waitUntil(lambda: page.job is None, timeout=10000)
    refreshes: list[int] = []
    monkeypatch.setattr(page, "refresh", lambda: refreshes.append(1))
    context.changes.start()
    for n in range(3):  # three changes in the hall within the interval
        station.update_station(context.desk, context.actor, phone=f"021-5555010{n}")
        context.changes.poll()
    assert refreshes == []
    qtbot.waitUntil(lambda: refreshes == [1], timeout=3000)
    qtbot.wait(400)
    assert refreshes == [1]
