"""Printing PDF bytes: rasterise pages at the printer's resolution, choose the printer, print without a dialog.

Pages are rasterised by QtPdf at the printer's resolution (at most ``DPI_LIMIT``) in horizontal
bands, so a 600 dpi A4 page never needs one 140 MB image, and each sheet gets the PDF page's own
size (an 80 mm slip is a custom page as tall as the slip).  ``render_pages`` is the loop, usable
with any QPrinter or QPdfWriter, which is how the tests print into a PDF file.

The printer chosen for a kind of document is remembered on this terminal (TerminalSettings):
first the exact kind ("intake.receipt"), then its paper ("slip" / "a4", the two choices of the
settings dialog).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    qVersion,
)
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QWidget,
)

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.ui.terminal_settings import TerminalSettings

DPI_LIMIT = 600  # sharper than a thermal or office laser printer shows; bounds memory and time
BAND_PIXELS = 1024  # rows rasterised at a time
SLIP_MAX_WIDTH_MM = 100.0  # narrower pages are roll-paper slips
_MM_PER_POINT = 25.4 / 72
TR = "Printing"

NO_PRINTER = QT_TRANSLATE_NOOP(
    "Printing", "No printer is installed on this computer, so nothing was printed. Ask the administrator to install "
        "the printer; until then, open the document and save it as PDF.")
NO_DEFAULT = QT_TRANSLATE_NOOP(
    "Printing", "No printer is chosen for these documents and this computer has no default printer. Choose the "
        "printer in Settings (terminal settings), then print again.")
GONE = QT_TRANSLATE_NOOP(
    "Printing", "The printer \"{printer}\" chosen for these documents is not available. Check that it is switched on "
        "and connected, or choose another printer in Settings, then print again.")
CANNOT_START = QT_TRANSLATE_NOOP(
    "Printing", "The printer \"{printer}\" could not start printing. Check that it is switched on, connected and has "
        "paper, then print again.")
FAILED = QT_TRANSLATE_NOOP(
    "Printing", "The printer \"{printer}\" reported an error while printing; the document may be incomplete. Check "
        "its paper and display, then print again.")
BAD_PDF = QT_TRANSLATE_NOOP(
    "Printing", "The document could not be prepared for printing ({reason}). Try again; if it happens again, tell the "
        "administrator.")
PDF_FILE = QT_TRANSLATE_NOOP("Printing", "the PDF file")


def _t(text: str) -> str:
    return QCoreApplication.translate(TR, text)


class PrintError(Exception):
    """Printing failed; ``str(error)`` is a translated sentence that says what to do."""


# -- documents and pages --------------------------------------------------------------------------
def load_pdf(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over the bytes (kept in memory: documents may carry ID numbers)."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)  # owned by the document, alive as long as it is
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        reason = document.error().name if document.error() != QPdfDocument.Error.None_ else "no pages"
        raise PrintError(_t(BAD_PDF).format(reason=reason))
    return document


def page_layout(document: QPdfDocument, page: int) -> QPageLayout:
    """The sheet for one PDF page: its exact size, no margins (the PDF has its own)."""
    size = document.pagePointSize(page)
    width, height = size.width(), size.height()
    landscape = width > height
    if landscape:
        width, height = height, width
    # Fuzzy match: an A4 page is "A4" for the driver (right tray); a slip becomes a custom size.
    page_size = QPageSize(QSizeF(width * _MM_PER_POINT, height * _MM_PER_POINT), QPageSize.Unit.Millimeter,
                          "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def paper_of(document: QPdfDocument) -> str:
    """"slip" for roll paper, "a4" for sheets: the two printer choices of the settings dialog."""
    width_mm = document.pagePointSize(0).width() * _MM_PER_POINT
    return "slip" if width_mm <= SLIP_MAX_WIDTH_MM else "a4"


def _device_dpi(device: QPagedPaintDevice) -> int:
    if isinstance(device, QPrinter):
        return device.resolution()
    return device.logicalDpiX()


# Qt 6.12 renders straight onto white RGB32; earlier Qt (which Python 3.10/3.11 keep, see pyproject.toml)
# renders ARGB32 on transparent, so the band is laid on white here: paper and PDF pages look the same.
_RENDER_ONTO_WHITE = tuple(int(part) for part in qVersion().split(".")[:2]) >= (6, 12)


def _render_band(document: QPdfDocument, page: int, size: QSize, options: QPdfDocumentRenderOptions) -> QImage:
    if _RENDER_ONTO_WHITE:
        return document.render(page, size, options, QImage.Format.Format_RGB32,
                               Qt.GlobalColor.white)
    band = document.render(page, size, options)
    if band.isNull():
        return band
    white = QImage(size, QImage.Format.Format_RGB32)
    white.fill(Qt.GlobalColor.white)
    painter = QPainter(white)
    painter.drawImage(0, 0, band)
    painter.end()
    return white


def _paint_page(painter: QPainter, document: QPdfDocument, page: int, device: QPagedPaintDevice,
                dpi_limit: int) -> None:
    dpi = _device_dpi(device)
    target = QRectF(0, 0, device.width(), device.height())
    points = document.pagePointSize(page)
    # Keep the page's proportions inside the sheet (they match unless the driver changed the paper).
    scale = min(target.width() / points.width(), target.height() / points.height())
    drawn = QSizeF(points.width() * scale, points.height() * scale)
    origin = QPointF(target.x() + (target.width() - drawn.width()) / 2, target.y())
    raster_dpi = min(dpi, dpi_limit)
    pixels = QSize(max(1, round(points.width() / 72 * raster_dpi)), max(1, round(points.height() / 72 * raster_dpi)))
    factor = drawn.width() / pixels.width()
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(pixels)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, factor != 1.0)
    for top in range(0, pixels.height(), BAND_PIXELS):
        rows = min(BAND_PIXELS, pixels.height() - top)
        options.setScaledClipRect(QRect(0, top, pixels.width(), rows))
        band = _render_band(document, page, QSize(pixels.width(), rows), options)
        if band.isNull():
            raise PrintError(_t(BAD_PDF).format(reason=f"page {page + 1} cannot be drawn"))
        painter.drawImage(QRectF(origin.x(), origin.y() + top * factor, drawn.width(), rows * factor), band)


def render_pages(document: QPdfDocument, device: QPagedPaintDevice, *, first_page: int = 0,
                 last_page: int | None = None, dpi_limit: int = DPI_LIMIT, device_name: str = "") -> int:
    """Paint pages ``first_page..last_page`` (0-based, inclusive) onto ``device``, one sheet each.

    ``device`` is a QPrinter (a real printer or PdfFormat) or a QPdfWriter that is not printing
    yet.  Each sheet takes the size of its PDF page.  Returns the number of pages painted; raises
    PrintError (a sentence naming ``device_name``) when the device refuses.
    """
    last = document.pageCount() - 1 if last_page is None else min(last_page, document.pageCount() - 1)
    pages = range(max(0, first_page), last + 1)
    if not pages:
        return 0
    name = device_name or _t(PDF_FILE)
    if isinstance(device, QPrinter):
        device.setFullPage(True)  # coordinates from the paper's corner; the PDF carries its margins
    device.setPageLayout(page_layout(document, pages[0]))
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(_t(CANNOT_START).format(printer=name))
    try:
        for count, page in enumerate(pages):
            if count:
                layout = page_layout(document, page)
                if not layout.isEquivalentTo(device.pageLayout()):
                    device.setPageLayout(layout)  # applies from the next sheet on
                if not device.newPage():
                    raise PrintError(_t(FAILED).format(printer=name))
            _paint_page(painter, document, page, device, dpi_limit)
    except BaseException:
        if isinstance(device, QPrinter):
            device.abort()  # never hand a half-drawn job to the printer
        raise
    finally:
        painter.end()
    if isinstance(device, QPrinter) and device.printerState() in (QPrinter.PrinterState.Error,
                                                                  QPrinter.PrinterState.Aborted):
        raise PrintError(_t(FAILED).format(printer=name))
    return len(pages)


# -- which printer ----------------------------------------------------------------------------------
def installed_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def remembered_printer(settings: TerminalSettings, kind: str, paper: str) -> str:
    """The printer last chosen for this kind, else the one set for its paper in Settings ('' = none)."""
    return settings.printer_for(kind) or settings.printer_for(paper)


def choose_printer(settings: TerminalSettings, kind: str, paper: str) -> tuple[str | None, str | None]:
    """(printer name, None) to print on, or (None, sentence) when there is none to use."""
    installed = installed_printers()
    if not installed:
        return None, _t(NO_PRINTER)
    chosen = remembered_printer(settings, kind, paper)
    if chosen:
        return (chosen, None) if chosen in installed else (None, _t(GONE).format(printer=chosen))
    default = QPrinterInfo.defaultPrinterName()
    if default and default in installed:
        return default, None
    if len(installed) == 1:
        return installed[0], None
    return None, _t(NO_DEFAULT)


def make_printer(name: str) -> QPrinter:
    """A high-resolution QPrinter on the named printer (tests replace this with a PDF printer)."""
    return QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)


def print_directly(pdf: bytes, kind: str, parent: QWidget | None = None, *,
                   settings: TerminalSettings | None = None, title: str = "") -> str | None:
    """Print on the remembered (or default) printer without a dialog.

    Returns None when the document went to the printer, else a translated sentence that says
    what to do.  Used by the kiosk for ticket slips; ``parent`` only lends its window title.
    """
    settings = settings or TerminalSettings()
    try:
        document = load_pdf(pdf)
    except PrintError as exc:
        return str(exc)
    try:
        name, problem = choose_printer(settings, kind, paper_of(document))
        if name is None:
            return problem
        printer = make_printer(name)
        printer.setDocName(title or (parent.window().windowTitle() if parent is not None else kind))
        render_pages(document, printer, device_name=name)
    except PrintError as exc:
        return str(exc)
    finally:
        document.deleteLater()
    return None


# -- the preview dialog -----------------------------------------------------------------------------
