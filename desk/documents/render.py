"""Turn a builder into PDF bytes on A4, A5 or an 80 mm slip.

    pdf = render_a4(meta, header, lambda kit: [kit.heading("一、事项"), *kit.body(text)])

The renderer puts the station header, title and number on top of page one, numbers the pages
("第 X 页 共 Y 页"), prints the footer (print time, operator, number) and the 补打 stamp on every
page of a reprint.  The same input always gives the same bytes (invariant mode, creation date
taken from ``meta.printed_at``), so a reprint reproduces the original exactly.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from functools import partial

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desk.documents.closing import keep_closing_with_content
from desk.documents.fonts import DocumentFonts, document_fonts
from desk.documents.kit import DocumentKit
from desk.documents.model import DocumentMeta, PageFormat, StationHeader
from desk.documents.page_canvas import Decorate, NumberedCanvas, draw_reprint_stamp, page_decorator

Builder = Callable[[DocumentKit], Iterable[Flowable]]

PRODUCER = "Grid Desk"
_SLIP_SLACK = 2 * mm  # measured heights are summed; a little slack keeps the slip on one page


def render_a4(meta: DocumentMeta, header: StationHeader, build: Builder, *,
              fonts: DocumentFonts | None = None, heading: bool = True) -> bytes:
    """An A4 portrait document; see ``render_document``."""
    return render_document(meta, header, build, page_format=PageFormat.A4, fonts=fonts, heading=heading)


def render_a5(meta: DocumentMeta, header: StationHeader, build: Builder, *,
              fonts: DocumentFonts | None = None, heading: bool = True) -> bytes:
    """An A5 portrait document (receipts, short notices); see ``render_document``."""
    return render_document(meta, header, build, page_format=PageFormat.A5, fonts=fonts, heading=heading)


def render_slip(meta: DocumentMeta, header: StationHeader, build: Builder, *,
                fonts: DocumentFonts | None = None, heading: bool = True, footer: bool = True) -> bytes:
    """An 80 mm thermal slip, exactly as tall as its content; see ``render_document``."""
    return render_document(meta, header, build, page_format=PageFormat.SLIP_80MM, fonts=fonts,
                           heading=heading, footer=footer)


def render_document(
    meta: DocumentMeta,
    header: StationHeader,
    build: Builder,
    *,
    page_format: PageFormat = PageFormat.A4,
    fonts: DocumentFonts | None = None,
    heading: bool = True,
    footer: bool = True,
) -> bytes:
    """Lay out ``build(kit)`` and return the PDF.

    ``heading=False`` leaves out station header, title and number (the builder draws its own);
    ``footer=False`` leaves out the footer on slips (A4/A5 pages always carry it, with the page
    numbers).  ``fonts`` defaults to ``document_fonts()``, loaded once per process.
    """
    kit = DocumentKit(meta=meta, header=header, fonts=fonts or document_fonts(), page_format=page_format)
    story: list[Flowable] = kit.heading_block() if heading else []
    story.extend(build(kit))
    if page_format.is_slip:
        if footer:
            story.extend(_slip_footer(kit))
        return _build_slip(kit, story)
    # Signatures and seals stay with the content they certify (a slip is one page: nothing to keep).
    story = keep_closing_with_content(story)
    left, right, top, bottom = page_format.margins
    size = (page_format.width, page_format.height or 0.0)
    decorate = page_decorator(meta, page_format, kit.fonts.regular, kit.styles.footer_size)
    return _build(kit, story, size, (left, right, top, bottom), decorate)


def _build_slip(kit: DocumentKit, story: list[Flowable]) -> bytes:
    left, right, top, bottom = kit.page_format.margins
    stamp = kit.meta.reprint_label
    stamp_size = kit.styles.stamp_size
    if stamp:
        top += stamp_size * 1.8 + 2 * mm  # room for the 补打 mark above the content
    content = sum(f.wrap(kit.width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
    page = (kit.page_format.width, top + content + _SLIP_SLACK + bottom)
    font = kit.fonts.regular

    def decorate(c: Canvas, page_no: int, total: int) -> None:
        if stamp:
            width, height = c._pagesize
            stamp_w = stringWidth(stamp, font, stamp_size) + 0.8 * stamp_size
            draw_reprint_stamp(c, stamp, font, stamp_size, x_right=(width + stamp_w) / 2,
                               y_top=height - 2 * mm)

    return _build(kit, story, page, (left, right, top, bottom), decorate)


def _build(kit: DocumentKit, story: list[Flowable], page: tuple[float, float],
           margins: tuple[float, float, float, float], decorate: Decorate) -> bytes:
    left, right, top, bottom = margins
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=page, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title=kit.meta.title, author=kit.header.name, subject=kit.meta.number or "",
        creator=PRODUCER, producer=PRODUCER, invariant=1, pageCompression=1,
    )
    frame = Frame(left, bottom, page[0] - left - right, page[1] - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    created = kit.meta.local(kit.meta.printed_at)
    doc.build(story, canvasmaker=partial(NumberedCanvas, decorate=decorate, created=created))
    return out.getvalue()


def _slip_footer(kit: DocumentKit) -> list[Flowable]:
    parts = [f"打印时间：{kit.meta.format_time(kit.meta.printed_at)}"]
    if kit.meta.operator:
        parts.append(f"经办人：{kit.meta.operator}")
    return [kit.rule(dashed=True), kit.small("　".join(parts), align="center")]
