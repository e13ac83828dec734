from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from desk.documents import fonts as fonts_module
from desk.documents import render_a4
from desk.documents.font_files import has_truetype_outlines
from desk.documents.fonts import CID_FONT_NAME, NO_SYSTEM_FONT_ENV, document_fonts, preload
from desk.documents.model import DocumentMeta
from desk.documents.samples import SAMPLE_DAY
from tests.documents.helpers import font_names, pdf_text, squash

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
NOTO_CFF = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def _need(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"{path} not installed")
    return path


def test_system_font_is_embeddable_truetype(system_fonts):
    assert system_fonts.embedded
    assert system_fonts.path and Path(system_fonts.path).is_file()
    assert system_fonts.problem is None


def test_cff_opentype_is_recognised_and_skipped():
    noto = _need(NOTO_CFF)
    assert not has_truetype_outlines(noto, 2)
    assert has_truetype_outlines(_need(WQY), 0)
    assert not has_truetype_outlines(_need(WQY), 99)  # no such subfont


def test_not_a_font_is_not_truetype(tmp_path):
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"not a font at all")
    assert not has_truetype_outlines(junk)
    assert not has_truetype_outlines(tmp_path / "missing.ttf")


def test_env_var_forces_cid_fallback(monkeypatch):
    monkeypatch.setenv(NO_SYSTEM_FONT_ENV, "1")
    fonts = document_fonts()
    assert fonts.source == "cid"
    assert fonts.regular == CID_FONT_NAME
    assert not fonts.embedded


def test_missing_fc_list_falls_back_to_cid(monkeypatch):
    monkeypatch.setattr(fonts_module.shutil, "which", lambda name: None)
    monkeypatch.setattr(fonts_module.sys, "platform", "linux")
    assert fonts_module._resolve(None, True).source == "cid"


def test_configured_font_is_used():
    fonts = document_fonts(_need(DROID))
    assert fonts.source == "configured"
    assert fonts.path == str(DROID)


def test_configured_cff_font_falls_back_with_a_reason():
    fonts = document_fonts(_need(NOTO_CFF))
    assert fonts.source in {"system", "cid"}
    assert fonts.problem and "CFF" in fonts.problem


def test_configured_missing_font_falls_back_with_a_reason(tmp_path):
    fonts = document_fonts(tmp_path / "nope.ttf", system_fonts=False)
    assert fonts.source == "cid"
    assert fonts.problem and "not found" in fonts.problem


def test_configure_fonts_sets_the_process_default(monkeypatch):
    droid = _need(DROID)
    monkeypatch.setattr(fonts_module, "_configured_path", None)
    fonts_module.configure_fonts(droid)
    try:
        assert document_fonts().path == str(droid)
    finally:
        fonts_module.configure_fonts(None)


def test_fonts_load_once_even_from_many_threads(tmp_path):
    # A copy gives a path no other test has loaded, so the threads race for the first load.
    font = tmp_path / "copy.ttf"
    shutil.copyfile(_need(DROID), font)
    results = []
    threads = [threading.Thread(target=lambda: results.append(document_fonts(font))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 and all(r is results[0] for r in results)


def test_preload_returns_the_default_fonts():
    assert preload() is document_fonts()


def test_document_builds_with_cid_fallback(header, cid_fonts):
    meta = DocumentMeta(title="一次性告知书", printed_at=SAMPLE_DAY, operator="王小红")
    pdf = render_a4(meta, header, lambda kit: kit.body("请补齐以下材料后再来办理。"), fonts=cid_fonts)
    assert any(CID_FONT_NAME in name for name in font_names(pdf))
    text = squash("".join(pdf_text(pdf)))
    assert "一次性告知书" in text and "请补齐以下材料后再来办理。" in text and "王小红" in text
