"""qt-material theme plus Grid Desk's own small stylesheet (larger touch targets, status colours)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desk.ui.resources import resource


def apply_theme(app: QApplication, theme: str = "light_blue.xml") -> None:
    from qt_material import apply_stylesheet  # imported here: it is the slowest part of start-up

    light = theme.startswith("light")
    # density_scale -1 keeps tables compact enough for a 1366x768 counter PC.
    apply_stylesheet(app, theme=theme, invert_secondary=light, extra={"density_scale": "-1", "font_family": "Noto Sans CJK SC, Microsoft YaHei, sans-serif"})
    extra = resource("styles", "desk.qss")
    if extra.is_file():
        app.setStyleSheet(app.styleSheet() + "\n" + extra.read_text(encoding="utf-8"))
