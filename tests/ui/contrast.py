"""Contrast as a citizen sees it: measured on the rendered pixels, not on the style sheet's colours."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(top: QWidget, label: QWidget) -> float:
    """The contrast between ``label``'s text and what is behind it, in a grab of ``top``: the most common
    colour in the label's box is the background, the most common clearly different one is the text."""
    image: QImage = top.grab().toImage()
    scale = image.width() / max(1, top.width())
    corner = label.mapTo(top, QPoint(0, 0))
    box = QRect(int(corner.x() * scale), int(corner.y() * scale), int(label.width() * scale),
                int(label.height() * scale)).intersected(image.rect())
    counts: Counter[tuple[int, int, int]] = Counter()
    for y in range(box.top(), box.bottom() + 1):
        for x in range(box.left(), box.right() + 1):
            c = QColor(image.pixel(x, y))
            counts[(c.red(), c.green(), c.blue())] += 1
    (background, _), *others = counts.most_common()
    if not others:
        return 1.0
    # Anti-aliased edges blend the two; the glyphs' own colour is the one furthest from the background
    # among the colours that cover a real share of the glyphs (a stray pixel does not count).
    enough = max(2, others[0][1] // 10)
    return max(ratio(colour, background) for colour, n in others if n >= enough)
