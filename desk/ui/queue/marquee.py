"""A line of text that scrolls from right to left, for the hall display's notice."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

STEP_PX = 2
TICK_MS = 30
GAP = "　　　　"


class Marquee(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._offset = 0
        self.set_pixel_size(34)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._step)

    def set_pixel_size(self, size: int) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(10, size))
        self.setFont(font)
        self.setFixedHeight(QFontMetrics(font).height() + 16)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._offset = 0
        if text:
            self._timer.start(TICK_MS)
        else:
            self._timer.stop()
        self.update()

    def _step(self) -> None:
        self._offset += STEP_PX
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#0d47a1"))
        if not self._text:
            return
        painter.setPen(QColor("#ffffff"))
        loop = self._text + GAP
        width = QFontMetrics(self.font()).horizontalAdvance(loop)
        x = self.width() - self._offset % (width + self.width())
        baseline = (self.height() + QFontMetrics(self.font()).ascent() - QFontMetrics(self.font()).descent()) // 2
        painter.drawText(x, baseline, loop)
        if x + width < self.width():  # the start of the next lap follows right behind
            painter.drawText(x + width, baseline, loop)
