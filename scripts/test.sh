#!/usr/bin/env bash
# Set up (.venv with the test tools) and run the whole check: ruff, import contracts, mypy, pytest.
# PostgreSQL tests run when GRID_DESK_TEST_PG_URL names a server, e.g.
#   GRID_DESK_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test bash scripts/test.sh
source "$(dirname "$0")/_setup.sh" test
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check .
echo "== import contracts"; .venv/bin/lint-imports
echo "== mypy"; .venv/bin/mypy
echo "== pytest"; .venv/bin/python -m pytest "$@"
