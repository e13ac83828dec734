"""A time grid: columns (rooms of a day, or days of a room) by time of day, bookings as blocks.

Click an empty slot to book it, click a block to open it, drag a block to move it (the service
decides; the grid only proposes). Times outside a column's opening hours, and closure days, are
shaded so nobody proposes what the service will refuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desk.services.mediation.bookings import BookingRow

HEADER_H = 44
GUTTER_W = 52
SLOT_MIN = 30
PALETTE = ("#1e88e5", "#43a047", "#8e24aa", "#f4511e", "#00897b", "#6d4c41", "#3949ab", "#c0ca33")


@dataclass(frozen=True)
class GridColumn:
    day: date
    room_id: int
    title: str
    subtitle: str
    opens_min: int | None  # None: closed all day (weekday off or closure)
    closes_min: int | None
    closed_reason: str = ""


@dataclass
class Block:
    booking: BookingRow
    column: int
    start_min: int
    end_min: int
    block_end_min: int


class TimeGrid(QWidget):
    slotClicked = Signal(int, int)  # noqa: N815 - Qt signal naming: column index, minutes after midnight
    bookingClicked = Signal(int)  # noqa: N815
    bookingDropped = Signal(int, int, int)  # noqa: N815 - booking id, column index, new start minutes

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.first_min, self.last_min = 8 * 60, 21 * 60
        self.px_per_min = 1.1
        self.columns: list[GridColumn] = []
        self.blocks: list[Block] = []
        self._drag: tuple[Block, QPoint] | None = None
        self._drag_to: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- data ---------------------------------------------------------------------------------
    def set_content(self, columns: list[GridColumn], bookings: list[BookingRow]) -> None:
        self.columns = columns
        opens = [c.opens_min for c in columns if c.opens_min is not None]
        closes = [c.closes_min for c in columns if c.closes_min is not None]
        self.first_min = min([8 * 60, *opens]) // 60 * 60
        self.last_min = -(-max([18 * 60, *closes]) // 60) * 60
        index = {(c.day, c.room_id): i for i, c in enumerate(columns)}
        self.blocks = []
        for b in bookings:
            column = index.get((b.start_at.astimezone(self.zone).date(), b.room_id))
            if column is not None:
                self.blocks.append(Block(b, column, self._minutes(b.start_at), self._minutes(b.end_at),
                                         self._minutes(b.block_end)))
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def _minutes(self, moment: datetime) -> int:
        local = moment.astimezone(self.zone)
        return local.hour * 60 + local.minute

    # -- geometry -----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(GUTTER_W + 140 * max(1, len(self.columns)),
                     HEADER_H + int((self.last_min - self.first_min) * self.px_per_min) + 2)

    def column_width(self) -> float:
        return (self.width() - GUTTER_W) / max(1, len(self.columns))

    def y_of(self, minutes: int) -> float:
        return HEADER_H + (minutes - self.first_min) * self.px_per_min

    def minutes_at(self, y: float) -> int:
        raw = self.first_min + (y - HEADER_H) / self.px_per_min
        return int(raw // SLOT_MIN * SLOT_MIN)

    def column_at(self, x: float) -> int | None:
        if x < GUTTER_W or not self.columns:
            return None
        column = int((x - GUTTER_W) // self.column_width())
        return column if 0 <= column < len(self.columns) else None

    def block_rect(self, block: Block) -> QRectF:
        left = GUTTER_W + block.column * self.column_width()
        top, bottom = self.y_of(block.start_min), self.y_of(block.end_min)
        return QRectF(left + 3, top + 1, self.column_width() - 6, max(14.0, bottom - top - 2))

    def block_at(self, pos: QPoint) -> Block | None:
        for block in reversed(self.blocks):
            if self.block_rect(block).contains(pos.toPointF()):
                return block
        return None

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        width = self.column_width()
        bottom = self.y_of(self.last_min)
        for i, column in enumerate(self.columns):
            left = GUTTER_W + i * width
            shade = QColor("#eceff1")
            if column.opens_min is None or column.closes_min is None:
                p.fillRect(QRectF(left, HEADER_H, width, bottom - HEADER_H), QColor("#e0e0e0"))
            else:
                p.fillRect(QRectF(left, HEADER_H, width, self.y_of(column.opens_min) - HEADER_H), shade)
                p.fillRect(QRectF(left, self.y_of(column.closes_min), width, bottom - self.y_of(column.closes_min)), shade)
        p.setPen(QPen(QColor("#cfd8dc"), 1))
        for minutes in range(self.first_min, self.last_min + 1, SLOT_MIN):
            y = self.y_of(minutes)
            p.setPen(QPen(QColor("#b0bec5" if minutes % 60 == 0 else "#eceff1"), 1))
            p.drawLine(GUTTER_W, int(y), self.width(), int(y))
            if minutes % 60 == 0 and minutes < self.last_min:
                p.setPen(QColor("#546e7a"))
                p.drawText(QRectF(0, y - 2, GUTTER_W - 6, 16), int(Qt.AlignmentFlag.AlignRight), f"{minutes // 60:02d}:00")
        header_font = QFont(self.font())
        header_font.setBold(True)
        for i, column in enumerate(self.columns):
            left = GUTTER_W + i * width
            p.setPen(QPen(QColor("#b0bec5"), 1))
            p.drawLine(int(left), 0, int(left), int(bottom))
            p.setPen(QColor("#263238"))
            p.setFont(header_font)
            p.drawText(QRectF(left, 4, width, 18), int(Qt.AlignmentFlag.AlignHCenter), column.title)
            p.setFont(self.font())
            p.setPen(QColor("#c62828" if column.opens_min is None else "#607d8b"))
            p.drawText(QRectF(left, 22, width, 18), int(Qt.AlignmentFlag.AlignHCenter),
                       column.closed_reason or column.subtitle)
        for block in self.blocks:
            self._paint_block(p, block)
        if self._drag is not None and self._drag_to is not None:
            block = self._drag[0]
            ghost = Block(block.booking, self._drag_to[0], self._drag_to[1],
                          self._drag_to[1] + block.end_min - block.start_min, 0)
            p.setPen(QPen(QColor("#263238"), 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(self.block_rect(ghost), 4, 4)
        p.end()

    def _paint_block(self, p: QPainter, block: Block) -> None:
        rect = self.block_rect(block)
        colour = QColor(PALETTE[(block.booking.case_id or block.booking.id) % len(PALETTE)])
        if block.block_end_min > block.end_min:  # the buffer after the booking, hatched
            buffer = QRectF(rect.left(), rect.bottom() + 1, rect.width(),
                            (block.block_end_min - block.end_min) * self.px_per_min - 2)
            p.fillRect(buffer, QColor(colour.red(), colour.green(), colour.blue(), 50))
        p.setPen(QPen(colour.darker(130), 1))
        p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 215))
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(QColor("#ffffff"))
        b = block.booking
        lines = [f"{b.start_at.astimezone(self.zone):%H:%M}–{b.end_at.astimezone(self.zone):%H:%M} {b.title}",
                 "、".join(b.staff_names), b.case_number or b.parties]
        p.drawText(rect.adjusted(5, 3, -4, -2), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                   | int(Qt.TextFlag.TextWordWrap), "\n".join(line for line in lines if line))

    # -- mouse --------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return
        block = self.block_at(event.position().toPoint())
        if block is not None:
            self._drag, self._drag_to = (block, event.position().toPoint()), None
            return
        column = self.column_at(event.position().x())
        if column is not None and event.position().y() > HEADER_H:
            self.slotClicked.emit(column, self.minutes_at(event.position().y()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position().toPoint()
        if self._drag is None:
            block = self.block_at(pos)
            if block is not None:
                b = block.booking
                QToolTip.showText(event.globalPosition().toPoint(), "\n".join(
                    x for x in (b.title, b.case_number, b.parties, "、".join(b.staff_names), b.note) if x), self)
            return
        block, origin = self._drag
        if (pos - origin).manhattanLength() < 6:
            return
        column = self.column_at(pos.x())
        if column is not None:
            shift = round((pos.y() - origin.y()) / self.px_per_min / SLOT_MIN * 2) * SLOT_MIN // 2
            self._drag_to = (column, max(self.first_min, block.start_min + shift))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag is None:
            return
        block, target = self._drag[0], self._drag_to
        self._drag, self._drag_to = None, None
        self.update()
        if target is None:
            self.bookingClicked.emit(block.booking.id)
        elif target != (block.column, block.start_min):
            self.bookingDropped.emit(block.booking.id, target[0], target[1])
