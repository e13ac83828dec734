"""Preview, print and save: the dialog, the page loop (printed into a PDF file), printer choice per kind."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desk.documents.samples import render_sample_register, sample_header, sample_ticket_slip
from desk.documents.ticket_slip import render_ticket_slip
from desk.ui import print_engine, printing
from desk.ui.printing import PreviewDialog
from desk.ui.terminal_settings import TerminalSettings

MM = 72 / 25.4


@pytest.fixture(scope="module")
def register_pdf() -> bytes:
    return render_sample_register()  # A4, a table over two pages


@pytest.fixture(scope="module")
def slip_pdf() -> bytes:
    return render_ticket_slip(sample_ticket_slip(), sample_header())


class FakePrinters:
    """Stands in for QPrinterInfo: which printers this computer has."""

    names: list[str] = []
    default = ""

    @classmethod
    def availablePrinterNames(cls) -> list[str]:  # noqa: N802 - Qt's name
        return list(cls.names)

    @classmethod
    def defaultPrinterName(cls) -> str:  # noqa: N802
        return cls.default


@pytest.fixture
def printers(monkeypatch: pytest.MonkeyPatch) -> type[FakePrinters]:
    FakePrinters.names, FakePrinters.default = [], ""
    monkeypatch.setattr(print_engine, "QPrinterInfo", FakePrinters)
    monkeypatch.setattr(printing, "QPrinterInfo", FakePrinters)
    return FakePrinters


def pdf_printer(path: Path, dpi: int = 96) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)  # low: the tests count pages, they do not need 1200 dpi
    return printer


def page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [(round(float(p.mediabox.width) / MM, 1), round(float(p.mediabox.height) / MM, 1)) for p in reader.pages]


def open_preview(qtbot: QtBot, pdf: bytes, kind: str = "test.register", title: str = "来访办件登记表") -> PreviewDialog:
    dialog = PreviewDialog(pdf, kind, title)
    qtbot.addWidget(dialog)
    return dialog


# -- the dialog -------------------------------------------------------------------------------------
def test_preview_shows_every_page_and_the_page_count(qtbot: QtBot, register_pdf: bytes,
                                                     printers: type[FakePrinters]) -> None:
    printers.names = ["Office-A4"]
    dialog = open_preview(qtbot, register_pdf)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.document.pageCount() == 2
    assert dialog.view.pageMode() == printing.QPdfView.PageMode.MultiPage
    assert dialog.page_label.text() == "Page 1 of 2"
    assert dialog.print_button.isEnabled() and dialog.message.text() == ""
    assert "来访办件登记表" in dialog.windowTitle()


def test_zoom_steps_from_what_is_shown(qtbot: QtBot, register_pdf: bytes, printers: type[FakePrinters]) -> None:
    dialog = open_preview(qtbot, register_pdf)
    dialog.show()
    qtbot.waitExposed(dialog)
    fitted = dialog.effective_zoom()
    dialog.zoom_by(1)
    assert dialog.view.zoomMode() == printing.QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() > fitted
    assert dialog.zoom_label.text() == f"{round(dialog.view.zoomFactor() * 100)}%"
    dialog.zoom_by(-1)
    dialog.zoom_by(-1)
    assert dialog.view.zoomFactor() < fitted
    dialog.set_fit(printing.QPdfView.ZoomMode.FitInView)
    assert dialog.effective_zoom() < fitted  # a whole A4 page is smaller than its width


def test_show_preview_opens_a_dialog_that_goes_away_when_closed(qtbot: QtBot, register_pdf: bytes,
                                                                printers: type[FakePrinters]) -> None:
    printing.show_preview(register_pdf, "test.register", "来访办件登记表")
    [dialog] = printing._open_dialogs
    assert dialog.isVisible() and dialog.document.pageCount() == 2
    dialog.reject()
    assert printing._open_dialogs == set()


def test_without_a_printer_the_dialog_says_so_and_still_saves(qtbot: QtBot, register_pdf: bytes, tmp_path: Path,
                                                            printers: type[FakePrinters],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_preview(qtbot, register_pdf)
    assert not dialog.print_button.isEnabled()
    assert "No printer is installed" in dialog.message.text()
    assert dialog.save_button.isEnabled()
    monkeypatch.setattr(printing, "save_file_name", lambda *args, **kwargs: str(tmp_path / "登记表"))
    dialog.save_as_pdf()
    assert (tmp_path / "登记表.pdf").read_bytes() == register_pdf  # ".pdf" added, bytes unchanged
    assert "Saved as" in dialog.message.text()


def test_save_as_pdf_cancelled_writes_nothing(qtbot: QtBot, register_pdf: bytes, tmp_path: Path,
                                              printers: type[FakePrinters], monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_preview(qtbot, register_pdf)
    monkeypatch.setattr(printing, "save_file_name", lambda *args, **kwargs: "")
    dialog.save_as_pdf()
    assert list(tmp_path.iterdir()) == [] or not list(tmp_path.glob("*.pdf"))


def test_a_failed_save_is_a_sentence(qtbot: QtBot, register_pdf: bytes, tmp_path: Path,
                                     printers: type[FakePrinters], monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_preview(qtbot, register_pdf)
    target = tmp_path / "missing-folder" / "x.pdf"
    monkeypatch.setattr(printing, "save_file_name", lambda *a, **k: str(target))
    dialog.save_as_pdf()
    assert "could not be saved" in dialog.message.text() and "Choose another folder" in dialog.message.text()


# -- the page loop ----------------------------------------------------------------------------------
def test_printing_into_a_pdf_printer_gives_the_same_pages(qtbot: QtBot, register_pdf: bytes,
                                                          tmp_path: Path) -> None:
    document = printing.load_pdf(register_pdf)
    out = tmp_path / "printed.pdf"
    assert printing.render_pages(document, pdf_printer(out)) == 2
    sizes = page_sizes_mm(out)
    assert len(sizes) == 2
    assert all(w == pytest.approx(210, abs=0.5) and h == pytest.approx(297, abs=0.5) for w, h in sizes)


def test_a_page_range_prints_only_those_pages(qtbot: QtBot, register_pdf: bytes, tmp_path: Path) -> None:
    document = printing.load_pdf(register_pdf)
    out = tmp_path / "page2.pdf"
    assert printing.render_pages(document, pdf_printer(out), first_page=1) == 1
    assert len(page_sizes_mm(out)) == 1


def test_a_slip_prints_on_a_page_of_its_own_size(qtbot: QtBot, slip_pdf: bytes, tmp_path: Path) -> None:
    document = printing.load_pdf(slip_pdf)
    height_mm = round(document.pagePointSize(0).height() / MM, 1)
    out = tmp_path / "slip.pdf"
    assert printing.render_pages(document, pdf_printer(out, dpi=203)) == 1
    [(width, height)] = page_sizes_mm(out)
    assert width == pytest.approx(80, abs=0.5) and height == pytest.approx(height_mm, abs=0.5)
    assert printing.paper_of(document) == "slip"


def test_printed_pages_carry_the_picture(qtbot: QtBot, slip_pdf: bytes, tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    out = tmp_path / "slip.pdf"
    printing.render_pages(printing.load_pdf(slip_pdf), pdf_printer(out, dpi=150))
    doc = pdfium.PdfDocument(out.read_bytes())
    image = doc[0].render(scale=1).to_pil().convert("L")
    doc.close()
    histogram = image.histogram()
    dark = sum(histogram[:128])
    assert dark > 0.02 * image.width * image.height  # the big number and the QR code are there


def test_bytes_that_are_not_a_pdf_are_a_sentence(qtbot: QtBot) -> None:
    with pytest.raises(printing.PrintError, match="could not be prepared for printing"):
        printing.load_pdf(b"not a pdf")
    assert "could not be prepared" in (printing.print_directly(b"not a pdf", "queue.slip") or "")


# -- printing without a dialog ----------------------------------------------------------------------
def test_no_printer_means_a_sentence_not_a_crash(qtbot: QtBot, slip_pdf: bytes,
                                                printers: type[FakePrinters]) -> None:
    problem = printing.print_directly(slip_pdf, "queue.slip")
    assert problem is not None and "No printer is installed" in problem and "save it as PDF" in problem


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """print_directly's printer goes to a PDF file; the list records which printer it asked for."""
    names: list[str] = []

    def make(name: str) -> QPrinter:
        names.append(name)
        return pdf_printer(tmp_path / f"{name}.pdf", dpi=150)

    monkeypatch.setattr(print_engine, "make_printer", make)
    return names


def test_print_directly_uses_the_printer_remembered_for_the_kind(qtbot: QtBot, slip_pdf: bytes, tmp_path: Path,
                                                                 printers: type[FakePrinters],
                                                                 captured: list[str]) -> None:
    printers.names, printers.default = ["Office-A4", "Slip-80"], "Office-A4"
    TerminalSettings().set_printer_for("queue.slip", "Slip-80")
    assert printing.print_directly(slip_pdf, "queue.slip") is None
    assert captured == ["Slip-80"]
    [(width, _height)] = page_sizes_mm(tmp_path / "Slip-80.pdf")
    assert width == pytest.approx(80, abs=0.5)


def test_print_directly_falls_back_to_the_paper_choice_then_the_default(qtbot: QtBot, slip_pdf: bytes,
                                                                       register_pdf: bytes,
                                                                       printers: type[FakePrinters],
                                                                       captured: list[str]) -> None:
    printers.names, printers.default = ["Office-A4", "Slip-80"], "Office-A4"
    TerminalSettings().set_printer_for("slip", "Slip-80")  # what the settings dialog stores
    assert printing.print_directly(slip_pdf, "ticket_slip") is None
    assert printing.print_directly(register_pdf, "daily.log") is None
    assert captured == ["Slip-80", "Office-A4"]


def test_a_remembered_printer_that_is_gone_is_named(qtbot: QtBot, slip_pdf: bytes, printers: type[FakePrinters],
                                                    captured: list[str]) -> None:
    printers.names, printers.default = ["Office-A4"], "Office-A4"
    TerminalSettings().set_printer_for("queue.slip", "Slip-80")
    problem = printing.print_directly(slip_pdf, "queue.slip")
    assert problem is not None and '"Slip-80"' in problem and "Settings" in problem
    assert captured == []  # a slip never goes to the A4 printer by surprise


def test_several_printers_and_no_default_asks_for_a_choice(qtbot: QtBot, slip_pdf: bytes,
                                                           printers: type[FakePrinters], captured: list[str]) -> None:
    printers.names = ["Office-A4", "Slip-80"]
    problem = printing.print_directly(slip_pdf, "queue.slip")
    assert problem is not None and "no default printer" in problem
    assert captured == []


@pytest.mark.qt_log_ignore("QPainter::begin", "QPdfWriter", "QPrinter", "QFile")
def test_a_printer_that_cannot_start_is_a_sentence(qtbot: QtBot, slip_pdf: bytes, tmp_path: Path,
                                                   printers: type[FakePrinters],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    printers.names, printers.default = ["Slip-80"], "Slip-80"
    monkeypatch.setattr(print_engine, "make_printer", lambda name: pdf_printer(tmp_path / "no" / "such" / "dir.pdf"))
    problem = printing.print_directly(slip_pdf, "queue.slip")
    assert problem is not None and '"Slip-80" could not start printing' in problem


# -- the printer is remembered per kind -------------------------------------------------------------
def test_the_printer_chosen_is_remembered_per_kind_and_preselected(qtbot: QtBot, register_pdf: bytes,
                                                                   tmp_path: Path,
                                                                   printers: type[FakePrinters]) -> None:
    printers.names, printers.default = ["Office-A4", "Colour"], "Colour"
    dialog = open_preview(qtbot, register_pdf, kind="intake.receipt")
    assert dialog.preferred_printer() == "Colour"  # nothing remembered yet: the default
    assert dialog.print_to(pdf_printer(tmp_path / "out.pdf"), remember_as="Office-A4") is None
    assert len(page_sizes_mm(tmp_path / "out.pdf")) == 2
    assert "Sent 2 page(s) to Office-A4." in dialog.message.text()

    settings = TerminalSettings()
    assert settings.printer_for("intake.receipt") == "Office-A4"
    assert settings.printer_for("mediation.agreement") == ""
    assert open_preview(qtbot, register_pdf, kind="intake.receipt").preferred_printer() == "Office-A4"
    assert open_preview(qtbot, register_pdf, kind="mediation.agreement").preferred_printer() == "Colour"


def test_print_button_runs_the_print_dialog_and_prints_every_page(qtbot: QtBot, register_pdf: bytes,
                                                                  tmp_path: Path, printers: type[FakePrinters],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    printers.names = ["Office-A4"]
    out = tmp_path / "from-dialog.pdf"
    seen: dict[str, Any] = {}

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, parent: object) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:  # noqa: N802
            seen["title"] = title

        def setMinMax(self, low: int, high: int) -> None:  # noqa: N802
            seen["range"] = (low, high)

        def setOption(self, option: object, on: bool) -> None:  # noqa: N802
            seen.setdefault("options", []).append((option, on))

        def exec(self) -> int:
            self.printer.setOutputFileName(str(out))  # the person picked "print to file"
            self.printer.setResolution(96)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "QPrintDialog", FakePrintDialog)
    dialog = open_preview(qtbot, register_pdf, kind="intake.receipt")
    dialog.print_button.click()
    assert seen["range"] == (1, 2) and "来访办件登记表" in seen["title"]
    assert len(page_sizes_mm(out)) == 2
    assert TerminalSettings().printer_for("intake.receipt") == ""  # a file is not a printer to remember


def test_a_page_that_cannot_be_drawn_aborts_the_job(qtbot: QtBot, register_pdf: bytes, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    document = printing.load_pdf(register_pdf)
    original = print_engine._paint_page

    def fail_on_second(painter: Any, doc: Any, page: int, device: Any, dpi_limit: int) -> None:
        if page == 1:
            raise printing.PrintError("page 2 failed")
        original(painter, doc, page, device, dpi_limit)

    class WatchedPrinter(QPrinter):
        aborted = False

        def abort(self) -> bool:
            WatchedPrinter.aborted = True
            return super().abort()  # (the PDF engine cannot abort; a real printer drops the job)

    monkeypatch.setattr(print_engine, "_paint_page", fail_on_second)
    printer = WatchedPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "aborted.pdf"))
    printer.setResolution(96)
    with pytest.raises(printing.PrintError, match="page 2 failed"):
        printing.render_pages(document, printer)
    assert WatchedPrinter.aborted


def test_the_print_dialog_has_no_print_to_file(qtbot: QtBot, register_pdf: bytes, printers: type[FakePrinters],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # Its browse button would be Qt's plain file dialog, which reads files (tests/ui/test_file_dialogs.py).
    printers.names, printers.default = ["Office"], "Office"
    shown: list[printing.QPrintDialog] = []

    def exec_(self: printing.QPrintDialog) -> int:
        shown.append(self)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(printing.QPrintDialog, "exec", exec_)
    dialog = open_preview(qtbot, register_pdf)
    dialog.print_document()
    assert len(shown) == 1 and not shown[0].testOption(printing.QPrintDialog.PrintDialogOption.PrintToFile)
