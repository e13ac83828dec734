"""audit verify: the hash chain, the anchors kept outside the database, and every business row."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk.cli.common import add_db_option, add_sign_in_options, signed_in


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help="check the audit trail")
    add_db_option(p)
    actions = p.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    v = actions.add_parser(
        "verify", help="check the hash chain from the last point a check proved, the anchors beside the backups "
                       "(and any given), and the business rows the new records name; --full walks it all")
    add_db_option(v)
    add_sign_in_options(v)
    v.add_argument("--anchor", action="append", default=[], metavar="SEQ:HASH",
                   help="an anchor printed on a daily-log close (record number and at least 16 hex digits "
                        "of its hash); may be repeated")
    v.add_argument("--anchors", action="append", default=[], type=Path, metavar="FILE",
                   help="an anchors file (e.g. the copy in the second backup folder); the one beside the "
                        "database's backups is always read")
    v.add_argument("--full", action="store_true",
                   help="walk the whole chain from record 1 and check every business row (slow on a big station); "
                        "without it only the records since the last passed check are walked")
    v.set_defaults(func=_verify)
    h = actions.add_parser("head", help="print the chain's end (record number and hash) to keep as an anchor")
    add_db_option(h)
    add_sign_in_options(h)
    h.set_defaults(func=_head)


def _verify(args: argparse.Namespace) -> int:
    from desk.services import audit_since
    from desk.store import anchors

    typed = []
    for text in args.anchor:
        anchor = anchors.parse_typed(text)
        if anchor is None:
            print(f"The anchor {text!r} is not SEQ:HASH with at least {anchors.MIN_TYPED_HEX} hex digits. Type the "
                  "record number and hash printed on the daily-log close, e.g. 1234:9f86d081884c7d65.")
            return 2
        typed.append(anchor)
    # No migration: a suspect database is examined as it is, not changed first.
    desk, _actor = signed_in(args, run_migrations=False, daily_backup=False)
    assert desk is not None
    given = [a for f in args.anchors for a in anchors.read_anchors(f)]  # the file beside the backups: check reads it
    report = audit_since.check(desk.db, desk.now(), typed + given, full=args.full)
    where = f"{report.anchors_checked} anchors, {report.rows_checked} business rows"
    if report.since_seq:
        where += f"; records 1-{report.since_seq} were proved by an earlier check (--full walks them again)"
    if report.ok:
        walked = f"records {report.since_seq + 1}-{report.end_seq}" if report.since_seq else "audit records"
        print(f"OK: {report.checked} {walked}, chain intact; {where}.")
        return 0
    print(f"BROKEN: {len(report.findings)} problems after {report.checked} good records ({where}).")
    for finding in report.findings:
        print(f"- {finding}")
    return 1


def _head(args: argparse.Namespace) -> int:
    from desk.services import audit

    desk, _actor = signed_in(args, run_migrations=False, daily_backup=False)
    assert desk is not None
    seq, last_hash = audit.head(desk.db)
    print(f"{seq}:{last_hash}")
    return 0
