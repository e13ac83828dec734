"""Issued documents: find a receipt, notice, agreement or slip; open the original; reprint it (补打)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.documents import registry
from desk.services import issued_documents
from desk.services.issued_documents import IssuedDocumentRow, ReprintResult
from desk.ui.context import UiContext
from desk.ui.i18n import error_text
from desk.ui.printing import show_preview
from desk.ui.record_labels import record_label
from desk.ui.table_model import Column, RowTableModel, make_table_view
from desk.ui.timefmt import local
from desk.ui.worker import run_in_background

DEFAULT_DAYS = 30


class DocumentsPage(QWidget):
    shows = frozenset({"issued_document", "issued_document_reprint"})  # reloads only when these change (MainWindow)
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        tz = context.station.timezone
        actor = context.actor
        self.kinds = {k.kind: k.label for k in registry.registered_kinds()
                      if k.permission is None or actor.can(k.permission)}
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Issued documents"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)

        filters = QHBoxLayout()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("document number (any part)"))
        self.number.setClearButtonEnabled(True)
        self.number.returnPressed.connect(self.search)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind, label in self.kinds.items():
            self.kind.addItem(label, kind)
        # "Today" is the station's day (the computer's own time zone may differ).
        today = QDate(context.desk.now().astimezone(ZoneInfo(tz)).date())
        self.start = QDateEdit(today.addDays(-DEFAULT_DAYS))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        search = QPushButton(self.tr("Search"))
        search.clicked.connect(self.search)
        for widget in (self.number, self.kind, QLabel(self.tr("From")), self.start, QLabel(self.tr("to")), self.end,
                       search):
            filters.addWidget(widget)
        filters.setStretch(0, 2)
        layout.addLayout(filters)

        self.model: RowTableModel[IssuedDocumentRow] = RowTableModel([
            Column(self.tr("Issued"), lambda r: local(r.issued_at, tz), sort_key=lambda r: r.issued_at),
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Document"), lambda r: r.title),
            Column(self.tr("Kind"), lambda r: self.kinds.get(r.kind, r.kind), tooltip=lambda r: r.kind),
            Column(self.tr("Issued by"), lambda r: r.issued_by_name),
            Column(self.tr("Reprints"), lambda r: self._reprints(r, tz), sort_key=lambda r: r.reprint_count),
            Column(self.tr("Record"), lambda r: record_label(r.entity, r.entity_id, r.reference),
                   # The record's own number (what "record id" filters by), in words, never the raw code.
                   tooltip=lambda r: record_label(r.entity, r.entity_id)),
        ], self)
        self.table = make_table_view(self.model)
        self.table.doubleClicked.connect(lambda _index: self.preview_original())
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.count = QLabel()
        self.original_button = QPushButton(self.tr("Preview original"))
        self.original_button.setObjectName("previewOriginal")
        self.original_button.setToolTip(self.tr("The document exactly as it was issued (Enter)"))
        self.original_button.clicked.connect(self.preview_original)
        self.reprint_button = QPushButton(self.tr("Reprint (补打)"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.setToolTip(self.tr("Print it again, marked 补打 with the time of the reprint (Ctrl+R)"))
        self.reprint_button.clicked.connect(self.reprint)
        bottom.addWidget(self.count)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.original_button)
        bottom.addWidget(self.reprint_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+R"), self, self.reprint)
        QShortcut(QKeySequence("Return"), self.table, self.preview_original)
        self.search()

    def _reprints(self, row: IssuedDocumentRow, tz: str) -> str:
        if not row.reprint_count:
            return ""
        return self.tr("{0}× (last {1})").format(row.reprint_count, local(row.last_reprinted_at, tz))

    # -- search ----------------------------------------------------------------------------------
    def search(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        tz = ZoneInfo(self.context.station.timezone)
        start = datetime.combine(self.start.date().toPython(), time(), tz)
        end = datetime.combine(self.end.date().toPython(), time(), tz) + timedelta(days=1)
        selected = self.selected()
        try:
            rows = issued_documents.list_issued(self.context.desk, self.context.actor, kind=self.kind.currentData() or None,
                                                number=self.number.text(), start=start, end=end)
        except Exception as exc:  # noqa: BLE001 - shown on the page
            self._say(error_text(exc), error=True)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if len(rows) >= issued_documents.LIST_LIMIT:
            self.count.setText(self.tr("The newest {0} shown; narrow the search").format(len(rows)))
        else:
            self.count.setText(self.tr("Found: {0}").format(len(rows)))
        if selected is not None:
            for index, row in enumerate(rows):
                if row.id == selected.id:
                    self.table.selectRow(index)
        self._selection_changed()

    def selected(self) -> IssuedDocumentRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selection_changed(self, *_args: QModelIndex) -> None:
        has_row = self.selected() is not None
        self.original_button.setEnabled(has_row)
        self.reprint_button.setEnabled(has_row and self.reprint_button.property("busy") is not True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c62828;" if error else "")
        self.status.setText(text)

    # -- open and reprint ------------------------------------------------------------------------
    def preview_original(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            pdf = issued_documents.original_pdf(self.context.desk, self.context.actor, row.id)
        except Exception as exc:  # noqa: BLE001 - shown on the page
            self._say(error_text(exc), error=True)
            return
        self._say("")
        show_preview(pdf, row.kind, f"{row.title} {row.number}".strip(), self)

    def reprint(self) -> None:
        row = self.selected()
        if row is None or self.reprint_button.property("busy") is True:
            return
        self.reprint_button.setProperty("busy", True)
        self.reprint_button.setEnabled(False)
        self._say(self.tr("Preparing the reprint…"))
        desk, actor = self.context.desk, self.context.actor
        # Drawn off the GUI thread: an agreement of several pages takes longer than a click should.
        self.job = run_in_background(lambda _progress: issued_documents.reprint_checked(desk, actor, row.id),
                                     lambda result: self._reprinted(row, result), self._reprint_failed)

    def _reprint_done(self) -> None:
        self.reprint_button.setProperty("busy", False)
        self._selection_changed()

    def _reprinted(self, row: IssuedDocumentRow, result: ReprintResult) -> None:
        self._reprint_done()
        if result.check.exact:
            self._say(self.tr("Reprint of {0} ready; it is marked 补打 with the time of the reprint.")
                      .format(row.number or row.title))
        else:
            self._say(self.tr("This computer draws the document with a different font than when it was issued, so "
                              "the reprint may look slightly different (same content). \"Preview original\" still "
                              "gives the document exactly as it was issued."), error=True)
        show_preview(result.pdf, row.kind, self.tr("{0} {1} (reprint)").format(row.title, row.number).strip(), self)
        self.refresh()

    def _reprint_failed(self, exc: BaseException) -> None:
        self._reprint_done()
        self._say(error_text(exc), error=True)
