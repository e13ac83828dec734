"""user add | passwd | disable | enable | unlock | list"""

from __future__ import annotations

import argparse

from desk.cli.common import add_db_option, cli_actor, open_desk, read_password

ROLES = ("clerk", "mediator", "manager", "admin")  # desk.core.permissions.Role, without importing it here


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("user", help="manage user accounts")
    add_db_option(p)
    actions = p.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user (asks for the password)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the person's name as shown on receipts")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--phone", default="")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(func=_add)
    pw = actions.add_parser("passwd", help="set a user's password (asks for it)")
    pw.add_argument("username")
    pw.add_argument("--password-stdin", action="store_true")
    pw.set_defaults(func=_passwd)
    for name, active in (("disable", False), ("enable", True)):
        q = actions.add_parser(name, help=f"{name} a user account")
        q.add_argument("username")
        q.set_defaults(func=_set_active, active=active)
    un = actions.add_parser("unlock", help="end a user's wait after too many wrong passwords")
    un.add_argument("username")
    un.set_defaults(func=_unlock)
    ls = actions.add_parser("list", help="list user accounts")
    ls.set_defaults(func=_list)
    for q in (add, pw, un, ls, *[actions.choices[n] for n in ("disable", "enable")]):
        add_db_option(q)


def _add(args: argparse.Namespace) -> int:
    from desk.services import users

    desk = open_desk(args)
    row = users.add_user(desk, cli_actor(), args.username, args.name, args.role, read_password(args), args.phone)
    print(f"User {row.username} ({row.display_name}, {row.role.value}) added.")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    from desk.services import users

    desk = open_desk(args)
    users.set_password(desk, cli_actor(), args.username, read_password(args, "New password: "))
    print(f"Password of {args.username} changed.")
    return 0


def _set_active(args: argparse.Namespace) -> int:
    from desk.services import users

    desk = open_desk(args)
    users.set_active(desk, cli_actor(), args.username, args.active)
    print(f"User {args.username} {'enabled' if args.active else 'disabled'}.")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    from desk.services import users

    desk = open_desk(args)
    users.unlock(desk, cli_actor(), args.username)
    print(f"User {args.username} may sign in again now.")
    return 0


def _list(args: argparse.Namespace) -> int:
    from desk.services import users

    desk = open_desk(args)
    rows = users.list_users(desk, cli_actor())
    if not rows:
        print("No users yet. Start Grid Desk to create the administrator, or: user add NAME --role admin --name ...")
    for row in rows:
        state = "active" if row.active else "disabled"
        print(f"{row.username:<20} {row.role.value:<9} {state:<9} {row.display_name}")
    return 0
