"""打印文书 on a case's page (issue 12, items 9 and 11), with real clicks: every form is listed and prints;
the cover first says which required documents are missing, and the mediator may cancel or print anyway."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from desk.core.permissions import Role
from desk.services import issued_documents
from desk.services.mediation import agreements, cases, followups, records
from desk.ui.context import UiContext
from desk.ui.mediation import print_forms
from desk.ui.mediation.cases_page import MediationCasesPage
from desk.ui.mediation.print_forms import CoverDialog, PrintFormsDialog
from tests.services.mediation_setup import at, sample_agreement, sample_case, sample_parties


def on_next_dialog(qtbot: QtBot, kind: type[QDialog], action: Callable[[QDialog], None]) -> None:
    """Run ``action`` on the next modal dialog of ``kind`` once it is open (its exec() blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            action(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def click_item(qtbot: QtBot, view: QListWidget, starts: str) -> None:
    row = next(i for i in range(view.count()) if view.item(i).text().startswith(starts))
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentRow() == row


def button(dialog: QDialog, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


@pytest.fixture
def case_page(qtbot: QtBot, context_for: Callable[[Role], UiContext],
              monkeypatch: pytest.MonkeyPatch) -> tuple[MediationCasesPage, UiContext, int, list]:
    context = context_for(Role.MEDIATOR)
    desk, mediator = context.desk, context.actor
    case_id = cases.register_case(desk, mediator, sample_case(), sample_parties()).id
    records.add_session(desk, mediator, case_id, kind="session", held_at=at(date(2026, 11, 18), "09:30"),
                        place="调解室", record="各方陈述。", result="达成协议。", recorder="赵淑芬")
    agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    agreements.record_signed(desk, mediator, case_id, date(2026, 11, 20), all_parties_signed=True,
                             mediator_signed=True, seal_affixed=True)
    followups.add_followup(desk, mediator, case_id, visited_on=date(2026, 11, 20), party_name="张三",
                           method="visit", performance="not_due", satisfied=True, notes="尚未到期。", visitor="刘德明")
    shown: list = []  # the preview window is Qt's PDF viewer: what reached it is what was issued
    monkeypatch.setattr(print_forms, "open_pdf", lambda _parent, issued: shown.append(issued))
    page = MediationCasesPage(context)
    qtbot.addWidget(page)
    page.view.selectRow(0)
    return page, context, case_id, shown


def test_every_form_prints_from_the_case_page(qtbot: QtBot, case_page) -> None:  # type: ignore[no-untyped-def]
    page, context, case_id, shown = case_page
    seen: list[list[str]] = []

    def use(dialog: QDialog) -> None:
        assert isinstance(dialog, PrintFormsDialog)
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        for title in ("人民调解申请书", "人民调解受理登记表", "人民调解当事人权利义务告知书", "人民调解记录",
                      "人民调解回访记录"):
            click_item(qtbot, dialog.list, title)
            qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button(dialog, "Close"), Qt.MouseButton.LeftButton)

    on_next_dialog(qtbot, PrintFormsDialog, use)
    qtbot.mouseClick(page.detail.print_button, Qt.MouseButton.LeftButton)
    assert [t.split("　")[0] for t in seen[0]] == [
        "人民调解申请书", "人民调解受理登记表", "人民调解当事人权利义务告知书", "人民调解记录", "人民调解协议书",
        "人民调解回访记录", "卷宗封面和卷内目录"]
    assert "2026-11-18 调解室" in seen[0][3] and "2026-11-20 张三" in seen[0][5]
    assert [d.kind for d in shown] == ["mediation.application", "mediation.registration", "mediation.rights_notice",
                                       "mediation.session_record", "mediation.followup_record"]
    stored = issued_documents.list_issued(context.desk, context.actor, entity="med_case", entity_id=case_id)
    assert sorted(d.kind for d in stored) == sorted(d.kind for d in shown)


def test_cover_warns_of_missing_documents_before_printing(qtbot: QtBot, case_page) -> None:  # type: ignore[no-untyped-def]
    page, context, case_id, shown = case_page
    warnings: list[str] = []

    def answer(press: str) -> Callable[[QDialog], None]:
        def act(dialog: QDialog) -> None:
            assert isinstance(dialog, CoverDialog)
            warnings.append(dialog.warning.text())
            qtbot.mouseClick(button(dialog, press), Qt.MouseButton.LeftButton)
        return act

    def use(dialog: QDialog) -> None:
        assert isinstance(dialog, PrintFormsDialog)
        click_item(qtbot, dialog.list, "卷宗封面和卷内目录")
        on_next_dialog(qtbot, CoverDialog, answer("Cancel"))
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        assert shown == []  # cancelled: nothing printed, nothing issued
        on_next_dialog(qtbot, CoverDialog, answer("Print anyway"))
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button(dialog, "Close"), Qt.MouseButton.LeftButton)

    on_next_dialog(qtbot, PrintFormsDialog, use)
    qtbot.mouseClick(page.detail.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=15000)  # drawn off the GUI thread
    assert len(warnings) == 2
    for name in ("人民调解当事人权利义务告知书", "当事人身份证明", "封底"):
        assert name in warnings[0]
    assert "人民调解协议书" not in warnings[0]  # in the file: the signed agreement
    assert [d.kind for d in shown] == ["mediation.file_cover"]


def test_follow_ups_tab_shows_which_terms_await_a_visit(qtbot: QtBot, case_page) -> None:  # type: ignore[no-untyped-def]
    page, context, case_id, _shown = case_page
    tab = page.detail.followups
    # sample_agreement: both terms due by the agreement's 2026-12-05; today (the test clock) is 2026-11-20.
    assert "一、2026-12-05；二、2026-12-05" in tab.due.text() and "#c62828" not in tab.due.text()
    context.desk.clock.now = at(date(2026, 12, 7), "10:00")  # type: ignore[attr-defined]
    page.detail.show_case(case_id)
    assert "#c62828" in tab.due.text() and "一、二" in tab.due.text()
