"""The service catalogue for the manager: search, add, change, retire; import and export as Excel
or JSON (import runs off the GUI thread and changes nothing unless every row is valid)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.intake import catalogue, catalogue_io
from desk.services.intake.catalogue import ItemRow
from desk.store.private import write_private_file
from desk.ui.context import UiContext
from desk.ui.file_dialogs import open_file_name, save_file_name
from desk.ui.intake.common import days_label, kind_label, statutory_label
from desk.ui.intake.item_dialog import ItemDialog
from desk.ui.messages import show_error
from desk.ui.table_model import Column, RowTableModel, make_table_view
from desk.ui.worker import run_in_background


class CataloguePage(QWidget):
    shows = frozenset({"service_category", "service_item", "service_material"})  # reloads only when these change (MainWindow)
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Service catalogue"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, code or pinyin initials"))
        self.search.textChanged.connect(self.refresh)
        self.retired = QCheckBox(self.tr("Show retired items"))
        self.retired.toggled.connect(self.refresh)
        top.addWidget(self.search, 1)
        top.addWidget(self.retired)
        layout.addLayout(top)
        self.model: RowTableModel[ItemRow] = RowTableModel([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name, tooltip=lambda r: r.notes or r.name),
            Column(self.tr("Category"), lambda r: r.category_name),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
            Column(self.tr("Promised"), lambda r: days_label(r.promised_days, r.days_unit)),
            Column(self.tr("Statutory"), lambda r: statutory_label(r.statutory_days, r.statutory_note, r.days_unit),
                   tooltip=lambda r: r.statutory_note),
            Column(self.tr("Tags"), lambda r: " · ".join(r.tags)),
            Column(self.tr("Materials"), lambda r: str(len(r.materials)), align_right=True),
            Column(self.tr("Offered"), lambda r: self.tr("yes") if r.active else self.tr("retired"),
                   color=lambda r: None if r.active else "#9e9e9e"),
        ], self)
        self.table = make_table_view(self.model)
        self.table.setSortingEnabled(False)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, handler in ((self.tr("New item…"), self.new), (self.tr("Change…"), self.edit),
                              (self.tr("Retire / offer again"), self.toggle), (self.tr("Import…"), self.import_file),
                              (self.tr("Export to Excel…"), lambda: self.export("xlsx")),
                              (self.tr("Export to JSON…"), lambda: self.export("json"))):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = catalogue.search_items(self.context.desk, self.context.actor, self.search.text(),
                                          include_inactive=self.retired.isChecked())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def selected(self) -> ItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def new(self) -> None:
        if ItemDialog(self.context, self).exec():
            self.refresh()

    def edit(self) -> None:
        row = self.selected()
        if row is not None and ItemDialog(self.context, self, row).exec():
            self.refresh()

    def toggle(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            catalogue.set_item_active(self.context.desk, self.context.actor, row.id, not row.active)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self.refresh()

    def export(self, kind: str) -> None:
        name = "service_catalogue." + kind
        path = save_file_name(self, self.tr("Export the catalogue"), name,
                              "Excel (*.xlsx)" if kind == "xlsx" else "JSON (*.json)")
        if not path:
            return
        try:
            data = (catalogue_io.export_xlsx if kind == "xlsx" else catalogue_io.export_json)(
                self.context.desk, self.context.actor)
            write_private_file(Path(path), data)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.status.setText(self.tr("Exported to {0}.").format(path))

    def import_file(self) -> None:
        path = open_file_name(self, self.tr("Import a catalogue"), "", self.tr("Catalogue (*.xlsx *.json)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        desk, actor = self.context.desk, self.context.actor
        self.status.setText(self.tr("Importing {0}…").format(path))

        def work(_progress: object) -> int:
            return catalogue_io.import_catalogue(desk, actor, Path(path).read_bytes(), Path(path).name)

        def done(count: int) -> None:
            self.status.setText(self.tr("{0} items imported from {1}.").format(count, path))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.status.clear()
            show_error(self, exc)

        run_in_background(work, done, failed)  # type: ignore[arg-type]
