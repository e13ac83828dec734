"""The kiosk: one touch, one number, one slip; refusals and printer faults are sentences, never a hang."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desk.core.permissions import Role
from desk.services.queue.config import ServiceInput, save_service
from desk.ui.queue.kiosk import KioskWindow
from desk.ui.queue.standalone import device_actor
from tests.conftest import make_actor
from tests.services.queue_setup import make_hall


def _kiosk(qtbot, ui_desk, printer):  # type: ignore[no-untyped-def]
    manager = make_actor(ui_desk, "boss", Role.MANAGER)
    hall = make_hall(ui_desk, manager, cap_b=1)
    kiosk = KioskWindow(ui_desk, device_actor("kiosk", "取号机"), printer=printer)
    qtbot.addWidget(kiosk)
    return manager, hall, kiosk


def test_a_touch_issues_a_number_and_prints_the_slip(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    printed: list[bytes] = []
    _manager, hall, kiosk = _kiosk(qtbot, ui_desk, lambda pdf, parent: printed.append(pdf))
    buttons = kiosk.service_buttons
    assert buttons[hall.a].isEnabled() and not buttons[hall.c].isEnabled()  # 民政救助 opens at 13:00
    assert "13:00" in buttons[hall.c].text()
    kiosk.priority.click()
    buttons[hall.a].click()
    assert kiosk.stack.currentIndex() == 1 and kiosk.result_number.text() == "A001"
    assert kiosk.result_error.text() == ""
    assert not kiosk.priority.isChecked()  # the next citizen starts afresh
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(printed[0])).pages)
    assert "A001" in text and "综合受理" in text and "绿色通道" in text
    kiosk.show_choice()
    kiosk.service_buttons[hall.a].click()
    assert kiosk.result_number.text() == "A002"
    assert "1" in kiosk.result_text.text()  # one citizen ahead


def test_a_full_service_is_greyed_and_a_late_refusal_is_explained(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    manager, hall, kiosk = _kiosk(qtbot, ui_desk, lambda pdf, parent: None)
    kiosk.service_buttons[hall.b].click()
    kiosk.show_choice()
    assert not kiosk.service_buttons[hall.b].isEnabled()  # cap 1 reached
    # Another terminal closes 综合受理 after the kiosk drew its button: the touch gets a sentence.
    save_service(ui_desk, manager, ServiceInput("A", "综合受理", active=False), service_id=hall.a)
    kiosk.take(hall.a)
    assert kiosk.result_number.text() == "" and "not taking numbers" in kiosk.result_error.text()
    qtbot.waitUntil(lambda: kiosk.stack.currentIndex() == 1)
    kiosk.back_timer.setInterval(10)
    kiosk.back_timer.start()
    qtbot.waitUntil(lambda: kiosk.stack.currentIndex() == 0)
    assert hall.a not in kiosk.service_buttons  # the closed service is gone from the screen


def test_a_printer_fault_still_shows_the_number(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    _manager, hall, kiosk = _kiosk(qtbot, ui_desk, lambda pdf, parent: "The slip printer is out of paper.")
    kiosk.service_buttons[hall.a].click()
    assert kiosk.result_number.text() == "A001" and "could not be printed" in kiosk.result_error.text()
    assert "out of paper" not in kiosk.result_error.text()  # the printer's words are for staff (the log)


def test_the_default_printer_adapter_works_without_the_printing_module(qtbot, ui_desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.queue import slip

    def missing():  # type: ignore[no-untyped-def]
        raise ImportError("desk.ui.printing")

    monkeypatch.setattr(slip, "_printing_module", missing)
    assert "not set up" in (slip.print_slip(b"%PDF-1.4", None) or "")

    class Fake:
        calls: list[tuple[bytes, str]] = []

        @staticmethod
        def print_directly(pdf, kind, parent=None):  # type: ignore[no-untyped-def]
            Fake.calls.append((pdf, kind))
            return None

    monkeypatch.setattr(slip, "_printing_module", lambda: Fake)
    assert slip.print_slip(b"%PDF-1.4", None) is None and Fake.calls == [(b"%PDF-1.4", "queue.slip")]
