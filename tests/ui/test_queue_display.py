"""Hall display and announcer: calls from other terminals appear and are announced in turn, never cut off."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject

from desk.core.permissions import Role
from desk.services.queue import calling, serving, window_state
from desk.services.queue.config import save_queue_settings
from desk.services.queue.issuing import issue_ticket
from desk.ui.queue.announcer import Announcer, QtSpeaker, Speaker
from desk.ui.queue.display import HallDisplay
from tests.conftest import make_actor
from tests.services.queue_setup import make_hall


class FakeSpeaker(Speaker):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

    def done(self) -> None:
        self.finished.emit()


def test_announcements_wait_for_each_other_and_repeat_recalls(qtbot) -> None:  # type: ignore[no-untyped-def]
    speaker = FakeSpeaker()
    announcer = Announcer(speaker, repeats=2)
    announcer.announce("请 A001 号到 1 号窗口办理")
    announcer.announce("请 B001 号到 2 号窗口办理")
    announcer.announce("请 A001 号到 1 号窗口办理")  # a recall
    assert speaker.said == ["请 A001 号到 1 号窗口办理，请 A001 号到 1 号窗口办理"]  # the others wait
    assert len(announcer.pending()) == 2 and announcer.busy
    speaker.done()  # two waiting: said together, once each, so a burst does not keep the hall waiting
    assert speaker.said[-1] == "请 B001 号到 2 号窗口办理；请 A001 号到 1 号窗口办理" and len(speaker.said) == 2
    with qtbot.waitSignal(announcer.idle):
        speaker.done()
    assert not announcer.busy
    announcer.announce("请 C001 号到 3 号窗口办理")  # alone again: said twice
    assert speaker.said[-1] == "请 C001 号到 3 号窗口办理，请 C001 号到 3 号窗口办理"


def test_without_sound_or_voice_it_logs_once_and_keeps_pace(qtbot, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as on a PC without libpulse0
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    caplog.set_level(logging.WARNING, logger="desk.ui.queue.announcer")
    speaker = QtSpeaker()
    speaker._timer.setInterval(20)
    announcer = Announcer(speaker)
    with qtbot.waitSignal(announcer.idle, timeout=2000):
        announcer.announce("请 A001 号到 1 号窗口办理")
        announcer.announce("请 A002 号到 1 号窗口办理")
    warnings = [r.getMessage() for r in caplog.records]
    assert len([w for w in warnings if "no chime" in w]) == 1 and len([w for w in warnings if "no voice" in w]) == 1


def test_the_display_shows_and_announces_calls_made_elsewhere(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    manager = make_actor(ui_desk, "boss", Role.MANAGER)
    clerk = make_actor(ui_desk, "clerk9", Role.CLERK)
    hall = make_hall(ui_desk, manager)
    save_queue_settings(ui_desk, manager, 3, "", "欢迎来到幸福路社区")
    for _ in range(3):
        issue_ticket(ui_desk, clerk, hall.a)
    calling.call_next(ui_desk, clerk, 1)  # before the display started: not announced
    speaker = FakeSpeaker()
    display = HallDisplay(ui_desk, speaker=speaker)
    qtbot.addWidget(display)
    assert display.board is not None and display.board.windows[0].number == "A001"
    assert display.marquee.text() == "欢迎来到幸福路社区" and speaker.said == []
    # another terminal: window 1 finishes and calls the next, window 2 calls, window 1 calls again
    serving.finish_service(ui_desk, clerk, 1)
    calling.call_next(ui_desk, clerk, 1)
    calling.call_next(ui_desk, clerk, 2)
    calling.recall(ui_desk, clerk, 1)
    window_state.pause_window(ui_desk, clerk, 3)
    display.changes.poll()
    assert [w.number for w in display.board.windows] == ["A002", "A003", None]
    assert display.board.windows[2].paused
    assert speaker.said == ["请 A002 号到 1 号窗口办理，请 A002 号到 1 号窗口办理"]
    assert display.call_text.text() == "请 A002 号到 1 号窗口办理" and display.banner.property("flash")
    speaker.done()  # the two calls left are said together and shown together
    assert speaker.said[-1] == "请 A003 号到 2 号窗口办理；请 A002 号到 1 号窗口办理"
    assert "A003 → Window 2" in display.call_text.text() and "A002 → Window 1" in display.call_text.text()
    display.changes.poll()  # nothing new: nothing announced twice
    speaker.done()
    assert len(speaker.said) == 2 and not display.banner.property("flash")
    display.close()


CALL_FROM_ANOTHER_PROCESS = """
import sys
from datetime import datetime
from desk.core.permissions import Role
from desk.services.context import Actor, Desk
from desk.services.queue.calling import call_next
from desk.store.engine import Database
db = Database(sys.argv[1])
at = datetime.fromisoformat(sys.argv[2])
print(call_next(Desk(db, clock=lambda: at), Actor(None, "w2", "w2", Role.CLERK, 1, "other-pc"), 2).number)
db.dispose()
"""


def test_a_call_from_another_process_is_on_the_display_within_two_seconds(qtbot, ui_desk) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import time

    manager = make_actor(ui_desk, "boss", Role.MANAGER)
    hall = make_hall(ui_desk, manager)
    issue_ticket(ui_desk, manager, hall.b)
    speaker = FakeSpeaker()
    display = HallDisplay(ui_desk, speaker=speaker)  # its own ChangeWatcher, polling every second
    qtbot.addWidget(display)
    done = subprocess.run([sys.executable, "-c", CALL_FROM_ANOTHER_PROCESS, str(ui_desk.db.url),
                           ui_desk.now().isoformat()], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "B001"
    called_at = time.monotonic()
    qtbot.waitUntil(lambda: bool(speaker.said), timeout=2000)
    assert time.monotonic() - called_at <= 2.0
    assert display.board is not None and display.board.windows[1].number == "B001"
    assert speaker.said[0].startswith("请 B001 号到 2 号窗口办理")
    display.close()


def test_the_chime_file_is_a_short_clean_wav(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import wave

    from desk.ui.queue.chime import write_chime
    from desk.ui.resources import resource

    shipped = resource("sounds", "chime.wav")
    fresh = write_chime(tmp_path / "chime.wav")
    assert shipped.read_bytes() == fresh.read_bytes()  # the shipped file is the generated one
    with wave.open(str(shipped)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2 and 1.0 <= seconds <= 2.0
