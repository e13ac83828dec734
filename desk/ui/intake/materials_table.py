"""The materials checklist of the chosen item: one row per material, ticked when handed in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desk.services.intake.catalogue import ItemRow


class MaterialsTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("materials")
        self.setHorizontalHeaderLabels([self.tr("Received"), self.tr("Material"), self.tr("Original / copy"),
                                        self.tr("Copies"), self.tr("Note")])
        header = self.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def show_item(self, item: ItemRow | None) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for position, material in enumerate(item.materials if item else (), start=1):
            row = self.rowCount()
            self.insertRow(row)
            check = QTableWidgetItem(self.tr("required") if material.required else self.tr("optional"))
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, (position, material.required))
            self.setItem(row, 0, check)
            for column, text in enumerate((material.name, material.form, str(material.copies), material.note), 1):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.setItem(row, column, cell)
        self.resizeRowsToContents()
        self.blockSignals(False)
        self.changed.emit()

    def _rows(self) -> list[tuple[int, bool, bool]]:
        out = []
        for row in range(self.rowCount()):
            cell = self.item(row, 0)
            position, required = cell.data(Qt.ItemDataRole.UserRole)
            out.append((position, required, cell.checkState() == Qt.CheckState.Checked))
        return out

    def received_positions(self) -> tuple[int, ...]:
        return tuple(position for position, _required, ticked in self._rows() if ticked)

    def missing_required(self) -> list[int]:
        return [position for position, required, ticked in self._rows() if required and not ticked]

    def tick(self, positions: set[int] | None = None) -> None:
        """Tick the given rows (all when None); used by tests and the 'all received' shortcut."""
        for row in range(self.rowCount()):
            cell = self.item(row, 0)
            if positions is None or cell.data(Qt.ItemDataRole.UserRole)[0] in positions:
                cell.setCheckState(Qt.CheckState.Checked)
