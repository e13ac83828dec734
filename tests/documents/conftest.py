from __future__ import annotations

import pytest

from desk.documents import DocumentFonts, StationHeader, document_fonts
from desk.documents.samples import sample_header


@pytest.fixture(scope="session")
def system_fonts() -> DocumentFonts:
    """An embeddable Chinese font installed on this machine (the normal case)."""
    fonts = document_fonts(system_fonts=True)
    if fonts.source != "system":
        pytest.skip("no Chinese TrueType font installed (e.g. apt install fonts-wqy-zenhei)")
    return fonts


@pytest.fixture(scope="session")
def cid_fonts() -> DocumentFonts:
    """The built-in STSong-Light fallback, as on a machine without any Chinese font."""
    return document_fonts(system_fonts=False)


@pytest.fixture
def header() -> StationHeader:
    return sample_header()
