"""Every test gets its own database, data folder and terminal settings; Qt runs offscreen.

Service tests take the ``desk`` fixture, which runs on SQLite and — when GRID_DESK_TEST_PG_URL names
a PostgreSQL server — again on PostgreSQL (a fresh database per test, copied from a migrated
template). With GRID_DESK_REQUIRE_PG=1 (set by .ci/run) a missing server fails instead of skipping.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from desk.core.permissions import Role
from desk.services import passwords
from desk.services.context import Actor, Desk
from desk.services.users import add_user, create_first_admin
from desk.store import migrate
from desk.store.engine import Database

PG_ENV = "GRID_DESK_TEST_PG_URL"
PG_SKIP_REASON = f"PostgreSQL tests need {PG_ENV}, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test"


class FakeClock:
    """A clock tests can move: ``clock.advance(minutes=16)``."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc)  # 09:30 in Shanghai

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRID_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GRID_DESK_SETTINGS", str(tmp_path / "terminal.ini"))


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # Real argon2id, minimal cost: the hashing code path is the production one, only faster.
    monkeypatch.setattr(passwords, "hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


# -- SQLite ---------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database("sqlite:///" + path.as_posix())
    migrate.upgrade(db)
    db.dispose()
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "data" / "grid-desk.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(sqlite_template, path)
    return "sqlite:///" + path.as_posix()


# -- PostgreSQL -----------------------------------------------------------------------------------
def pg_admin_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url and os.environ.get("GRID_DESK_REQUIRE_PG") == "1":
        pytest.fail(f"{PG_ENV} is not set but GRID_DESK_REQUIRE_PG=1: the PostgreSQL tests must run here.")
    return url


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    from sqlalchemy import text

    url = pg_admin_url()
    if not url:
        pytest.skip(PG_SKIP_REASON)
    admin = Database(url)
    try:
        admin.check_connection()
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("GRID_DESK_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL at {url} is required but not reachable: {exc}")
        pytest.skip(f"PostgreSQL at {url} is not reachable: {exc}")
    name = f"grid_desk_tpl_{uuid.uuid4().hex[:10]}"
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    template_url = admin.url.set(database=name)
    db = Database(template_url)
    migrate.upgrade(db)
    db.dispose()
    yield name
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_url(pg_template: str) -> Iterator[str]:
    from sqlalchemy import text

    admin = Database(os.environ[PG_ENV])
    name = f"grid_desk_t_{uuid.uuid4().hex[:12]}"
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    yield admin.url.set(database=name).render_as_string(hide_password=False)
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


# -- the database a service test runs on ----------------------------------------------------------
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def desk(db_url: str, clock: FakeClock) -> Iterator[Desk]:
    db = Database(db_url)
    yield Desk(db, clock=clock)
    db.dispose()


@pytest.fixture
def sqlite_desk(sqlite_url: str, clock: FakeClock) -> Iterator[Desk]:
    """For tests that are about SQLite itself (files, backups, pragmas)."""
    db = Database(sqlite_url)
    yield Desk(db, clock=clock)
    db.dispose()


def make_actor(desk: Desk, username: str, role: Role, password: str = "correct horse") -> Actor:
    row = add_user(desk, admin_actor(desk), username, username.title(), role, password)
    return Actor(row.id, row.username, row.display_name, role, 1, "test-terminal")


def admin_actor(desk: Desk) -> Actor:
    """The database's first administrator, created on first use."""
    actor = getattr(desk, "test_admin", None)
    if actor is None:
        row = create_first_admin(desk, "admin", "Admin", "admin-password")
        actor = Actor(row.id, row.username, row.display_name, Role.ADMIN, 1, "test-terminal")
        desk.test_admin = actor  # type: ignore[attr-defined]
    return actor


@pytest.fixture
def admin(desk: Desk) -> Actor:
    return admin_actor(desk)


@pytest.fixture
def manager(desk: Desk, admin: Actor) -> Actor:
    return make_actor(desk, "manager1", Role.MANAGER)


@pytest.fixture
def clerk(desk: Desk, admin: Actor) -> Actor:
    return make_actor(desk, "clerk1", Role.CLERK)


@pytest.fixture
def mediator(desk: Desk, admin: Actor) -> Actor:
    return make_actor(desk, "mediator1", Role.MEDIATOR)
