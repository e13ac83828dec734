"""python main.py report: PDF and Excel of a day or a range; clear sentences for bad dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desk.app import main
from tests.cli_support import make_admin, signed


def _url(tmp_path: Path) -> str:
    return "sqlite:///" + (tmp_path / "cli.sqlite3").as_posix()


@pytest.fixture(autouse=True)
def _administrator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_admin(_url(tmp_path), monkeypatch)


def test_report_writes_pdf_and_excel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx = tmp_path / "out.pdf", tmp_path / "out.xlsx"
    assert main(["--db", _url(tmp_path), "report", "--date", "2026-11-20", "--pdf", str(pdf), "--xlsx",
                 str(xlsx), *signed(monkeypatch)]) == 0
    out = capsys.readouterr().out
    assert "日期: 2026-11-20" in out and "关账: 未关账" in out and f"Wrote {pdf}" in out
    assert len(PdfReader(pdf).pages) >= 1
    assert "叫号" in load_workbook(xlsx).sheetnames
    assert not list(tmp_path.glob("*.part"))


def test_report_over_a_range(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    xlsx = tmp_path / "month.xlsx"
    assert main(["--db", _url(tmp_path), "report", "--from", "2026-11-01", "--to", "2026-11-30", "--xlsx",
                 str(xlsx), *signed(monkeypatch)]) == 0
    assert "日期: 2026-11-01 至 2026-11-30" in capsys.readouterr().out
    assert xlsx.exists()


@pytest.mark.parametrize(("args", "words", "code"), [
    (["--from", "2026-11-21", "--to", "2026-11-20"], "is after the last day", 1),
    (["--date", "2026-11-31"], "is not a date", 1),
    (["--date", "20261120x"], "is not a date", 1),
    ([], "Say which day", 2),
    (["--date", "2026-11-20", "--from", "2026-11-01"], "not both", 2),
    (["--to", "2026-11-20"], "--to needs --from", 2),
])
def test_bad_dates_are_sentences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], words: str,
                                 code: int) -> None:
    assert main(["--db", _url(tmp_path), "report", *args, *signed(monkeypatch)]) == code
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_an_unwritable_output_is_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-folder" / "out.pdf"
    assert main(["--db", _url(tmp_path), "report", "--date", "2026-11-20", "--pdf", str(target), *signed(monkeypatch)]) == 1
    assert "Could not write" in capsys.readouterr().err
