"""The case list (overdue red, due soon amber, filters) and a case's detail with history and steps."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desk.core.permissions import Role
from desk.services.intake import applicants, cases, catalogue
from desk.services.intake.applicants import ApplicantInput
from desk.ui.intake.case_detail import CaseDialog
from desk.ui.intake.case_list import CasesPage
from desk.ui.intake.common import DUE_SOON, OVERDUE


def _case(context, code: str = "CG-01"):  # type: ignore[no-untyped-def]
    applicant = applicants.save_applicant(context.desk, context.actor, ApplicantInput(
        "person", "张三", id_number="110101198001010010", phone="13812345678"))
    item = next(i for i in catalogue.search_items(context.desk, context.actor, code) if i.code == code)
    request = cases.IntakeRequest(item.id, applicant.id, tuple(range(1, len(item.materials) + 1)), "accept")
    return cases.take_in(context.desk, context.actor, request)


def test_overdue_is_red_and_due_soon_is_amber(qtbot, qtmodeltester, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    first = _case(context)  # Friday 20 Nov, deadline Friday 27 Nov
    context.desk.clock.advance(days=6)  # Thursday 26 Nov: due tomorrow
    page = CasesPage(context)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    colour = page.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole).color().name()
    assert colour == DUE_SOON
    context.desk.clock.advance(days=2)  # Saturday 28 Nov: overdue
    page.refresh()
    assert page.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE
    assert "1 overdue" in page.count.text()
    page.due.setCurrentIndex(page.due.findData("due_soon"))
    assert page.model.rowCount() == 0
    page.due.setCurrentIndex(page.due.findData("overdue"))
    assert [r.id for r in page.model.rows()] == [first.row.id]
    page.text.setText("李")
    page.refresh()
    assert page.model.rowCount() == 0


def _buttons(dialog: CaseDialog) -> dict[str, QPushButton]:
    return {b.text(): b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog) or True}


def test_case_detail_shows_history_and_offers_the_possible_steps(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    case = _case(context)
    dialog = CaseDialog(context, case.row.id)
    qtbot.addWidget(dialog)
    assert dialog.history.rowCount() == 1
    names = set(_buttons(dialog))
    assert {"Start processing", "Complete…", "Withdraw…"} <= names
    assert "Deliver…" not in names and "Show full ID" not in names  # a clerk never sees the full number
    _buttons(dialog)["Start processing"].click()
    context.desk.clock.advance(hours=2)
    monkeypatch.setattr(dialog, "_text", lambda *_args: "已办结")
    _buttons(dialog)["Complete…"].click()
    assert dialog.detail is not None and dialog.detail.row.status == "completed"
    assert [e.action for e in dialog.detail.events] == ["accepted", "started", "completed"]
    assert dialog.history.rowCount() == 3
    assert "Deliver…" in _buttons(dialog)


def test_a_manager_may_see_the_full_id(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    case = _case(context, "JY-01")
    dialog = CaseDialog(context, case.row.id)
    qtbot.addWidget(dialog)
    assert "Show full ID" in _buttons(dialog)
    assert dialog.detail is not None and dialog.detail.row.status == "completed"
    assert timedelta(0) <= context.desk.now() - dialog.detail.row.registered_at


def test_the_case_shows_the_phone_masked_and_reveals_it_on_request(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog, QLabel

    context = context_for(Role.CLERK)
    case = _case(context)
    dialog = CaseDialog(context, case.row.id)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "138****5678" in shown and "13812345678" not in shown
    revealed: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **kw: revealed.append(kw["text"]) or ("", False))
    _buttons(dialog)["Show full phone"].click()
    assert revealed == ["13812345678"]
