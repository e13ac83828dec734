"""Tabs of a case: parties, and session / investigation records (调解记录 / 调查记录)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.core.idnumbers import mask_id
from desk.core.permissions import Permission
from desk.services.mediation import cases, records
from desk.services.mediation.rows import CaseDetail, PartyRow, SessionRow
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors, open_width
from desk.ui.mediation.party_dialog import PartyDialog
from desk.ui.messages import show_error
from desk.ui.table_model import Column, RowTableModel, make_table_view


def table(model: RowTableModel) -> QTableView:  # type: ignore[type-arg]
    view: QTableView = make_table_view(model)
    view.setSortingEnabled(False)  # records read in the order they happened
    return view


def selected_row(view: QTableView, model: RowTableModel):  # type: ignore[no-untyped-def, type-arg]
    rows = view.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None


class PartiesTab(QWidget):
    changed = Signal(object)

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.detail: CaseDetail | None = None
        full = context.actor.can(Permission.ID_VIEW_FULL)
        sides = {"applicant": self.tr("Applicant"), "respondent": self.tr("Respondent")}
        self.model: RowTableModel[PartyRow] = RowTableModel([
            Column(self.tr("Side"), lambda p: sides[p.side]),
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Sex / age"), lambda p: f"{p.sex} {p.age}" if p.kind == "person" else self.tr("organisation")),
            Column(self.tr("ID number / credit code"), lambda p: p.uscc or (p.id_number if full else mask_id(p.id_number))),
            Column(self.tr("Phone"), lambda p: p.phone),
            Column(self.tr("Work unit or address"), lambda p: p.address),
        ], self)
        self.view = table(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.write_buttons = []
        for text, handler in ((self.tr("Add party…"), self._add), (self.tr("Correct…"), self._edit),
                              (self.tr("Remove"), self._remove)):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
            self.write_buttons.append(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_case(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.model.set_rows(detail.parties)
        editable = self.context.actor.can(Permission.MEDIATION_WRITE) and detail.status != "closed"
        for button in self.write_buttons:
            button.setEnabled(editable)

    def _run(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            self.changed.emit(action())
        except Exception as exc:  # noqa: BLE001 - shown to the mediator
            show_error(self, exc)

    def _add(self) -> None:
        dialog = PartyDialog(self.context.today(), parent=self)
        if self.detail and dialog.exec() and dialog.result_party is not None:
            party, case_id = dialog.result_party, self.detail.id
            self._run(lambda: cases.save_party(self.context.desk, self.context.actor, case_id, None, party))

    def _edit(self) -> None:
        row = selected_row(self.view, self.model)
        if row is None or self.detail is None:
            return
        dialog = PartyDialog(self.context.today(), row, show_full_id=self.context.actor.can(Permission.ID_VIEW_FULL), parent=self)
        if dialog.exec() and dialog.result_party is not None:
            party, case_id = dialog.result_party, self.detail.id
            self._run(lambda: cases.save_party(self.context.desk, self.context.actor, case_id, row.id, party))

    def _remove(self) -> None:
        row = selected_row(self.view, self.model)
        if row is not None and self.detail is not None:
            case_id = self.detail.id
            self._run(lambda: cases.remove_party(self.context.desk, self.context.actor, case_id, row.id))


class SessionDialog(QDialog):
    def __init__(self, context: UiContext, case_id: int, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.case_id, self.kind = context, case_id, kind
        self.result_detail: CaseDetail | None = None
        investigation = kind == "investigation"
        self.setWindowTitle(self.tr("Investigation record") if investigation else self.tr("Mediation record"))
        form = QFormLayout(self)
        self.held_at = QDateTimeEdit(QDateTime(self.context.now().replace(tzinfo=None)))
        self.held_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.held_at.setCalendarPopup(True)
        self.place, self.participants, self.subject, self.recorder = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.record, self.result = QPlainTextEdit(), QPlainTextEdit()
        self.result.setMaximumHeight(70)
        form.addRow(self.tr("Time"), self.held_at)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Investigators") if investigation else self.tr("Others present"), self.participants)
        if investigation:
            form.addRow(self.tr("Person questioned"), self.subject)
        form.addRow(self.tr("What was said"), self.record)
        if not investigation:
            form.addRow(self.tr("Result"), self.result)
        form.addRow(self.tr("Recorder"), self.recorder)
        self.errors = FieldErrors(QLabel(), {"place": self.place, "participants": self.participants,
                                             "subject": self.subject, "record": self.record, "result": self.result,
                                             "recorder": self.recorder})
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        open_width(self, 560)

    def _save(self) -> None:
        held = self.held_at.dateTime().toPython()
        zone = ZoneInfo(self.context.station.timezone)
        try:
            self.result_detail = records.add_session(
                self.context.desk, self.context.actor, self.case_id, kind=self.kind, held_at=held.replace(tzinfo=zone),
                place=self.place.text(), record=self.record.toPlainText(), participants=self.participants.text(),
                subject=self.subject.text(), result=self.result.toPlainText(), recorder=self.recorder.text())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.accept()


class RecordsTab(QWidget):
    changed = Signal(object)

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.zone = ZoneInfo(context.station.timezone)
        self.detail: CaseDetail | None = None
        kinds = {"session": self.tr("Mediation record"), "investigation": self.tr("Investigation")}
        self.model: RowTableModel[SessionRow] = RowTableModel([
            Column(self.tr("Time"), lambda s: self._time(s.held_at)),
            Column(self.tr("Kind"), lambda s: kinds[s.kind]),
            Column(self.tr("Place"), lambda s: s.place),
            Column(self.tr("Result"), lambda s: s.result or s.subject),
        ], self)
        self.view = table(self.model)
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.text = QTextBrowser()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        buttons = QHBoxLayout()
        self.add_session = QPushButton(self.tr("Add mediation record…"))
        self.add_investigation = QPushButton(self.tr("Add investigation record…"))
        self.add_session.clicked.connect(lambda: self._add("session"))
        self.add_investigation.clicked.connect(lambda: self._add("investigation"))
        buttons.addWidget(self.add_session)
        buttons.addWidget(self.add_investigation)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _time(self, moment: datetime) -> str:
        return moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")

    def set_case(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.model.set_rows(detail.sessions)
        self.text.clear()
        editable = self.context.actor.can(Permission.MEDIATION_WRITE) and detail.status != "closed"
        self.add_session.setEnabled(editable)
        self.add_investigation.setEnabled(editable)

    def _show_selected(self) -> None:
        s = selected_row(self.view, self.model)
        if s is None:
            return
        parts = [f"{self._time(s.held_at)}　{s.place}", s.participants, s.subject, "", s.record, "", s.result,
                 self.tr("Recorder: {0}").format(s.recorder)]
        self.text.setPlainText("\n".join(p for p in parts if p is not None))

    def _add(self, kind: str) -> None:
        if self.detail is None:
            return
        dialog = SessionDialog(self.context, self.detail.id, kind, self)
        if dialog.exec() and dialog.result_detail is not None:
            self.changed.emit(dialog.result_detail)
