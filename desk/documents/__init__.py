"""Printed documents: plain data in, PDF bytes out (reportlab; no Qt, no database).

A new document is a builder function that receives a ``DocumentKit`` and returns flowables::

    from desk.documents import DocumentMeta, render_a4

    def build(kit):
        return [
            kit.fields([("申请人", case.applicant), ("事项", case.item)], columns=2),
            kit.heading("一、缺少的材料"),
            kit.table(["序号", "材料", "要求"], rows, widths=[0.6, 3, 1.4]),
            *kit.body(notice_text),
            kit.keep_together([kit.signatures(["申请人（签名）"], fingerprint=True), kit.seal()]),
        ]

    pdf = render_a4(DocumentMeta(title="一次性告知书", number=no, operator=clerk, printed_at=t),
                    station_header, build)

See ``render.py`` (page formats, footer, reprint stamp), ``kit.py`` (building blocks),
``ticket_slip.py`` and ``table_report.py`` (finished documents), ``samples.py`` (examples).
"""

from desk.documents.fonts import DocumentFonts, configure_fonts, document_fonts, preload
from desk.documents.kit import DocumentKit
from desk.documents.model import DEFAULT_TIMEZONE, DocumentMeta, PageFormat, StationHeader
from desk.documents.render import Builder, render_a4, render_a5, render_document, render_slip
from desk.documents.table_report import (
    ReportColumn,
    ReportSection,
    TableReport,
    render_table_report,
    table_report_body,
)
from desk.documents.ticket_slip import DEFAULT_TICKET_NOTICE, TicketSlip, render_ticket_slip

__all__ = [
    "DEFAULT_TICKET_NOTICE",
    "DEFAULT_TIMEZONE",
    "Builder",
    "DocumentFonts",
    "DocumentKit",
    "DocumentMeta",
    "PageFormat",
    "ReportColumn",
    "ReportSection",
    "StationHeader",
    "TableReport",
    "TicketSlip",
    "configure_fonts",
    "document_fonts",
    "preload",
    "render_a4",
    "render_a5",
    "render_document",
    "render_slip",
    "render_table_report",
    "render_ticket_slip",
    "table_report_body",
]
