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
    p.set_defaults(func=_demo)


def _demo(args: argparse.Namespace) -> int:
    from desk.demo import DemoRun, populate
    from desk.demo.station_and_users import DEMO_PASSWORD, STAFF
    from desk.services.users import has_users

    desk = open_desk(args)
    if has_users(desk):
        raise Conflict(QT_TRANSLATE_NOOP(
            "DeskError", "This database already has users, so no demo data was added (it would mix with real "
                         "records). Give an empty one, e.g. --db sqlite:///demo.sqlite3."))
    today = desk.now().astimezone(ZoneInfo("Asia/Shanghai")).date()  # the desk's clock, like every service
    run = DemoRun(desk, cli_actor(), today, days=max(1, args.days))
    for line in populate(run):
        print(f"  - {line}")
    print(f"\nDemo station ready in {desk.db.describe()}")
    print(f"Sign in with any of these users, password {DEMO_PASSWORD}:")
    for username, name, role, _phone in STAFF:
        print(f"  {username:<12} {role.value:<9} {name}")
    return 0
