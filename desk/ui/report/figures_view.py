"""Figure tables on screen: one read-only table per FigureTable, titled, inside a scrolling section."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget

from desk.services.report.chinese import show as figure  # the same formatting as the PDF and Excel
from desk.services.report.model import (
    SECONDS,
    Correction,
    FigureRow,
    FigureTable,
    Section,
    Value,
)
from desk.ui.table_model import Column, RowTableModel, make_table_view

ROW_HEIGHT = 24




def tr(text: str) -> str:
    return QCoreApplication.translate("ReportFigure", text)


def column_title(title: str, kind: str) -> str:
    """Column headings stay short; a table with times says once, in its title, that they are minutes."""
    return tr(title)


def table_title(table: FigureTable) -> str:
    minutes = any(c.kind == SECONDS for c in table.columns)
    return tr(table.title) + (QCoreApplication.translate("FigureTableView", " (times in minutes)") if minutes else "")


def row_label(name: str) -> str:
    return QCoreApplication.translate("FigureTableView", "Total") if name == "total" else name


def _sort_value(value: Value) -> float:
    return float("-inf") if value is None else float(value)


def figure_model(table: FigureTable, parent: QWidget) -> RowTableModel[FigureRow]:
    columns: list[Column[FigureRow]] = [Column(tr(table.name_title) or "", lambda r: row_label(r.name))]
    for index, spec in enumerate(table.columns):
        columns.append(Column(column_title(spec.title, spec.kind),
                              lambda r, i=index, k=spec.kind: figure(r.values[i], k),
                              sort_key=lambda r, i=index: _sort_value(r.values[i]), align_right=True))
    return RowTableModel(columns, parent)


def _fit_height(view: QTableView, rows: int) -> None:
    # Room for a sideways scroll bar too: on a narrow screen a wide table scrolls without hiding its total.
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + max(rows, 1) * ROW_HEIGHT
                        + view.horizontalScrollBar().sizeHint().height() + 6)


class FigureTableView(QWidget):
    """A titled table of one FigureTable, as tall as its rows (the section scrolls, not the table)."""

    def __init__(self, table: FigureTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        title = QLabel(f"<b>{table_title(table)}</b>")
        layout.addWidget(title)
        self.model = figure_model(table, self)
        self.view = make_table_view(self.model, self)
        self.view.setSortingEnabled(False)  # the total stays last; rows keep the service / hour order
        self.model.set_rows([*table.rows, table.total] if table.total is not None else list(table.rows))
        self.view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.view.resizeColumnsToContents()
        _fit_height(self.view, self.model.rowCount())
        if not table.rows:
            title.setText(f"<b>{tr(table.title)}</b> — " + self.tr("no records"))
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # fits the page: no sideways scrolling
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view)


class SectionView(QScrollArea):
    """Every table of one section, one under the other, with the section's counting note."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.tables = [FigureTableView(table, inner) for table in section.tables]
        for view in self.tables:
            layout.addWidget(view)
        if section.note:
            note = QLabel(tr(section.note))
            note.setWordWrap(True)
            note.setStyleSheet("color: #666;")
            layout.addWidget(note)
        layout.addStretch(1)
        self.setWidget(inner)


def _changed(value: Value, kind: str) -> str:
    """A changed time may differ by seconds only: two decimals of a minute show the difference."""
    return f"{float(value) / 60:.2f}" if kind == SECONDS and value is not None else figure(value, kind)


class CorrectionsView(QWidget):
    """The figures of closed days that differ from what was frozen when the day was closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.model: RowTableModel[Correction] = RowTableModel([
            Column(self.tr("Day"), lambda c: c.day.isoformat()),
            Column(self.tr("Table"), lambda c: tr(c.table_title)),
            Column(self.tr("Row"), lambda c: row_label(c.row)),
            Column(self.tr("Figure"), lambda c: tr(c.column_title) + (self.tr(" (min)") if c.kind == SECONDS else "")),
            Column(self.tr("When closed"), lambda c: _changed(c.frozen, c.kind), align_right=True),
            Column(self.tr("Now"), lambda c: _changed(c.now, c.kind), align_right=True, color=lambda c: "#c62828"),
        ], self)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)

    def show_corrections(self, corrections: Sequence[Correction], closed_days: int) -> None:
        self.model.set_rows(list(corrections))
        if not closed_days:
            self.explain.setText(self.tr("No day shown here is closed yet; corrections appear once a day is closed "
                                         "and its records change afterwards."))
        elif corrections:
            self.explain.setText(self.tr("{0} figures changed after the day was closed. The log keeps the frozen "
                                         "figures; these are the values the records give now.").format(len(corrections)))
        else:
            self.explain.setText(self.tr("Nothing has changed since the day was closed."))
