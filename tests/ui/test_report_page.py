"""The daily log page: figures and charts for a busy day, notes, closing, corrections, exports, cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from desk.core.permissions import Role
from desk.services.queue import calling, serving
from desk.services.report import excel
from desk.ui.main_window import MainWindow
from desk.ui.report import page as page_module
from desk.ui.report.page import DailyLogPage
from tests.conftest import admin_actor, make_actor
from tests.services.report_support import DAY, local, make_busy_day
from tests.ui.conftest import ui_context


def _page(qtbot, ui_desk, clock):  # type: ignore[no-untyped-def]
    admin = admin_actor(ui_desk)
    manager = make_actor(ui_desk, "manager1", Role.MANAGER)
    clerk = make_actor(ui_desk, "clerk1", Role.CLERK)
    mediator = make_actor(ui_desk, "mediator1", Role.MEDIATOR)
    make_busy_day(ui_desk, admin, manager, clerk, mediator, clock)
    context = ui_context(ui_desk, manager)
    page = DailyLogPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    qtbot.waitUntil(lambda: page.job is None and page.log is not None, timeout=10000)
    page.first.setDate(QDate(DAY.year, DAY.month, DAY.day))
    _reload(qtbot, page)
    return page, context, clerk


def _reload(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.reload()
    qtbot.waitUntil(lambda: page.job is None, timeout=10000)


def test_the_page_shows_the_day_and_closes_it(qtbot, ui_desk, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page, context, clerk = _page(qtbot, ui_desk, clock)
    log = page.log
    issued = log.figures.table("queue.by_service").value("total", "issued")
    assert f"{issued} issued" in page.summary.text()
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Charts", "Queue", "Applications", "Mediation", "Corrections (0)", "Notes (0)"]
    queue_tables = page.sections[0].tables
    total = queue_tables[0].model.row_at(queue_tables[0].model.rowCount() - 1)
    assert total.name == "total" and total.values[0] == issued
    assert queue_tables[0].model.data(queue_tables[0].model.index(queue_tables[0].model.rowCount() - 1, 0)) == "Total"
    assert len(page.charts.volume.chart().series()) == 1

    page.notes.editor.setPlainText("下午系统断网十分钟。")
    qtbot.mouseClick(page.notes.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and len(page.log.notes) == 1, timeout=10000)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and page.log.day_closed is not None, timeout=10000)
    assert "Closed by Manager1" in page.state.text()
    assert not page.close_button.isEnabled() and not page.notes.add_button.isEnabled()

    clock.now = local(DAY, "18:10")  # a number finished after closing
    calling.call_next(context.desk, clerk, 1)
    serving.finish_service(context.desk, clerk, 1)
    page.refresh()
    qtbot.waitUntil(lambda: page.job is None and bool(page.log.corrections), timeout=10000)
    assert page.corrections.model.rowCount() == len(page.log.corrections)
    assert "changed after the day was closed" in page.summary.text()


def test_exports_run_in_the_background_and_can_be_cancelled(qtbot, ui_desk, clock, monkeypatch,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    page, _context, _clerk = _page(qtbot, ui_desk, clock)
    for kind, button in (("pdf", page.pdf_button), ("xlsx", page.xlsx_button)):
        target = tmp_path / f"log.{kind}"
        monkeypatch.setattr(page_module, "save_file_name", lambda *a, t=target, **k: str(t))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.job is None, timeout=15000)
        assert target.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")
        assert "Saved" in page.state.text()

    release = threading.Event()
    real = excel.workbook_bytes

    def slow(log):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(log)

    monkeypatch.setattr(excel, "workbook_bytes", slow)
    target = tmp_path / "cancelled.xlsx"
    monkeypatch.setattr(page_module, "save_file_name", lambda *a, **k: str(target))
    page.export("xlsx")
    try:
        assert page.cancel_button.isVisible() and page.progress.isVisible()
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    finally:
        release.set()
    qtbot.waitUntil(lambda: page.job is None, timeout=10000)
    assert "Cancelled" in page.state.text()
    assert not target.exists() and not list(tmp_path.glob("*.part"))


def test_the_daily_log_is_in_the_managers_navigation(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    manager = MainWindow(context_for(Role.MANAGER))
    clerk = MainWindow(context_for(Role.CLERK))
    for window in (manager, clerk):
        qtbot.addWidget(window)
    assert "daily_log" in manager.page_keys() and "daily_log" not in clerk.page_keys()
