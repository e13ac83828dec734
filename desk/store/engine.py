"""Engine factory and the one way to run a transaction.

SQLite (the single-PC default) gets the pragmas DESIGN.md asks for, and write transactions start
with ``BEGIN IMMEDIATE`` so two terminals never both read "A017 is next" before either writes.
PostgreSQL (the shared hall) goes through psycopg 3. Both retry a transaction that lost a race
("database is locked", serialization failure, deadlock) instead of showing that to a clerk.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError
from desk.store import lockwatch
from desk.store.inuse import InUseMark

log = logging.getLogger(__name__)
T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000
MAX_ATTEMPTS = 30
# PostgreSQL SQLSTATEs that mean "run the same transaction again".
_PG_RETRY_CODES = {"40001", "40P01", "55P03"}


def parse_database_url(raw: str) -> URL:
    """Parse ``--db``; a plain ``postgresql://`` URL gets the psycopg 3 driver we ship."""
    try:
        url = make_url(raw)
    except ArgumentError:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "The database address \"{url}\" is not valid. Use sqlite:///path/to/file.sqlite3 or "
                "postgresql+psycopg://user@host:5432/dbname.",
            ),
            url=raw,
        ) from None
    backend = url.get_backend_name()
    if backend == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if backend != "sqlite":
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "Grid Desk works with SQLite or PostgreSQL, not \"{backend}\". Use sqlite:///... or "
                "postgresql+psycopg://....",
            ),
            backend=backend,
        )
    return url


def sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _prepare_sqlite_folder(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A per-process name: terminals starting together must not delete each other's probe.
        probe = folder / f".grid-desk-write-test-{os.getpid()}-{threading.get_ident()}"
        probe.write_bytes(b"")
        probe.unlink(missing_ok=True)
    except OSError as exc:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "The data folder {folder} cannot be written ({reason}). Fix its permissions, or choose "
                "another database file with --db sqlite:///path/to/file.sqlite3.",
            ),
            folder=str(folder),
            reason=exc.strerror or str(exc),
        ) from None


def make_engine(raw_url: str | URL) -> Engine:
    url = raw_url if isinstance(raw_url, URL) else parse_database_url(raw_url)
    if url.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        if path is not None:
            _prepare_sqlite_folder(path)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_hooks(engine)
        if path is not None:
            lockwatch.install(engine, path)  # after the hooks above: it needs the WAL open
        return engine
    try:
        # No pool_pre_ping (a round trip before every transaction): a connection that died while
        # pooled fails its transaction, SQLAlchemy invalidates the pool, and transact() runs the
        # transaction again on a fresh connection (the failed one was never committed).
        return create_engine(url, pool_size=5, max_overflow=5, pool_recycle=1800)
    except NoSuchModuleError:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("DeskError", "The PostgreSQL driver is missing. Reinstall Grid Desk (pip install .)."),
        ) from None


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module so BEGIN IMMEDIATE is ours to emit.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError) and "database is locked" in str(exc.orig):
        return True
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:  # server restarted or the network dropped the pooled connection
            return True
        code = getattr(exc.orig, "sqlstate", None)
        return code in _PG_RETRY_CODES
    return False


class Database:
    """One database (SQLite file or PostgreSQL server) and its transactions."""

    def __init__(self, url: str | URL, engine: Engine | None = None, *, mark_in_use: bool = True) -> None:
        """``mark_in_use=False`` only for a file that is not a station's database (a backup being checked)."""
        self.url = url if isinstance(url, URL) else parse_database_url(url)
        self.engine = engine or make_engine(self.url)
        self.kind = self.url.get_backend_name()
        write_engine = self.engine.execution_options(sqlite_immediate=True)
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=write_engine, expire_on_commit=False)
        self.inuse_mark: InUseMark | None = None
        path = self.sqlite_path
        if mark_in_use and path is not None:
            # The one place the "in use" mark is taken: before SQLite opens the file (the engine
            # connects lazily), so a restore can never swap the file under any Grid Desk process.
            self.inuse_mark = InUseMark(path)
            self.inuse_mark.acquire()

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_file(self.url)

    def describe(self) -> str:
        """Where the data lives, without a password, for the status bar and messages."""
        return self.url.render_as_string(hide_password=True)

    def check_connection(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except OperationalError as exc:
            raise ConfigurationError(
                QT_TRANSLATE_NOOP(
                    "DeskError",
                    "Cannot open the database {url}: {reason}. Check that the server is running and "
                    "the address, user and database name are right.",
                ),
                url=self.describe(),
                reason=str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc),
            ) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    def transact(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one write transaction; commit, or roll back everything on error.

        A transaction that lost a race is run again from the start (``work`` must therefore not
        have side effects outside the session), so "database is locked" never reaches a user.
        """
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                with self._write() as session, session.begin():
                    return work(session)
            except DBAPIError as exc:
                if not is_retryable(exc) or attempt == MAX_ATTEMPTS:
                    raise
                log.debug("transaction retried (attempt %d): %s", attempt, exc.orig)
                time.sleep(min(0.2, 0.002 * attempt) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def dispose(self) -> None:
        """Close every connection and drop this process's "in use" mark."""
        self.engine.dispose()
        if self.inuse_mark is not None:
            self.inuse_mark.release()
            self.inuse_mark = None
