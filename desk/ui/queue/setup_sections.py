"""Queue set-up tabs: which services each window serves (ticked, in order of preference), and the
priority rule with the slip and hall display notices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.services import windows as window_service
from desk.services.queue.config import (
    get_queue_settings,
    list_services,
    save_queue_settings,
    set_window_services,
    window_services,
)
from desk.ui.context import UiContext
from desk.ui.forms import FieldErrors


class WindowsSection(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Tick the services this window serves and drag them (or use the arrows) into its "
                              "order of preference: \"call next\" takes the first service that has someone "
                              "waiting."))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.window = QComboBox()
        self.window.currentIndexChanged.connect(lambda _index: self.load())
        form = QFormLayout()
        form.addRow(self.tr("Window"), self.window)
        layout.addLayout(form)
        self.list = QListWidget()
        self.list.setObjectName("windowServices")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        up, down = QPushButton(self.tr("Move up")), QPushButton(self.tr("Move down"))
        up.clicked.connect(lambda: self.move(-1))
        down.clicked.connect(lambda: self.move(1))
        self.save_button = QPushButton(self.tr("Save window"))
        self.save_button.clicked.connect(self.save)
        for button in (up, down):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.errors = FieldErrors(QLabel(), {"services": self.list, "window": self.window})
        layout.addWidget(self.errors.message)
        self.saved = QLabel()
        layout.addWidget(self.saved)
        self.refresh()

    def refresh(self) -> None:
        current = self.window.currentData()
        self.window.blockSignals(True)
        self.window.clear()
        for window in window_service.list_windows(self.context.desk, self.context.actor.station_id, True):
            label = self.tr("Window {0}").format(window.number)
            if window.name and window.name.replace(" ", "") != f"{window.number}号窗口":
                label += f"  {window.name}"
            self.window.addItem(label, window.number)
        index = self.window.findData(current)
        self.window.setCurrentIndex(max(index, 0))
        self.window.blockSignals(False)
        self.load()

    def load(self) -> None:
        number = self.window.currentData()
        services = list_services(self.context.desk, self.context.actor.station_id)
        chosen = window_services(self.context.desk, self.context.actor.station_id).get(number, [])
        by_id = {s.id: s for s in services}
        ordered = [by_id[i] for i in chosen if i in by_id] + [s for s in services if s.id not in chosen]
        self.list.clear()
        for service in ordered:
            item = QListWidgetItem(f"{service.prefix}  {service.name}")
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if service.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def chosen(self) -> list[int]:
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        self.errors.clear()
        self.saved.clear()
        number = self.window.currentData()
        if number is None:
            return
        try:
            set_window_services(self.context.desk, self.context.actor, number, self.chosen())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.saved.setText(self.tr("Saved window {0}.").format(number))


class RulesSection(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.every = QSpinBox()
        self.every.setRange(1, 20)
        self.slip_notice = QLineEdit()
        self.display_notice = QPlainTextEdit()
        self.display_notice.setFixedHeight(90)
        form.addRow(self.tr("Normal numbers per priority number"), self.every)
        rule = QLabel(self.tr("A priority number (green channel) is called first, but at most one for this many "
                              "normal numbers while others wait, so nobody waits for ever."))
        rule.setObjectName("Hint")
        rule.setWordWrap(True)
        form.addRow("", rule)
        form.addRow(self.tr("Notice on the slip"), self.slip_notice)
        form.addRow(self.tr("Scrolling notice on the hall display"), self.display_notice)
        layout.addLayout(form)
        self.errors = FieldErrors(QLabel(), {"normal_per_priority": self.every, "slip_notice": self.slip_notice,
                                             "display_notice": self.display_notice})
        layout.addWidget(self.errors.message)
        self.saved = QLabel()
        layout.addWidget(self.saved)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        settings = get_queue_settings(self.context.desk, self.context.actor.station_id)
        self.every.setValue(settings.normal_per_priority)
        self.slip_notice.setText(settings.slip_notice)
        self.display_notice.setPlainText(settings.display_notice)

    def save(self) -> None:
        self.errors.clear()
        self.saved.clear()
        try:
            save_queue_settings(self.context.desk, self.context.actor, self.every.value(), self.slip_notice.text(),
                                self.display_notice.toPlainText())
        except Exception as exc:  # noqa: BLE001 - shown at the field
            self.errors.show(exc)
            return
        self.saved.setText(self.tr("Saved."))
