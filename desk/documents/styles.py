"""Paragraph styles per paper size.

Every style wraps the CJK way (``wordWrap="CJK"``): Chinese has no spaces, and without it a long
line of Chinese is never broken and runs off the page.  Sizes follow Chinese office practice:
A4 body 小四 (12 pt), A5 body 五号 (10.5 pt), slips 9 pt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from desk.documents.cjk_wrap import install_chinese_line_breaking
from desk.documents.fonts import DocumentFonts
from desk.documents.model import PageFormat

install_chinese_line_breaking()  # every Paragraph goes through these styles, so install here

MUTED = colors.HexColor("#444444")
RULE = colors.HexColor("#888888")
GRID = colors.HexColor("#555555")
HEAD_FILL = colors.HexColor("#EEEEEE")
STAMP = colors.HexColor("#C00000")
WATERMARK = colors.Color(0.55, 0.55, 0.55, alpha=0.22)  # over the text: translucent, so the text stays black

ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


@dataclass(frozen=True)
class DocumentStyles:
    body: ParagraphStyle  # running text, justified, first line indented two characters
    text: ParagraphStyle  # plain left-aligned text, no indent
    small: ParagraphStyle
    heading: ParagraphStyle  # section heading inside a document (一、…)
    title: ParagraphStyle
    number: ParagraphStyle  # document number under the title
    station_name: ParagraphStyle
    station_line: ParagraphStyle  # committee, address, phone
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    big: ParagraphStyle  # the ticket number on a slip
    footer_size: float
    stamp_size: float


@dataclass(frozen=True)
class _Sizes:
    body: float
    small: float
    heading: float
    title: float
    station: float
    cell: float
    big: float


_SIZES = {
    PageFormat.A4: _Sizes(body=12, small=9, heading=13, title=20, station=14, cell=10, big=48),
    PageFormat.A5: _Sizes(body=10.5, small=8, heading=11.5, title=16, station=12, cell=9, big=40),
    PageFormat.SLIP_80MM: _Sizes(body=9, small=8, heading=10, title=11, station=12, cell=8, big=48),
}


@lru_cache(maxsize=16)
def styles_for(fonts: DocumentFonts, page_format: PageFormat) -> DocumentStyles:
    """Styles are immutable by convention: never change one in place, use ``derive``."""
    s = _SIZES[page_format]
    base = ParagraphStyle(
        "gd-base", fontName=fonts.regular, fontSize=s.body, leading=round(s.body * 1.6, 1),
        wordWrap="CJK", alignment=TA_LEFT,
    )
    slip = page_format.is_slip

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(f"gd-{name}", parent=base, **kw)

    return DocumentStyles(
        body=derive("body", alignment=TA_JUSTIFY, firstLineIndent=2 * s.body, spaceAfter=s.body * 0.3),
        text=derive("text"),
        small=derive("small", fontSize=s.small, leading=s.small * 1.45, textColor=MUTED),
        heading=derive(
            "heading", fontName=fonts.bold, fontSize=s.heading, leading=s.heading * 1.5,
            spaceBefore=s.heading * 0.6, spaceAfter=s.heading * 0.25,
        ),
        title=derive(
            "title", fontName=fonts.bold, fontSize=s.title, leading=s.title * 1.35, alignment=TA_CENTER,
            spaceBefore=s.title * (0.35 if slip else 0.5), spaceAfter=s.title * 0.15,
        ),
        number=derive("number", fontSize=s.small + 1, leading=(s.small + 1) * 1.5, alignment=TA_RIGHT),
        station_name=derive(
            "station", fontName=fonts.bold, fontSize=s.station, leading=s.station * 1.35, alignment=TA_CENTER,
        ),
        station_line=derive(
            "station-line", fontSize=s.small, leading=s.small * 1.4, alignment=TA_CENTER, textColor=MUTED,
        ),
        cell=derive("cell", fontSize=s.cell, leading=s.cell * 1.35),
        cell_head=derive("cell-head", fontName=fonts.bold, fontSize=s.cell, leading=s.cell * 1.35,
                         alignment=TA_CENTER),
        big=derive("big", fontName=fonts.bold, fontSize=s.big, leading=s.big * 1.2, alignment=TA_CENTER,
                   spaceAfter=s.body * 0.3),
        footer_size=s.small,
        stamp_size=s.small + 2,
    )


def aligned(style: ParagraphStyle, align: str) -> ParagraphStyle:
    """``style`` with another alignment ("left", "center", "right", "justify"); cached."""
    return _aligned(style, ALIGNMENTS[align])


@lru_cache(maxsize=256)
def _aligned(style: ParagraphStyle, alignment: int) -> ParagraphStyle:
    if style.alignment == alignment:
        return style
    return ParagraphStyle(f"{style.name}-a{alignment}", parent=style, alignment=alignment)
