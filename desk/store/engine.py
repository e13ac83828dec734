"""Engine factory and the one way to run a transaction.

SQLite (the single-PC default) gets the pragmas DESIGN.md asks for, and write transactions start
with ``BEGIN IMMEDIATE`` so two terminals never both read "A017 is next" before either writes.
PostgreSQL (the shared hall) goes through psycopg 3. Both retry a transaction that lost a race
("database is locked", serialization failure, deadlock) instead of showing that to a clerk.

On PostgreSQL a dropped connection is retried too, and that is only safe because every write carries
an operation id (see ``Database.transact``): the reply to COMMIT can be lost after the server saved
the work, and running the work again would save it twice.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError, OutcomeUnknown
from desk.store import lockwatch, private
from desk.store.inuse import InUseMark

log = logging.getLogger(__name__)
T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000
MAX_ATTEMPTS = 30
# PostgreSQL SQLSTATEs that mean "run the same transaction again".
_PG_RETRY_CODES = {"40001", "40P01", "55P03"}
# The operation log only has to outlive a retry (seconds); a day is generous. It is pruned by each
# process about once an hour, in its own short transaction after a write, never inside one.
OPERATION_KEEP = "1 day"
PRUNE_EVERY_S = 3600.0
_CLAIM = text("INSERT INTO operation_log (op_id) VALUES (:op_id) ON CONFLICT (op_id) DO NOTHING RETURNING op_id")
_CLAIM_LOCK_TIMEOUT = text("SET LOCAL lock_timeout = '2s'")
_DEFAULT_LOCK_TIMEOUT = text("SET LOCAL lock_timeout = DEFAULT")
_PRUNE = text(f"DELETE FROM operation_log WHERE committed_at < CURRENT_TIMESTAMP - INTERVAL '{OPERATION_KEEP}'")
_NOTHING: Any = object()
# After a COMMIT went unanswered, how long to keep reconnecting to find out whether it was saved,
# before telling the user to look (pressing again blindly could save it twice).
IN_DOUBT_WAIT_S = 10.0
MSG_OUTCOME_UNKNOWN = QT_TRANSLATE_NOOP(
    "DeskError",
    "The connection to the database server was lost just as this was being saved, and it could not be "
    "checked whether it was saved. When the server is back, look for it in the list before you enter it again.",
)


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
        # Owner-only folder and file before SQLite creates them (its -wal/-shm copy the file's mode).
        private.prepare_database_file(path)
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


def is_disconnect(exc: BaseException) -> bool:
    """The connection died under us (server restart, network): SQLAlchemy has invalidated the pool."""
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


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
        self._new_password: str | None = None
        if self.kind == "postgresql":
            event.listen(self.engine, "do_connect", self._use_current_password)
        path = self.sqlite_path
        if mark_in_use and path is not None:
            # The one place the "in use" mark is taken: before SQLite opens the file (the engine
            # connects lazily), so a restore can never swap the file under any Grid Desk process.
            self.inuse_mark = InUseMark(path)
            self.inuse_mark.acquire()
        # Only PostgreSQL records operation ids: a SQLite COMMIT is a call into a local library and
        # cannot lose its reply, and transact() retries SQLite only on "database is locked", which
        # SQLite returns only for a transaction it did not commit. Skipping the insert keeps the
        # single-PC ticket path at its fsync floor.
        self.records_operations = self.kind == "postgresql"
        self._next_prune = 0.0  # monotonic time; the first write of a process prunes

    def _use_current_password(self, _dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        if self._new_password is not None:
            cparams["password"] = self._new_password

    def password_changed(self, login: str, password: str) -> None:
        """The PostgreSQL login this database connects as got a new password (its owner changed it while
        signed in): connections opened from now on use it; open ones stay authenticated."""
        if self.url.username == login:
            self._new_password = password

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
        """A read transaction, not retried: prefer ``read(work)``, which survives a server restart."""
        with self._read() as session, session.begin():
            yield session

    def read(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one read transaction.

        A connection that died in the pool (the server restarted, the network dropped) fails its
        first statement; SQLAlchemy then invalidates the whole pool, and the read runs once more on a
        fresh connection. That costs nothing when all is well, unlike a ping before every checkout.
        """
        try:
            with self.reading() as session:
                return work(session)
        except DBAPIError as exc:
            if not is_disconnect(exc):
                raise
            log.info("read retried on a new connection: %s", exc.orig)
        with self.reading() as session:
            return work(session)

    def transact(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one write transaction; commit, or roll back everything on error.

        A transaction that lost a race is run again from the start (``work`` must therefore not
        have side effects outside the session), so "database is locked" never reaches a user.

        On PostgreSQL a dropped connection is run again too. The call gets one operation id, inserted
        into ``operation_log`` as the first statement of every attempt, in the same transaction as
        the work. If the connection dropped after the server committed (the reply to COMMIT was
        lost), the next attempt's insert finds the id and the result that attempt's ``work`` computed
        is returned instead of saving everything twice. If the earlier attempt is still open on the
        server, the insert waits for it to end (the primary key's lock), so it is never guessed.
        While the server cannot be reached to ask, it keeps trying for ``IN_DOUBT_WAIT_S``, then raises
        ``OutcomeUnknown``: "look before you enter it again", never "nothing was saved".
        """
        op_id = uuid.uuid4() if self.records_operations else None
        computed: Any = _NOTHING  # the result of the last attempt that reached COMMIT
        in_doubt_since: float | None = None  # when a COMMIT that may have been saved went unanswered
        attempt = 0
        while True:
            attempt += 1
            committing = False
            try:
                with self._write() as session, session.begin():
                    if op_id is not None:
                        if in_doubt_since is not None:
                            # An earlier attempt may still hold the id, open on a dead line the server
                            # has not noticed yet: wait for it in short steps, up to IN_DOUBT_WAIT_S.
                            session.execute(_CLAIM_LOCK_TIMEOUT)
                        if session.execute(_CLAIM, {"op_id": op_id}).first() is None:
                            if computed is _NOTHING:  # an id nobody else has: cannot happen
                                raise AssertionError(f"operation {op_id} committed but never ran here")
                            log.info("operation %s had committed before the connection dropped", op_id)
                            return computed
                        if in_doubt_since is not None:
                            session.execute(_DEFAULT_LOCK_TIMEOUT)
                        in_doubt_since = None  # the id was free: no earlier attempt was saved
                    computed = work(session)
                    result = computed
                    committing = True
            except DBAPIError as exc:
                if op_id is not None and committing and is_disconnect(exc) and in_doubt_since is None:
                    in_doubt_since = time.monotonic()
                if in_doubt_since is not None and isinstance(exc, (OperationalError, InterfaceError)):
                    # Server restarting or network down: keep trying, the answer is on the server.
                    if time.monotonic() - in_doubt_since >= IN_DOUBT_WAIT_S:
                        raise OutcomeUnknown(MSG_OUTCOME_UNKNOWN) from exc
                    log.info("reconnecting to learn whether operation %s was saved: %s", op_id, exc.orig)
                    time.sleep(min(0.5, 0.05 * attempt))
                    continue
                if not is_retryable(exc) or attempt >= MAX_ATTEMPTS:
                    raise
                log.debug("transaction retried (attempt %d): %s", attempt, exc.orig)
                time.sleep(min(0.2, 0.002 * attempt) * (0.5 + random.random()))
                continue
            if op_id is not None:
                self._prune_now_and_then()
            return result

    def _prune_now_and_then(self) -> None:
        now = time.monotonic()
        if now < self._next_prune:
            return
        self._next_prune = now + PRUNE_EVERY_S
        self.prune_operations()

    def prune_operations(self) -> int:
        """Delete operation ids older than a day; a failure is logged, never shown (the write is done)."""
        try:
            with self.engine.begin() as conn:
                return conn.execute(_PRUNE).rowcount
        except DBAPIError as exc:
            log.warning("operation log not pruned: %s", exc.orig)
            return 0

    def dispose(self) -> None:
        """Close every connection and drop this process's "in use" mark."""
        self.engine.dispose()
        if self.inuse_mark is not None:
            self.inuse_mark.release()
            self.inuse_mark = None
