"""Plain input data for documents: who prints, what, when, on which paper.

Services fill these from the database; the document engine never sees ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

DEFAULT_TIMEZONE = "Asia/Shanghai"


@dataclass(frozen=True)
class StationHeader:
    """The station that issues the document, printed at the top of every document."""

    name: str  # e.g. 某某街道为民服务中心
    committee_name: str | None = None  # e.g. 某某社区人民调解委员会
    address: str | None = None
    phone: str | None = None
    seal_text: str | None = None  # the organisation whose seal goes in the seal area
    # Who issues the paper: "station" (receipts, notices, logs) or "committee" (mediation papers); then
    # ``name`` and ``seal_text`` are that organisation's. "" in headers stored before the two were told
    # apart: those documents reprint as they were issued (see ``DocumentKit.seal``).
    issuer: str = ""


@dataclass(frozen=True)
class DocumentMeta:
    """What the document is and when it was printed.

    ``printed_at`` is the time of the original print: it appears in the footer and becomes the
    PDF creation date, so printing the same data again gives the same bytes.  A reprint keeps
    ``printed_at`` and sets ``reprinted_at``, which stamps "补打 YYYY-MM-DD HH:MM" on every page.
    Aware datetimes are shown in ``timezone`` (the station's local time); naive ones as given.
    """

    title: str
    printed_at: datetime
    number: str | None = None  # document number, e.g. 受理回执编号 or 〔2024〕第12号
    operator: str | None = None  # the clerk who printed it (经办人)
    reprinted_at: datetime | None = None
    timezone: str = DEFAULT_TIMEZONE
    # Printed large and light across every page, e.g. 草稿: a draft can never pass for the original,
    # nor can its reprint (the render function sets it from its payload, so a 补打 keeps it).
    watermark: str | None = None

    def local(self, moment: datetime) -> datetime:
        """``moment`` as station wall-clock time (naive datetimes are already local)."""
        if moment.tzinfo is None:
            return moment
        return moment.astimezone(ZoneInfo(self.timezone))

    def format_time(self, moment: datetime, *, seconds: bool = False) -> str:
        return self.local(moment).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")

    @property
    def reprint_label(self) -> str | None:
        if self.reprinted_at is None:
            return None
        return f"补打 {self.format_time(self.reprinted_at)}"


class PageFormat(Enum):
    """Paper the engine lays out for.  The slip is 80 mm thermal roll paper, height automatic."""

    A4 = "a4"
    A5 = "a5"
    SLIP_80MM = "slip80"

    @property
    def width(self) -> float:
        return {PageFormat.A4: A4[0], PageFormat.A5: A5[0], PageFormat.SLIP_80MM: 80 * mm}[self]

    @property
    def height(self) -> float | None:
        """Fixed page height in points; None for the slip, whose height follows its content."""
        return {PageFormat.A4: A4[1], PageFormat.A5: A5[1], PageFormat.SLIP_80MM: None}[self]

    @property
    def margins(self) -> tuple[float, float, float, float]:
        """(left, right, top, bottom) in points.  The bottom leaves room for the footer."""
        if self is PageFormat.A4:
            return (20 * mm, 20 * mm, 18 * mm, 20 * mm)
        if self is PageFormat.A5:
            return (14 * mm, 14 * mm, 12 * mm, 16 * mm)
        # 80 mm printers print about 72 mm; the bottom leaves room for the cutter.
        return (4 * mm, 4 * mm, 3 * mm, 6 * mm)

    @property
    def is_slip(self) -> bool:
        return self is PageFormat.SLIP_80MM
