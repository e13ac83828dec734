"""Every public service function, called with hostile input, refuses with a sentence and saves nothing.

The entry points are found, not listed: every public function in ``desk.services.*`` whose first
parameter is ``desk``. Arguments are drawn from each parameter's type annotation (nested input
dataclasses included), mixing plausible values with hostile ones: NUL and other control characters,
lone surrogates, strings of tens of thousands of characters, integers of 2^63 and beyond, negatives,
empty values, naive and far-off datetimes. A new function whose parameter type has no strategy here
fails ``test_every_entry_point_has_a_strategy``.

Each call runs as one of the roles (administrator first, so shrinking ends on the role that may do
most) against a seeded demo station, on SQLite and on PostgreSQL. It must either succeed or raise a
``DeskError`` subclass; after a refusal, no table may have gained or lost a row and the audit chain
head must not have moved.

``GRID_DESK_FUZZ_EXAMPLES`` sets the examples per function (12 in CI); ``GRID_DESK_FUZZ_RANDOM=1``
draws different ones each run. ``GRID_DESK_FUZZ_COLLECT=1`` keeps going after an unexpected
exception and has the module summary list every (function, exception type) found, instead of
failing on the first. ``GRID_DESK_FUZZ_REPORT=path`` also writes that summary to a file.
"""

from __future__ import annotations

import collections
import dataclasses
import enum
import importlib
import inspect
import os
import pkgutil
import shutil
import types
import typing
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

import desk.services
from desk.core.errors import DeskError
from desk.core.permissions import Role
from desk.services.context import Actor, Desk
from desk.store.engine import Database
from desk.store.models import AuditHead, Base, User
from tests.conftest import PG_ENV, FakeClock

MAX_EXAMPLES = int(os.environ.get("GRID_DESK_FUZZ_EXAMPLES", "12"))
COLLECT = os.environ.get("GRID_DESK_FUZZ_COLLECT") == "1"
# CI is deterministic (derandomize); GRID_DESK_FUZZ_RANDOM=1 explores other examples on a developer's machine.
RANDOM = os.environ.get("GRID_DESK_FUZZ_RANDOM") == "1"

# Building blocks that take a callable (the work to run), not user input: the entry points that use
# them are fuzzed instead.
NOT_ENTRY_POINTS = {
    "desk.services.context.write",
    "desk.services.context.read",
    "desk.services.intake.cases.step",
    "desk.services.queue.window_lock.at_window",
    "desk.services.access_log.read_personal",
}


# A refused sign-in is written down on purpose (the failed attempt counts towards the account's wait
# and is audited): that is its record, not a half-saved change.
RECORDS_ITS_REFUSALS = {"auth.sign_in"}


def entry_points() -> list[Callable[..., Any]]:
    found = []
    for info in pkgutil.walk_packages(desk.services.__path__, "desk.services."):
        module = importlib.import_module(info.name)
        for name, fn in sorted(vars(module).items()):
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != info.name:
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:1] == ["desk"] and f"{info.name}.{name}" not in NOT_ENTRY_POINTS:
                found.append(fn)
    return found


ENTRY_POINTS = entry_points()


def qualname(fn: Callable[..., Any]) -> str:
    return f"{fn.__module__.removeprefix('desk.services.')}.{fn.__name__}"


# -- values -------------------------------------------------------------------------------------
HOSTILE_TEXT = [
    "",
    " ",
    "\x00",
    "张\x00三",
    "\ud800",
    "a\udfffb",
    "\x1b[2J",
    "\u202eevil",
    "\x7f",
    "🙂",
    "%_\\",
    "'; DROP TABLE users; --",
    "x" * 61,
    "名" * 301,
    "x" * 4_001,
    "长" * 20_000,
    "x" * 60_000,
    "%" * 30_000,
    "1\n2\t3\r",
]
PLAUSIBLE_TEXT = [
    "张三", "A001", "A", "1", "admin", "admin-password", "2026-11-20", "2026-11-23", "08:30", "17:30", "12345",
    "person", "organisation", "accept", "missing", "refuse", "written", "oral", "success", "failure",
    "mediator", "police", "lawyer", "applicant", "respondent", "application", "visit", "phone", "kiosk",
    "window", "in", "out", "clerk", "manager", "13812345678", "110101198001010010", "邻里纠纷", "人民法院",
    "holiday", "workday", "{seq}", "DB", "幸福路", "mediation.case", "intake.receipt", "extra", "off",
]
HOSTILE_INTS = [0, 1, 2, 3, 5, -1, -(2**31), 2**31 - 1, 2**31, 2**53 + 1, 2**63 - 1, 2**63, -(2**63) - 1, 10**30]
UTC = timezone.utc
NEAR = datetime(2026, 11, 20, 1, 30, tzinfo=UTC)

texts = st.one_of(st.sampled_from(PLAUSIBLE_TEXT), st.sampled_from(HOSTILE_TEXT), st.text(max_size=12))
ints = st.one_of(st.sampled_from(HOSTILE_INTS), st.integers(-3, 40))
datetimes = st.one_of(
    st.sampled_from([NEAR, NEAR + timedelta(hours=2), NEAR + timedelta(days=3, hours=1), NEAR - timedelta(days=9)]),
    st.datetimes(timezones=st.just(UTC)),
    st.sampled_from([datetime(2026, 11, 20, 9, 30), datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC)]),
)
dates = st.one_of(st.sampled_from([date(2026, 11, 20), date(2026, 11, 23), date(2026, 1, 1)]), st.dates())
blobs = st.one_of(
    st.sampled_from([b"", b"\x00", b"{}", b"[]", b'{"items": [{"code": "\\u0000"}]}', b"PK\x03\x04", b"x" * 300_000]),
    st.binary(max_size=40),
)


class LogPlaceholder:
    """Stands for a DailyLog, which a caller gets from ``daily_log``; made at call time."""


def strategy_for(tp: Any, where: str) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(strategy_for(arg, where) for arg in args))
    if tp is type(None):
        return st.none()
    if tp is bool:
        return st.booleans()
    if tp is int:
        return ints
    if tp is float:
        return st.floats(allow_nan=True, allow_infinity=True)
    if tp is str:
        return texts
    if tp is bytes:
        return blobs
    if tp is datetime:
        return datetimes
    if tp is date:
        return dates
    if tp is Path:  # never a real folder: a backup must not land anywhere on this machine
        return texts.map(lambda t: Path("/nonexistent-grid-desk-fuzz") / (t.replace("/", "_")[:40] or "x"))
    if tp in (Any, object):
        return st.one_of(texts, ints, st.none(), st.booleans())
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if origin in (tuple, list, Sequence) or origin is collections.abc.Sequence:
        item = strategy_for(args[0], where)
        as_type = tuple if origin is tuple else list
        return st.lists(item, max_size=4).map(as_type)
    if origin is dict:
        return st.dictionaries(texts, strategy_for(args[1], where), max_size=3)
    if isinstance(tp, type) and tp.__name__ == "DailyLog":
        return st.just(LogPlaceholder())
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = typing.get_type_hints(tp)
        fields = {f.name: strategy_for(hints[f.name], f"{where}.{f.name}") for f in dataclasses.fields(tp) if f.init}
        return st.builds(tp, **fields)
    raise NotImplementedError(f"{where}: no strategy for {tp!r}; add one to strategy_for in {__name__}")


def call_strategy(fn: Callable[..., Any]) -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    hints = typing.get_type_hints(fn)
    params = list(inspect.signature(fn).parameters.values())[1:]
    kwargs: dict[str, st.SearchStrategy[Any]] = {}
    role = st.just("-")
    for param in params:
        if param.name == "actor":
            role = st.sampled_from(["admin", "manager", "clerk", "mediator", "kiosk"])
        elif param.kind is inspect.Parameter.VAR_KEYWORD:
            kwargs["**"] = st.dictionaries(
                st.sampled_from(["name", "committee_name", "seal_text", "phone", "address", "district", "x"]),
                texts, max_size=3)
        else:
            kwargs[param.name] = strategy_for(hints[param.name], f"{qualname(fn)}({param.name})")
    return st.tuples(role, st.fixed_dictionaries(kwargs))


def test_every_entry_point_has_a_strategy() -> None:
    assert len(ENTRY_POINTS) > 100
    for fn in ENTRY_POINTS:
        call_strategy(fn)  # raises NotImplementedError naming the parameter that has none


def test_every_entry_point_checks_its_input() -> None:
    from desk.services.entry import is_entry

    unguarded = [qualname(fn) for fn in ENTRY_POINTS if not is_entry(fn)]
    assert not unguarded, f"decorate these with @entry (desk.services.entry): {unguarded}"


# -- a seeded station on each database ------------------------------------------------------------
def seed(url: str) -> None:
    from desk import demo
    from desk.cli.common import cli_actor

    db = Database(url)
    try:
        clock = FakeClock()
        run = demo.DemoRun(Desk(db, clock=clock), cli_actor(), date(2026, 11, 20), days=2)
        demo.populate(run)
    finally:
        db.dispose()


@pytest.fixture(scope="session")
def seeded_sqlite(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "seeded.sqlite3"
    shutil.copyfile(sqlite_template, path)
    seed("sqlite:///" + path.as_posix())
    return path


@pytest.fixture(scope="session")
def seeded_pg(pg_template: str) -> Iterator[str]:
    admin = Database(os.environ[PG_ENV])
    name = f"grid_desk_fuzz_{uuid.uuid4().hex[:10]}"
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    seed(admin.url.set(database=name).render_as_string(hide_password=False))
    yield name
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


class Stations:
    """One copy of the seeded station per (database, service module), shared by that module's entry
    points: creating a PostgreSQL database per function cost more than fuzzing it."""

    key: tuple[str, str] | None = None
    desk: Desk | None = None
    drop: Callable[[], None] = staticmethod(lambda: None)

    @classmethod
    def close(cls) -> None:
        if cls.desk is not None:
            cls.desk.db.dispose()
            cls.drop()
        cls.key, cls.desk, cls.drop = None, None, staticmethod(lambda: None)


def open_copy(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> tuple[Desk, Callable[[], None]]:
    if backend == "sqlite":
        path = tmp_path / "fuzz.sqlite3"
        shutil.copyfile(request.getfixturevalue("seeded_sqlite"), path)
        return Desk(Database("sqlite:///" + path.as_posix()), clock=FakeClock()), lambda: None
    template = request.getfixturevalue("seeded_pg")
    admin = Database(os.environ[PG_ENV])
    name = f"grid_desk_t_{uuid.uuid4().hex[:12]}"
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))

    def drop() -> None:
        with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return Desk(Database(admin.url.set(database=name).render_as_string(hide_password=False)), clock=FakeClock()), drop


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def station(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Desk:
    key = (request.param, request.node.callspec.params["entry"].__module__)
    if Stations.key != key:
        Stations.close()
        Stations.desk, Stations.drop = open_copy(request, request.param, tmp_path_factory.mktemp("fuzz"))
        Stations.key = key
    assert Stations.desk is not None
    return Stations.desk


def actors(station: Desk) -> dict[str, Actor]:
    from desk.core.permissions import Permission

    with station.db.reading() as session:
        ids = {username: user_id for username, user_id in session.execute(select(User.username, User.id))}
    return {
        "admin": Actor(ids["admin"], "admin", "系统管理员", Role.ADMIN, 1, "fuzz"),
        "manager": Actor(ids["zhanzhang"], "zhanzhang", "王建国", Role.MANAGER, 1, "fuzz"),
        "clerk": Actor(ids["chuangkou1"], "chuangkou1", "李晓梅", Role.CLERK, 1, "fuzz", window_number=1),
        "mediator": Actor(ids["tiaojie1"], "tiaojie1", "刘德明", Role.MEDIATOR, 1, "fuzz"),
        "kiosk": Actor(None, "kiosk", "Kiosk", Role.CLERK, 1, "kiosk", only=frozenset({Permission.QUEUE_ISSUE})),
    }


def snapshot(station: Desk) -> tuple[object, ...]:
    """Row count of every table and the audit chain head: what a refused call must leave unchanged."""
    counts = [select(func.count()).select_from(table).scalar_subquery() for table in Base.metadata.sorted_tables]
    with station.db.reading() as session:
        row = session.execute(select(*counts)).one()
        head = session.execute(select(AuditHead.last_seq, AuditHead.last_hash)).one()
    return (*row, *head)


# -- the run ----------------------------------------------------------------------------------------
class Tally:
    functions: set[str] = set()
    calls = 0
    refusals = 0
    unexpected: dict[tuple[str, str], str] = {}
    half_saved: dict[str, str] = {}


@pytest.fixture(scope="module", autouse=True)
def _summary(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    Stations.close()
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    lines = [
        f"fuzz: {len(Tally.functions)} entry points covered of {len(ENTRY_POINTS)}, {Tally.calls} calls, "
        f"{Tally.refusals} refused with a sentence, {len({t for _, t in Tally.unexpected})} unexpected exception "
        f"types in {len(Tally.unexpected)} (function, type) pairs, {len(Tally.half_saved)} half-saved",
        *(f"  unexpected {t} in {fn}: {msg}" for (fn, t), msg in sorted(Tally.unexpected.items())),
        *(f"  half-saved in {fn}: {msg}" for fn, msg in sorted(Tally.half_saved.items())),
    ]
    if reporter is not None:
        reporter.write_line("")
        for line in lines:
            reporter.write_line(line)
    if os.environ.get("GRID_DESK_FUZZ_REPORT"):
        Path(os.environ["GRID_DESK_FUZZ_REPORT"]).write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=qualname)
def test_entry_point_refuses_hostile_input(entry: Callable[..., Any], station: Desk) -> None:
    from desk.services.report.log import daily_log

    cast = actors(station)
    name = qualname(entry)
    Tally.functions.add(name)
    params = list(inspect.signature(entry).parameters)

    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=not RANDOM, database=None,
              suppress_health_check=list(HealthCheck))
    @given(call_strategy(entry))
    def run(call: tuple[str, dict[str, Any]]) -> None:
        role, kwargs = call
        kwargs = dict(kwargs)
        extra = kwargs.pop("**", {})
        for key, value in kwargs.items():
            if isinstance(value, LogPlaceholder):
                kwargs[key] = daily_log(station, cast["admin"], date(2026, 11, 20))
        if "actor" in params:
            kwargs["actor"] = cast[role]
        before = snapshot(station)
        Tally.calls += 1
        try:
            entry(station, **kwargs, **extra)
        except DeskError as exc:
            Tally.refusals += 1
            assert exc.render(), f"{name} refused without a sentence"
            after = snapshot(station)
            if after != before and name not in RECORDS_ITS_REFUSALS:
                Tally.half_saved[name] = f"{type(exc).__name__}: {exc}"[:200]
                if not COLLECT:
                    raise AssertionError(f"{name} refused ({exc}) but changed the database") from exc
        except Exception as exc:  # noqa: BLE001 - this is what the test looks for
            Tally.unexpected.setdefault((name, type(exc).__name__), str(exc).splitlines()[0][:160] if str(exc) else "")
            if not COLLECT:
                raise

    run()
