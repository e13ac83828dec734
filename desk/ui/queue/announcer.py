"""Announcements in the hall: a chime, then "请 A012 号到 3 号窗口办理", one after the other.

Calls are queued; the next one starts only when the voice has finished the last one, so none is
cut off however fast the windows call. A recall is queued like a new call (it is announced again).
The voice is QtTextToSpeech when the system has one, the chime a QSoundEffect; where there is no
sound card or no voice (a display PC without speakers, a test machine) the announcer logs that
once and still paces the queue, so the display's highlight keeps step with what would be said.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from desk.ui.resources import resource

log = logging.getLogger(__name__)
CHIME_MS = 1300  # the chime's audible part, before the voice starts
SILENT_MS = 3500  # how long an announcement lasts on screen when nothing can be heard
GUARD_MS = 20_000
REPEATS = 2  # each call is said twice, as halls do
GROUP = 3  # calls said together (once each) when they pile up


class Speaker(QObject):
    """Says one text and emits ``finished``. This base class is the silent one (paced by a timer)."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None, silent_ms: int = SILENT_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(silent_ms)
        self._timer.timeout.connect(self.finished)

    def say(self, text: str) -> None:
        self._timer.start()


class QtSpeaker(Speaker):
    """Chime through QSoundEffect, then the voice through QTextToSpeech; either may be missing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chime: Any = None
        self._voice: Any = None
        self._text = ""
        self._pending = False
        self._setup_chime()
        self._setup_voice()
        self._chime_timer = QTimer(self)
        self._chime_timer.setSingleShot(True)
        self._chime_timer.timeout.connect(self._speak)
        # A voice engine that never reports "ready" again must not stop the queue for good.
        self._guard = QTimer(self)
        self._guard.setSingleShot(True)
        self._guard.setInterval(GUARD_MS)
        self._guard.timeout.connect(self._voice_timed_out)

    def _setup_chime(self) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # Debian without libpulse0: QtMultimedia cannot load
            log.warning("no chime: QtMultimedia is not available (%s); install libpulse0", exc)
            return
        if not QMediaDevices.audioOutputs():
            log.warning("no chime: this computer has no sound output")
            return
        chime = QSoundEffect(self)
        chime.setSource(QUrl.fromLocalFile(str(resource("sounds", "chime.wav"))))
        chime.setVolume(0.8)
        self._chime = chime

    def _setup_voice(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            log.warning("no voice: QtTextToSpeech is not available (%s)", exc)
            return
        for engine in [e for e in QTextToSpeech.availableEngines() if e != "mock"]:
            voice = QTextToSpeech(engine, self)
            if voice.state() == QTextToSpeech.State.Error:
                voice.deleteLater()
                continue
            chinese = [loc for loc in voice.availableLocales() if loc.name().startswith("zh")]
            if chinese:
                voice.setLocale(chinese[0])
            voice.setRate(-0.1)
            voice.stateChanged.connect(self._voice_state)
            self._voice = voice
            log.info("announcing with the %s voice", engine)
            return
        log.warning("no voice: no text-to-speech engine works on this computer; calls are shown, not spoken")

    def say(self, text: str) -> None:
        self._text = text
        if self._chime is not None:
            self._chime.play()
            self._chime_timer.start(CHIME_MS)
        else:
            self._speak()

    def _speak(self) -> None:
        if self._voice is None:
            super().say(self._text)  # silent pacing
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._pending = True
        self._guard.start()
        self._voice.say(self._text)
        if self._voice.state() == QTextToSpeech.State.Error:
            log.warning("the voice failed: %s", self._voice.errorString())
            self._voice = None
            self._pending = False
            super().say(self._text)

    def _voice_state(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._pending and state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._pending = False
            self._guard.stop()
            self.finished.emit()

    def _voice_timed_out(self) -> None:
        if self._pending:
            log.warning("the voice did not finish within %d s; going on", GUARD_MS // 1000)
            self._pending = False
            self.finished.emit()


class Announcer(QObject):
    """A queue of calls for one speaker. ``started(text)`` is the utterance, ``started_calls(list)`` the
    calls in it, for the display's banner.

    One call on its own is said ``repeats`` times, as halls do. When calls pile up (the morning opening,
    twenty windows calling at once) up to ``GROUP`` of them go into one utterance, each said once: a
    burst of 20 passes in 7 utterances instead of 20 double ones, and the banner shows them together.
    """

    started = Signal(str)
    started_calls = Signal(list)
    idle = Signal()

    def __init__(self, speaker: Speaker, repeats: int = REPEATS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.repeats = max(1, repeats)
        self._queue: deque[str] = deque()
        self._busy = False
        speaker.finished.connect(self._next)

    @property
    def busy(self) -> bool:
        return self._busy

    def pending(self) -> list[str]:
        return list(self._queue)

    def announce(self, text: str) -> None:
        self._queue.append(text)
        if not self._busy:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self._busy = False
            self.idle.emit()
            return
        self._busy = True
        if len(self._queue) == 1:
            calls = [self._queue.popleft()]
            # "请 A012 号到 3 号窗口办理，请 A012 号到 3 号窗口办理": repeated inside one utterance so that
            # no other call can come between the two.
            text = "，".join(calls * self.repeats)
        else:
            calls = [self._queue.popleft() for _ in range(min(GROUP, len(self._queue)))]
            text = "；".join(calls)
        self.started_calls.emit(calls)
        self.started.emit(text)
        self.speaker.say(text)
