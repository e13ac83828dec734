# Shared by start.sh and test.sh: install what this machine lacks, then the Python environment.
# Usage: source scripts/_setup.sh [extra]   (extra = "test" installs the test tools too)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
# Python 3.10 or newer. 3.10/3.11 get PySide6 6.11 and 3.12+ get 6.12 (pyproject.toml says why);
# another Python: PYTHON=/path/to/python3.12 bash scripts/start.sh
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
  echo "Grid Desk needs Python 3.10 or newer, but \"$PYTHON\" is $(command -v "$PYTHON" >/dev/null && "$PYTHON" -V 2>&1 || echo "not installed")." >&2
  echo "Install one (e.g. apt-get install python3, or pyenv install 3.12) and run again with PYTHON=/path/to/it." >&2
  exit 1
fi

# System packages Qt's window plugin and the venv module need on Debian/Ubuntu (others: see README).
DEB_PACKAGES="python3-venv libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0 \
libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 libfontconfig1 \
libdbus-1-3 libpulse0"
if [ "${GRID_DESK_SKIP_APT:-0}" != "1" ] && command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for pkg in $DEB_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  # python3-venv is only needed when this python lacks ensurepip (Debian's split packaging).
  if "$PYTHON" -c "import ensurepip" 2>/dev/null; then missing="${missing/ python3-venv/}"; fi
  if [ -n "${missing// /}" ]; then
    echo "Installing system packages:$missing"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
  fi
fi

# A .venv made before pyproject.toml kept Python < 3.12 off PySide6 6.12 has the build that aborts
# after minutes of painting ("none_dealloc"). PySide6-Pdf 6.12 shares files with PySide6-Addons 6.11,
# so pip cannot step down in place: such a .venv is made afresh.
if [ -x .venv/bin/python ] && ! .venv/bin/python - 2>/dev/null <<'PY'
import sys
from importlib.metadata import PackageNotFoundError, version
try:
    qt = tuple(int(part) for part in version("PySide6-Essentials").split(".")[:2])
except PackageNotFoundError:
    sys.exit(0)
sys.exit(1 if sys.version_info < (3, 12) and qt >= (6, 12) else 0)
PY
then
  echo "Rebuilding .venv: its PySide6 6.12 crashes on Python < 3.12 after minutes of painting."
  rm -rf .venv
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
