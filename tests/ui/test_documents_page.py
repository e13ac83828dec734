"""The "Issued documents" page: find a document, open the original, reprint it (补打)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from desk.core.permissions import Role
from desk.documents import registry
from desk.documents.samples import sample_ticket_slip
from desk.services import issued_documents
from desk.ui import printing
from desk.ui.context import UiContext
from desk.ui.pages import pages_for
from desk.ui.pages.documents import DocumentsPage
from desk.ui.worker import wait_for_all


@pytest.fixture(autouse=True)
def _close_previews() -> Iterator[None]:
    yield
    for dialog in list(printing._open_dialogs):
        dialog.reject()


def _issue(context: UiContext, number: str) -> issued_documents.IssuedDocument:
    payload = registry.ticket_slip_payload(sample_ticket_slip())
    payload["ticket_number"] = number
    return issued_documents.issue(context.desk, context.actor, registry.TICKET_SLIP_KIND, number, "排队取号凭条",
                                  payload, "queue_ticket", number)


def test_the_page_is_in_the_navigation_of_every_role_that_may_reprint(context_for: Callable[[Role], UiContext]) -> None:
    for role in Role:
        keys = [page.key for page in pages_for(context_for(role).actor)]
        assert "documents" in keys


def test_search_preview_and_reprint(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.CLERK)
    first = _issue(context, "A001")
    _issue(context, "B017")
    page = DocumentsPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    assert not page.reprint_button.isEnabled()  # nothing selected yet

    page.number.setText("a00")
    page.search()
    assert [row.number for row in page.model.rows()] == ["A001"]
    assert page.count.text() == "Found: 1"
    page.table.selectRow(0)
    assert page.original_button.isEnabled() and page.reprint_button.isEnabled()

    page.preview_original()
    [original] = printing._open_dialogs
    assert original.pdf == first.pdf and original.kind == "queue.slip"
    original.reject()

    page.reprint()
    assert not page.reprint_button.isEnabled()  # one reprint at a time
    qtbot.waitUntil(lambda: len(printing._open_dialogs) == 1, timeout=10000)
    wait_for_all()
    [reprinted] = printing._open_dialogs
    assert reprinted.pdf != first.pdf and "reprint" in reprinted.title
    assert "marked 补打" in page.status.text()
    assert page.model.rows()[0].reprint_count == 1
    assert page.reprint_button.isEnabled()


def test_a_refused_reprint_is_shown_on_the_page(qtbot: QtBot, context_for: Callable[[Role], UiContext],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    context = context_for(Role.CLERK)
    _issue(context, "A002")
    page = DocumentsPage(context)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    monkeypatch.setattr(registry, "_kinds", {})  # as if this version could no longer draw slips
    monkeypatch.setattr(registry, "_discovered", True)
    page.reprint()
    qtbot.waitUntil(lambda: "cannot draw documents" in page.status.text(), timeout=10000)
    assert printing._open_dialogs == set()
    page.preview_original()  # the original still opens
    assert len(printing._open_dialogs) == 1


def test_a_kiosk_slip_is_found_and_reprinted(qtbot: QtBot, ui_desk: object,
                                            context_for: Callable[[Role], UiContext]) -> None:
    """The slip a citizen took at the kiosk is on the page: typed number + Enter, Ctrl+R gives the 补打."""
    from PySide6.QtCore import Qt

    from desk.ui.queue.kiosk import KioskWindow
    from desk.ui.queue.standalone import device_actor
    from tests.services.queue_setup import make_hall

    context = context_for(Role.MANAGER)
    hall = make_hall(context.desk, context.actor)
    printed: list[bytes] = []
    kiosk = KioskWindow(context.desk, device_actor("kiosk", "取号机"), printer=lambda pdf, _parent: printed.append(pdf))
    qtbot.addWidget(kiosk)
    qtbot.mouseClick(kiosk.service_buttons[hall.b], Qt.MouseButton.LeftButton)
    assert kiosk.result_number.text() == "B001" and len(printed) == 1

    kiosk.close()
    page = DocumentsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # the page's shortcuts (Return, Ctrl+R) work in its window
    qtbot.keyClicks(page.number, "B001")
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    assert [(row.number, row.kind) for row in page.model.rows()] == [("B001", "queue.slip")]
    cell = page.table.visualRect(page.model.index(0, 1)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    [original] = printing._open_dialogs
    assert original.pdf == printed[0]  # exactly the slip the kiosk printed
    original.reject()
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printing._open_dialogs) == 1, timeout=10000)
    wait_for_all()
    [reprinted] = printing._open_dialogs
    assert reprinted.pdf != printed[0] and "marked 补打" in page.status.text()
