"""The queue ticket slip (取号凭条) the kiosk or the window prints on 80 mm thermal paper."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from reportlab.platypus import Flowable

from desk.documents.fonts import DocumentFonts
from desk.documents.kit import DocumentKit
from desk.documents.model import DEFAULT_TIMEZONE, DocumentMeta, StationHeader
from desk.documents.render import render_slip

DEFAULT_TICKET_NOTICE = "请留意叫号，过号请重新取号。"
TICKET_SLIP_TITLE = "排队取号凭条"


@dataclass(frozen=True)
class TicketSlip:
    ticket_number: str  # e.g. A012
    service_name: str  # e.g. 户籍业务
    waiting_ahead: int  # tickets of the same queue before this one
    issued_at: datetime
    notice: str = DEFAULT_TICKET_NOTICE  # station-configurable
    qr_data: str | None = None  # e.g. a URL to follow the queue from a phone
    qr_caption: str | None = "扫码查看叫号进度"
    priority_label: str | None = None  # e.g. 绿色通道, printed under the number


def ticket_slip_header(station_name: str, phone: str | None) -> StationHeader:
    """What heads a slip: the station's name and phone (an 80 mm slip has no room for the address).
    The kiosk prints with it and the issued-documents store keeps it, so a reprint looks the same."""
    return StationHeader(name=station_name, phone=phone or None, issuer="station")


def render_ticket_slip(
    slip: TicketSlip,
    header: StationHeader,
    *,
    reprinted_at: datetime | None = None,
    timezone: str = DEFAULT_TIMEZONE,
    fonts: DocumentFonts | None = None,
) -> bytes:
    """The slip as PDF bytes: 80 mm wide, as tall as its content."""
    meta = DocumentMeta(title=TICKET_SLIP_TITLE, printed_at=slip.issued_at, reprinted_at=reprinted_at,
                        timezone=timezone)
    # No footer: the issue time printed on the slip already is the print time.
    return render_slip(meta, header, lambda kit: ticket_slip_body(kit, slip), fonts=fonts, footer=False)


def ticket_slip_body(kit: DocumentKit, slip: TicketSlip) -> Iterable[Flowable]:
    yield kit.rule()
    yield kit.text(slip.service_name, style="heading", align="center")
    yield kit.text(slip.ticket_number, style="big")
    if slip.priority_label:
        yield kit.text(f"【{slip.priority_label}】", style="heading", align="center")
    ahead = max(slip.waiting_ahead, 0)
    yield kit.text(f"您前面还有 {ahead} 人等候" if ahead else "您前面暂无人等候", align="center")
    yield kit.space(1)
    yield kit.text(f"取号时间：{kit.meta.format_time(slip.issued_at, seconds=True)}", align="center")
    yield kit.rule(dashed=True)
    if slip.notice.strip():
        yield kit.text(slip.notice.strip(), align="center")
    if slip.qr_data:
        yield kit.space(1.5)
        yield kit.qr(slip.qr_data, size_mm=24)
        if slip.qr_caption:
            yield kit.small(slip.qr_caption, align="center")
