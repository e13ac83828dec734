"""Mediation cases UI: clerks register only; the register and case detail; the agreement editor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desk.core.permissions import Role
from desk.services.mediation import cases
from desk.ui.context import UiContext
from desk.ui.mediation.cases_page import MediationCasesPage
from desk.ui.mediation.register_dialog import RegisterCaseDialog
from desk.ui.mediation.signing_dialogs import SignedDialog
from tests.services.mediation_setup import sample_case, sample_parties


def test_clerk_registers_a_request_but_sees_no_register(qtbot: QtBot,
                                                        context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.CLERK)
    page = MediationCasesPage(context)
    qtbot.addWidget(page)
    assert not hasattr(page, "model")
    dialog = RegisterCaseDialog(context)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("楼上漏水纠纷")
    dialog.facts.setPlainText("漏水")
    dialog._save()
    assert dialog.registered is None and "border" in dialog.party_list.styleSheet()
    dialog.parties = sample_parties()
    dialog._save()
    assert dialog.registered is not None and dialog.registered.number.endswith("第1号")


def test_mediator_edits_and_signs_the_agreement(qtbot: QtBot, context_for: Callable[[Role], UiContext],
                                               qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MEDIATOR)
    case_id = cases.register_case(context.desk, context.actor, sample_case(), sample_parties()).id
    page = MediationCasesPage(context)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    panel = page.detail
    assert panel.detail is not None and panel.detail.id == case_id
    editor = panel.agreement
    assert "3" in editor.state.text()  # copies = 2 parties + 1
    editor.disputed.setPlainText("赔偿数额")
    editor.responsibilities.setPlainText("李四承担主要责任")
    editor.method.setPlainText("现金支付")
    editor.recorder.setText("赵淑芬")
    editor._save()
    assert "border" in editor.terms.styleSheet()  # no terms yet
    editor._add_term("李四赔偿张三1500元。")
    editor._add_term("李四修复防水。")
    editor.terms.setCurrentCell(1, 0)
    editor._move_term(-1)
    assert editor.term_texts() == ["李四修复防水。", "李四赔偿张三1500元。"]
    assert editor.terms.verticalHeaderItem(1).text() == "二、"
    assert editor._save()
    assert panel.detail.agreement is not None and panel.detail.agreement.effective_on is None
    dialog = SignedDialog(context, case_id)
    qtbot.addWidget(dialog)
    dialog.parties.setChecked(True)
    dialog.mediator.setChecked(True)
    dialog._save()  # the seal is not ticked: refused
    assert dialog.result_detail is None and dialog.errors.message.text()
    dialog.seal.setChecked(True)
    dialog.signed_on.setDate(QDate(2026, 11, 20))  # the test clock's today
    dialog._save()
    assert dialog.result_detail is not None and dialog.result_detail.agreement is not None
    assert dialog.result_detail.agreement.effective_on == date(2026, 11, 20)
    panel.apply(dialog.result_detail)
    assert editor.facts.isReadOnly() and not editor.save_button.isEnabled() and editor.judicial_button.isEnabled()


def test_refresh_reads_again_only_when_a_case_changed(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    from desk.services.changes import change_mark

    context = context_for(Role.MANAGER)
    cases.register_case(context.desk, context.actor, sample_case(), sample_parties())
    page = MediationCasesPage(context)
    qtbot.addWidget(page)
    mark = change_mark(context.desk)
    page.refresh()
    assert change_mark(context.desk) == mark  # nothing changed: no audited read
    cases.register_case(context.desk, context.actor, sample_case(), sample_parties())
    page.refresh()
    assert page.model.rowCount() == 2
