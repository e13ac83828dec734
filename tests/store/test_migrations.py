"""Migrations: an old database with data upgrades and keeps its data; models and migrations agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desk.services import audit
from desk.store import migrate
from desk.store.bootstrap import open_database
from desk.store.engine import Database
from desk.store.models import Base


def test_upgrade_from_the_first_migration_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = Database("sqlite:///" + path.as_posix())
    migrate.upgrade(db, "0001")
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO app_user (id, station_id, username, display_name, role, phone, password_hash, active, "
            "failed_attempts, created_at) VALUES (7, 1, 'old', '老用户', 'clerk', '', 'x', 1, 0, "
            "'2026-01-01 00:00:00')"))
        conn.execute(text("UPDATE station SET name = '老站点' WHERE id = 1"))
    db.dispose()

    upgraded = open_database("sqlite:///" + path.as_posix())
    assert not migrate.needs_upgrade(upgraded)
    assert migrate.head_revisions() <= migrate.applied_revisions(upgraded)
    with upgraded.engine.connect() as conn:
        row = conn.execute(text("SELECT username, display_name, must_change_password FROM app_user WHERE id = 7")).one()
        assert tuple(row) == ("old", "老用户", False)
        assert conn.execute(text("SELECT name FROM station")).scalar() == "老站点"
    # A backup was taken before migrating.
    assert list((tmp_path / "backups").glob("old-*-before-migrate.sqlite3"))
    assert audit.verify(upgraded).ok
    upgraded.dispose()


def test_an_up_to_date_database_is_not_migrated_or_backed_up_again(tmp_path: Path) -> None:
    url = "sqlite:///" + (tmp_path / "db.sqlite3").as_posix()
    open_database(url, daily_backup=False).dispose()
    db = Database(url)
    assert not migrate.needs_upgrade(db)
    assert migrate.applied_revisions(db) >= {"0001", "0002"}
    db.dispose()


def test_a_database_behind_needs_an_upgrade(tmp_path: Path) -> None:
    db = Database("sqlite:///" + (tmp_path / "old.sqlite3").as_posix())
    migrate.upgrade(db, "0001")
    assert migrate.needs_upgrade(db)
    db.dispose()


def _model_drift(db: Database) -> list[object]:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_models_match_migrations_sqlite(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    assert _model_drift(db) == []
    db.dispose()


@pytest.mark.pg
def test_models_match_migrations_postgresql(pg_url: str) -> None:
    db = Database(pg_url)
    assert _model_drift(db) == []
    db.dispose()
