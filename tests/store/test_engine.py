from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desk.core.errors import ConfigurationError
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
