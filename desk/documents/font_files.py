"""Reading just enough of a font file to know whether reportlab can embed it.

reportlab's TTFont only understands TrueType outlines (a ``glyf`` table).  Loading a 20 MB
CFF-based .ttc (Noto Sans CJK) only to get a TTFError wastes time, so the sfnt table directory
is read first: a few hundred bytes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FontCandidate:
    path: str
    index: int  # subfont index inside a .ttc collection; 0 for a plain .ttf
    family: str


def has_truetype_outlines(path: str | Path, index: int = 0) -> bool:
    """True when the font (subfont ``index`` of a collection) has a ``glyf`` table."""
    try:
        with open(path, "rb") as f:
            head = f.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                count = struct.unpack(">I", head[8:12])[0]
                if not 0 <= index < count:
                    return False
                f.seek(12 + 4 * index)
                offset = struct.unpack(">I", f.read(4))[0]
                f.seek(offset)
                head = f.read(12)
            if head[:4] not in (b"\x00\x01\x00\x00", b"true"):
                return False  # "OTTO" is CFF; anything else is not a font we know
            num_tables = struct.unpack(">H", head[4:6])[0]
            f.seek(offset + 12)
            directory = f.read(16 * num_tables)
    except (OSError, struct.error):
        return False
    tags = {directory[i : i + 4] for i in range(0, len(directory), 16)}
    return b"glyf" in tags and b"loca" in tags
