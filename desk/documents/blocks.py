"""Text building blocks: station header, title, paragraphs, label/value fields and tables.

All text is escaped before it reaches reportlab's mini-markup, so a citizen's "<" or "&" prints
as typed instead of breaking the document.  Functions here take the styles and the frame width
explicitly; documents normally call them through ``DocumentKit``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle

from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.styles import GRID, HEAD_FILL, RULE, DocumentStyles, aligned

Cell = object  # str, number, None (printed empty) or a ready Flowable
CELL_PADDING = 3.0


def markup(text: str) -> str:
    """Escape ``text`` for a Paragraph and keep its line breaks."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def station_header(header: StationHeader, styles: DocumentStyles, *, compact: bool = False) -> list[Flowable]:
    """Station name, committee, address and phone, centred; a rule underneath unless compact."""
    out: list[Flowable] = [Paragraph(markup(header.name), styles.station_name)]
    # Headers stored before station and committee papers were told apart name the committee under the
    # station; they reprint so. A header now names only the organisation that issues the paper.
    if header.committee_name and header.committee_name != header.name:
        out.append(Paragraph(markup(header.committee_name), styles.station_line))
    contact = [f"{label}：{value}" for label, value in (("地址", header.address), ("电话", header.phone)) if value]
    if contact and not compact:
        contact = ["　".join(contact)]
    # On a 72 mm slip (compact) address and phone would wrap mid-number, so each gets its own line.
    out += [Paragraph(markup(line), styles.station_line) for line in contact]
    if not compact:
        out.append(HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=2 * mm, spaceAfter=1 * mm))
    return out


def title_block(meta: DocumentMeta, styles: DocumentStyles, *, compact: bool = False) -> list[Flowable]:
    """Document title and, when there is one, its number (right-aligned, or centred on slips)."""
    out: list[Flowable] = [Paragraph(markup(meta.title), styles.title)]
    if meta.number:
        style = aligned(styles.number, "center") if compact else styles.number
        out.append(Paragraph(markup(f"编号：{meta.number}"), style))
    return out


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """One Paragraph per non-empty line, e.g. running text with a first-line indent."""
    return [Paragraph(markup(line.strip()), style) for line in text.splitlines() if line.strip()]


def fields_table(
    pairs: Sequence[tuple[str, Cell]], styles: DocumentStyles, width: float, *, columns: int = 1,
    label_chars: int | None = None,
) -> Table:
    """Label/value pairs laid out in ``columns`` column pairs ("申请人：张三　联系电话：…")."""
    size = styles.cell.fontSize
    longest = max((len(label) for label, _ in pairs), default=2)
    label_w = (label_chars or longest + 1) * size + 2 * CELL_PADDING
    value_w = width / columns - label_w
    if value_w < 3 * size:
        raise ValueError("fields do not fit: use fewer columns or shorter labels")
    label_style = aligned(styles.cell, "right")
    rows: list[list[Flowable | str]] = []
    for start in range(0, len(pairs), columns):
        row: list[Flowable | str] = []
        for label, value in pairs[start : start + columns]:
            row += [Paragraph(markup(f"{label}："), label_style), _cell_flowable(value, styles.cell)]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    table = Table(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def data_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    styles: DocumentStyles,
    width: float,
    *,
    widths: Sequence[float] | None = None,
    align: Sequence[str] | None = None,
    totals: Sequence[Cell] | None = None,
) -> Table:
    """A ruled table whose header row repeats on every page it spans.

    ``widths`` are relative weights (``(1, 3, 1)``); ``align`` is "left"/"center"/"right" per
    column.  Short cells stay plain strings (fast); a cell too wide for its column becomes a
    wrapping Paragraph, so nothing is ever clipped.
    """
    n = len(headers)
    weights = list(widths) if widths else [1.0] * n
    if len(weights) != n or (align is not None and len(align) != n):
        raise ValueError("headers, widths and align must have the same length")
    total_weight = sum(weights)
    col_widths = [width * w / total_weight for w in weights]
    aligns = list(align) if align else ["left"] * n
    cell_style = styles.cell
    font, size = cell_style.fontName, cell_style.fontSize
    cell_styles = [aligned(cell_style, a) for a in aligns]

    def fit(value: Cell, col: int) -> Flowable | str:
        if isinstance(value, Flowable):
            return value
        text = _cell_text(value)
        if "\n" not in text and stringWidth(text, font, size) <= col_widths[col] - 2 * CELL_PADDING:
            return text
        return Paragraph(markup(text), cell_styles[col])

    body: list[list[Flowable | str]] = [[Paragraph(markup(h), styles.cell_head) for h in headers]]
    body += [[fit(value, c) for c, value in enumerate(row)] for row in rows]
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), font, size, cell_style.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    commands += [("ALIGN", (c, 1), (c, -1), a.upper()) for c, a in enumerate(aligns) if a != "left"]
    if totals is not None:
        body.append([fit(value, c) for c, value in enumerate(totals)])
        commands += [("FONTNAME", (0, -1), (-1, -1), styles.cell_head.fontName),
                     ("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL)]
    # splitInRow lets a single very tall row continue on the next page instead of failing.
    table = Table(body, colWidths=col_widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def _cell_text(value: Cell) -> str:
    return "" if value is None else str(value)


def _cell_flowable(value: Cell, style: ParagraphStyle) -> Flowable:
    return value if isinstance(value, Flowable) else Paragraph(markup(_cell_text(value)), style)
