"""The daily check: ``audit verify`` from the newest point a previous check proved.

Every check that passes appends a ``verified`` line (record number and hash of the chain's end it
walked) to an anchors file outside the database: beside the backups for SQLite (the same owner-only,
append-only file the backups anchor into, so a restore line ends its epoch), and in the desk's data
folder for PostgreSQL. The next check starts there instead of at record 1.

What a check since a proved anchor at record S proves:
  - record S is still there with the proved hash, and its stored fields still hash to it;
  - every record after S links to the one before and hashes to what it says, up to the chain head;
  - every other anchor (backups, daily-log closes, earlier checks, any typed in) still matches its
    record, so an older part of the chain rewritten with recomputed hashes is caught: the rewrite
    changes the hash of record S (and of every anchored record after the rewritten one);
  - every business row a record after S names matches the newest image of it.
What it does NOT prove (the full check, ``audit verify --full`` / "Full check", does):
  - that the fields of a record before S, other than the anchored ones, were not edited in place
    while its stored hashes were left alone (only re-hashing the whole chain shows that);
  - that a business row no record after S names was not added, changed or deleted behind the desk.
So the daily check is quick and catches a rewritten history; run the full check now and then
(e.g. monthly) and whenever something looks wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from desk.services import audit
from desk.services.audit import ChainReport
from desk.store import anchors, private
from desk.store.anchors import Anchor
from desk.store.engine import Database
from desk.store.paths import data_folder

VERIFIED = "verified"


def verified_file(db: Database) -> Path:
    """Where the checks' proved points are appended (and read back)."""
    from desk.store.backup import backup_folder

    path = db.sqlite_path
    if path is not None:
        return anchors.anchors_file(backup_folder(path), path.stem)
    url = db.url
    name = re.sub(r"[^A-Za-z0-9._-]", "_", f"{url.host or 'local'}-{url.port or 5432}-{url.database or ''}")
    return anchors.anchors_file(data_folder() / "audit-anchors", name)


def proved_start(found: Iterable[Anchor]) -> Anchor | None:
    """The newest point a passed check recorded (after the last restore), if any."""
    proved = [a for a in found if a.kind == VERIFIED and a.seq > 0]
    return max(proved, key=lambda a: a.seq) if proved else None


def check(db: Database, at: datetime, extra: Iterable[Anchor] = (), *, full: bool = False) -> ChainReport:
    """Verify from the newest proved point (the whole chain when ``full`` or when none was recorded),
    checking every anchor found; a passed check records the end it reached as the next start."""
    path = verified_file(db)
    binding = list(extra) + anchors.read_anchors(path)
    start = None if full else proved_start(binding)
    if start is not None and start.seq > audit.head(db)[0]:
        start = None  # the chain is shorter than what was proved: the full check says how
    report = audit.verify(db, binding, start)
    if report.ok and report.end_seq > (start.seq if start else 0):
        private.make_private_folder(path.parent)
        how = "full check" if start is None else f"check since record {start.seq}"
        anchors.write_anchor(path.parent, path.name.removesuffix(anchors.SUFFIX), report.end_seq, report.end_hash,
                             VERIFIED, how, at)
    return report
