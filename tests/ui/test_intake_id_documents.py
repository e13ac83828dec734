"""The applicant dialog with an identity document other than the resident ID card, typed with real key
presses: the type is chosen from the keyboard, the number checked for that type, shown masked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from desk.core.permissions import Role
from desk.ui.intake.applicant_dialog import ApplicantDialog
from desk.ui.intake.applicant_panel import ApplicantPanel


def _ime(widget: QWidget, text: str) -> None:
    """Chinese arrives from the input method, not as key presses (QTest can only press ASCII keys):
    the IME commits the chosen characters to the focused field, as here."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _save(qtbot, dialog: ApplicantDialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _choose_type(qtbot, dialog: ApplicantDialog, code: str) -> None:  # type: ignore[no-untyped-def]
    dialog.id_type.setFocus()
    while dialog.id_type.currentData() != code:
        before = dialog.id_type.currentIndex()
        qtbot.keyClick(dialog.id_type, Qt.Key.Key_Down)
        assert dialog.id_type.currentIndex() != before, code


def test_a_passport_holder_is_registered_from_the_keyboard(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    dialog = ApplicantDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.id_type.currentText() == "居民身份证"  # the default
    qtbot.keyClicks(dialog.name, "John SMITH")
    _choose_type(qtbot, dialog, "passport")
    assert "photo page" in dialog.id_number.placeholderText()
    qtbot.keyClicks(dialog.id_number, "ABCDEFGH")  # no digit: not a passport number
    qtbot.keyClicks(dialog.phone, "+86 138 1234 5678")
    _save(qtbot, dialog)
    assert dialog.result_row is None and dialog.id_number.styleSheet()
    assert "passport number" in dialog.errors.message.text()
    dialog.id_number.selectAll()
    qtbot.keyClicks(dialog.id_number, "e1234 5678")
    _save(qtbot, dialog)
    row = dialog.result_row
    assert row is not None and row.document_number == "护照 E*****678"
    assert ApplicantPanel.describe(row).startswith("John SMITH　护照 E*****678")


def test_another_document_asks_for_its_name_and_the_id_card_keeps_its_checksum(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    dialog = ApplicantDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.id_type_other.isVisible()
    _ime(dialog.name, "阿卜杜热依木·买买提")
    qtbot.keyClicks(dialog.id_number, "110101198001010011")  # resident ID with a wrong check digit
    qtbot.keyClicks(dialog.phone, "13812345678")
    _save(qtbot, dialog)
    assert dialog.result_row is None and "last character" in dialog.errors.message.text()
    _choose_type(qtbot, dialog, "other")
    assert dialog.id_type_other.isVisible()
    dialog.id_number.selectAll()
    qtbot.keyClicks(dialog.id_number, "NJ-2018-0012")
    _save(qtbot, dialog)
    assert dialog.result_row is None and dialog.id_type_other.styleSheet()  # the document's name is needed
    _ime(dialog.id_type_other, "军官证")
    _save(qtbot, dialog)
    assert dialog.result_row is not None and dialog.result_row.document_number == "军官证 N********012"


def test_correcting_keeps_the_type_and_the_masked_number(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from desk.services.intake import applicants
    from desk.services.intake.applicants import ApplicantInput

    context = context_for(Role.CLERK)
    row = applicants.save_applicant(context.desk, context.actor, ApplicantInput(
        "person", "陈大文", id_number="H12345678", phone="13812345678", id_type="hk_mo_permit"))
    dialog = ApplicantDialog(context, existing=row)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.id_type.currentData() == "hk_mo_permit" and dialog.id_number.text() == "H*****678"
    _ime(dialog.address, "示范市闵行区梅陇镇春申路1234弄56号7幢801室")
    _save(qtbot, dialog)
    assert dialog.result_row is not None and dialog.result_row.document_number == "港澳居民来往内地通行证 H*****678"


def test_a_proxy_with_a_通行证_at_the_intake_page(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desk.services.intake import applicants, case_queries
    from desk.services.intake.applicants import ApplicantInput
    from desk.ui.intake import intake_page
    from desk.ui.intake.intake_page import IntakePage

    monkeypatch.setattr(intake_page, "show_issued", lambda _parent, _issued: None)
    context = context_for(Role.CLERK)
    row = applicants.save_applicant(context.desk, context.actor, ApplicantInput(
        "person", "John SMITH", id_number="E12345678", phone="13812345678", id_type="passport"))
    page = IntakePage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.item_search, "JY-01")
    qtbot.keyClick(page.item_search, Qt.Key.Key_Return)
    page.applicant.set_applicant(row)
    page.materials.tick()
    qtbot.mouseClick(page.proxy.enabled, Qt.MouseButton.LeftButton, pos=page.proxy.enabled.rect().center())
    assert page.proxy.isChecked()
    _ime(page.proxy.name, "陈大文")
    kind = page.proxy.document.kind
    kind.setFocus()
    while kind.currentData() != "hk_mo_permit":
        qtbot.keyClick(kind, Qt.Key.Key_Down)
    qtbot.keyClicks(page.proxy.id_number, "12345678")  # the H is missing
    _ime(page.proxy.relation, "朋友")
    assert page.decide("accept") is None and page.proxy.id_number.styleSheet()
    assert "H or M" in page.message.text()
    page.proxy.id_number.selectAll()
    qtbot.keyClicks(page.proxy.id_number, "H12345678")
    case = page.decide("accept")
    assert case is not None and case.proxy_document == "港澳居民来往内地通行证 H*****678"
    assert [c.id for c in case_queries.list_cases(context.desk, context.actor)] == [case.row.id]
