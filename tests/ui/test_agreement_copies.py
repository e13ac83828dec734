"""The agreement editor prints a draft (草稿), the copies for signing, and after signing the 补打 of the
signed original; it warns before printing when the text changed after the copies went out."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk.core.permissions import Role
from desk.services import issued_documents
from desk.services.mediation import agreements, cases
from desk.ui import printing
from desk.ui.context import UiContext
from desk.ui.mediation.cases_page import MediationCasesPage
from tests.documents.helpers import pdf_text, squash
from tests.services.mediation_setup import sample_agreement, sample_case, sample_parties


@pytest.fixture(autouse=True)
def _close_previews() -> Iterator[None]:
    yield
    for dialog in list(printing._open_dialogs):
        dialog.reject()


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the question the editor is about to ask, as the mediator would."""
    tries = [0]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 50:
                QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)


def _printed(qtbot: QtBot) -> str:
    qtbot.waitUntil(lambda: len(printing._open_dialogs) == 1, timeout=5000)
    [dialog] = printing._open_dialogs
    text = squash("".join(pdf_text(dialog.pdf)))
    dialog.reject()
    return text


def test_draft_copies_warning_and_reprint(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.MEDIATOR)
    case_id = cases.register_case(context.desk, context.actor, sample_case(), sample_parties()).id
    agreements.save_agreement(context.desk, context.actor, case_id, sample_agreement())
    page = MediationCasesPage(context)
    qtbot.addWidget(page)
    page.view.selectRow(0)
    editor = page.detail.agreement

    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    assert "草稿" in _printed(qtbot)
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)  # unchanged text: no question
    assert "草稿" not in _printed(qtbot)
    assert "Copies for signing printed on" in editor.state.text()

    editor.facts.setFocus()
    qtbot.keyClicks(editor.facts, "Note2 ")  # QTest types ASCII only
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)  # saves, then asks: the text changed
    assert seen and "must not be signed" in seen[0]
    assert printing._open_dialogs == set()  # nothing printed
    assert "Changed after the copies printed" in editor.state.text()
    _answer(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    assert "Note2" in _printed(qtbot) and len(seen) == 2
    assert "Changed after" not in editor.state.text()

    signed = agreements.record_signed(context.desk, context.actor, case_id, "2026-11-20", all_parties_signed=True,
                                      mediator_signed=True, seal_affixed=True)
    page.detail.apply(signed)
    assert "补打" in editor.print_button.text() and not editor.draft_button.isEnabled()
    before = len(issued_documents.list_issued(context.desk, context.actor, entity="med_case", entity_id=case_id))
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    text = _printed(qtbot)
    assert "补打" in text and "Note2" in text
    after = issued_documents.list_issued(context.desk, context.actor, entity="med_case", entity_id=case_id)
    assert len(after) == before  # the signed original was reprinted, no new original
