"""The materials checklist of the chosen item: one row per material, ticked when handed in, or ticked
"not applicable" when it does not concern this applicant (never demanded on the one-time notice). A 容缺
material (the catalogue allows it to be brought after acceptance under a 承诺书) says so."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desk.services.intake.catalogue import ItemRow

RECEIVED, NOT_APPLICABLE = 0, 1


class MaterialsTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("materials")
        self.setHorizontalHeaderLabels([self.tr("Received"), self.tr("Not applicable"), self.tr("Material"),
                                        self.tr("Original / copy"), self.tr("Copies"), self.tr("Note")])
        header = self.horizontalHeader()
        # The material's name and the note share the width (wrapped); the narrow columns fit their text,
        # so the table never needs to scroll sideways.
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.itemChanged.connect(self._changed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for the header and three one-line rows: the page's other parts give way first."""
        hint = super().minimumSizeHint()
        rows = 3 * (self.fontMetrics().height() + 12)
        return QSize(hint.width(), max(hint.height(), self.horizontalHeader().sizeHint().height() + rows))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.resizeRowsToContents()  # wrapped names take fewer lines when the table is wider

    def show_item(self, item: ItemRow | None) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for position, material in enumerate(item.materials if item else (), start=1):
            row = self.rowCount()
            self.insertRow(row)
            check = QTableWidgetItem(self.tr("required, 容缺") if material.deferrable else
                                     self.tr("required") if material.required else self.tr("optional"))
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, (position, material.required, material.deferrable))
            self.setItem(row, RECEIVED, check)
            unused = QTableWidgetItem(self.tr("n/a"))
            unused.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            unused.setCheckState(Qt.CheckState.Unchecked)
            unused.setToolTip(self.tr("Does not concern this applicant: it is not demanded"))
            self.setItem(row, NOT_APPLICABLE, unused)
            for column, text in enumerate((material.name, material.form, str(material.copies), material.note), 2):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.setItem(row, column, cell)
        self.resizeRowsToContents()
        self.blockSignals(False)
        self.changed.emit()

    def _changed(self, item: QTableWidgetItem) -> None:
        """Received and not applicable exclude each other: ticking one clears the other."""
        if item.column() in (RECEIVED, NOT_APPLICABLE) and item.checkState() == Qt.CheckState.Checked:
            other = self.item(item.row(), NOT_APPLICABLE if item.column() == RECEIVED else RECEIVED)
            if other is not None and other.checkState() == Qt.CheckState.Checked:
                self.blockSignals(True)
                other.setCheckState(Qt.CheckState.Unchecked)
                self.blockSignals(False)
        self.changed.emit()

    def _rows(self) -> list[tuple[int, bool, bool, bool, bool]]:
        out = []
        for row in range(self.rowCount()):
            cell = self.item(row, RECEIVED)
            position, required, deferrable = cell.data(Qt.ItemDataRole.UserRole)
            out.append((position, required, cell.checkState() == Qt.CheckState.Checked,
                        self.item(row, NOT_APPLICABLE).checkState() == Qt.CheckState.Checked, deferrable))
        return out

    def received_positions(self) -> tuple[int, ...]:
        return tuple(position for position, _required, ticked, _unused, _late in self._rows() if ticked)

    def not_applicable_positions(self) -> tuple[int, ...]:
        return tuple(position for position, _required, _ticked, unused, _late in self._rows() if unused)

    def missing_required(self) -> list[int]:
        return [position for position, required, ticked, unused, _late in self._rows() if required and not ticked
                and not unused]

    def pledge_possible(self) -> bool:
        """Required materials are missing and every one of them is 容缺: 容缺受理 is open to the clerk."""
        missing = [late for _position, required, ticked, unused, late in self._rows()
                   if required and not ticked and not unused]
        return bool(missing) and all(missing)

    def missing_names(self) -> list[str]:
        return [self.item(row, 2).text() for row, (_p, required, ticked, unused, _late) in enumerate(self._rows())
                if required and not ticked and not unused]

    def tick(self, positions: set[int] | None = None, column: int = RECEIVED) -> None:
        """Tick the given rows (all when None); used by tests and the 'all received' shortcut."""
        for row in range(self.rowCount()):
            cell = self.item(row, RECEIVED)
            if positions is None or cell.data(Qt.ItemDataRole.UserRole)[0] in positions:
                self.item(row, column).setCheckState(Qt.CheckState.Checked)
