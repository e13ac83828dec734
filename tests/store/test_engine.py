from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session

from desk.core.errors import ConfigurationError
from desk.services.context import Desk
from desk.store.engine import Database, parse_database_url


def test_sqlite_pragmas(tmp_path: Path) -> None:
    db = Database("sqlite:///" + (tmp_path / "x.sqlite3").as_posix())
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    db.dispose()


@pytest.mark.parametrize("url", ["not a url", "mysql://root@localhost/x", "oracle://a@b/c"])
def test_bad_db_url_gets_a_sentence(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        parse_database_url(url)
    assert "sqlite:///" in str(caught.value) and "postgresql+psycopg://" in str(caught.value)


def test_plain_postgresql_url_uses_psycopg3() -> None:
    assert parse_database_url("postgresql://u@h/d").drivername == "postgresql+psycopg"


def test_unwritable_data_folder_gets_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(ConfigurationError, match="cannot be written") as caught:
        Database("sqlite:///" + (blocker / "db.sqlite3").as_posix())
    assert str(blocker) in str(caught.value)


def test_unreachable_server_gets_a_sentence() -> None:
    db = Database("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(ConfigurationError, match="Check that the server is running"):
        db.check_connection()


def test_write_transaction_rolls_back_everything_on_error(sqlite_desk) -> None:  # type: ignore[no-untyped-def]
    from desk.store.models import Counter

    def work(session):  # type: ignore[no-untyped-def]
        session.add(Counter(station_id=1, number=1, name="one", active=True))
        session.flush()
        raise ValueError("boom")

    with pytest.raises(ValueError):
        sqlite_desk.db.transact(work)
    with sqlite_desk.db.reading() as session:
        assert session.query(Counter).count() == 0


@pytest.mark.pg
def test_a_dropped_postgresql_connection_is_retried_not_shown(pg_url: str) -> None:
    """The server kills the pooled connection (restart, network); the next transaction still works."""
    db = Database(pg_url)
    assert db.transact(lambda s: s.execute(text("SELECT 1")).scalar()) == 1
    admin = Database(pg_url)
    with admin.engine.connect() as conn:
        conn.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
        conn.commit()
    admin.dispose()
    assert db.transact(lambda s: s.execute(text("SELECT 2")).scalar()) == 2
    db.dispose()


def _terminate_other_connections(url: str) -> int:
    """What a server restart does to a desk's pooled connections; waits until they are gone."""
    admin = Database(url)
    with admin.engine.connect() as conn:
        killed = conn.execute(text(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar_one()
        conn.commit()
    admin.dispose()
    return int(killed)


def _fill_pool(db: Database, size: int = 4) -> None:
    connections = [db.engine.connect() for _ in range(size)]
    for conn in connections:
        conn.execute(text("SELECT 1"))
    for conn in connections:
        conn.close()


@pytest.mark.pg
def test_reads_survive_a_server_restart(pg_url: str) -> None:
    """No pre-ping: the first read after the restart fails on its dead connection and is run again."""
    from desk.services import changes, station
    from desk.services.queue import board, config
    from tests.conftest import FakeClock

    desk = Desk(Database(pg_url), clock=FakeClock())
    reads = [lambda: changes.change_mark(desk), lambda: station.get_station(desk).name,
             lambda: board.hall_board(desk).station_name, lambda: config.list_services(desk),
             lambda: board.waiting_tickets(desk)]
    for read in reads:
        _fill_pool(desk.db)
        assert _terminate_other_connections(pg_url) >= 4
        read()  # OperationalError before: "terminating connection due to administrator command"
    desk.db.dispose()


@pytest.mark.pg
def test_a_read_is_retried_once_and_only_after_a_disconnect(pg_url: str) -> None:
    db = Database(pg_url)
    calls = []

    def broken(session: Session) -> None:
        calls.append(1)
        session.execute(text("SELECT no_such_column FROM operation_log"))

    with pytest.raises(ProgrammingError):
        db.read(broken)
    assert len(calls) == 1  # a mistake is not a dropped connection: not run again
    db.dispose()


@pytest.mark.pg
def test_each_postgresql_write_records_its_operation_id(pg_url: str) -> None:
    db = Database(pg_url)
    assert db.records_operations
    before = db.read(lambda s: s.execute(text("SELECT count(*) FROM operation_log")).scalar_one())
    assert db.transact(lambda s: s.execute(text("SELECT 3")).scalar()) == 3
    with pytest.raises(ValueError):
        db.transact(lambda s: (_ for _ in ()).throw(ValueError("refused")))  # rolled back: no id kept
    after = db.read(lambda s: s.execute(text("SELECT count(*) FROM operation_log")).scalar_one())
    assert after == before + 1
    db.dispose()


def test_sqlite_writes_record_no_operation_id(sqlite_desk: Desk) -> None:
    """A local COMMIT cannot lose its reply, and SQLite is retried only when it did not commit."""
    db = sqlite_desk.db
    assert not db.records_operations
    db.transact(lambda s: s.execute(text("SELECT 1")))
    assert db.read(lambda s: s.execute(text("SELECT count(*) FROM operation_log")).scalar_one()) == 0


@pytest.mark.pg
def test_operation_ids_older_than_a_day_are_pruned_now_and_then(pg_url: str) -> None:
    db = Database(pg_url)
    old, recent = uuid.uuid4(), uuid.uuid4()
    with db.engine.begin() as conn:  # ages relative to the server's clock, not to today's date
        conn.execute(text("INSERT INTO operation_log (op_id, committed_at) VALUES "
                          "(:old, CURRENT_TIMESTAMP - INTERVAL '25 hours'), "
                          "(:recent, CURRENT_TIMESTAMP - INTERVAL '23 hours')"), {"old": old, "recent": recent})
    db.transact(lambda s: None)  # a process's first write prunes
    ids = set(db.read(lambda s: s.execute(text("SELECT op_id FROM operation_log")).scalars().all()))
    assert recent in ids and old not in ids
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE operation_log SET committed_at = CURRENT_TIMESTAMP - INTERVAL '2 days'"))
    db.transact(lambda s: None)  # within the hour: no second DELETE
    assert recent in set(db.read(lambda s: s.execute(text("SELECT op_id FROM operation_log")).scalars().all()))
    assert db.prune_operations() >= 2
    db.dispose()
