"""audit verify"""

from __future__ import annotations

import argparse

from desk.cli.common import add_db_option, add_sign_in_options, signed_in


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help="check the audit trail")
    add_db_option(p)
    actions = p.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    v = actions.add_parser("verify", help="walk the hash chain; name the first row edited or deleted outside Grid Desk")
    add_db_option(v)
    add_sign_in_options(v)
    v.set_defaults(func=_verify)


def _verify(args: argparse.Namespace) -> int:
    from desk.services import audit

    # No migration: a suspect database is examined as it is, not changed first.
    desk, _actor = signed_in(args, run_migrations=False, daily_backup=False)
    assert desk is not None
    report = audit.verify(desk.db)
    if report.ok:
        print(f"OK: {report.checked} audit records, chain intact.")
        return 0
    print(f"BROKEN after {report.checked} good records: {report.problem}.")
    return 1
