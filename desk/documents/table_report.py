"""A titled report made of key figures, one or more tables, notes and signatures.

Lists, registers and the daily log are all this shape: a few summary figures ("日期：…　合计：…"),
tables that may run over several pages (header row repeated), the manager's notes, then who
compiled, checked and approved it, and the station seal.  ``table_report_body`` returns the
flowables so a document with extra parts can embed them; ``render_table_report`` prints one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from desk.documents.fonts import DocumentFonts
from desk.documents.kit import DocumentKit
from desk.documents.model import DocumentMeta, PageFormat, StationHeader
from desk.documents.render import render_document


@dataclass(frozen=True)
class ReportColumn:
    label: str
    weight: float = 1.0  # relative width
    align: str = "left"  # "left", "center" or "right" (numbers)


@dataclass(frozen=True)
class ReportSection:
    columns: tuple[ReportColumn, ...]
    rows: tuple[tuple[object, ...], ...]
    heading: str | None = None  # e.g. 一、按业务统计
    totals: tuple[object, ...] | None = None  # printed as a bold last row
    note: str | None = None  # small text under the table
    empty_text: str = "（无记录）"


@dataclass(frozen=True)
class TableReport:
    sections: tuple[ReportSection, ...]
    summary: tuple[tuple[str, str], ...] = ()  # key figures above the tables
    notes: str | None = None  # free text after the tables (manager's notes)
    notes_heading: str = "备注"
    signatures: tuple[str, ...] = ()  # e.g. ("制表人", "审核人", "站长"), up to three per line
    seal: bool = False  # print the station seal area after the signatures
    signatures_on_new_page: bool = False


def render_table_report(
    report: TableReport,
    meta: DocumentMeta,
    header: StationHeader,
    *,
    page_format: PageFormat = PageFormat.A4,
    fonts: DocumentFonts | None = None,
) -> bytes:
    return render_document(meta, header, lambda kit: table_report_body(kit, report),
                           page_format=page_format, fonts=fonts)


def table_report_body(kit: DocumentKit, report: TableReport) -> list[Flowable]:
    out: list[Flowable] = []
    if report.summary:
        out += [kit.fields(list(report.summary), columns=2 if kit.width > 400 else 1), kit.space(2)]
    for section in report.sections:
        out += _section(kit, section)
    if report.notes:
        out += [kit.heading(report.notes_heading), *kit.body(report.notes)]
    closing = _closing(kit, report)
    if closing:
        out.append(kit.page_break() if report.signatures_on_new_page else kit.space(6))
        # Signatures and seal belong together: never let the seal land alone on a new page.
        out.append(kit.keep_together(closing))
    return out


def _section(kit: DocumentKit, section: ReportSection) -> list[Flowable]:
    out: list[Flowable] = []
    if section.heading:
        out.append(kit.heading(section.heading))
    columns: Sequence[ReportColumn] = section.columns
    if section.rows:
        out.append(kit.table(
            [c.label for c in columns], section.rows, widths=[c.weight for c in columns],
            align=[c.align for c in columns], totals=section.totals,
        ))
    else:
        out.append(kit.text(section.empty_text, style="small"))
    if section.note:
        out.append(kit.small(section.note))
    return out


def _closing(kit: DocumentKit, report: TableReport) -> list[Flowable]:
    out: list[Flowable] = []
    if report.signatures:
        columns = min(len(report.signatures), 3 if kit.width > 400 else 2)
        out.append(kit.signatures(report.signatures, columns=columns, date_line=False))
    if report.seal:
        out += [kit.space(4), kit.seal()]
    return out
