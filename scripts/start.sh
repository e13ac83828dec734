#!/usr/bin/env bash
# Set up (system packages, .venv) and start Grid Desk on its embedded SQLite database.
# The first run fills that database with a demo station (users, weeks of history) and prints the sign-ins.
source "$(dirname "$0")/_setup.sh"
if [ ! -f "$(.venv/bin/python -c 'from desk.store.paths import data_folder, DB_FILE_NAME; print(data_folder() / DB_FILE_NAME)')" ]; then
  .venv/bin/python main.py demo
fi
exec .venv/bin/python main.py "$@"
