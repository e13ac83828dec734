"""The hall display (叫号大屏): readable from 10 m — the call being announced, every window's number,
the last calls, how many wait per service, and a scrolling notice.

It polls the change counter (``ChangeWatcher``, 1 s), so a call made on any terminal appears and is
announced within about 2 s. New calls are taken from the ticket events after the last one seen, so
a recall is announced again and nothing is announced twice.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desk.services.context import Desk
from desk.services.queue.board import HallBoard, WindowCall, calls_since, hall_board
from desk.ui.changes import ChangeWatcher
from desk.ui.queue.announcer import Announcer, Speaker
from desk.ui.queue.fmt import clock_time, spoken_call
from desk.ui.queue.marquee import Marquee

log = logging.getLogger(__name__)

# Sizes in px for a 1920x1080 screen; ``_apply_scale`` shrinks or grows them with the window.
_STYLE = """
QWidget#HallDisplay {{ background: #10161f; }}
QLabel {{ color: #eceff1; }}
QLabel#HallTitle {{ font-size: {44}px; font-weight: bold; }}
QLabel#HallClock {{ font-size: {40}px; color: #b0bec5; }}
QLabel#HallSection {{ font-size: {32}px; color: #90caf9; font-weight: bold; }}
QFrame#CallBanner {{ background: #1b2a3a; border-radius: 16px; }}
QFrame#CallBanner[flash="true"] {{ background: #ffc107; }}
QLabel#CallText {{ font-size: {84}px; font-weight: bold; color: #ffffff; }}
QFrame#CallBanner[flash="true"] QLabel#CallText {{ color: #10161f; }}
QLabel#CallText[many="true"] {{ font-size: {60}px; }}
QFrame#WindowTile {{ background: #1b2430; border-radius: 12px; border: 3px solid #1b2430; }}
QFrame#WindowTile[state="paused"] {{ border: 3px solid #ffb74d; }}
QFrame#WindowTile[state="closed"] {{ background: #10161f; border: 3px dashed #37474f; }}
QLabel#TileWindow {{ font-size: {32}px; color: #b0bec5; }}
QLabel#TileNumber {{ font-size: {80}px; font-weight: bold; color: #ffd54f; }}
QLabel#TileIdle {{ font-size: {40}px; color: #a5d6a7; }}
QLabel#TilePaused {{ font-size: {40}px; color: #ffcc80; }}
QLabel#TileClosed {{ font-size: {40}px; color: #b0bec5; }}
QLabel#RecentCall {{ font-size: {34}px; }}
QLabel#WaitingName {{ font-size: {32}px; }}
QLabel#WaitingCount {{ font-size: {32}px; font-weight: bold; color: #ffd54f; }}
"""
RECENT_CALLS = 4


class HallDisplay(QWidget):
    def __init__(self, desk: Desk, station_id: int = 1, changes: ChangeWatcher | None = None,
                 speaker: Speaker | None = None) -> None:
        super().__init__()
        self.desk, self.station_id = desk, station_id
        self.setObjectName("HallDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._scale = 0.0
        self.board: HallBoard | None = None
        self.last_event_id: int | None = None
        self.announcer = Announcer(speaker or Speaker(self), parent=self)
        self.announcer.started_calls.connect(self._on_announce)
        self._short: dict[str, str] = {}  # spoken sentence -> "A012 → Window 3", for a banner of several
        self.announcer.idle.connect(self._quiet)
        self._build()
        self._apply_scale()
        self.changes = changes or ChangeWatcher(desk, parent=self)
        self.changes.changed.connect(self.refresh)
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start(20_000)
        self.refresh()
        self.changes.start()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 12)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("HallTitle")
        self.clock = QLabel()
        self.clock.setObjectName("HallClock")
        top.addWidget(self.title, 1)
        top.addWidget(self.clock)
        outer.addLayout(top)
        self.banner = QFrame()
        self.banner.setObjectName("CallBanner")
        banner_layout = QVBoxLayout(self.banner)
        self.call_text = QLabel(self.tr("Welcome"))
        self.call_text.setObjectName("CallText")
        self.call_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        banner_layout.addWidget(self.call_text)
        outer.addWidget(self.banner)
        middle = QHBoxLayout()
        middle.setSpacing(24)
        left = QVBoxLayout()
        left.addWidget(self._section(self.tr("Windows")))
        self.tiles = QGridLayout()
        self.tiles.setSpacing(14)
        left.addLayout(self.tiles, 1)
        middle.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(self._section(self.tr("Last calls")))
        self.recent = QVBoxLayout()
        self.recent.setSpacing(2)
        right.addLayout(self.recent)
        right.addSpacing(16)
        right.addWidget(self._section(self.tr("Waiting")))
        self.waiting = QGridLayout()
        self.waiting.setHorizontalSpacing(24)
        self.waiting.setVerticalSpacing(2)
        right.addLayout(self.waiting)
        right.addStretch(1)
        middle.addLayout(right, 2)
        outer.addLayout(middle, 1)
        self.marquee = Marquee()
        outer.addWidget(self.marquee)

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("HallSection")
        return label

    @staticmethod
    def _clear(layout: QVBoxLayout | QGridLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop, and a grab or paint before it
                widget.deleteLater()  # would still show the old tile where it was

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            board = hall_board(self.desk, self.station_id, recent=RECENT_CALLS)
        except Exception:  # noqa: BLE001 - the hall display must survive a network blip
            log.warning("hall display refresh failed", exc_info=True)
            return
        self.board = board
        self.title.setText(board.station_name)
        self._tick()
        self._show_windows(board.windows)
        self._clear(self.recent)
        for call in board.recent:
            line = QLabel(self.tr("{0}  →  Window {1}    {2}").format(call.number, call.window, clock_time(call.at)))
            line.setObjectName("RecentCall")
            self.recent.addWidget(line)
        self._clear(self.waiting)
        active = [q for q in board.services if q.active]
        pairs = 1 if len(active) <= 6 else 2  # many services: two name/count pairs per line
        for index, queue in enumerate(active):
            row, column = index // pairs, (index % pairs) * 2
            name = QLabel(f"{queue.prefix}  {queue.name}")
            name.setObjectName("WaitingName")
            name.setWordWrap(True)  # a long service name takes two lines, not the tiles' width
            count = QLabel(self.tr("{0} waiting").format(queue.waiting))
            count.setObjectName("WaitingCount")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.waiting.addWidget(name, row, column)
            self.waiting.addWidget(count, row, column + 1)
        self.marquee.set_text(board.notice)
        self._announce_new(board.last_event_id)

    def _show_windows(self, windows: list[WindowCall]) -> None:
        self._clear(self.tiles)
        columns = 3 if len(windows) <= 6 else 4 if len(windows) <= 12 else 5
        rows = max(1, -(-len(windows) // columns))
        for column in range(5):  # equal tiles whatever their texts: stretch every used column alike
            self.tiles.setColumnStretch(column, 1 if column < columns else 0)
        # Four rows of tiles must leave the banner, the lists and the ticker on a 1366×768 screen.
        shrink = min(1.0, 3.0 / rows)
        for index, window in enumerate(windows):
            tile = QFrame()
            tile.setObjectName("WindowTile")
            tile.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            state, text, style = self._tile_state(window)
            tile.setProperty("state", state)
            layout = QVBoxLayout(tile)
            layout.setContentsMargins(4, 2, 4, 2)
            layout.setSpacing(0)
            name = QLabel(self.tr("Window {0}").format(window.window))
            name.setObjectName("TileWindow")
            number = QLabel(text)
            number.setObjectName(style)
            if shrink < 1.0:
                for label, size in ((name, 32), (number, 80 if style == "TileNumber" else 40)):
                    label.setStyleSheet(f"font-size: {max(10, round(size * self._scale * shrink))}px;")
            for label in (name, number):
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                layout.addWidget(label)
            self.tiles.addWidget(tile, index // columns, index % columns)

    def _tile_state(self, window: WindowCall) -> tuple[str, str, str]:
        """(state for the style sheet, text, label style): a citizen must tell a window serving someone
        from one open and free, one on a break, and one with nobody at it today."""
        if window.number:
            return "serving", window.number, "TileNumber"
        if window.paused:
            return "paused", self.tr("Paused"), "TilePaused"
        if not window.staffed:
            return "closed", self.tr("Not open"), "TileClosed"
        return "idle", self.tr("Free"), "TileIdle"

    def _announce_new(self, top_event_id: int) -> None:
        if self.last_event_id is None:  # first look: what was called before the display started is old news
            self.last_event_id = top_event_id
            return
        if top_event_id <= self.last_event_id:
            return
        for call in calls_since(self.desk, self.last_event_id, self.station_id, limit=50):
            spoken = spoken_call(call.number, call.window)
            self._short[spoken] = self.tr("{0} → Window {1}").format(call.number, call.window)
            self.announcer.announce(spoken)
        self.last_event_id = top_event_id

    def _on_announce(self, calls: list[str]) -> None:
        """The banner shows every call being said: one as the full sentence, several side by side."""
        if len(calls) == 1:
            self.call_text.setText(calls[0])
        else:
            short = [self._short.get(call, call) for call in calls]
            self.call_text.setText("    ".join(short))
        self.call_text.setProperty("many", len(calls) > 1)
        self.call_text.style().unpolish(self.call_text)
        self.call_text.style().polish(self.call_text)
        self._flash(True)

    def _quiet(self) -> None:
        self._flash(False)
        self._short.clear()  # nothing is queued any more

    def _flash(self, on: bool) -> None:
        self.banner.setProperty("flash", on)
        for widget in (self.banner, self.call_text):  # the text's colour follows the banner's
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._apply_scale()
        super().resizeEvent(event)

    def _apply_scale(self) -> None:
        scale = max(0.4, min(self.width() / 1920, self.height() / 1080))
        if abs(scale - self._scale) < 0.01:
            return
        self._scale = scale
        sizes = re.findall(r"\{(\d+)\}", _STYLE)
        style = _STYLE
        for size in sizes:
            style = style.replace("{" + size + "}", str(round(int(size) * scale)), 1)
        self.setStyleSheet(style.replace("{{", "{").replace("}}", "}"))
        self.marquee.set_pixel_size(round(36 * scale))
        if self.board is not None:  # the tiles' own sizes follow the scale too, once the resize is done
            QTimer.singleShot(0, self._rescale_tiles)

    def _rescale_tiles(self) -> None:
        if self.board is not None:
            self._show_windows(self.board.windows)

    def _tick(self) -> None:
        self.clock.setText(clock_time(self.desk.now()))

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.changes.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
