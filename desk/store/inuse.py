"""Mark a SQLite database as "in use" so ``restore`` can refuse to pull it out from under a running desk.

Every Grid Desk process that opens a SQLite file holds a *shared* lock on ``<file>.inuse``; the mark is
taken in one place, when a ``Database`` is made for the file, before SQLite touches it (desk, kiosk,
hall display, ``migrate``, ``report``, ``audit verify``, ``backup``, ``demo`` all go through there).
``restore`` holds an *exclusive* lock from its first check to the file swap, so no process can open
the database in between, and a process that starts meanwhile waits for the restore to end.
The OS drops the lock when a process dies, so a crash never leaves a stale "in use" mark (a PID file
would). The mark is a separate small file: nothing here opens the database file itself.
"""

from __future__ import annotations

import os
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import portalocker

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict

# How long an opening process waits for a restore to finish before it gives up with a sentence.
WAIT_FOR_RESTORE_SECONDS = 30.0


def inuse_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".inuse")


def _open_mark(db_file: Path) -> IO[str]:
    # Owner-only, like the database beside it; opened for append so it is never truncated.
    fd = os.open(inuse_path(db_file), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    return os.fdopen(fd, "a")


class InUseMark:
    """Held for as long as this process works on the database."""

    def __init__(self, db_file: Path) -> None:
        self._db_file = db_file
        self._handle: IO[str] | None = None
        self._closer: weakref.finalize | None = None

    def acquire(self, wait: float = WAIT_FOR_RESTORE_SECONDS) -> None:
        if self._handle is not None:
            return
        handle = _open_mark(self._db_file)
        deadline = time.monotonic() + wait
        while True:
            try:
                portalocker.lock(handle, portalocker.LOCK_SH | portalocker.LOCK_NB)
                break
            except portalocker.exceptions.LockException:
                if time.monotonic() >= deadline:
                    handle.close()
                    raise Conflict(
                        QT_TRANSLATE_NOOP(
                            "DeskError",
                            "The database {path} is being restored from a backup. Wait until the restore "
                            "has finished, then start Grid Desk again.",
                        ),
                        path=str(self._db_file),
                    ) from None
                time.sleep(0.1)
        self._handle = handle
        # A Database dropped without dispose() (a test, a one-off check) still lets go of the mark.
        self._closer = weakref.finalize(self, handle.close)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is not None:
            portalocker.unlock(self._handle)
            if self._closer is not None:
                self._closer()
            self._handle.close()
            self._handle = None


def held_by_another_process(db_file: Path) -> bool:
    """True while any process (this one included) holds the mark: nobody may swap the file now."""
    if not inuse_path(db_file).exists():
        return False
    try:
        with exclusive_hold(db_file):
            return False
    except Conflict:
        return True


@contextmanager
def exclusive_hold(db_file: Path) -> Iterator[None]:
    """Hold the database for a restore: refused at once while any process has it open.

    While held, every process that tries to open the database waits (``InUseMark.acquire``).
    """
    handle = _open_mark(db_file)
    try:
        try:
            portalocker.lock(handle, portalocker.LOCK_EX | portalocker.LOCK_NB)
        except portalocker.exceptions.LockException:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "DeskError",
                    "Grid Desk is running on this database. Close every Grid Desk "
                    "window that uses {path}, then restore again.",
                ),
                path=str(db_file),
            ) from None
        try:
            yield
        finally:
            portalocker.unlock(handle)
    finally:
        handle.close()
