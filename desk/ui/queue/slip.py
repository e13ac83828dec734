"""The ticket slip: build the 80 mm PDF for an issued number and send it to this terminal's slip printer.

Printing itself belongs to ``desk.ui.printing`` (``print_directly(pdf, kind, parent) -> error | None``);
it is imported only when a slip is printed, so the kiosk starts (and its tests run) without it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk.documents import render_ticket_slip
from desk.services.queue.issuing import IssuedTicket
from desk.services.station import StationInfo

log = logging.getLogger(__name__)
SLIP_KIND = "queue.slip"  # = desk.documents.registry.TICKET_SLIP_KIND: the slip printer is remembered under it


def slip_pdf(issued: IssuedTicket, station: StationInfo) -> bytes:
    """The slip exactly as the issued documents keep it (the service built it with the number), so a
    reprint (补打) from the documents page shows what the citizen took home."""
    assert issued.slip is not None and issued.slip_header is not None
    return render_ticket_slip(issued.slip, issued.slip_header, timezone=station.timezone or "Asia/Shanghai")


def _printing_module() -> Any:
    from desk.ui import printing  # type: ignore[attr-defined, unused-ignore]

    return printing


def print_slip(pdf: bytes, parent: QWidget | None = None) -> str | None:
    """Print on the slip printer; a sentence for the person at the screen when it failed, else None."""
    try:
        printing = _printing_module()
    except ImportError:
        log.warning("desk.ui.printing is not available; slip not printed")
        return QCoreApplication.translate(
            "SlipPrinting", "The slip printer is not set up on this terminal; please note your number on the screen.")
    try:
        result = printing.print_directly(pdf, SLIP_KIND, parent)
    except Exception:  # noqa: BLE001 - a printer fault must never stop the kiosk
        log.exception("printing the slip failed")
        return QCoreApplication.translate(
            "SlipPrinting", "The slip could not be printed; please note your number on the screen.")
    return str(result) if result else None
