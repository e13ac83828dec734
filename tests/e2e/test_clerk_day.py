"""The clerk's first citizen of the day, end to end: a number from the kiosk, called with F1 at window 1,
the application accepted with the keyboard, the receipt saved as a PDF on disk."""

from __future__ import annotations

from datetime import datetime, timezone

from pypdf import PdfReader

from desk.services import auth
from desk.services.context import Desk
from desk.services.intake import applicants
from desk.store.bootstrap import open_database
from desk.ui.terminal_settings import TerminalSettings
from tests.e2e.conftest import PASSWORD, Station
from tests.e2e.harness import Program, Screen, rows, screen_for, wait_for

PHONE = "13812345670"


def an_applicant(station: Station) -> None:
    """Someone registered on an earlier visit, found today by phone."""
    desk = Desk(open_database(station.url, daily_backup=False),
                clock=lambda: datetime(2026, 11, 22, 3, 0, tzinfo=timezone.utc))
    try:
        clerk = auth.sign_in(desk, "chuangkou1", PASSWORD).actor
        applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
            "organisation", "示范市幸福家园物业管理有限公司", uscc="91310104MA1FL0K39G", phone=PHONE,
            legal_representative="王建国", address="示范市平安区幸福路1号"))
    finally:
        desk.db.dispose()


def test_kiosk_number_called_with_f1_accepted_and_receipt_on_disk(station: Station, screen: Screen) -> None:
    an_applicant(station)
    settings = TerminalSettings(station.settings)
    settings.window_number = 1
    settings.sync()
    receipt = station.db.parent / "receipt.pdf"

    # The kiosk, on its own screen: a citizen touches 综合受理 (top left).
    with screen_for(station.shots) as hall:
        kiosk = Program(hall, station.url, station.data, ["kiosk"], station.settings, station.clock)
        try:
            hall.window("取号|Take a number")
            wait_for("the kiosk's buttons", lambda: "kiosk ready" in kiosk.output(), 90, hall, kiosk)
            before = rows(station.db, "SELECT count(*) FROM queue_ticket WHERE source = 'kiosk'")[0][0]
            hall.click(360, 210)
            wait_for("a number from the kiosk", lambda: rows(
                station.db, "SELECT count(*) FROM queue_ticket WHERE source = 'kiosk'")[0][0] > before, 90, hall, kiosk)
            hall.shot("kiosk-number")
        finally:
            kiosk.stop()
    number, ticket_id = rows(station.db, "SELECT number, id FROM queue_ticket WHERE source = 'kiosk' "
                                         "ORDER BY id DESC LIMIT 1")[0]

    desk = Program(screen, station.url, station.data, [], station.settings, station.clock)
    try:
        screen.sign_in(desk, "chuangkou1", PASSWORD)
        screen.window("幸福路")
        screen.key("ctrl+2", "F1")  # the queue, then call the next number: the kiosk's
        wait_for(f"{number} called at window 1", lambda: rows(
            station.db, "SELECT status FROM queue_ticket WHERE id = ?", ticket_id)[0][0] == "called", 60, screen, desk)
        screen.key("F4")  # the citizen is at the window
        wait_for(f"{number} being served", lambda: rows(
            station.db, "SELECT status FROM queue_ticket WHERE id = ?", ticket_id)[0][0] == "serving", 60, screen, desk)
        screen.shot("serving")

        screen.key("ctrl+3", "F2")  # one-window intake: the item by its pinyin
        screen.type("zxba")
        screen.key("Return", "F3")  # the applicant by phone; the only match is picked with Enter
        screen.type(PHONE)
        screen.key("Return", "Tab", "Tab", "Tab")  # into the materials: tick the five required ones
        for _ in range(5):
            screen.key("space", "Down")
        screen.shot("materials")
        screen.key("ctrl+Return")  # accept: the receipt opens in the preview
        preview = screen.window("预览|Preview")
        screen.shot("receipt-preview")
        screen.key("ctrl+s")
        screen.save_as(desk, receipt)
        screen.key("Escape")
        screen.gone(preview)
    finally:
        desk.stop()
    case = rows(station.db, "SELECT receipt_no, status, ticket_id FROM intake_case ORDER BY id DESC LIMIT 1")[0]
    assert case[1] == "accepted" and case[2] == ticket_id  # the visit is linked to the number it came with
    assert receipt.stat().st_mode & 0o077 == 0  # personal data: the owner's only
    text = "".join(page.extract_text() for page in PdfReader(receipt).pages)
    assert case[0] in text and "示范市幸福家园物业管理有限公司" in text
