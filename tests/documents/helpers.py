"""Reading PDFs back in tests: text with pypdf, character boxes and pixels with pdfium."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pypdfium2 as pdfium
from pypdf import PdfReader


def pdf_text(pdf: bytes) -> list[str]:
    """The extracted text of every page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    """Text without any whitespace, so line wrapping does not matter when searching."""
    return "".join(text.split())


def font_names(pdf: bytes) -> set[str]:
    """BaseFont names of every font used on any page."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


@dataclass(frozen=True)
class CharBox:
    char: str
    left: float
    bottom: float
    right: float
    top: float


@contextmanager
def opened(pdf: bytes) -> Iterator[pdfium.PdfDocument]:
    doc = pdfium.PdfDocument(pdf)
    try:
        yield doc
    finally:
        doc.close()


def char_boxes(pdf: bytes) -> list[tuple[tuple[float, float], list[CharBox]]]:
    """Per page: (page size, boxes of every visible character) in PDF points."""
    out = []
    with opened(pdf) as doc:
        for page in doc:
            text_page = page.get_textpage()
            text = text_page.get_text_range()
            boxes = []
            for i in range(text_page.count_chars()):
                ch = text[i] if i < len(text) else ""
                if not ch.strip():
                    continue
                left, bottom, right, top = text_page.get_charbox(i)
                boxes.append(CharBox(ch, left, bottom, right, top))
            out.append((page.get_size(), boxes))
            text_page.close()
            page.close()
    return out


def dark_pixel_share(pdf: bytes, page_index: int = 0, png_path: str | None = None) -> float:
    """Share of pixels darker than mid-grey on one page rendered at 72 dpi (optionally saved)."""
    with opened(pdf) as doc:
        page = doc[page_index]
        image = page.render(scale=1).to_pil().convert("L")
        page.close()
    if png_path:
        image.save(png_path)
    histogram = image.histogram()
    return sum(histogram[:128]) / (image.width * image.height)
