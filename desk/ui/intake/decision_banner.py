"""What the intake screen shows once the clerk has decided a visit: the decision and its receipt
number in one sentence, and the three things left to do (print again, let the citizen rate, next
applicant). A decision ends the visit's form; the banner is how the clerk sees that it did."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.services.intake.case_queries import CaseDetail
from desk.services.intake.common import COMPLETED, REFUSED, WAITING
from desk.ui.intake.common import deadline_text

# Background and border per outcome: green for accepted, amber while materials are missing, grey for refused.
_COLOURS = {"accepted": ("#e8f5e9", "#2e7d32"), WAITING: ("#fff8e1", "#b26a00"), REFUSED: ("#eceff1", "#546e7a")}


class DecisionBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intake_done_banner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.text = QLabel()
        self.text.setObjectName("intake_done")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        layout.addLayout(row)
        self.reprint_button = QPushButton(self.tr("Print again (Ctrl+P)"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.setToolTip(self.tr("Print the receipt or notice again, marked 补打 (Ctrl+P)"))
        self.rate_button = QPushButton(self.tr("Rate…"))
        self.rate_button.setToolTip(self.tr("Let the citizen rate this visit"))
        self.next_button = QPushButton(self.tr("Next applicant (Ctrl+N)"))
        self.next_button.setObjectName("next_applicant")
        self.next_button.setToolTip(self.tr("Clear the screen for the next applicant (Ctrl+N)"))
        for button in (self.reprint_button, self.rate_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        self.clear()

    def show_case(self, case: CaseDetail) -> None:
        row = case.row
        if row.status == WAITING:
            first = self.tr("Materials missing: one-time notice issued under {0}; the applicant brings them by {1}.") \
                .format(row.receipt_no, row.materials_due.isoformat() if row.materials_due else "")
        elif row.status == REFUSED:
            first = self.tr("Refused: the refusal notice was issued under {0}.").format(row.receipt_no)
        elif row.pledge_open and row.pledge_due is not None:
            deadline = deadline_text(row) or self.tr("no fixed limit")
            first = self.tr("Accepted with 容缺: receipt number {0}; deadline {1}; the 容缺 materials by {2}. "
                            "The applicant signs the 承诺书.").format(row.receipt_no, deadline,
                                                                  row.pledge_due.isoformat())
        elif row.status == COMPLETED:
            first = self.tr("Accepted and completed on the spot: receipt number {0}.").format(row.receipt_no)
        else:
            deadline = deadline_text(row) or self.tr("no fixed limit")
            first = self.tr("Accepted: receipt number {0}; deadline {1}.").format(row.receipt_no, deadline)
        second = self.tr("{0} · {1}. This visit is decided; press Ctrl+N for the next applicant.").format(
            case.applicant.name, row.item_name)
        self.text.setText(f"<b>{first}</b><br>{second}")
        background, border = _COLOURS.get(row.status, _COLOURS["accepted"])
        self.setStyleSheet(f"QFrame#intake_done_banner {{ background: {background}; border: 2px solid {border};"
                           f" border-radius: 4px; }}")
        self.rate_button.setEnabled(True)
        self.setVisible(True)

    def clear(self) -> None:
        self.text.clear()
        self.rate_button.setEnabled(False)
        self.setVisible(False)
