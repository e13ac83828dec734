"""The applicant dialog reports every field's problem at once: the clerk corrects the whole form in one
go instead of pressing Save once per mistake. A company as the applicant, with its longest name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk.core.errors import ValidationError
from desk.core.field_checks import ValidationErrors
from desk.core.permissions import Role
from desk.services.intake import applicants
from desk.services.intake.applicants import ApplicantInput
from desk.ui.intake.applicant_dialog import ApplicantDialog

COMPANY = "示范市幸福家园物业管理有限公司" * 6  # 90 characters: long, still within the 100 allowed
USCC = "91350100M000100Y43"


def _marked(dialog: ApplicantDialog) -> set[str]:
    return {key for key, widget in dialog.rows.items() if widget.styleSheet()}


def test_every_problem_of_a_company_is_shown_at_once(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    dialog = ApplicantDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("organisation"))
    dialog.name.setText(COMPANY)
    qtbot.keyClicks(dialog.uscc, "91350100M0001")  # too short
    qtbot.keyClicks(dialog.phone, "12")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # Save, as the clerk presses it
    assert dialog.result_row is None and dialog.isVisible()
    assert _marked(dialog) == {"uscc", "legal_representative", "phone"}
    lines = dialog.errors.message.text().split("\n")
    assert len(lines) == 3
    assert dialog.focusWidget() is dialog.uscc  # the first field to correct, in form order
    dialog.uscc.setText(USCC)
    dialog.legal.setText("王小明")
    dialog.phone.setText("13812345678")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.result_row is not None and dialog.result_row.name == COMPANY
    assert _marked(dialog) == set()


def test_the_service_raises_every_field_together(context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    try:
        applicants.save_applicant(context.desk, context.actor, ApplicantInput(
            "person", "张三😀", id_number="110101198001010011", phone="12"))
    except ValidationErrors as exc:
        assert [p.field for p in exc.problems] == ["name", "id_number", "phone"]
        assert exc.field == "name"
    else:
        raise AssertionError("three bad fields were accepted")
    # One bad field is one plain ValidationError, as before.
    try:
        applicants.save_applicant(context.desk, context.actor, ApplicantInput(
            "person", "张三", id_number="110101198001010010", phone="12"))
    except ValidationError as exc:
        assert not isinstance(exc, ValidationErrors) and exc.field == "phone"
