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


# One clock: every "now" and "today" a user sees or a service stores comes from the desk's clock
# (Desk.now(), a FakeClock in tests), never from the PC. The audit page once read the PC's date, so
# the suite failed a week after its fake clock's day. Only these places may read the real clock.
PC_CLOCK_READS = ("date.today()", "datetime.now(", "QDate.currentDate()", "QDateTime.currentDateTime()",
                  "QTime.currentTime()", "datetime.utcnow(")
MAY_READ_THE_PC_CLOCK = {
    "desk/services/context.py",      # system_clock: the desk's clock itself
    "desk/store/models/base.py",     # the error text that names datetime.now(timezone.utc); utcnow()
    "desk/store/backup.py",          # backup file names: when the file was written on this PC
    "desk/store/bootstrap.py",       # the daily backup: once per PC day
    "desk/store/anchors.py",         # when an anchor line was written beside the backups, on this PC
    "desk/store/migrate.py",         # when a migration's baseline record was made (no desk runs then)
}


def test_only_the_desk_clock_tells_the_time() -> None:
    offenders = []
    for path in sorted((ROOT / "desk").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in MAY_READ_THE_PC_CLOCK or relative.startswith("desk/bench/"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(read in line for read in PC_CLOCK_READS):
                offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == [], "read the desk's clock (UiContext.now()/today(), Desk.now()) instead:\n" + "\n".join(offenders)


def test_the_sign_in_window_reads_the_address_without_the_database_stack() -> None:
    """It asks whether people sign in with their own PostgreSQL login before it is shown; SQLAlchemy
    (a quarter of a second) loads only after the window is up."""
    from desk.store.db_urls import signs_in_personally

    assert signs_in_personally("postgresql+psycopg://192.168.1.10:5432/griddesk")
    assert not signs_in_personally("postgresql+psycopg://kiosk1:pw@192.168.1.10:5432/griddesk")
    assert not signs_in_personally("sqlite:////tmp/grid-desk.sqlite3")
    assert not signs_in_personally("postgresql://host:notaport/db")
    script = "import sys\nimport desk.store.db_urls\nprint('sqlalchemy' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"
