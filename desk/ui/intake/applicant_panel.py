"""Find the applicant (ID, phone, name, pinyin) or register a new one; a returning citizen is
chosen from the list, never typed again."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.intake import applicants
from desk.services.intake.applicants import ApplicantRow
from desk.ui.context import UiContext
from desk.ui.intake.applicant_dialog import ApplicantDialog
from desk.ui.messages import show_error


class ApplicantPanel(QGroupBox):
    chosen = Signal(object)  # ApplicantRow or None

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("2. Applicant"))
        self.context = context
        self.current: ApplicantRow | None = None
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("applicant_search")
        self.search.setPlaceholderText(self.tr("ID or passport number, phone, name or pinyin (zhangsan / zs)"))
        self.search.setClearButtonEnabled(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        self.results = QListWidget()
        self.results.setMaximumHeight(100)
        layout.addWidget(self.results)
        self.selected = QLabel(self.tr("No applicant chosen yet."))
        self.selected.setObjectName("applicant_selected")
        self.selected.setWordWrap(True)
        layout.addWidget(self.selected)
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Register a new applicant"))
        self.edit_button = QPushButton(self.tr("Correct…"))
        self.edit_button.setToolTip(self.tr("Correct the chosen applicant's details"))
        self.edit_button.setEnabled(False)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)  # search once typing pauses, not on every key
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.textEdited.connect(lambda _text: self.results.show())  # searching again: the list is back
        self.search.returnPressed.connect(self._search_and_pick)
        self.results.itemActivated.connect(self._pick)
        self.results.itemClicked.connect(self._pick)
        self.new_button.clicked.connect(self._new)
        self.edit_button.clicked.connect(self._edit)

    @staticmethod
    def describe(row: ApplicantRow) -> str:
        return f"{row.name}　{row.document_number}　{row.phone}" + (f"　{row.address}" if row.address else "")

    def _search_and_pick(self) -> None:
        """Enter: search now, and when exactly one applicant matches, that is the one (no second Enter)."""
        found = self.run_search()
        if len(found) == 1:
            self.set_applicant(found[0])

    def run_search(self) -> list[ApplicantRow]:
        self._timer.stop()
        self.results.clear()
        query = self.search.text().strip()
        if not query:
            return []
        try:
            found = applicants.search_applicants(self.context.desk, self.context.actor, query)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return []
        for row in found:
            item = QListWidgetItem(self.describe(row))
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.results.addItem(item)
        if not found:
            item = QListWidgetItem(self.tr("Nobody found. Register a new applicant."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        return found

    def _pick(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(row, ApplicantRow):
            self.set_applicant(row)

    def set_applicant(self, row: ApplicantRow | None) -> None:
        self.current = row
        # Once the applicant is chosen the list of matches gives its room to the materials checklist.
        self.results.setVisible(row is None)
        self.edit_button.setEnabled(row is not None)
        self.selected.setText(self.tr("Applicant: {0}").format(self.describe(row)) if row else
                              self.tr("No applicant chosen yet."))
        self.chosen.emit(row)

    def clear(self) -> None:
        self.search.clear()
        self.results.clear()
        self.set_applicant(None)

    def _new(self) -> None:
        dialog = ApplicantDialog(self.context, self, guess=self.search.text())
        if dialog.exec() and dialog.result_row is not None:
            self.set_applicant(dialog.result_row)

    def _edit(self) -> None:
        if self.current is None:
            return
        dialog = ApplicantDialog(self.context, self, existing=self.current)
        if dialog.exec() and dialog.result_row is not None:
            self.set_applicant(dialog.result_row)
