"""调解卷宗封面 and 卷内目录 (MOJ case file format, reference § 9).

Page one is the cover: the committee, 调解卷宗, then 卷名, 卷号, 人民调解员, 调解日期, 立卷人, 立卷日期,
保管期限, 备注. Page two is the contents list (序号 / 文书名称 / 页号 / 备注); a required document that
is not in the file is marked in the remarks so nobody binds an incomplete file unawares. Page
numbers run on from one document to the next when their page counts are known.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from desk.core.permissions import Permission
from desk.documents.blocks import CELL_PADDING
from desk.documents.kit import DocumentKit
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.registry import register
from desk.documents.render import render_a4
from desk.documents.signatures import format_date

COVER_KIND = "mediation.file_cover"
COVER_TITLE = "人民调解卷宗"
MISSING_NOTE = "必须归档，尚缺"
COVER_FONT_SIZE = 15


def _day(text: str | None) -> str:
    return format_date(date.fromisoformat(text)) if text else ""


def page_ranges(contents: list[dict[str, Any]], first_page: int = 1) -> list[str]:
    """"2-3", "4", ... from ``first_page`` (the page after the contents list itself) while page counts
    are known; blank from the first unknown one on."""
    out: list[str] = []
    next_page, known = first_page, True
    for entry in contents:
        pages = entry.get("pages")
        if not entry.get("present"):
            out.append("")
            continue
        if not pages or not known:
            known = False  # after a document of unknown length the numbers are unknown too
            out.append("")
            continue
        last = next_page + pages - 1
        out.append(str(next_page) if pages == 1 else f"{next_page}-{last}")
        next_page = last + 1
    return out


def _cover_table(kit: DocumentKit, data: dict[str, Any]) -> Table:
    period = f"{_day(data.get('started_on'))} 至 {_day(data.get('ended_on')) or '　　年　　月　　日'}"
    rows = [("卷　　名", data["title"]), ("卷　　号", data["number"]), ("人民调解员", data.get("mediators", "")),
            ("调解日期", period), ("立 卷 人", data.get("archivist", "")), ("立卷日期", _day(data.get("archived_on"))),
            ("保管期限", data.get("retention", "")), ("备　　注", data.get("remarks", ""))]
    style = kit.styles.text
    font = style.fontName
    cells = [[label, kit.text(value or "", size=COVER_FONT_SIZE)] for label, value in rows]
    table = Table(cells, colWidths=[38 * mm, kit.width - 58 * mm], rowHeights=[15 * mm] * len(rows),
                  hAlign="CENTER")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), font, COVER_FONT_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _contents_rows(contents: list[dict[str, Any]], first_page: int) -> list[list[str]]:
    rows: list[list[str]] = []
    for n, (entry, pages) in enumerate(zip(contents, page_ranges(contents, first_page), strict=True), start=1):
        missing = entry.get("required") and not entry.get("present")
        note = MISSING_NOTE if missing else (entry.get("note") or ("" if entry.get("present") else "无"))
        rows.append([str(n), entry["name"], pages, note])
    return rows


CONTENTS_HEADERS = ["序号", "文书名称", "页号", "备注"]
NAME_MIN_WIDTH = 45 * mm


def contents_widths(kit: DocumentKit, rows: list[list[str]]) -> list[float]:
    """Number, page and remark columns as wide as their longest text (an agreement number such as
    （2026）幸福路人调字第12号 stays on one line), the document name takes the rest and wraps if it must."""
    font, size = kit.styles.cell.fontName, kit.styles.cell.fontSize

    def need(col: int) -> float:
        return max(stringWidth(row[col], font, size) for row in [CONTENTS_HEADERS, *rows]) + 2 * CELL_PADDING + 2

    number_w, pages_w = need(0), max(need(2), 14 * mm)
    note_w = min(need(3), kit.width - number_w - pages_w - NAME_MIN_WIDTH)
    return [number_w, kit.width - number_w - pages_w - note_w, pages_w, note_w]


def cover_body(kit: DocumentKit, data: dict[str, Any]) -> Iterable[Flowable]:
    committee = data.get("committee_name") or kit.header.committee_name or kit.header.name
    yield kit.space(28)
    yield kit.text(committee, style="title", size=22)
    yield kit.space(8)
    yield kit.text("调 解 卷 宗", style="title", size=34)
    yield kit.space(26)
    yield _cover_table(kit, data)
    yield kit.page_break()
    yield kit.text("卷 内 目 录", style="title")
    yield kit.text(f"卷号：{data['number']}", style="number")
    yield kit.space(2)
    # Pages run on after the contents list's own pages (counted by the service that prints it).
    rows = _contents_rows(data["contents"], int(data.get("contents_pages") or 1) + 1)
    yield kit.table(CONTENTS_HEADERS, rows, widths=contents_widths(kit, rows),
                    align=["center", "left", "center", "left"])
    missing = [e["name"] for e in data["contents"] if e.get("required") and not e.get("present")]
    yield kit.space(3)
    if missing:
        yield kit.text(f"尚缺必须归档的材料：{'、'.join(missing)}。", style="small")
    else:
        yield kit.text("必须归档的材料已齐全。", style="small")


@register(COVER_KIND, label=COVER_TITLE, permission=Permission.MEDIATION_READ)
def render_file_cover(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    return render_a4(meta, header, lambda kit: cover_body(kit, payload), heading=False)
