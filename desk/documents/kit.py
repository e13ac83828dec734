"""``DocumentKit``: what a document builder gets to compose its content.

A builder is a function ``build(kit) -> Iterable[Flowable]``.  The kit knows the paper, the
fonts, the styles and the usable width, so builders never deal with points, font names or
escaping.  Station header, title and number are added by the renderer; the builder adds the
body.  Every method returns ordinary reportlab flowables, so anything reportlab offers can be
mixed in when a helper is missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, PageBreak, Paragraph
from reportlab.platypus.tables import Table

from desk.documents import blocks, signatures
from desk.documents.closing import mark_closing
from desk.documents.fonts import DocumentFonts
from desk.documents.model import DocumentMeta, PageFormat, StationHeader
from desk.documents.qr import qr_code
from desk.documents.styles import RULE, DocumentStyles, aligned, styles_for


@dataclass(frozen=True)
class DocumentKit:
    meta: DocumentMeta
    header: StationHeader
    fonts: DocumentFonts
    page_format: PageFormat
    styles: DocumentStyles = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "styles", styles_for(self.fonts, self.page_format))

    @property
    def width(self) -> float:
        """Usable width of the page in points (between the margins)."""
        left, right, _, _ = self.page_format.margins
        return self.page_format.width - left - right

    # --- text -----------------------------------------------------------------------------

    def text(self, text: str, *, style: str = "text", align: str | None = None,
             size: float | None = None) -> Paragraph:
        """One paragraph of plain text (escaped; line breaks kept).  ``style`` names a field of
        ``DocumentStyles``: "text", "body", "small", "heading", "title", "big", ..."""
        st = getattr(self.styles, style)
        if align:
            st = aligned(st, align)
        if size:
            st = _resized(st, size)
        return Paragraph(blocks.markup(text), st)

    def body(self, text: str) -> list[Flowable]:
        """Running text: one justified paragraph per line, first line indented two characters."""
        return blocks.paragraphs(text, self.styles.body)

    def heading(self, text: str) -> Paragraph:
        """A section heading inside the document, e.g. "一、纠纷的主要事实"."""
        return Paragraph(blocks.markup(text), self.styles.heading)

    def small(self, text: str, *, align: str | None = None) -> Paragraph:
        return self.text(text, style="small", align=align)

    # --- tables ---------------------------------------------------------------------------

    def fields(self, pairs: Sequence[tuple[str, object]], *, columns: int = 1,
               label_chars: int | None = None) -> Table:
        """Label/value pairs: ``kit.fields([("申请人", "张三"), ("联系电话", "138…")], columns=2)``."""
        return blocks.fields_table(pairs, self.styles, self.width, columns=columns, label_chars=label_chars)

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[object]],
        *,
        widths: Sequence[float] | None = None,
        align: Sequence[str] | None = None,
        totals: Sequence[object] | None = None,
    ) -> Table:
        """A ruled table that may span pages; the header row repeats on each page.

        ``widths`` are relative weights, ``align`` per column ("left", "center", "right"),
        ``totals`` an optional last row printed bold.
        """
        return blocks.data_table(headers, rows, self.styles, self.width, widths=widths, align=align,
                                 totals=totals)

    # --- signing --------------------------------------------------------------------------

    def signatures(self, roles: Sequence[str], *, fingerprint: bool | Sequence[bool] = False, date_line: bool = True,
                   signed_on: date | None = None, columns: int = 1) -> Table:
        """Signature lines for ``roles`` (printed as given, e.g. "申请人（签名）"), optionally with a
        按手印 box (for every role, or per role: an organisation seals instead) and a date to fill in;
        ``columns=3, date_line=False`` puts staff on one line.  Never printed alone on a page (``closing``)."""
        return mark_closing(signatures.signature_rows(roles, self.styles, self.width, fingerprint=fingerprint,
                                                      date_line=date_line, signed_on=signed_on, columns=columns))

    def seal(self, text: str | None = None, *, on: date | None = None) -> Flowable:
        """The seal area, right-aligned: the issuing organisation's seal text, （盖章） and the date (blank
        to fill in when ``on`` is None).

        A header that names its issuer (station or committee) always gives its own seal text: the station
        seals station papers, the committee mediation papers. ``text`` is for headers stored before that
        (no issuer), so those documents reprint exactly as they were issued."""
        if self.header.issuer:
            seal_text = self.header.seal_text or self.header.name
        else:
            seal_text = text or self.header.seal_text or self.header.name
        return mark_closing(signatures.SealArea(self.styles.text.fontName, self.styles.text.fontSize, seal_text, on))

    def closing(self, flowable: Flowable) -> Flowable:
        """Mark a signature or seal block built by hand (e.g. signature lines beside the seal in one table):
        the renderer keeps it on one page with the content before it, as it does ``signatures`` and ``seal``."""
        return mark_closing(flowable)

    # --- other ----------------------------------------------------------------------------

    def qr(self, data: str, *, size_mm: float = 24, align: str = "CENTER") -> Flowable:
        return qr_code(data, size_mm, align=align)

    def space(self, height_mm: float) -> Flowable:
        return blocks.spacer(height_mm)

    def rule(self, *, dashed: bool = False) -> Flowable:
        return HRFlowable(width="100%", thickness=0.5, color=RULE, dash=(2, 2) if dashed else None,
                          spaceBefore=1.5 * mm, spaceAfter=1.5 * mm)

    def keep_together(self, *flowables: Flowable | Iterable[Flowable]) -> Flowable:
        """Never split these across pages (e.g. the last terms, the signatures and the seal)."""
        return KeepTogether(_flatten(flowables))

    def page_break(self) -> Flowable:
        return PageBreak()

    def need(self, height_mm: float) -> Flowable:
        """Start a new page unless at least ``height_mm`` is left on this one."""
        return CondPageBreak(height_mm * mm)

    def heading_block(self) -> list[Flowable]:
        """Station header, title and number, as the renderer puts them on top of page one."""
        compact = self.page_format.is_slip
        return (blocks.station_header(self.header, self.styles, compact=compact)
                + blocks.title_block(self.meta, self.styles, compact=compact))


def _flatten(items: Iterable[Flowable | Iterable[Flowable]]) -> list[Flowable]:
    out: list[Flowable] = []
    for item in items:
        if isinstance(item, Flowable):
            out.append(item)
        else:
            out.extend(item)
    return out


def _resized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.3)
