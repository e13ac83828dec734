"""The hall display for citizens: readable (contrast at least 4.5:1 while a call flashes too), a burst
of calls shown together, twenty windows and the ticker on a 1366×768 screen, and a window with nobody
at it told apart from one that is free or on a break."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from desk.core.permissions import Role
from desk.services import windows as window_admin
from desk.services.queue import calling, window_state
from desk.services.queue.config import ServiceInput, save_queue_settings, save_service, set_window_services
from desk.services.queue.issuing import issue_ticket
from desk.ui.queue.display import HallDisplay
from tests.conftest import make_actor
from tests.ui.contrast import text_contrast
from tests.ui.test_queue_display import FakeSpeaker


def big_hall(desk, count: int = 20):  # type: ignore[no-untyped-def]
    manager = make_actor(desk, "boss", Role.MANAGER)
    clerks = [make_actor(desk, f"clerk{n}", Role.CLERK) for n in range(1, 4)]
    service = save_service(desk, manager, ServiceInput("A", "综合受理（社保、医保、民政、残联、计生、就业）")).id
    for number in range(1, count + 1):
        window_admin.add_window(desk, manager, number, f"{number}号窗口")
        set_window_services(desk, manager, number, [service])
    save_queue_settings(desk, manager, 3, "", "请保管好随身物品。今日下午三点起社保业务暂停，敬请谅解。")
    return manager, clerks, service


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_twenty_windows_fit_with_equal_tiles_and_the_ticker_on_screen(qtbot, ui_desk, size) -> None:  # type: ignore[no-untyped-def]
    manager, clerks, service = big_hall(ui_desk)
    for _ in range(30):
        issue_ticket(ui_desk, manager, service)
    for window in range(1, 21, 2):
        window_state.take_window(ui_desk, clerks[0], window)
        calling.call_next(ui_desk, clerks[0], window)
    display = HallDisplay(ui_desk, speaker=FakeSpeaker())
    qtbot.addWidget(display)
    display.resize(*size)
    display.show()
    qtbot.waitExposed(display)
    qtbot.wait(200)  # the scaled style sheet and the tiles settle after the first resize
    if size == (1366, 768):
        display.grab().save("/tmp/hall_20_windows.png") if __import__("os").environ.get("GRID_DESK_SHOTS") else None
    tiles = [display.tiles.itemAt(i).widget() for i in range(display.tiles.count())]
    assert len(tiles) == 20
    widths = [tile.width() for tile in tiles]
    assert max(widths) - min(widths) <= 2, widths  # equal, but for the layout's rounding
    bottom = display.marquee.mapTo(display, display.marquee.rect().bottomLeft()).y()
    assert display.marquee.isVisible() and display.marquee.height() >= 20 and bottom <= display.height()
    for tile in tiles:  # nothing cut: every tile's texts fit its box
        for label in tile.findChildren(QLabel):
            assert label.sizeHint().height() <= label.height() + 2, label.text()
    display.close()


def test_unstaffed_paused_free_and_serving_windows_look_different(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    manager, clerks, service = big_hall(ui_desk, 4)
    issue_ticket(ui_desk, manager, service)
    window_state.take_window(ui_desk, clerks[0], 1)
    calling.call_next(ui_desk, clerks[0], 1)  # serving
    window_state.take_window(ui_desk, clerks[1], 2)  # free
    window_state.take_window(ui_desk, clerks[2], 3)
    window_state.pause_window(ui_desk, clerks[2], 3)  # on a break; window 4: nobody today
    display = HallDisplay(ui_desk, speaker=FakeSpeaker())
    qtbot.addWidget(display)
    display.resize(1366, 768)
    display.show()
    qtbot.waitExposed(display)
    qtbot.wait(200)  # the scaled style sheet and the tiles settle after the first resize
    tiles = [display.tiles.itemAt(i).widget() for i in range(4)]
    assert [t.property("state") for t in tiles] == ["serving", "idle", "paused", "closed"]
    texts = [t.findChildren(QLabel)[1].text() for t in tiles]
    assert texts[0] == "A001" and len(set(texts)) == 4
    for tile in tiles:
        for label in tile.findChildren(QLabel):
            assert text_contrast(display, label) >= 4.5, (tile.property("state"), label.text())

    window_state.leave_window(ui_desk, clerks[1], 2)  # signed out
    display.refresh()
    assert display.tiles.itemAt(1).widget().property("state") == "closed"


def test_a_flashing_call_is_readable(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    manager, clerks, service = big_hall(ui_desk, 2)
    issue_ticket(ui_desk, manager, service)
    speaker = FakeSpeaker()
    display = HallDisplay(ui_desk, speaker=speaker)
    qtbot.addWidget(display)
    display.resize(1366, 768)
    display.show()
    qtbot.waitExposed(display)
    qtbot.wait(200)  # the scaled style sheet and the tiles settle after the first resize
    calling.call_next(ui_desk, clerks[0], 1)
    display.changes.poll()
    assert display.banner.property("flash") is True
    assert text_contrast(display, display.call_text) >= 4.5
    for label in (display.title, display.clock):
        assert text_contrast(display, label) >= 4.5
    display.close()


def test_a_burst_of_twenty_calls_is_on_the_banner_in_a_few_steps(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    manager, clerks, service = big_hall(ui_desk)
    for _ in range(20):
        issue_ticket(ui_desk, manager, service)
    speaker = FakeSpeaker()
    display = HallDisplay(ui_desk, speaker=speaker)
    qtbot.addWidget(display)
    display.show()
    for window in range(1, 21):  # the morning opening: every window calls at once
        calling.call_next(ui_desk, clerks[window % 3], window)
    display.changes.poll()
    shown: list[str] = [display.call_text.text()]
    while display.announcer.busy:
        speaker.done()
        shown.append(display.call_text.text())
    utterances = len(speaker.said)
    assert utterances <= 8  # 1 + 19 grouped by three, instead of 20 one by one
    on_banner = " ".join(shown)
    assert all(f"A{n:03d}" in on_banner for n in range(1, 21))
    display.close()
