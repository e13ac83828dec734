"""Say clearly what is missing before Qt aborts with "Could not load the Qt platform plugin xcb".

Qt reports a missing system library with a fatal error (the process aborts; Python cannot catch
it), so on Linux we look for the libraries the xcb plugin loads before creating the application.

It also refuses a Qt for Python build that would abort later: PySide6 6.12.0 on Python 3.10/3.11
drops a reference to None in every void QPainter call, and after 10-25 minutes of painting the
process dies with "Fatal Python error: none_dealloc" (issue 10). ``pyproject.toml`` keeps those
Pythons on PySide6 < 6.12; the probe here catches any other way such a build got installed.
"""

from __future__ import annotations

import ctypes
import os
import sys

# soname -> Debian/Ubuntu package
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def missing_libraries() -> list[str]:
    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def painter_loses_none(calls: int = 32) -> bool:
    """True when this PySide6 build loses a reference to None in a void QPainter call.

    Costs ``calls`` references on such a build (None has tens of thousands); from Python 3.12 None
    is immortal, its count never moves and the answer is always False.
    """
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    colour = QColor(0, 0, 0)
    try:
        painter.setPen(colour)  # first call: anything created once is created now
        before = sys.getrefcount(None)
        for _ in range(calls):
            painter.setPen(colour)
        return before - sys.getrefcount(None) >= calls // 2
    finally:
        painter.end()


def qt_build_problem() -> str | None:
    """None when this Python and PySide6 can paint all day; otherwise what to install instead."""
    if not painter_loses_none():
        return None
    import PySide6

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return (f"PySide6 {PySide6.__version__} on Python {python} loses a reference to None each time it draws, "
            "and Grid Desk would stop within minutes (Fatal Python error: none_dealloc). Reinstall with "
            "pip install -e . (it picks PySide6 below 6.12 on Python 3.10 and 3.11), or use Python 3.12 or newer.")


def platform_problem() -> str | None:
    """None when a window can be opened and kept open; otherwise a sentence that says what to install or set."""
    return _display_problem() or qt_build_problem()


def _display_problem() -> str | None:
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform in ("offscreen", "minimal", "vnc") or platform.startswith("wayland"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return ("No display was found (DISPLAY is not set). Start Grid Desk from a desktop session, or under "
                "a virtual screen with: xvfb-run python main.py")
    missing = missing_libraries()
    if missing:
        return ("Qt cannot open a window: these system libraries are missing. Install them with:\n"
                f"  sudo apt-get install {' '.join(missing)}")
    return None
