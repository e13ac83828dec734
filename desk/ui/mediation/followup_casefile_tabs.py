"""Tabs of a case: follow-up visits (回访记录) and the case file (卷内目录, cover)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.mediation import PERFORMANCE, chinese_number, terms_awaiting_visit
from desk.core.permissions import Permission
from desk.services.mediation import casefile, followups
from desk.services.mediation.casefile import FileEntry
from desk.services.mediation.rows import CaseDetail, FollowUpRow
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors, date_edit, open_width
from desk.ui.i18n import tr_label
from desk.ui.mediation.case_tabs import selected_row, table
from desk.ui.mediation.print_forms import print_cover
from desk.ui.messages import show_error
from desk.ui.table_model import Column, RowTableModel


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FollowUpDialog(QDialog):
    def __init__(self, context: UiContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.detail = context, detail
        self.result_detail: CaseDetail | None = None
        self.setWindowTitle(self.tr("Follow-up visit"))
        form = QFormLayout(self)
        form.addRow(self.tr("Agreement number"), QLabel(detail.agreement.number if detail.agreement else ""))
        self.visited_on = date_edit(context.today())
        self.party = QComboBox()
        self.party.setEditable(True)
        self.party.addItems([p.name for p in detail.parties])
        self.method = QComboBox()
        self.method.addItem(self.tr("Visit"), "visit")
        self.method.addItem(self.tr("Phone call"), "phone")
        # No answer is chosen for the mediator: a default of "fully performed, satisfied" would be
        # saved unread (issue 13). Both start empty and the service refuses them empty.
        self.performance = QComboBox()
        for key, label in PERFORMANCE.items():
            self.performance.addItem(tr_label("Mediation", label), key)
        self.performance.setPlaceholderText(self.tr("Choose…"))
        self.performance.setCurrentIndex(-1)
        self.satisfied = QComboBox()
        self.satisfied.addItem(self.tr("Satisfied"), True)
        self.satisfied.addItem(self.tr("Not satisfied"), False)
        self.satisfied.setPlaceholderText(self.tr("Choose…"))
        self.satisfied.setCurrentIndex(-1)
        self.notes, self.measures = QPlainTextEdit(), QPlainTextEdit()
        self.measures.setMaximumHeight(60)
        self.visitor = QLineEdit(context.actor.display_name)
        form.addRow(self.tr("Visited on"), self.visited_on)
        form.addRow(self.tr("Party visited"), self.party)
        form.addRow(self.tr("How"), self.method)
        form.addRow(self.tr("Performance"), self.performance)
        form.addRow(self.tr("Is the party satisfied?"), self.satisfied)
        form.addRow(self.tr("What was found"), self.notes)
        form.addRow(self.tr("Measures taken"), self.measures)
        form.addRow(self.tr("Visited by"), self.visitor)
        self.errors = FieldErrors(QLabel(), {"visited_on": self.visited_on, "party_name": self.party,
                                             "method": self.method, "performance": self.performance,
                                             "satisfied": self.satisfied,
                                             "notes": self.notes, "measures": self.measures, "visitor": self.visitor})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        open_width(self, 520)

    def _save(self) -> None:
        try:
            self.result_detail = followups.add_followup(
                self.context.desk, self.context.actor, self.detail.id, visited_on=_pydate(self.visited_on.date()),
                party_name=self.party.currentText(), method=self.method.currentData(),
                performance=self.performance.currentData() or "", satisfied=self.satisfied.currentData(),
                notes=self.notes.toPlainText(), visitor=self.visitor.text(), measures=self.measures.toPlainText())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()


class FollowUpsTab(QWidget):
    changed = Signal(object)

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.detail: CaseDetail | None = None
        self.model: RowTableModel[FollowUpRow] = RowTableModel([
            Column(self.tr("Agreement number"), lambda f: f.agreement_number),
            Column(self.tr("Visited on"), lambda f: f.visited_on.isoformat()),
            Column(self.tr("Party"), lambda f: f.party_name),
            Column(self.tr("Performance"), lambda f: tr_label("Mediation", PERFORMANCE[f.performance]),
                   color=lambda f: "#c62828" if f.performance == "none" else None),
            Column(self.tr("Satisfied"), lambda f: self.tr("yes") if f.satisfied else self.tr("no")),
            Column(self.tr("What was found"), lambda f: f.notes),
        ], self)
        self.view = table(self.model)
        layout = QVBoxLayout(self)
        self.due = QLabel()  # when each term falls due, and which await a visit
        self.due.setWordWrap(True)
        layout.addWidget(self.due)
        layout.addWidget(self.view)
        self.add_button = QPushButton(self.tr("Add follow-up visit…"))
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_case(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.model.set_rows(detail.followups)
        in_effect = detail.agreement is not None and detail.agreement.effective_on is not None
        self._show_due(detail)
        self.add_button.setEnabled(in_effect and self.context.actor.can(Permission.MEDIATION_WRITE))

    def _show_due(self, detail: CaseDetail) -> None:
        a = detail.agreement
        if a is None or a.effective_on is None:
            self.due.setText("")
            return
        dues = a.due_dates()
        waiting = terms_awaiting_visit(dues, (f.visited_on for f in detail.followups), self.context.today())
        parts = [f"{chinese_number(n)}、{due.isoformat() if due else '—'}" for n, due in enumerate(dues, start=1)]
        text = self.tr("Terms due: {0}").format("；".join(parts))
        if waiting:
            text += "<br><span style='color:#c62828'>" + self.tr(
                "Past due with no visit since: term {0}. Visit the parties.").format(
                "、".join(chinese_number(n) for n in waiting)) + "</span>"
        self.due.setText(text)

    def _add(self) -> None:
        if self.detail is None:
            return
        dialog = FollowUpDialog(self.context, self.detail, self)
        if dialog.exec() and dialog.result_detail is not None:
            self.changed.emit(dialog.result_detail)


class CaseFileTab(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.case_id: int | None = None
        self.model: RowTableModel[FileEntry] = RowTableModel([
            Column(self.tr("No."), lambda e: str(e.code), align_right=True),
            Column(self.tr("Document"), lambda e: e.name),
            Column(self.tr("Required"), lambda e: self.tr("required") if e.required else self.tr("as needed")),
            Column(self.tr("In the file"), lambda e: self.tr("MISSING") if e.missing else (
                self.tr("yes") if e.present else "—"), color=lambda e: "#c62828" if e.missing else None),
            Column(self.tr("Pages"), lambda e: str(e.pages or "")),
            Column(self.tr("Note"), lambda e: e.note),
        ], self)
        self.view = table(self.model)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.tick = QPushButton(self.tr("In the file / not in the file…"))
        self.tick.clicked.connect(self._tick)
        self.cover = QPushButton(self.tr("Print cover and contents…"))
        self.cover.clicked.connect(self._print_cover)
        row.addWidget(self.tick)
        row.addWidget(self.cover)
        row.addStretch(1)
        layout.addLayout(row)

    def load(self, case_id: int) -> None:
        """Read the contents list (an audited read) when the tab is opened."""
        self.case_id = case_id
        try:
            self._show(casefile.case_file(self.context.desk, self.context.actor, case_id))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    def _show(self, contents: casefile.CaseFile) -> None:
        self.model.set_rows(contents.entries)
        missing = contents.missing
        self.summary.setText(self.tr("Missing required documents: {0}").format("、".join(e.name for e in missing))
                             if missing else self.tr("All required documents are in the file."))
        self.tick.setEnabled(self.context.actor.can(Permission.MEDIATION_WRITE))

    def _tick(self) -> None:
        entry = selected_row(self.view, self.model)
        if entry is None or self.case_id is None or entry.automatic:
            return
        pages, ok = QInputDialog.getInt(self, entry.name, self.tr("Pages in the file (0 = not in the file):"),
                                        entry.pages or (0 if entry.present else 1), 0, 999)
        if not ok:
            return
        try:
            self._show(casefile.set_file_item(self.context.desk, self.context.actor, self.case_id, entry.code,
                                              present=pages > 0, pages=pages or None, note=entry.note))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    def _print_cover(self) -> None:
        if self.case_id is not None:
            print_cover(self, self.context, self.case_id)
