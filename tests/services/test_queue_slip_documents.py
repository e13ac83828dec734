"""Queue slips are kept with the issued documents (issue 12, item 10): found by number, opened as the
citizen took them home, reprinted as 补打; kept cheaply (the payload, drawn by the terminal that prints)."""

from __future__ import annotations

from sqlalchemy import func, select

from desk.core.permissions import Permission, Role
from desk.documents.registry import TICKET_SLIP_KIND
from desk.documents.ticket_slip import render_ticket_slip
from desk.services import audit, issued_documents
from desk.services.context import Actor, Desk
from desk.services.queue.config import get_queue_settings, save_queue_settings
from desk.services.queue.issuing import issue_ticket
from desk.store.models.documents import IssuedDocument
from tests.documents.helpers import pdf_text, squash
from tests.services.queue_setup import make_hall


def test_a_slip_is_kept_found_and_reprinted(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    settings = get_queue_settings(desk)
    save_queue_settings(desk, manager, settings.normal_per_priority, "请留意叫号，过号请到服务台。",
                        settings.display_notice)
    kiosk = Actor(None, "kiosk", "取号机", Role.CLERK, 1, "kiosk@hall", only=frozenset({Permission.QUEUE_ISSUE}))
    issue_ticket(desk, kiosk, hall.a)
    issued = issue_ticket(desk, kiosk, hall.a, priority=True)
    assert issued.slip is not None and issued.slip_header is not None and issued.slip_document_id is not None
    printed = render_ticket_slip(issued.slip, issued.slip_header)  # what the kiosk printed

    rows = issued_documents.list_issued(desk, manager, kind=TICKET_SLIP_KIND, number="A002")
    assert [r.id for r in rows] == [issued.slip_document_id]
    assert rows[0].entity == "queue_ticket" and rows[0].entity_id == str(issued.ticket.id)
    original = issued_documents.original_pdf(desk, manager, rows[0].id)
    assert original == printed  # the original is the slip the citizen holds
    text = squash("".join(pdf_text(original)))
    # A 绿色通道 number is called before the normal one already waiting (issuing.priority_ahead).
    for words in ("A002", "综合受理", "绿色通道", "您前面暂无人等候", "请留意叫号，过号请到服务台。"):
        assert words in text
    reprint = issued_documents.reprint_checked(desk, manager, rows[0].id)
    assert reprint.check.exact and "补打" in squash("".join(pdf_text(reprint.pdf)))
    assert audit.verify(desk.db).ok


def test_keeping_the_slip_stores_no_pdf(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    for _ in range(3):
        issue_ticket(desk, clerk, hall.b)
    with desk.db.reading() as session:
        kept = session.execute(select(func.count(), func.count(IssuedDocument.pdf))
                               .where(IssuedDocument.kind == TICKET_SLIP_KIND)).one()
    assert tuple(kept) == (3, 0)
