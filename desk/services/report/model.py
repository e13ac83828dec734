"""The daily log's figures as plain frozen data: sections of named tables of rows.

Every table has a key ("queue.by_service"), an English title (translated in context
"ReportFigure"), its columns and its rows; a row is a name (a service, a window, an hour, an
item...) and one value per column. Durations are seconds (shown as minutes). The same shape
feeds the page, the PDF, the Excel workbook and the snapshot a closed day keeps, so a figure is
always addressed the same way: (table key, row name, column key).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.core.errors import QT_TRANSLATE_NOOP

Value = int | float | None
COUNT = "count"
SECONDS = "seconds"
PERCENT = "percent"


@dataclass(frozen=True)
class FigureColumn:
    key: str
    title: str  # English source text, context "ReportFigure"
    kind: str = COUNT  # count, seconds (shown as minutes) or percent


@dataclass(frozen=True)
class FigureRow:
    name: str
    values: tuple[Value, ...]


@dataclass(frozen=True)
class FigureTable:
    key: str
    title: str
    columns: tuple[FigureColumn, ...]
    rows: tuple[FigureRow, ...]
    total: FigureRow | None = None
    name_title: str = ""  # heading of the first column (what a row is)

    def column_index(self, column: str) -> int:
        for index, spec in enumerate(self.columns):
            if spec.key == column:
                return index
        raise KeyError(f"{self.key} has no column {column!r}")

    def value(self, row: str, column: str) -> Value:
        """One figure, e.g. ``table.value("综合受理", "issued")``; a row that is not there is 0 / None."""
        index = self.column_index(column)
        if row == "total" and self.total is not None:
            return self.total.values[index]
        for candidate in self.rows:
            if candidate.name == row:
                return candidate.values[index]
        return None if self.columns[index].kind != COUNT else 0

    def column(self, column: str) -> dict[str, Value]:
        index = self.column_index(column)
        return {row.name: row.values[index] for row in self.rows}


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    tables: tuple[FigureTable, ...]
    note: str = ""  # English, context "ReportFigure": how the figures are counted


@dataclass(frozen=True)
class Figures:
    """Every figure of a day or a range, computed from the records."""

    first_day: date
    last_day: date
    computed_at: datetime
    sections: tuple[Section, ...]

    def table(self, key: str) -> FigureTable:
        for section in self.sections:
            for table in section.tables:
                if table.key == key:
                    return table
        raise KeyError(f"no figure table {key!r}")


@dataclass(frozen=True)
class NoteRow:
    id: int
    day: date
    text: str
    author: str
    written_at: datetime


@dataclass(frozen=True)
class Correction:
    """A figure of a closed day whose value recomputed from today's records differs from the frozen one."""

    day: date
    table_key: str
    table_title: str
    row: str
    column_key: str
    column_title: str
    frozen: Value
    now: Value
    kind: str = COUNT


@dataclass(frozen=True)
class DayClose:
    day: date
    closed_by: str
    closed_at: datetime
    sha256: str
    audit_seq: int | None = None  # the audit chain's end when the day was closed (an anchor outside the database)
    audit_hash: str = ""


@dataclass(frozen=True)
class DailyLog:
    """What the page shows and the exports print."""

    station_name: str
    figures: Figures
    notes: tuple[NoteRow, ...] = ()
    closed: tuple[DayClose, ...] = ()  # the closed days in the period
    corrections: tuple[Correction, ...] = field(default=())
    zone: str = "Asia/Shanghai"  # the station's time zone, for showing times

    @property
    def single_day(self) -> bool:
        return self.figures.first_day == self.figures.last_day

    @property
    def day_closed(self) -> DayClose | None:
        """The close of the one day shown, if it is one day and closed."""
        return self.closed[0] if self.single_day and self.closed else None


SECTION_TITLES = {
    "queue": QT_TRANSLATE_NOOP("ReportFigure", "Queue"),
    "intake": QT_TRANSLATE_NOOP("ReportFigure", "Applications"),
    "mediation": QT_TRANSLATE_NOOP("ReportFigure", "Mediation"),
}
