"""The manager's Monday morning, end to end: Friday's daily log looked at, closed, and exported as a PDF
and an Excel workbook, all with the keyboard."""

from __future__ import annotations

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.e2e.conftest import PASSWORD, Station
from tests.e2e.harness import Program, Screen, rows, wait_for

FRIDAY = "2026-11-20"  # the last working day before the flows' Monday, full of the demo's history


def test_friday_log_closed_and_exported_as_pdf_and_excel(station: Station, screen: Screen) -> None:
    pdf, workbook = station.db.parent / "friday.pdf", station.db.parent / "friday.xlsx"
    served = rows(station.db, "SELECT count(*) FROM queue_ticket WHERE day = ? AND status = 'done'", FRIDAY)[0][0]
    assert served > 0  # the demo's Friday had citizens, so the figures below mean something

    desk = Program(screen, station.url, station.data, [], station.settings, station.clock)
    try:
        screen.sign_in(desk, "zhanzhang", PASSWORD)
        screen.window("幸福路")
        screen.key("End", "Return")  # the navigation's last page: the daily log; the keyboard goes into it
        desk.wait_output("daily log shown: 2026-11-23", screen)
        screen.key("End", "Down", "Down", "Down")  # the day field, its day part: 23 → 20, Friday
        screen.key("Tab", "Tab", "space")  # past "range to", Show
        desk.wait_output(f"daily log shown: {FRIDAY} to {FRIDAY}, open", screen)
        screen.shot("friday")
        screen.key("Tab", "space")  # Close the day…, and Yes in the question
        question = screen.window("关账|Close the day")
        screen.shot("close-question")
        screen.key("Return")
        screen.gone(question)
        wait_for("Friday closed", lambda: rows(
            station.db, "SELECT closed_by FROM report_day_close WHERE day = ?", FRIDAY), 90, screen, desk)
        desk.settled(screen, station.db, f"daily log shown: {FRIDAY} to {FRIDAY}, closed")
        screen.shot("closed")
        screen.key("space")  # the keyboard moved on from the spent Close button to Export PDF…
        screen.save_as(desk, pdf)
        desk.settled(screen, station.db, f"daily log shown: {FRIDAY} to {FRIDAY}, closed")
        screen.key("Tab", "space")  # Export Excel…
        screen.save_as(desk, workbook)
        screen.shot("exported")
    finally:
        desk.stop()
    closed_by = rows(station.db, "SELECT closed_by FROM report_day_close WHERE day = ?", FRIDAY)[0][0]
    assert "王建国" in closed_by  # signed in the manager's name
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert FRIDAY in text and "王建国" in text
    sheets = load_workbook(workbook, read_only=True)
    cells = {str(cell) for sheet in sheets.worksheets for row in sheet.iter_rows(values_only=True) for cell in row}
    assert str(served) in cells  # Friday's served numbers, counted from the records
    assert pdf.stat().st_mode & 0o077 == 0 and workbook.stat().st_mode & 0o077 == 0
