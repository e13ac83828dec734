"""demo: fill a database with a realistic demo station."""

from __future__ import annotations

import argparse
from zoneinfo import ZoneInfo

from desk.cli.common import add_db_option, cli_actor, open_desk
from desk.core.errors import QT_TRANSLATE_NOOP, Conflict


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="create a demo station (staff, windows, weeks of history) and print the sign-ins")
    add_db_option(p)
    p.add_argument("--days", type=int, default=28, help="days of history to make (default 28)")
    p.add_argument("--year", action="store_true",
                   help="a busy 20-window hall's year instead: ~300,000 numbers, 60,000 intake cases, 5,000 "
                        "mediation cases, 1.5 million audit records (takes a while; see --scale)")
    p.add_argument("--scale", type=_fraction, default=None,
                   help="with --year: build only this share of the year, e.g. 0.1 for its last 36 days")
    p.set_defaults(func=_demo)


def _demo(args: argparse.Namespace) -> int:
    from desk.demo import YEAR_DAYS, DemoRun, populate
    from desk.demo.station_and_users import DEMO_PASSWORD, STAFF
    from desk.services.users import has_users

    desk = open_desk(args)
    if has_users(desk):
        raise Conflict(QT_TRANSLATE_NOOP(
            "DeskError", "This database already has users, so no demo data was added (it would mix with real "
                         "records). Give an empty one, e.g. --db sqlite:///demo.sqlite3."))
    today = desk.now().astimezone(ZoneInfo("Asia/Shanghai")).date()  # the desk's clock, like every service
    scale = args.scale if args.scale is not None else (1.0 if args.year else None)
    days = max(1, round(YEAR_DAYS * scale)) if scale is not None else max(1, args.days)
    run = DemoRun(desk, cli_actor(), today, days=days, scale=scale)
    if run.year and desk.db.kind == "sqlite":
        _no_fsync_while_building(desk)
    for line in populate(run):
        print(f"  - {line}")
    print(f"\nDemo station ready in {desk.db.describe()}")
    print(f"Sign in with any of these users, password {DEMO_PASSWORD}:")
    for username, name, role, _phone in STAFF:
        print(f"  {username:<12} {role.value:<9} {name}")
    return 0


def _fraction(text: str) -> float:
    value = float(text)
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError("give a share of the year between 0 and 1, e.g. 0.1")
    return value


def _no_fsync_while_building(desk: object) -> None:
    """A year's demo is tens of thousands of service transactions, and SQLite's fsync at each commit
    was most of the build's time. The same rows are written; only durability is given up until the
    command ends (a build that crashes half-way is thrown away anyway). New connections only: the
    program's own opens keep ``synchronous=FULL``."""
    from sqlalchemy import event

    engine = desk.db.engine  # type: ignore[attr-defined]

    @event.listens_for(engine, "connect")
    def _fast(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute("PRAGMA synchronous=OFF")  # type: ignore[attr-defined]

    engine.dispose()
