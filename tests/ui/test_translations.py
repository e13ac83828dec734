"""Simplified Chinese must be complete, and the compiled .qm must carry the JSON catalogue."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations_tool"] = module
    spec.loader.exec_module(module)
    return module


def test_every_source_string_has_a_chinese_translation() -> None:
    missing = _tool().build(check_only=True)
    assert missing == [], f"{len(missing)} strings lack zh_CN (run python tools/translations.py): {missing[:10]}"


def test_compiled_catalogue_is_current() -> None:
    tool = _tool()
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / "grid_desk_zh_CN.qm"))
    stale = [
        (context, source)
        for context, messages in tool.load_catalogue().items()
        for source, text in messages.items()
        if translator.translate(context, source) != text
    ]
    assert stale == [], f"run python tools/translations.py; stale: {stale[:5]}"
