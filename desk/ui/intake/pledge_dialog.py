"""容缺受理 at the window: the clerk confirms which 容缺 materials the applicant will bring later and by
when (the station's number of working days, or a date the clerk chooses; flagged and to be chosen when
next year's calendar is not entered yet). The 容缺受理通知书 and the 承诺书 the applicant signs print
right after the decision (``issue_pledge_papers``)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk.core.workdays import WorkCalendar
from desk.services import station
from desk.services.intake import case_documents
from desk.services.issued_documents import IssuedDocument
from desk.ui.context import UiContext
from desk.ui.intake.materials_due import MaterialsDueField
from desk.ui.messages import show_error
from desk.ui.printing import show_issued


class PledgeDialog(QDialog):
    def __init__(self, context: UiContext, calendar: WorkCalendar, names: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accept with 容缺"))
        self.setObjectName("pledge_dialog")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Accept now; the applicant brings these 容缺 materials later and signs the 承诺书 "
                               "that prints next:") + "<br>" + "<br>".join(f"• {name}" for name in names))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.due = MaterialsDueField(label=self.tr("容缺 materials to be brought by"), name="pledge_due")
        # The key is written out so the settings scan (tests/services/test_settings_declared.py) sees it.
        days = int(station.get_setting(context.desk, "intake.pledge_working_days", context.station.id))
        today = context.today()
        self.due.set_default(calendar, today, days)
        tomorrow = today + timedelta(days=1)
        self.due.edit.blockSignals(True)  # keep the year-end flag: only the clerk's own choice clears it
        self.due.edit.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.due.edit.blockSignals(False)
        layout.addWidget(self.due)
        self.message = QLabel()
        self.message.setObjectName("ErrorText")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Accept with 容缺"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.due.unknown:
            self.message.setText(self.tr("Choose the date yourself: the calendar cannot count it."))
            self.due.edit.setFocus()
            return
        self.accept()

    def day(self) -> date:
        return self.due.day()


def issue_pledge_papers(parent: QWidget, context: UiContext, case_id: int) -> IssuedDocument | None:
    """The 承诺书 for the applicant to sign (the notice is the case's own document, issued as usual)."""
    try:
        letter = case_documents.issue_pledge_letter(context.desk, context.actor, case_id)
    except Exception as exc:  # noqa: BLE001 - the case is saved; the 承诺书 can be printed from the case
        show_error(parent, exc)
        return None
    if parent.isVisible():
        show_issued(parent, letter)
    return letter
