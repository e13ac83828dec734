"""db-roles setup | device — PostgreSQL roles for a shared hall (run by the hall's IT person as the owner)."""

from __future__ import annotations

import argparse

from desk.cli.common import add_db_option, open_desk, read_password


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("db-roles", help="PostgreSQL only: set up or repair the database roles and grants, add a "
                                        "kiosk's or display's login (as the database owner)")
    add_db_option(p)
    actions = p.add_subparsers(dest="roles_action", metavar="ACTION", required=True)
    setup = actions.add_parser("setup", help="create or repair the group roles, grants, row-level security and "
                                             "every user's login role (safe to run again)")
    add_db_option(setup)
    setup.set_defaults(func=_setup)
    device = actions.add_parser("device", help="create a kiosk's or hall display's login role, or set its password")
    device.add_argument("name", help="the login role name, e.g. kiosk1 (the terminal's --db URL names it)")
    device.add_argument("--kind", required=True, choices=("kiosk", "display"))
    device.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add_db_option(device)
    device.set_defaults(func=_device)


def _setup(args: argparse.Namespace) -> int:
    from desk.store import pgroles, pgroles_setup

    desk = open_desk(args, daily_backup=False)  # migrations first: the grants cover every table
    with desk.db.engine.begin() as conn:
        report = pgroles_setup.setup(conn)
    print(f"Database roles ready on {report.database}: {report.tables} tables granted to "
          f"{', '.join(report.groups)}.")
    for username in report.logins_created:
        print(f"  {username}: login {pgroles.login_role(report.database, username)} created without a password; "
              f"set one with: python main.py user passwd {username}")
    print("Kiosk and hall display logins: python main.py db-roles device NAME --kind kiosk|display")
    return 0


def _device(args: argparse.Namespace) -> int:
    from desk.services.passwords import check_new_password
    from desk.store import pgroles_setup

    desk = open_desk(args, daily_backup=False)
    password = read_password(args, f"Password for {args.name}: ")
    check_new_password(password, args.name)  # the same policy as staff passwords
    with desk.db.engine.begin() as conn:
        name = pgroles_setup.add_device(conn, args.name, args.kind, password)
    url = desk.db.url._replace(username=name, password="PASSWORD").render_as_string(hide_password=False)
    print(f"Login {name} ({args.kind}) ready. On that terminal: python main.py {args.kind} --db {url}")
    return 0
