"""The canvas that numbers pages ("第 X 页 共 Y 页") and draws footer and reprint stamp.

The total page count is unknown until the story is laid out, so each finished page is kept
(the classic reportlab NumberedCanvas recipe) and decorated in ``save()`` once the count is
known.  That is one layout pass, not two builds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desk.documents.model import DocumentMeta, PageFormat
from desk.documents.styles import MUTED, RULE, STAMP, WATERMARK

Decorate = Callable[[Canvas, int, int], None]


class _FixedTimeStamp:
    """Stands in for reportlab's TimeStamp so CreationDate/ModDate are the document's print time."""

    def __init__(self, moment: datetime) -> None:
        self.YMDhms = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
        offset = moment.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset else 0
        sign = -1 if minutes < 0 else 1
        self.dhh, self.dmm = sign * (abs(minutes) // 60), abs(minutes) % 60
        self.lt = moment.timetuple()


class NumberedCanvas(Canvas):
    """A Canvas that decorates every page with ``decorate(canvas, page, total)`` at save time."""

    def __init__(self, *args: Any, decorate: Decorate, created: datetime, **kwargs: Any) -> None:
        kwargs["invariant"] = 1  # no random document ID, no wall-clock date: reprints are identical
        super().__init__(*args, **kwargs)
        self._doc._timeStamp = _FixedTimeStamp(created)
        self._decorate = decorate
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


def page_decorator(meta: DocumentMeta, page_format: PageFormat, font: str, size: float) -> Decorate:
    """Footer (print time, operator, number, page X of Y) and the 补打 stamp, for A4/A5 pages."""
    left, right, _top, bottom = page_format.margins
    stamp = meta.reprint_label
    parts = [f"打印时间：{meta.format_time(meta.printed_at)}"]
    if meta.operator:
        parts.append(f"经办人：{meta.operator}")
    if meta.number:
        parts.append(f"编号：{meta.number}")

    def decorate(c: Canvas, page: int, total: int) -> None:
        width, height = c._pagesize
        if meta.watermark:
            draw_watermark(c, meta.watermark, font)
        page_label = f"第 {page} 页 共 {total} 页"
        room = width - left - right - stringWidth(page_label, font, size) - 4 * mm
        lines = _fit_lines(parts, room, font, size)
        y = bottom - 6 * mm
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(left, bottom - 3 * mm, width - right, bottom - 3 * mm)
        c.setFillColor(MUTED)
        c.setFont(font, size)
        for i, line in enumerate(lines):
            c.drawString(left, y - i * size * 1.3, line)
        c.drawRightString(width - right, y, page_label)
        if stamp:
            draw_reprint_stamp(c, stamp, font, size + 2, x_right=width - right, y_top=height - 5 * mm)
        c.restoreState()

    return decorate


def draw_watermark(c: Canvas, text: str, font: str) -> None:
    """``text`` (e.g. 草稿) diagonally across the page, light enough to read what is under it."""
    width, height = c._pagesize
    size = min(width, height) / max(len(text), 1) * 0.55
    c.saveState()
    c.setFillColor(WATERMARK)
    c.translate(width / 2, height / 2)
    c.rotate(35)
    c.setFont(font, size)
    c.drawCentredString(0, -size * 0.35, text)
    c.restoreState()


def draw_reprint_stamp(c: Canvas, text: str, font: str, size: float, *, x_right: float, y_top: float) -> None:
    """A red framed "补打 …" mark whose top-right corner is at (x_right, y_top)."""
    pad = size * 0.4
    w = stringWidth(text, font, size) + 2 * pad
    h = size + 2 * pad
    c.saveState()
    c.setStrokeColor(STAMP)
    c.setFillColor(STAMP)
    c.setLineWidth(1)
    c.roundRect(x_right - w, y_top - h, w, h, 2)
    c.setFont(font, size)
    c.drawString(x_right - w + pad, y_top - h + pad + size * 0.12, text)
    c.restoreState()


def _fit_lines(parts: list[str], room: float, font: str, size: float) -> list[str]:
    """Join footer parts on one line while they fit; continue on further lines otherwise."""
    lines: list[str] = []
    for part in parts:
        candidate = f"{lines[-1]}　{part}" if lines else part
        if lines and stringWidth(candidate, font, size) <= room:
            lines[-1] = candidate
        else:
            lines.append(part)
    return lines
