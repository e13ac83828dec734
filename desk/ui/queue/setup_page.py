"""Queue set-up (manager): services with prefix, name, daily cap and hours; which windows serve them;
the priority rule and the notices. Every save goes through a service that checks QUEUE_MANAGE."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services.queue.config import ServiceInput, list_services, save_service
from desk.services.queue.rows import ServiceRow
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors
from desk.ui.queue.setup_sections import RulesSection, WindowsSection
from desk.ui.table_model import Column, RowTableModel, make_table_view


class ServicesSection(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.editing: int | None = None
        self.model = RowTableModel[ServiceRow]([
            Column(self.tr("Prefix"), lambda r: r.prefix),
            Column(self.tr("Service"), lambda r: r.name),
            Column(self.tr("Daily cap"), lambda r: str(r.daily_cap) if r.daily_cap else self.tr("none"),
                   align_right=True),
            Column(self.tr("Numbers issued"), lambda r: f"{r.opens}–{r.closes}"),
            Column(self.tr("State"), lambda r: self.tr("open") if r.active else self.tr("closed"),
                   color=lambda r: None if r.active else "#9e9e9e"),
        ], self)
        self.table = make_table_view(self.model)
        self.table.setObjectName("queueServiceTable")
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self.load(current.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(2)
        self.prefix.setPlaceholderText("A")
        self.name = QLineEdit()
        self.cap = QSpinBox()
        self.cap.setRange(0, 9999)
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.opens = QLineEdit("08:30")
        self.closes = QLineEdit("17:00")
        self.active = QCheckBox(self.tr("Issuing numbers"))
        self.active.setChecked(True)
        self.order = QSpinBox()
        self.order.setRange(0, 99)
        hours = QHBoxLayout()
        hours.addWidget(self.opens)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.closes)
        form.addRow(self.tr("Prefix letter"), self.prefix)
        form.addRow(self.tr("Service name"), self.name)
        form.addRow(self.tr("Numbers per day"), self.cap)
        form.addRow(self.tr("Numbers issued from – to"), hours)
        form.addRow(self.tr("Order on the kiosk"), self.order)
        form.addRow("", self.active)
        layout.addLayout(form)
        self.errors = FieldErrors(QLabel(), {"prefix": self.prefix, "name": self.name, "daily_cap": self.cap,
                                             "opens": self.opens, "closes": self.closes})
        layout.addWidget(self.errors.message)
        self.saved = QLabel()
        layout.addWidget(self.saved)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New service"))
        self.new_button.clicked.connect(self.new)
        self.save_button = QPushButton(self.tr("Save service"))
        self.save_button.setObjectName("saveService")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(list_services(self.context.desk, self.context.actor.station_id))

    def new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        for edit, text in ((self.prefix, ""), (self.name, ""), (self.opens, "08:30"), (self.closes, "17:00")):
            edit.setText(text)
        self.cap.setValue(0)
        self.order.setValue(len(self.model.rows()) + 1)
        self.active.setChecked(True)
        self.errors.clear()
        self.prefix.setFocus()

    def load(self, row: int) -> None:
        service = self.model.row_at(row)
        if service is None:
            return
        self.editing = service.id
        self.prefix.setText(service.prefix)
        self.name.setText(service.name)
        self.cap.setValue(service.daily_cap)
        self.opens.setText(service.opens)
        self.closes.setText(service.closes)
        self.order.setValue(service.sort_order)
        self.active.setChecked(service.active)
        self.errors.clear()

    def save(self) -> None:
        self.errors.clear()
        self.saved.clear()
        data = ServiceInput(self.prefix.text(), self.name.text(), self.cap.value(), self.opens.text(),
                            self.closes.text(), self.active.isChecked(), self.order.value())
        try:
            row = save_service(self.context.desk, self.context.actor, data, self.editing)
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.editing = row.id
        self.saved.setText(self.tr("Saved {0} {1}.").format(row.prefix, row.name))
        self.refresh()


class QueueSetupPage(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Queue set-up"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.services = ServicesSection(context)
        self.windows = WindowsSection(context)
        self.rules = RulesSection(context)
        self.tabs.addTab(self.services, self.tr("Services"))
        self.tabs.addTab(self.windows, self.tr("Windows"))
        self.tabs.addTab(self.rules, self.tr("Priority and notices"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs)

    def _tab_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    def refresh(self) -> None:
        """Another terminal changed something (in a busy hall, every second): update the services list
        only; the forms keep what the manager is typing and reload when their tab is opened."""
        self.services.refresh()
