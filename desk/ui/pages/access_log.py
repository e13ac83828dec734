"""Who looked at whose personal data: the access records, for managers (个人信息保护法 Art. 51).

Kept beside the audit log rather than inside it: the audit log shows changes, this shows reads. A
manager answers "who looked at this applicant?" by choosing the kind and typing the record's id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.services import access_log
from desk.services.access_log import AccessRow
from desk.ui.context import UiContext
from desk.ui.paging import DayRange, Pager
from desk.ui.record_labels import action_label, detail_label
from desk.ui.table_model import Column, RowTableModel, make_table_view
from desk.ui.timefmt import local

PAGE_SIZE = 200
SUBJECTS = (
    ("", QT_TRANSLATE_NOOP("AccessLogPage", "Everything")),
    ("applicant", QT_TRANSLATE_NOOP("AccessLogPage", "Applicants")),
    ("intake_case", QT_TRANSLATE_NOOP("AccessLogPage", "Intake cases")),
    ("med_case", QT_TRANSLATE_NOOP("AccessLogPage", "Mediation cases")),
    ("consultation", QT_TRANSLATE_NOOP("AccessLogPage", "Consultations")),
    ("rating", QT_TRANSLATE_NOOP("AccessLogPage", "Ratings")),
    ("issued_document", QT_TRANSLATE_NOOP("AccessLogPage", "Issued documents")),
    ("user", QT_TRANSLATE_NOOP("AccessLogPage", "Users")),
    ("audit_record", QT_TRANSLATE_NOOP("AccessLogPage", "Audit log")),
    ("access_record", QT_TRANSLATE_NOOP("AccessLogPage", "This access log")),
)


KIND_LABELS = {key: label for key, label in SUBJECTS if key}


def _ids(row: AccessRow, limit: int = 60) -> str:
    text = row.subject_ids.replace(",", ", ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AccessLogPage(QWidget):
    # Read on request (Search, ‹ ›): a trail a manager is reading must not move under them with every
    # number issued, and each automatic re-read would write another access record of the same look.
    shows: frozenset[str] = frozenset()

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        tz = context.station.timezone
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Who looked at personal data"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)

        filters = QHBoxLayout()
        self.days = DayRange(context)
        self.start, self.end = self.days.start, self.days.end
        self.subject = QComboBox()
        self.subject.setObjectName("subject")
        for key, label in SUBJECTS:
            self.subject.addItem(QCoreApplication.translate("AccessLogPage", label), key)
        self.subject_id = QLineEdit()
        self.subject_id.setObjectName("subject_id")
        self.subject_id.setPlaceholderText(self.tr("record id"))
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("user name"))
        search = QPushButton(self.tr("Search"))
        search.setObjectName("search")
        search.clicked.connect(self.search)
        self.subject_id.returnPressed.connect(self.search)
        for widget in (QLabel(self.tr("From")), self.start, QLabel(self.tr("to")), self.end, self.subject,
                       self.subject_id, self.user, search):
            filters.addWidget(widget)
        layout.addLayout(filters)

        self.model: RowTableModel[AccessRow] = RowTableModel([
            Column(self.tr("Time"), lambda r: local(r.at, tz, seconds=True), sort_key=lambda r: r.at),
            Column(self.tr("User"), lambda r: r.username),
            Column(self.tr("Terminal"), lambda r: r.terminal),
            Column(self.tr("Action"), lambda r: action_label(r.action), tooltip=lambda r: r.action),
            Column(self.tr("Kind"), lambda r: QCoreApplication.translate("AccessLogPage", KIND_LABELS.get(r.subject, r.subject))),
            Column(self.tr("Records seen"), lambda r: str(r.count), sort_key=lambda r: r.count, align_right=True),
            Column(self.tr("Ids"), _ids, tooltip=lambda r: r.subject_ids),
            Column(self.tr("What was shown"), lambda r: detail_label(r.detail)),
        ], self)
        self.table = make_table_view(self.model)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.pager = Pager(bottom, self._load, self.model, PAGE_SIZE)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.search()

    def search(self) -> None:
        self.pager.first()

    def refresh(self) -> None:
        self.pager.show()

    def _load(self, offset: int) -> Callable[[], tuple[list[AccessRow], int]]:
        start, end = self.days.bounds()
        desk, actor, subject = self.context.desk, self.context.actor, self.subject.currentData()
        subject_id, user = self.subject_id.text().strip() or None, self.user.text()
        # Off the GUI thread; a refused filter comes back as an error the pager shows.
        return lambda: access_log.list_access(desk, actor, start=start, end=end, subject=subject,
                                              subject_id=subject_id, username=user, limit=PAGE_SIZE, offset=offset)
