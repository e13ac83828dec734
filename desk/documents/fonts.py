"""Chinese fonts for printed documents.

Where the font comes from, in order:

1. a font file the station configured (``configure_fonts(path)``, from the station settings);
2. a Chinese TrueType font installed on the machine (Windows font folder, or fontconfig on Linux);
3. reportlab's built-in ``STSong-Light`` CID font, which needs no font file at all, so a
   document always prints, even on a machine without any Chinese font.

reportlab embeds only TrueType outlines (a ``glyf`` table).  CFF-based OpenType fonts such as
Noto Sans CJK cannot be embedded, so candidates are checked before they are loaded.

Loading a 17 MB .ttc takes about 0.1-0.2 s, so fonts load once per process, lazily and under a
lock; the GUI calls ``preload()`` from a worker thread at start-up so the first print is fast.
Set the environment variable ``GRID_DESK_NO_SYSTEM_FONT=1`` (or pass ``system_fonts=False``) to
skip installed fonts, which is how the tests exercise the CID fallback.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desk.documents.font_files import FontCandidate, has_truetype_outlines

log = logging.getLogger(__name__)

NO_SYSTEM_FONT_ENV = "GRID_DESK_NO_SYSTEM_FONT"
CID_FONT_NAME = "STSong-Light"

# Families known to carry the full GB 2312 set with TrueType outlines, best first.  Anything
# else fontconfig reports for :lang=zh comes after these.
_PREFERRED_FAMILIES = (
    "simsun",
    "microsoft yahei",
    "wenquanyi zen hei",
    "wenquanyi micro hei",
    "ar pl uming",
    "ar pl ukai",
    "droid sans fallback",
)
# Windows: (file, subfont index); the first group is body text, SimHei (黑体) is for headings.
_WINDOWS_REGULAR = (("simsun.ttc", 0), ("msyh.ttc", 0), ("msyh.ttf", 0), ("simhei.ttf", 0))
_WINDOWS_BOLD = (("simhei.ttf", 0), ("msyhbd.ttc", 0), ("msyhbd.ttf", 0))


@dataclass(frozen=True)
class DocumentFonts:
    """The reportlab font names documents use, and where they came from."""

    regular: str
    bold: str
    source: str  # "configured", "system" or "cid"
    path: str | None = None
    problem: str | None = None  # why the configured font was not used, for the settings page

    @property
    def embedded(self) -> bool:
        """True when the font travels inside the PDF (any viewer shows the same glyphs)."""
        return self.source != "cid"


_lock = threading.Lock()
_loaded: dict[tuple[str | None, bool], DocumentFonts] = {}
_configured_path: str | None = None


def configure_fonts(font_path: str | os.PathLike[str] | None) -> None:
    """Use this font file (from the station settings) for every document; None means automatic."""
    global _configured_path
    with _lock:
        _configured_path = os.fspath(font_path) if font_path else None


def document_fonts(
    font_path: str | os.PathLike[str] | None = None, *, system_fonts: bool | None = None
) -> DocumentFonts:
    """Return the fonts to print with, loading them on first use (thread-safe).

    ``font_path`` overrides the configured font; ``system_fonts=False`` skips installed fonts
    (default: skip only when ``GRID_DESK_NO_SYSTEM_FONT`` is set to a true value).
    """
    if system_fonts is None:
        system_fonts = os.environ.get(NO_SYSTEM_FONT_ENV, "").strip().lower() not in {"1", "true", "yes"}
    with _lock:
        path = os.fspath(font_path) if font_path else _configured_path
        key = (path, system_fonts)
        fonts = _loaded.get(key)
        if fonts is None:
            fonts = _loaded[key] = _resolve(path, system_fonts)
        return fonts


def preload() -> DocumentFonts:
    """Load the fonts now; call from a worker thread at start-up so printing never waits."""
    return document_fonts()


def _resolve(configured: str | None, system_fonts: bool) -> DocumentFonts:
    problem = None
    if configured:
        name, problem = _try_register(FontCandidate(configured, 0, "configured"))
        if name:
            return DocumentFonts(regular=name, bold=name, source="configured", path=configured)
        log.warning("Configured document font not usable, falling back: %s", problem)
    if system_fonts:
        regular = _first_registered(_system_regular_candidates())
        if regular:
            bold = _first_registered(_windows_candidates(_WINDOWS_BOLD)) if sys.platform == "win32" else None
            return DocumentFonts(regular=regular[0], bold=(bold or regular)[0], source="system",
                                 path=regular[1], problem=problem)
    return DocumentFonts(regular=_register_cid(), bold=_register_cid(), source="cid", problem=problem)


def _first_registered(candidates: list[FontCandidate]) -> tuple[str, str] | None:
    for candidate in candidates:
        name, _ = _try_register(candidate)
        if name:
            return name, candidate.path
    return None


def _try_register(candidate: FontCandidate) -> tuple[str | None, str | None]:
    """Register one font file; return (reportlab name, None) or (None, reason)."""
    path = Path(candidate.path)
    if not path.is_file():
        return None, f"font file not found: {path}"
    if not has_truetype_outlines(path, candidate.index):
        return None, f"font has no TrueType outlines (CFF/OpenType cannot be embedded): {path}"
    # The name depends only on the file and index, so a re-registration is a no-op.
    digest = hashlib.sha1(f"{path.resolve()}#{candidate.index}".encode()).hexdigest()[:8]
    name = f"GridDesk-{path.stem}-{candidate.index}-{digest}"
    if name in pdfmetrics.getRegisteredFontNames():
        return name, None
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=candidate.index))
    except (TTFError, OSError, ValueError) as exc:  # malformed or unsupported font file
        return None, f"font cannot be loaded ({exc}): {path}"
    return name, None


def _register_cid() -> str:
    if CID_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT_NAME))
    return CID_FONT_NAME


def _system_regular_candidates() -> list[FontCandidate]:
    if sys.platform == "win32":
        return _windows_candidates(_WINDOWS_REGULAR)
    return _rank(_fontconfig_candidates())


def _windows_candidates(files: tuple[tuple[str, int], ...]) -> list[FontCandidate]:
    folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [FontCandidate(str(folder / name), index, name) for name, index in files]


def _fontconfig_candidates() -> list[FontCandidate]:
    """Chinese fonts fontconfig knows about; empty when fc-list is missing or fails."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return []
    try:
        out = subprocess.run(
            [fc_list, "--format", "%{file}\t%{index}\t%{family}\t%{fontformat}\n", ":lang=zh"],
            capture_output=True, text=True, timeout=10, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[0]:
            continue
        fmt = parts[3] if len(parts) > 3 else ""
        if fmt and fmt.lower() not in {"truetype", ""}:
            continue  # fontconfig already says CFF: reportlab cannot embed it
        try:
            index = int(parts[1] or 0)
        except ValueError:
            index = 0
        found.append(FontCandidate(parts[0], index, parts[2]))
    return found


def _rank(candidates: list[FontCandidate]) -> list[FontCandidate]:
    """Preferred families first; monospaced and bitmap-like variants last; stable across runs."""

    def key(c: FontCandidate) -> tuple[int, int, str, int]:
        family = c.family.split(",")[0].strip().lower()
        rank = next((i for i, p in enumerate(_PREFERRED_FAMILIES) if family == p), len(_PREFERRED_FAMILIES))
        odd = int(any(word in family for word in ("mono", "sharp")))
        return (odd, rank, c.path, c.index)

    return sorted(candidates, key=key)
