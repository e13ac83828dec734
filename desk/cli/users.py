"""user add | passwd | disable | enable | unlock | list — a station manager or administrator signs in first.

The one exception: ``user add NAME --role admin`` on a database without any user creates its first
administrator (there is nobody to sign in as yet).
"""

from __future__ import annotations

import argparse

from desk.cli.common import (
    add_db_option,
    add_sign_in_options,
    close_desk,
    open_desk,
    read_password,
    signed_in,
)

ROLES = ("clerk", "mediator", "manager", "admin")  # desk.core.permissions.Role, without importing it here


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("user", help="manage user accounts (a manager or administrator signs in)")
    add_db_option(p)
    actions = p.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user (asks for the password); on an empty database, the first "
                                         "administrator")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the person's name as shown on receipts")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--phone", default="")
    add.set_defaults(func=_add)
    pw = actions.add_parser("passwd", help="set a user's password (asks for it)")
    pw.add_argument("username")
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
        add_sign_in_options(q)


def _add(args: argparse.Namespace) -> int:
    from desk.core.errors import ConfigurationError
    from desk.services import users

    if not getattr(args, "user", None):
        try:
            first = open_desk(args)
        except ConfigurationError:
            first = None  # e.g. a PostgreSQL address that needs the signing-in person's own login
        if first is not None:
            if not users.has_users(first):
                return _first_admin(args, first)
            close_desk(first)
    desk, actor = signed_in(args)
    assert desk is not None
    row = users.add_user(desk, actor, args.username, args.name, args.role, read_password(args), args.phone)
    print(f"User {row.username} ({row.display_name}, {row.role.value}) added by {actor.username}.")
    return 0


def _first_admin(args: argparse.Namespace, desk: object) -> int:
    from desk.cli.common import _terminal_name
    from desk.core.errors import QT_TRANSLATE_NOOP, Conflict
    from desk.services import users
    from desk.services.context import Desk

    assert isinstance(desk, Desk)
    if args.role != "admin":
        raise Conflict(QT_TRANSLATE_NOOP(
            "DeskError", "This database has no users yet. Create its first administrator first: user add NAME "
                         "--role admin --name \"...\"."))
    row = users.create_first_admin(desk, args.username, args.name, read_password(args), _terminal_name())
    print(f"First administrator {row.username} ({row.display_name}) created.")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    from desk.services import users

    desk, actor = signed_in(args)
    assert desk is not None
    users.set_password(desk, actor, args.username, read_password(args, "New password: "))
    print(f"Password of {args.username} changed.")
    return 0


def _set_active(args: argparse.Namespace) -> int:
    from desk.services import users

    desk, actor = signed_in(args)
    assert desk is not None
    users.set_active(desk, actor, args.username, args.active)
    print(f"User {args.username} {'enabled' if args.active else 'disabled'}.")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    from desk.services import users

    desk, actor = signed_in(args)
    assert desk is not None
    users.unlock(desk, actor, args.username)
    print(f"User {args.username} may sign in again now.")
    return 0


def _list(args: argparse.Namespace) -> int:
    from desk.services import users

    desk, actor = signed_in(args)
    assert desk is not None
    for row in users.list_users(desk, actor):
        state = "active" if row.active else "disabled"
        print(f"{row.username:<20} {row.role.value:<9} {state:<9} {row.display_name}")
    return 0
