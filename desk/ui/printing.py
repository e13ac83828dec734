"""Preview, print and save every document the desk hands out (PDF bytes from desk.documents).

    show_preview(pdf, "intake.receipt", "受理回执", parent)   # dialog: pages, zoom, Print…, Save as PDF…
    problem = print_directly(pdf, "queue.slip")              # the kiosk: no dialog; None or a sentence

The page loop and printer choice live in ``desk.ui.print_engine``; this module is the dialog.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QMargins,
    QObject,
    QRect,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.issued_documents import IssuedDocument
from desk.store.private import write_private_file
from desk.ui.file_dialogs import save_file_name
from desk.ui.print_engine import (
    PrintError,
    installed_printers,
    load_pdf,
    page_layout,
    paper_of,
    print_directly,
    remembered_printer,
    render_pages,
)

__all__ = ["PreviewDialog", "print_directly", "show_issued", "show_preview"]  # print_directly is re-exported for callers
from desk.ui.terminal_settings import TerminalSettings

_ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 3.0, 4.0)


def _safe_file_name(title: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("._")
    return (cleaned or "document")[:80] + ".pdf"


class PreviewDialog(QDialog):
    """All pages of one document, page count, zoom, Print… and Save as PDF…."""

    def __init__(self, pdf: bytes, kind: str, title: str, parent: QWidget | None = None, *,
                 settings: TerminalSettings | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.kind = kind
        self.title = title
        self.settings = settings or TerminalSettings()
        self.setWindowTitle(self.tr("Preview — {0}").format(title))
        self.document = load_pdf(pdf, self)
        self.paper = paper_of(self.document)
        self.printers = installed_printers()
        # A slip is seen whole; an A4 page is read at the width of the window.
        fit = QPdfView.ZoomMode.FitInView if self.paper == "slip" else QPdfView.ZoomMode.FitToWidth

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(fit)
        self.view.setDocument(self.document)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))

        self.page_label = QLabel()
        self.page_label.setObjectName("pageCount")
        self.page_label.setStyleSheet("font-weight: bold;")
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        zoom_out = QPushButton("−")
        zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        zoom_out.clicked.connect(lambda: self.zoom_by(-1))
        zoom_in = QPushButton("+")
        zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        zoom_in.clicked.connect(lambda: self.zoom_by(1))
        fit_width = QPushButton(self.tr("Fit width"))
        fit_width.clicked.connect(lambda: self.set_fit(QPdfView.ZoomMode.FitToWidth))
        fit_page = QPushButton(self.tr("Whole page"))
        fit_page.clicked.connect(lambda: self.set_fit(QPdfView.ZoomMode.FitInView))
        top = QHBoxLayout()
        top.addWidget(self.page_label)
        top.addStretch(1)
        for button in (zoom_out, zoom_in):
            button.setFixedWidth(44)
            button.setStyleSheet("font-size: 18px; font-weight: bold; padding: 0;")
        for widget in (fit_width, fit_page, zoom_out, self.zoom_label, zoom_in):
            top.addWidget(widget)

        self.message = QLabel()
        self.message.setObjectName("printMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print")
        self.print_button.setToolTip(self.tr("Choose the printer and print (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveAsPdf")
        self.save_button.setToolTip(self.tr("Save the document as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_as_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as_pdf)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom_by(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom_by(-1))

        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self.view.viewport().installEventFilter(self)
        self._show_page_number(0)
        if self.printers:
            self.print_button.setDefault(True)
        else:
            self.print_button.setEnabled(False)
            self.save_button.setDefault(True)
            self._say(self.tr("No printer is installed on this computer. Save the document as PDF and print it "
                              "from another computer, or ask the administrator to install a printer."), error=True)
        self._size_to_screen()

    # -- look ------------------------------------------------------------------------------------
    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else QRect(0, 0, 1366, 768)
        page = self.document.pagePointSize(0)
        wide = 520 if self.paper == "slip" else 900
        width = min(wide, int(available.width() * 0.9))
        height = int(available.height() * 0.92)
        if self.paper == "slip":  # a slip is short: no need for a screen-high window
            height = min(height, int(page.height() * 1.8) + 200)
        self.resize(width, max(360, height))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def _show_page_number(self, page: int) -> None:
        count = self.document.pageCount()
        if count == 1:
            self.page_label.setText(self.tr("1 page"))
        else:
            self.page_label.setText(self.tr("Page {0} of {1}").format(page + 1, count))

    def effective_zoom(self) -> float:
        """The zoom shown, also in the fit modes (where QPdfView keeps its custom factor unchanged)."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        page = self.document.pagePointSize(max(0, self.view.pageNavigator().currentPage()))
        dpi = self.view.logicalDpiX() / 72
        by_width = (viewport.width() - margins.left() - margins.right()) / (page.width() * dpi)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(by_width, 0.01)
        by_height = (viewport.height() - margins.top() - margins.bottom()) / (page.height() * dpi)
        return max(min(by_width, by_height), 0.01)

    def _show_zoom(self, *_args: object) -> None:
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)}%")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_zoom()  # the fit modes change the effective zoom with the window size
        return super().eventFilter(watched, event)

    def set_fit(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._show_zoom()

    def zoom_by(self, steps: int) -> None:
        current = self.effective_zoom()
        if steps > 0:
            target = next((z for z in _ZOOM_STEPS if z > current + 0.01), _ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(_ZOOM_STEPS) if z < current - 0.01), _ZOOM_STEPS[0])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(target)
        self._show_zoom()

    # -- print -----------------------------------------------------------------------------------
    def preferred_printer(self) -> str:
        """The printer to preselect: the one remembered for this kind (or paper) if still installed."""
        name = remembered_printer(self.settings, self.kind, self.paper)
        if name in self.printers:
            return name
        default = QPrinterInfo.defaultPrinterName()
        return default if default in self.printers else ""

    def print_document(self) -> None:
        if not self.printers:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preferred = self.preferred_printer()
        if preferred:
            printer.setPrinterName(preferred)
        printer.setDocName(self.title)
        printer.setPageLayout(page_layout(self.document, 0))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print — {0}").format(self.title))
        # No "Print to File" here: its browse button is Qt's plain file dialog, which reads the files it
        # lists (and so drops the database's locks). "Save as PDF" is the safe way to a file.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        first, last = printer.fromPage(), printer.toPage()  # 1-based; 0 = every page
        self.print_to(printer, remember_as=printer.printerName() if native else "",
                      first_page=first - 1 if first else 0, last_page=last - 1 if last else None)

    def print_to(self, printer: QPrinter, *, remember_as: str = "", first_page: int = 0,
                 last_page: int | None = None) -> str | None:
        """Print on a prepared printer; remember it for this kind.  None, or the sentence shown."""
        if remember_as:
            self.settings.set_printer_for(self.kind, remember_as)
            self.settings.sync()
        name = remember_as or printer.outputFileName() or printer.printerName()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = render_pages(self.document, printer, first_page=first_page, last_page=last_page,
                                 device_name=name)
        except PrintError as exc:
            self._say(str(exc), error=True)
            return str(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._say(self.tr("Sent {0} page(s) to {1}.").format(pages, name))
        return None

    # -- save ------------------------------------------------------------------------------------
    def save_as_pdf(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / _safe_file_name(self.title))
        path = save_file_name(self, self.tr("Save as PDF"), suggested, self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_private_file(Path(path), self.pdf)  # documents carry personal data: owner-only
        except OSError as exc:
            self._say(self.tr("The file could not be saved ({0}). Choose another folder, for example your "
                              "Documents folder, and save again.").format(exc.strerror or exc), error=True)
            return
        self._say(self.tr("Saved as {0}.").format(path))


_open_dialogs: set[PreviewDialog] = set()


def show_preview(pdf: bytes, kind: str, title: str, parent: QWidget | None = None) -> None:
    """Open the preview (modal to ``parent``'s window, not blocking the caller)."""
    try:
        dialog = PreviewDialog(pdf, kind, title, parent)
    except PrintError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                             else Qt.WindowModality.ApplicationModal)
    _open_dialogs.add(dialog)

    def closed(_result: int) -> None:
        _open_dialogs.discard(dialog)
        dialog.deleteLater()

    dialog.finished.connect(closed)
    dialog.show()


def show_issued(parent: QWidget | None, issued: IssuedDocument) -> None:
    """Preview a document just issued through desk.services.issued_documents (print, save, reprint later)."""
    show_preview(issued.pdf, issued.kind, f"{issued.title} {issued.number}", parent)
