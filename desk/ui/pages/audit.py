"""The audit log for managers: filter by time, user, action and record; check the hash chain."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import audit, audit_since
from desk.services.audit import AuditFilter, AuditRow, ChainReport
from desk.ui.context import UiContext
from desk.ui.i18n import error_text
from desk.ui.paging import DayRange, Pager
from desk.ui.record_labels import action_label, record_label
from desk.ui.table_model import Column, RowTableModel, make_table_view
from desk.ui.timefmt import local
from desk.ui.worker import run_in_background

PAGE_SIZE = 200


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AuditPage(QWidget):
    # Read on request (Search, ‹ ›): a trail a manager is reading must not move under them with every
    # number issued, and each automatic re-read would write another access record of the same look.
    shows: frozenset[str] = frozenset()

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        tz = context.station.timezone
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Audit log"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)

        filters = QHBoxLayout()
        self.days = DayRange(context)
        self.start, self.end = self.days.start, self.days.end
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("user name"))
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("action, e.g. user. or auth."))
        self.entity_id = QLineEdit()
        self.entity_id.setPlaceholderText(self.tr("record id"))
        search = QPushButton(self.tr("Search"))
        search.clicked.connect(self.search)
        for widget in (QLabel(self.tr("From")), self.start, QLabel(self.tr("to")), self.end, self.user, self.action,
                       self.entity_id, search):
            filters.addWidget(widget)
        layout.addLayout(filters)

        self.model: RowTableModel[AuditRow] = RowTableModel([
            Column("#", lambda r: str(r.seq), sort_key=lambda r: r.seq, align_right=True),
            Column(self.tr("Time"), lambda r: local(r.at, tz, seconds=True), sort_key=lambda r: r.at),
            Column(self.tr("User"), lambda r: r.username),
            Column(self.tr("Terminal"), lambda r: r.terminal),
            Column(self.tr("Action"), lambda r: action_label(r.action), tooltip=lambda r: r.action),
            Column(self.tr("Record"), lambda r: record_label(r.entity, r.entity_id, r.reference),
                   # The record's own number (what "record id" filters by), in words, never the raw code.
                   tooltip=lambda r: record_label(r.entity, r.entity_id)),
            Column(self.tr("Before"), lambda r: _short(r.before), tooltip=lambda r: r.before),
            Column(self.tr("After"), lambda r: _short(r.after), tooltip=lambda r: r.after),
        ], self)
        self.table = make_table_view(self.model)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.check = QPushButton(self.tr("Check the chain"))
        self.check.setObjectName("checkChain")
        self.check.setToolTip(self.tr("Checks the records written since the last passed check, every anchor, "
                                      "and the rows those records changed: seconds, for the daily check."))
        self.check.clicked.connect(lambda: self.check_chain(full=False))
        self.full_check = QPushButton(self.tr("Full check"))
        self.full_check.setObjectName("fullCheck")
        self.full_check.setToolTip(self.tr("Walks the whole chain from the first record and compares every "
                                           "business row: minutes on a big station. Run it now and then, and "
                                           "whenever something looks wrong."))
        self.full_check.clicked.connect(lambda: self.check_chain(full=True))
        self.chain_result = QLabel()
        self.chain_result.setWordWrap(True)
        self.pager = Pager(bottom, self._load, self.model, PAGE_SIZE)
        bottom.addStretch(1)
        bottom.addWidget(self.chain_result, 2)
        bottom.addWidget(self.check)
        bottom.addWidget(self.full_check)
        layout.addLayout(bottom)
        self.search()

    def _filter(self) -> AuditFilter:
        start, end = self.days.bounds()
        return AuditFilter(start=start, end=end, username=self.user.text().strip().lower(),
                           action_prefix=self.action.text().strip(), entity_id=self.entity_id.text().strip())

    def search(self) -> None:
        self.pager.first()

    def refresh(self) -> None:
        self.pager.show()

    def _load(self, offset: int) -> Callable[[], tuple[list[AuditRow], int]]:
        desk, actor, flt = self.context.desk, self.context.actor, self._filter()
        return lambda: audit.list_records(desk, actor, flt, PAGE_SIZE, offset)  # off the GUI thread

    def check_chain(self, full: bool = False) -> None:
        self._checking(True)
        self.chain_result.setStyleSheet("")
        self.chain_result.setText(self.tr("Checking the whole chain…") if full else self.tr("Checking…"))
        db, at = self.context.desk.db, self.context.now()
        run_in_background(lambda _p: audit_since.check(db, at, full=full), self._checked, self._check_failed)

    def _checking(self, busy: bool) -> None:
        self.check.setEnabled(not busy)
        self.full_check.setEnabled(not busy)

    def _checked(self, report: ChainReport) -> None:
        self._checking(False)
        if report.ok:
            self.chain_result.setStyleSheet("color: #2e7d32;")
            if report.since_seq:
                self.chain_result.setText(self.tr(
                    "Chain intact: the {0} records since record {1} check out (the records up to it were proved "
                    "by an earlier check; “Full check” walks them all again).").format(report.checked,
                                                                                     report.since_seq))
            else:
                self.chain_result.setText(self.tr("Chain intact: {0} records check out.").format(report.checked))
        else:
            self.chain_result.setStyleSheet("color: #c62828;")
            first = report.findings[0]
            problem = QCoreApplication.translate("AuditCheck", first.template).format(**first.values)
            if len(report.findings) > 1:
                problem = self.tr("{0} ({1} more problems: `audit verify` lists them all)").format(
                    problem, len(report.findings) - 1)
            self.chain_result.setText(self.tr("Chain BROKEN after {0} good records: {1}.")
                                      .format(report.checked, problem.rstrip(".")))

    def _check_failed(self, exc: BaseException) -> None:
        self._checking(False)
        self.chain_result.setText(error_text(exc))
