"""Mark a SQLite database as "in use" so ``restore`` can refuse to pull it out from under a running desk.

Every Grid Desk process that opens a SQLite file holds a *shared* lock on ``<file>.inuse``;
``restore`` asks for an *exclusive* one without waiting. The OS drops the lock when a process
dies, so a crash never leaves a stale "in use" mark (a PID file would).
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

import portalocker


def inuse_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".inuse")


class InUseMark:
    """Held for as long as this process works on the database."""

    def __init__(self, db_file: Path) -> None:
        self._path = inuse_path(db_file)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        self._handle = open(self._path, "a")  # noqa: SIM115 - held open for the life of the process
        portalocker.lock(self._handle, portalocker.LOCK_SH | portalocker.LOCK_NB)

    def release(self) -> None:
        if self._handle is not None:
            portalocker.unlock(self._handle)
            self._handle.close()
            self._handle = None


def held_by_another_process(db_file: Path) -> bool:
    path = inuse_path(db_file)
    if not path.exists():
        return False
    with open(path, "a") as handle:
        try:
            portalocker.lock(handle, portalocker.LOCK_EX | portalocker.LOCK_NB)
        except portalocker.exceptions.LockException:
            return True
        portalocker.unlock(handle)
    return False
