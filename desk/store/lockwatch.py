"""Notice when this process lost its SQLite locks or its WAL, and refuse to write into the void.

On Linux and macOS SQLite's POSIX locks belong to the *process*: when anything in it opens and closes
the database file (or its ``-shm``) through another descriptor, every lock on that file drops
(sqlite.org, "How To Corrupt An SQLite Database File", §2.2). The next process that opens and closes
the database then takes it for abandoned: it checkpoints the WAL and deletes it (and the ``-shm``)
while this process goes on appending commits to the deleted file, which vanish when it exits.

So before each write transaction commits, this module checks that

- the process still holds its lock on the database file and on its ``-shm`` (Linux: ``/proc/locks``;
  trusted only once it has seen the lock held, so a file system it cannot read never stops a desk),
- the ``-wal`` beside the database is still the file this connection opened (same device and inode),

and otherwise refuses the commit, and every later one, with :class:`desk.core.errors.StorageLost`.
About 30 µs per write (``tests/store/test_lockwatch.py`` measures it). Reads go on as before.

It also keeps the list of live database files, so that file dialogs can refuse them.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from desk.core.errors import QT_TRANSLATE_NOOP, StorageLost

log = logging.getLogger(__name__)

PROC_LOCKS = "/proc/locks"
COMPANIONS = ("-wal", "-shm", "-journal", ".inuse")
_IDENTITY_KEY = "grid_desk_wal_identity"

_live_lock = threading.Lock()
_live: dict[Path, int] = {}  # database file -> number of engines watching it in this process


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


def held_lock_inodes(pid: int | None = None) -> set[int] | None:
    """Inode numbers on which ``pid`` (default: this process) holds a POSIX lock; None if unknown."""
    try:  # os.open/os.read: half the cost of Path.read_bytes, and this runs before every write
        fd = os.open(PROC_LOCKS, os.O_RDONLY)
    except OSError:
        return None
    try:
        chunks = []
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
    except OSError:
        return None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    token = b" %d " % (pid or os.getpid())
    inodes = set()
    for line in data.splitlines():
        if token not in line:
            continue
        parts = line.split()
        # "1: POSIX  ADVISORY  READ 4242 fe:00:2147394 1073741826 1073742335"; "1: -> ..." waits, holds nothing
        if len(parts) >= 6 and parts[1] != b"->" and parts[4] == token.strip():
            inodes.add(int(parts[5].rsplit(b":", 1)[-1]))
    return inodes


@dataclass
class LockWatch:
    """The health of one engine's database file in this process."""

    path: Path
    lost: str | None = None
    # Linux only, and only once /proc/locks has shown our lock: a file system whose locks it
    # cannot see (some network or overlay mounts) then never stops a working desk.
    lock_check_proven: bool = False
    _guard: threading.Lock = field(default_factory=threading.Lock)

    @property
    def wal(self) -> str:
        return str(self.path) + "-wal"

    def locks_missing(self) -> bool:
        if not sys.platform.startswith("linux"):
            return False
        db, shm = _identity(str(self.path)), _identity(str(self.path) + "-shm")
        if db is None or shm is None:
            return self.lock_check_proven  # the file or its -shm was deleted under us
        held = held_lock_inodes()
        if held is None:
            return False
        if db[1] in held and shm[1] in held:
            self.lock_check_proven = True
            return False
        return self.lock_check_proven

    def wal_kept(self, info: dict[str, Any]) -> bool:
        """Whether the -wal is still the file this connection first saw (remembered in ``info``)."""
        now = _identity(self.wal)
        opened = info.get(_IDENTITY_KEY)
        if opened is None:
            if now is not None:
                info[_IDENTITY_KEY] = now
            return True
        return now == opened

    def check(self, info: dict[str, Any]) -> None:
        """Raise StorageLost unless this connection may commit a write."""
        if self.lost is None:
            if self.locks_missing():
                self._lose("lost its locks on the database file or its -shm")
            elif not self.wal_kept(info):
                self._lose("its -wal file was deleted or replaced by another process")
            else:
                return
        raise StorageLost(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "Grid Desk stopped saving to {path}: it lost its lock on the database file, so anything "
                "saved now could be lost. This action was not saved. Close Grid Desk on this computer and "
                "start it again, then repeat the action.",
            ),
            path=str(self.path),
        )

    def _lose(self, why: str) -> None:
        with self._guard:
            if self.lost is None:
                self.lost = why
                log.error("database %s: %s; writes are refused until Grid Desk restarts", self.path, why)


def install(engine: Engine, path: Path) -> LockWatch:
    """Check ``engine``'s write transactions (those run with ``sqlite_immediate``) before they commit."""
    watch = LockWatch(path.absolute())
    _register(watch.path)

    @event.listens_for(engine, "connect")
    def _on_connect(_dbapi_connection: Any, record: Any) -> None:
        # Called after the engine's own connect hook, so journal_mode=WAL has opened the -wal.
        watch.wal_kept(record.info)
        watch.locks_missing()  # proves the lock check while the lock is certainly held

    @event.listens_for(engine, "commit")
    def _on_commit(conn: Any) -> None:
        if conn.get_execution_options().get("sqlite_immediate", False):
            watch.check(conn.info)

    @event.listens_for(engine, "engine_disposed")
    def _on_dispose(_engine: Any) -> None:
        _unregister(watch.path)

    return watch


def _register(path: Path) -> None:
    with _live_lock:
        _live[path] = _live.get(path, 0) + 1


def _unregister(path: Path) -> None:
    with _live_lock:
        if _live.get(path, 0) > 1:
            _live[path] -= 1
        else:
            _live.pop(path, None)


def live_database_files() -> list[Path]:
    with _live_lock:
        return list(_live)


def is_live_database_file(candidate: Path) -> bool:
    """Whether ``candidate`` is (by name or by inode, never by opening it) a live database or companion."""
    target = candidate.absolute()
    identity = _identity(str(target))
    for db in live_database_files():
        for name in (str(db), *(str(db) + suffix for suffix in COMPANIONS)):
            if str(target) == name or (identity is not None and _identity(name) == identity):
                return True
    return False
