"""Chinese line-breaking rules for reportlab's CJK wrapping.

reportlab's list of characters that must not start a line (避头) is Japanese-oriented: it has
"。" and "、" but not the full-width Chinese "，；：！？" or closing quotes and title marks, so a
line could start with "，".  Adding them is all it takes: reportlab then keeps such a mark on
the line before, hanging it into the right margin (标点悬挂, one of the practices the W3C's
Chinese layout requirements describe).  That hang is at most one punctuation glyph wide.
"""

from __future__ import annotations

import reportlab.lib.textsplit as textsplit
import reportlab.platypus.paragraph as paragraph

CHINESE_CANNOT_START = (
    "\uff0c"  # ，
    "\uff0e"  # ．
    "\uff1a"  # ：
    "\uff1b"  # ；
    "\uff01"  # ！
    "\uff1f"  # ？
    "\u300b"  # 》
    "\u3009"  # 〉
    "\u3017"  # 〗
    "\uff5d"  # ｝
    "\u201d"  # ”
    "\u2019"  # ’
    "\u2026"  # …
)


def install_chinese_line_breaking() -> None:
    """Extend reportlab's cannot-start-a-line set; safe to call any number of times."""
    missing = "".join(ch for ch in CHINESE_CANNOT_START if ch not in paragraph.ALL_CANNOT_START)
    if missing:
        paragraph.ALL_CANNOT_START += missing
        textsplit.ALL_CANNOT_START += missing


def cannot_start_line(ch: str) -> bool:
    return ch in paragraph.ALL_CANNOT_START
