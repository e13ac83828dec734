"""Say clearly what is missing before Qt aborts with "Could not load the Qt platform plugin xcb".

Qt reports a missing system library with a fatal error (the process aborts; Python cannot catch
it), so on Linux we look for the libraries the xcb plugin loads before creating the application.
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


def platform_problem() -> str | None:
    """None when a window can be opened; otherwise a sentence that says what to install or set."""
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
