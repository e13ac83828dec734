"""Compute every figure of a period, and turn figures into / back from the JSON a closed day keeps."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desk.services.report.intake_figures import intake_section
from desk.services.report.mediation_figures import mediation_section
from desk.services.report.model import (
    COUNT,
    Correction,
    FigureColumn,
    FigureRow,
    Figures,
    FigureTable,
    Section,
    Value,
)
from desk.services.report.period import Period
from desk.services.report.queue_figures import queue_section

FigureKey = tuple[str, str, str]  # table key, row name, column key


def compute(session: Session, station_id: int, period: Period, now: datetime) -> Figures:
    return Figures(period.first_day, period.last_day, now, (
        queue_section(session, station_id, period),
        intake_section(session, station_id, period, now),
        mediation_section(session, station_id, period),
    ))


# -- snapshot ---------------------------------------------------------------------------------------
def _row_json(row: FigureRow | None) -> Any:
    return None if row is None else {"name": row.name, "values": list(row.values)}


def figures_json(figures: Figures, notes: list[dict[str, str]], audit_anchor: dict[str, Any] | None = None) -> str:
    """Canonical JSON (sorted keys, no spaces): the exact text the SHA-256 signs. A close also signs the
    audit chain's end at that moment (``audit_anchor``: seq and hash), printed on its PDF."""
    data = {
        "first_day": figures.first_day.isoformat(), "last_day": figures.last_day.isoformat(),
        "computed_at": figures.computed_at.isoformat(),
        "sections": [{"key": s.key, "title": s.title, "note": s.note, "tables": [{
            "key": t.key, "title": t.title, "name_title": t.name_title,
            "columns": [{"key": c.key, "title": c.title, "kind": c.kind} for c in t.columns],
            "rows": [_row_json(r) for r in t.rows], "total": _row_json(t.total)} for t in s.tables]}
            for s in figures.sections],
        "notes": notes,
        **({"audit_anchor": audit_anchor} if audit_anchor else {}),
    }
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _row(data: Any) -> FigureRow | None:
    return None if data is None else FigureRow(data["name"], tuple(data["values"]))


def figures_from_json(text: str) -> Figures:
    data = json.loads(text)
    sections = tuple(Section(s["key"], s["title"], tuple(FigureTable(
        t["key"], t["title"], tuple(FigureColumn(c["key"], c["title"], c["kind"]) for c in t["columns"]),
        tuple(r for r in (_row(x) for x in t["rows"]) if r is not None), _row(t["total"]), t["name_title"])
        for t in s["tables"]), s["note"]) for s in data["sections"])
    return Figures(date.fromisoformat(data["first_day"]), date.fromisoformat(data["last_day"]),
                   datetime.fromisoformat(data["computed_at"]), sections)


# -- corrections ------------------------------------------------------------------------------------
def _flat(figures: Figures) -> dict[FigureKey, tuple[Value, FigureTable, FigureColumn]]:
    out: dict[FigureKey, tuple[Value, FigureTable, FigureColumn]] = {}
    for section in figures.sections:
        for table in section.tables:
            rows = (*table.rows, table.total) if table.total is not None else table.rows
            for row in rows:
                for column, value in zip(table.columns, row.values, strict=True):
                    out[(table.key, row.name, column.key)] = (value, table, column)
    return out


def corrections(day: date, frozen: Figures, now: Figures) -> list[Correction]:
    """Each figure whose value recomputed from the records differs from the one frozen at closing
    (a row that appeared or disappeared counts as 0, or as no value for times)."""
    before, after = _flat(frozen), _flat(now)
    out = []
    for key in [*before, *(k for k in after if k not in before)]:
        source = after.get(key) or before[key]
        _value, table, column = source
        empty: Value = 0 if column.kind == COUNT else None
        old = before[key][0] if key in before else empty
        new = after[key][0] if key in after else empty
        if old != new:
            out.append(Correction(day, table.key, table.title, key[1], column.key, column.title, old, new, column.kind))
    return out
