"""Reading PDFs back in tests: text with pypdf, character boxes and pixels with pdfium."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
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


# -- pages that hold only signature lines or a seal -------------------------------------------------
_CLOSING_WORDS = ("（盖章，代表人签名）", "（签名）", "（盖章）", "（签字）", "按手印", "日期：", "签收", "被申请人", "申请人",
                  "受理人", "当事人", "人民调解员", "记录人", "制表人", "审核人", "站长", "草稿")
_CLOSING_PATTERNS = (r"\d{4}年\d{1,2}月\d{1,2}日", r"[年月日：:、，,\-\s]")


def page_texts_inside_margins(pdf: bytes) -> list[str]:
    """pdftotext of each page without the top and bottom margins (footer, page numbers, 补打 stamp)."""
    import subprocess
    import tempfile

    out = []
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        with opened(pdf) as doc:
            sizes = [doc[i].get_size() for i in range(len(doc))]
        for number, (width, height) in enumerate(sizes, start=1):
            top, bottom = 11 * 72 / 25.4, 14 * 72 / 25.4  # inside every format's margins (A4, A5)
            args = ["pdftotext", "-f", str(number), "-l", str(number), "-x", "0", "-y", str(int(top)),
                    "-W", str(int(width)), "-H", str(int(height - top - bottom)), file.name, "-"]
            out.append(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    return out


def closing_only_pages(pdf: bytes, names: Iterable[str] = ()) -> list[int]:
    """Page numbers (1-based) whose text is nothing but signature lines, roles, names, dates and seals.

    ``names`` are the people and organisations who sign or seal (printed beside the lines and in the
    seal); anything else on a page is content, which the signatures on it certify."""
    import re

    pages = []
    for number, text in enumerate(page_texts_inside_margins(pdf), start=1):
        rest = squash(text)
        for name in sorted({squash(n) for n in names if n.strip()}, key=len, reverse=True):
            rest = rest.replace(name, "")
        for word in _CLOSING_WORDS:
            rest = rest.replace(word, "")
        for pattern in _CLOSING_PATTERNS:
            rest = re.sub(pattern, "", rest)
        if not rest:
            pages.append(number)
    return pages
