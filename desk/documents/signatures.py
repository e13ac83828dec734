"""Where people sign, press a fingerprint (按手印) and where the organisation seals (盖章).

These are printed empty: the citizen signs with a pen and the seal is pressed by hand, so the
engine only draws guides: lines, a box for the fingerprint, a dashed circle for the seal.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desk.documents.styles import DocumentStyles

GUIDE = colors.HexColor("#9A9A9A")  # light enough not to be mistaken for ink
BLANK_DATE = "　　年　　月　　日"
MIN_SIGN_WIDTH = 25 * mm  # room to write a name by hand
MIN_LABEL_WIDTH = 24 * mm  # four characters a line: a long name wraps instead of taking the line


def format_date(day: date | None) -> str:
    """2024年5月1日 for a known date, blanks to fill in by hand otherwise."""
    return f"{day.year}年{day.month}月{day.day}日" if day else BLANK_DATE


class FingerprintBox(Flowable):
    """A square the citizen presses a finger into, labelled 按手印 in light grey."""

    def __init__(self, font: str, size: float = 16 * mm, label: str = "按手印") -> None:
        super().__init__()
        self.font, self.size, self.label = font, size, label
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(GUIDE)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.size, self.size)
        c.setFillColor(GUIDE)
        c.setFont(self.font, 7)
        c.drawCentredString(self.size / 2, self.size / 2 - 2.5, self.label)
        c.restoreState()


class SealArea(Flowable):
    """The organisation's name, （盖章） and the date, right-aligned, under a dashed seal circle.

    The seal is pressed over the name, as on any Chinese official paper; the circle (42 mm, the
    size of a common official seal) shows the clerk where.
    """

    def __init__(self, font: str, font_size: float, seal_text: str | None, day: date | None,
                 diameter: float = 42 * mm) -> None:
        super().__init__()
        self.font, self.font_size = font, font_size
        self.lines = [line for line in (seal_text, "（盖章）", format_date(day)) if line]
        self.diameter = diameter
        self.leading = font_size * 1.8

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = max(self.diameter, self.leading * len(self.lines)) + 2 * mm
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        text_w = max(stringWidth(line, self.font, self.font_size) for line in self.lines)
        block_w = max(text_w, self.diameter)
        cx = self.width - block_w / 2  # centre of the right-aligned block
        cy = self.height / 2
        c.saveState()
        c.setStrokeColor(GUIDE)
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        c.circle(cx, cy, self.diameter / 2)
        c.setFillColor(colors.black)
        c.setFont(self.font, self.font_size)
        top = cy + self.leading * (len(self.lines) - 1) / 2 - self.font_size * 0.35
        for i, line in enumerate(self.lines):
            c.drawCentredString(cx, top - i * self.leading, line)
        c.restoreState()


def signature_rows(
    roles: Sequence[str],
    styles: DocumentStyles,
    width: float,
    *,
    fingerprint: bool | Sequence[bool] = False,
    date_line: bool = True,
    signed_on: date | None = None,
    columns: int = 1,
) -> Table:
    """Signature slots "甲方（签名）：______ [按手印] 日期：    年  月  日", ``columns`` per row.

    ``roles`` are printed as given, e.g. ("申请人（签名）", "调解员（签名）").  One slot per row
    (the default) suits citizens; ``columns=3, date_line=False`` puts staff on one line.
    """
    if not roles:
        raise ValueError("signature_rows needs at least one role")
    pressed = [fingerprint] * len(roles) if isinstance(fingerprint, bool) else list(fingerprint)
    if len(pressed) != len(roles):
        raise ValueError("signature_rows needs one fingerprint flag per role")
    fingerprint = any(pressed)  # the column is there if any role needs it; the others leave it blank
    size = styles.text.fontSize
    font = styles.text.fontName
    box_w = 20 * mm if fingerprint else 0
    date_text = "日期：" + format_date(signed_on)
    date_w = stringWidth(date_text, font, size) + 8 if date_line else 0
    slot_width = width / columns
    # A role names a party, and a party may be a company with a long name (示范市幸福家园物业管理
    # 有限公司…): the label takes what it needs up to what leaves room to sign, then wraps.
    label_w = min(max(stringWidth(f"{r}：", font, size) for r in roles) + 6,
                  max(MIN_LABEL_WIDTH, slot_width - box_w - date_w - MIN_SIGN_WIDTH))
    sign_w = slot_width - label_w - box_w - date_w
    if sign_w < MIN_SIGN_WIDTH - 0.01:  # a label cut to leave exactly MIN_SIGN_WIDTH may round just below it
        raise ValueError("signature slots too narrow: use fewer columns or no date")
    label_style = ParagraphStyle("gd-signature-role", parent=styles.text, alignment=TA_RIGHT, wordWrap="CJK",
                                 leading=round(size * 1.3, 1))
    slot_w = [label_w, sign_w] + ([box_w] if fingerprint else []) + ([date_w] if date_line else [])
    per_slot = len(slot_w)
    rows: list[list[object]] = []
    label_heights: list[float] = []
    for start in range(0, len(roles), columns):
        row: list[object] = []
        tallest = 0.0
        for index, role in enumerate(roles[start : start + columns], start):
            # Plain strings sit on the cell's bottom padding, i.e. right on the signature line; a label
            # too long for its column becomes a paragraph that wraps, still ending on that line.
            label: object = f"{role}："
            if stringWidth(f"{role}：", font, size) + 4 > label_w:
                wrapped = Paragraph(_escape(f"{role}："), label_style)
                tallest = max(tallest, wrapped.wrap(label_w - 4, 1000)[1])
                label = wrapped
            row += [label, ""]
            if fingerprint:
                row.append(FingerprintBox(font) if pressed[index] else "")
            if date_line:
                row.append(date_text)  # a plain string keeps the blanks that a Paragraph would collapse
        row += [""] * (per_slot * columns - len(row))
        rows.append(row)
        label_heights.append(tallest)
    row_h = 22 * mm if fingerprint else size * 3.2
    heights = [max(row_h, tallest + size * 1.6) for tallest in label_heights]
    table = Table(rows, colWidths=slot_w * columns, rowHeights=heights, hAlign="LEFT")
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for slot in range(columns):
        line_col = slot * per_slot + 1
        commands.append(("ALIGN", (line_col - 1, 0), (line_col - 1, -1), "RIGHT"))
        last = len(rows) - 1 if slot < len(roles) - (len(rows) - 1) * columns else len(rows) - 2
        if last >= 0:  # the signature line: a rule under the empty cell of each filled slot
            commands.append(("LINEBELOW", (line_col, 0), (line_col, last), 0.6, colors.black))
        if fingerprint:
            commands.append(("ALIGN", (line_col + 1, 0), (line_col + 1, -1), "CENTER"))
    table.setStyle(TableStyle(commands))
    return table


def _escape(text: str) -> str:
    """A Paragraph reads mini-HTML: a party named "A&B <有限公司>" must print as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
