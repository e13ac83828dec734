"""The manager's audit page and the documents page name records as people know them (受理 receipt
number, queue number) and actions in words, never "intake_case 200" or "case.take_in"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desk.core.permissions import Role
from desk.services.intake import case_documents
from desk.ui.main_window import MainWindow
from tests.conftest import make_actor
from tests.services.intake_support import person, take_in


def _cells(model, *columns: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts of the named columns (the audit page's before/after images are the raw record, on purpose)."""
    wanted = [c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) in columns]
    assert len(wanted) == len(columns)
    return [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in wanted]


def _searched(qtbot, page: QWidget, *columns: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Press the page's Search button as a manager does; the rows arrive from a background read."""
    [search] = [b for b in page.findChildren(QPushButton) if b.text() == "Search"]
    page.model.set_rows([])  # type: ignore[attr-defined]
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)  # type: ignore[attr-defined]
    return _cells(page.model, *columns)  # type: ignore[attr-defined]


def test_the_audit_and_documents_pages_show_labels_and_references(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    clerk = make_actor(context.desk, "clerkx", Role.CLERK)
    case = take_in(context.desk, clerk, "JY-01", person(context.desk, clerk).id)
    case_documents.issue_case_document(context.desk, clerk, case.row.id)
    window = MainWindow(context)
    qtbot.addWidget(window)
    # The pages read off the GUI thread (scale-freeze): the test waits for the rows, as the manager does.
    cells = _searched(qtbot, window.open_page("audit"), "Action", "Record")
    assert "Case taken in" in cells and "case.take_in" not in cells
    assert f"Intake case {case.row.receipt_no}" in cells
    assert not [c for c in cells if "intake_case" in c or "issued_document" in c]
    assert "Applicant 张*" in cells  # a person's name stays masked in the log
    doc_cells = _searched(qtbot, window.open_page("documents"), "Record")
    assert f"Intake case {case.row.receipt_no}" in doc_cells
    assert not [c for c in doc_cells if "intake_case" in c]
