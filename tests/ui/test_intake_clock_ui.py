"""The case's clock from the case window with real clicks and keys: a manager extends, a clerk pauses
and resumes; the paper issued is shown for printing; the 督办 page reminds the clerk."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton

from desk.core.permissions import Role
from desk.ui.intake import case_detail
from desk.ui.intake.case_detail import CaseDialog
from desk.ui.intake.clock_dialogs import ExtensionDialog, PauseDialog
from tests.ui.test_intake_cases import _case


def _button(dialog: CaseDialog, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def _fill_then_ok(qtbot, kind: type, fill) -> None:  # type: ignore[no-untyped-def]
    """While the modal dialog runs, type into it and click OK."""
    def act() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, kind), modal
        fill(modal)
        box = modal.findChild(QDialogButtonBox, "clock_buttons")
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, act)


def test_manager_extends_and_clerk_pauses_and_resumes(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(case_detail, "show_issued", lambda _parent, issued: shown.append(issued.kind))
    clerk = context_for(Role.CLERK)
    case = _case(clerk)  # Friday 2026-11-20, deadline 11-27
    dialog = CaseDialog(clerk, case.row.id)
    qtbot.addWidget(dialog)
    assert "Extend deadline…" not in {b.text() for b in dialog.findChildren(QPushButton)}  # the head approves

    def pause(modal: PauseDialog) -> None:
        modal.cause.setCurrentIndex(modal.cause.findData("testing"))
        qtbot.keyClicks(modal.findChild(QPlainTextEdit, "reason"), "samples sent to the lab")
    _fill_then_ok(qtbot, PauseDialog, pause)
    qtbot.mouseClick(_button(dialog, "Pause the clock…"), Qt.MouseButton.LeftButton)
    assert dialog.detail is not None and dialog.detail.paused_since == date(2026, 11, 20)
    assert shown == ["intake.pause_notice"]
    clerk.desk.clock.advance(days=3)  # Monday 11-23: Mon not counted → deadline 11-30
    qtbot.mouseClick(_button(dialog, "Resume the clock"), Qt.MouseButton.LeftButton)
    assert dialog.detail.paused_since is None and dialog.detail.row.deadline == date(2026, 11, 30)

    manager = context_for(Role.MANAGER)
    as_manager = CaseDialog(manager, case.row.id)
    qtbot.addWidget(as_manager)

    def extend(modal: ExtensionDialog) -> None:
        modal.new_deadline.setDate(QDate(2026, 12, 7))
        qtbot.keyClicks(modal.findChild(QPlainTextEdit, "reason"), "site inspection needed")
    _fill_then_ok(qtbot, ExtensionDialog, extend)
    qtbot.mouseClick(_button(as_manager, "Extend deadline…"), Qt.MouseButton.LeftButton)
    assert as_manager.detail is not None and as_manager.detail.row.deadline == date(2026, 12, 7)
    assert shown == ["intake.pause_notice", "intake.extension_notice"]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the buttons of the state before
    assert "Extend deadline…" not in {b.text() for b in as_manager.findChildren(QPushButton)}  # once only
    assert [e.action for e in as_manager.detail.events][-3:] == ["paused", "resumed", "extended"]


def test_supervision_page_reminds_the_clerk(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from desk.ui.intake.supervision_page import SupervisionPage

    clerk = context_for(Role.CLERK)
    case = _case(clerk)
    manager = context_for(Role.MANAGER)
    manager.desk.clock.advance(days=10)  # Monday 11-30: overdue
    page = SupervisionPage(manager)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1 and "1 overdue" in page.summary.text()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(0, 0)).center())
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: ("请今天办结", True))
    qtbot.mouseClick(page.remind_button, Qt.MouseButton.LeftButton)
    assert page.model.row_at(0).reminders == 1  # type: ignore[union-attr]
    seen = CaseDialog(clerk, case.row.id)
    qtbot.addWidget(seen)
    assert any("请今天办结" in label.text() for label in seen.findChildren(QLabel))


def test_item_dialog_sets_calendar_days_with_the_keyboard(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.intake.catalogue_page import CataloguePage
    from desk.ui.intake.item_dialog import ItemDialog

    context = context_for(Role.MANAGER)
    page = CataloguePage(context)
    qtbot.addWidget(page)
    page.search.setText("HJ-01")
    item = page.model.rows()[0]
    assert page.model.index(0, [page.model.headerData(c, Qt.Orientation.Horizontal) for c in
                                range(page.model.columnCount())].index("Promised")).data() == "15 calendar days"
    dialog = ItemDialog(context, page, item)
    qtbot.addWidget(dialog)
    assert dialog.days_unit.currentData() == "calendar"
    dialog.days_unit.setFocus()
    qtbot.keyClick(dialog.days_unit, Qt.Key.Key_Up)  # back to working days
    assert dialog.days_unit.currentData() == "working"
    dialog.save()
    page.refresh()
    assert page.model.rows()[0].days_unit == "working"


def test_intake_page_previews_the_residence_permit_deadline_in_calendar_days(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.intake.intake_page import IntakePage

    context = context_for(Role.CLERK)
    page = IntakePage(context)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.item_search, "HJ-01")
    page.items.setCurrentRow(0)
    assert page.item is not None and page.item.code == "HJ-01"
    # Friday 2026-11-20 + 15 日 = Saturday 12-05 → Monday 12-07 (15 working days would be 12-11).
    assert "2026-12-07" in page.item_info.text() and "15 calendar days" in page.item_info.text()


def test_case_list_shows_a_paused_case_as_neither_overdue_nor_due(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from desk.services.intake import clock
    from desk.ui.intake.case_list import CasesPage

    context = context_for(Role.CLERK)
    case = _case(context)
    clock.pause_clock(context.desk, context.actor, case.row.id, "hearing", "听证会定于下周举行")
    context.desk.clock.advance(days=10)  # after the deadline
    page = CasesPage(context)
    qtbot.addWidget(page)
    assert "0 overdue" in page.count.text() and "1 paused" in page.count.text()
    assert any("(paused)" in str(page.model.index(0, c).data()) for c in range(page.model.columnCount()))
    page.due.setFocus()
    for _ in range(4):
        qtbot.keyClick(page.due, Qt.Key.Key_Down)
    assert page.due.currentData() == "paused"
    assert [r.id for r in page.model.rows()] == [case.row.id]
