"""qt-material theme plus Grid Desk's own small stylesheet (larger touch targets, status colours)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desk.ui.resources import resource

# qt-material upper-cases buttons, tabs, group titles and table headers. Qt sizes a widget for its text
# as written and paints it upper-cased, so Latin text came out wider than its room and was cut off
# ("ERVIC" for "Service", "/ERY SATISFIEI"); Chinese has no case anyway. It also greys table headers
# to 70 % and group titles to 40 % of the text colour (about 2:1 on the light themes). Both are undone
# here, in the theme's own text colour, and the headers' 24 px side padding (made for a phone's
# one-column table) shrinks so stretch columns keep their words.
_UNDO_MATERIAL = """
QPushButton, QToolButton, QTabBar, QGroupBox, QDockWidget, QToolBox::tab, QHeaderView::section {{
  text-transform: none;
}}
QHeaderView::section {{ color: {text}; padding: 0 6px; }}
QGroupBox::title {{ color: {text}; }}
"""


def apply_theme(app: QApplication, theme: str = "light_blue.xml") -> None:
    from qt_material import apply_stylesheet, get_theme  # imported here: it is the slowest part of start-up

    light = theme.startswith("light")
    # density_scale -1 keeps tables compact enough for a 1366x768 counter PC.
    apply_stylesheet(app, theme=theme, invert_secondary=light, extra={"density_scale": "-1", "font_family": "Noto Sans CJK SC, Microsoft YaHei, sans-serif"})
    colours = get_theme(theme, invert_secondary=light) or {}
    text = colours.get("secondaryTextColor", "#555555")  # 6.9:1 on the light themes' headers
    sheet = app.styleSheet() + _UNDO_MATERIAL.format(text=text)
    extra = resource("styles", "desk.qss")
    if extra.is_file():
        sheet += "\n" + extra.read_text(encoding="utf-8")
    app.setStyleSheet(sheet)
