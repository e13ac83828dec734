"""The program refuses a PySide6 build that would abort after minutes of painting (issue 10, item 1)."""

from __future__ import annotations

import sys

import PySide6

from desk.ui import platform_check


def test_this_pyside6_does_not_lose_references_to_none_when_painting() -> None:
    # PySide6 6.12.0 on Python 3.10/3.11 did (one per void QPainter call); pyproject.toml keeps it off them.
    assert not platform_check.painter_loses_none(), (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} leaks None in QPainter calls")
    assert platform_check.qt_build_problem() is None


def test_a_leaking_build_is_refused_with_a_sentence(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # no display problem to report first
    monkeypatch.setattr(platform_check, "painter_loses_none", lambda calls=32: True)
    problem = platform_check.platform_problem() or ""
    assert f"PySide6 {PySide6.__version__}" in problem and "pip install -e ." in problem
    assert "Python 3.12 or newer" in problem
