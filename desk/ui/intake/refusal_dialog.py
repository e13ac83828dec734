"""不予受理: the clerk writes why, on what legal basis, and, for a matter outside the station's
competence, where the applicant should apply instead (行政许可法 Art. 32). All three are printed.

``submit`` saves the refusal; when the service refuses the terms the dialog stays open with the error
at the field and everything typed kept, so the clerk corrects one word instead of writing it again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desk.ui.forms import FieldErrors, fit_placeholder

# The usual bases; the clerk may type any other.
COMMON_BASES = ("《中华人民共和国行政许可法》第三十二条第一款第（一）项（申请事项依法不需要取得行政许可）",
                "《中华人民共和国行政许可法》第三十二条第一款第（二）项（申请事项依法不属于本机关职权范围）")


class RefusalDialog(QDialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[str, str, str], Any]) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Refuse the application"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why it is refused, in words the applicant understands"))
        self.reason.setMaximumHeight(110)
        self.legal_basis = QLineEdit()
        self.legal_basis.setObjectName("legal_basis")
        self.legal_basis.setPlaceholderText(COMMON_BASES[1])
        fit_placeholder(self.legal_basis)
        self.refer_to = QLineEdit()
        self.refer_to.setObjectName("refer_to")
        self.refer_to.setPlaceholderText(self.tr("Only if it is not this station's matter, e.g. 平安区民政局"))
        fit_placeholder(self.refer_to)
        note = QLabel(self.tr("The notice also names the review body and the court from the Station page, with "
                              "the time limits for both."))
        note.setWordWrap(True)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Legal basis"), self.legal_basis)
        form.addRow(self.tr("Apply instead to"), self.refer_to)
        form.addRow(note)
        self.errors = FieldErrors(QLabel(), {"reason": self.reason, "legal_basis": self.legal_basis,
                                             "refer_to": self.refer_to})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Refuse and print the notice"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def submit(self) -> None:
        self.errors.clear()
        try:
            self._submit(*self.terms())
        except Exception as exc:  # noqa: BLE001 - shown at the field; the dialog and its text stay
            self.errors.show(exc)
            return
        self.accept()

    def terms(self) -> tuple[str, str, str]:
        """(reason, legal basis, where to apply instead); the service checks each."""
        return self.reason.toPlainText(), self.legal_basis.text(), self.refer_to.text()
