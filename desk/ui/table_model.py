"""One table model for every list in the program: plain rows (dataclasses) and column specs.

Services return plain rows; a page declares its columns once. Sorting is by the column's
``sort_key`` (numbers and dates sort as such, not as text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    align_right: bool = False
    color: Callable[[R], str | None] | None = None  # "#rrggbb" for the text, e.g. overdue in red
    tooltip: Callable[[R], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    # -- data ---------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt interface -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            colour = column.color(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)):
            return
        spec = self._columns[column]
        key = spec.sort_key or spec.text
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class ListView(QTableView):
    """The table every list page shows. Column widths are fitted once, when the first rows arrive
    (or when a page asks with ``fit_columns(force=True)``), never on every refresh: fitting measured
    every cell of up to 1,000 rows with Python ``data()`` calls, and was 88% of a refresh in a busy
    hall. Even then only the rows on screen are measured (``resizeContentsPrecision`` 0)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._fitted = False

    def resizeColumnsToContents(self) -> None:  # noqa: N802 - pages call Qt's name; it fits once
        self.fit_columns()

    def fit_columns(self, force: bool = False) -> None:
        model = self.model()
        if model is None or (self._fitted and not force):
            return
        super().resizeColumnsToContents()
        for column in range(model.columnCount()):
            if self.columnWidth(column) > MAX_COLUMN_WIDTH:
                self.setColumnWidth(column, MAX_COLUMN_WIDTH)
        self._fitted = model.rowCount() > 0  # headers alone: fit again when rows come


def make_table_view(model: QAbstractTableModel, parent: Any = None) -> ListView:
    """A read-only, row-selecting, sortable table as every list page wants it."""
    from desk.ui.colour_delegate import ColourTextDelegate

    view = ListView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setItemDelegate(ColourTextDelegate(view))  # the theme's stylesheet would hide the model's colours
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for each in (header, view.verticalHeader()):
        each.setResizeContentsPrecision(0)  # measure the rows on screen, not the first 1,000
    model.modelReset.connect(view.fit_columns)
    return view


MAX_COLUMN_WIDTH = 320  # long free text (JSON, notes) must not push the other columns off screen
