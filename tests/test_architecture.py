"""The layer contract from DESIGN.md: nothing below desk.ui imports Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import desk

ROOT = Path(__file__).resolve().parents[1]
LOWER_LAYERS = ("core", "store", "services", "documents")


def _modules(layer: str) -> list[str]:
    package = ROOT / "desk" / layer
    return [f"desk.{layer}.{m.name}" for m in pkgutil.walk_packages([str(package)])] + [f"desk.{layer}"]


def test_lower_layers_never_import_qt() -> None:
    modules = [m for layer in LOWER_LAYERS for m in _modules(layer)]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qt_material'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "", f"Qt imported below desk.ui: {result.stdout}"
    assert desk.__doc__


def test_the_command_line_parser_does_not_import_the_database_stack() -> None:
    """Start-up speed: the GUI shows its window before SQLAlchemy, Alembic or reportlab load."""
    script = (
        "import sys\n"
        "from desk.cli import build_parser\n"
        "build_parser()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'reportlab', "
        "'pypinyin', 'PySide6'))\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "", f"imported while building the parser: {result.stdout}"
