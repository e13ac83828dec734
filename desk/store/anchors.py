"""Anchors: the audit chain's end written down outside the database it protects.

Every backup appends one line to ``<database>-audit-anchors.txt`` in its backup folder (owner-only,
append-only by convention): the record number and hash the backup's chain ended with. The daily-log
close prints the same pair on paper. ``audit verify`` checks that the chain still holds every anchored
record with that hash, so a chain rewritten with recomputed hashes, cut short or emptied is caught.

A restore starts a new epoch: it appends a ``restore`` line with the restored chain's end, and anchors
written before it no longer bind (the records they name were legitimately replaced).
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from desk.store import private

SUFFIX = "-audit-anchors.txt"
_LINE = re.compile(r"^(?P<at>\S+) (?P<kind>[a-z-]+) seq=(?P<seq>\d+) hash=(?P<hash>[0-9a-f]{64})(?: (?P<note>.*))?$")
_TYPED = re.compile(r"^(?P<seq>\d+):(?P<hash>[0-9a-fA-F ]{16,})$")
MIN_TYPED_HEX = 16


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str  # 64 hex digits, or a typed prefix of at least 16
    source: str  # where it was written, for messages: "backup grid-desk-...sqlite3", "the daily-log close of ..."
    kind: str = "backup"


def anchors_file(folder: Path, db_stem: str) -> Path:
    return folder / f"{db_stem}{SUFFIX}"


def parse_typed(text: str) -> Anchor | None:
    """``SEQ:HASH`` as typed from a printed close (spaces allowed, at least 16 hex digits)."""
    match = _TYPED.match(text.strip())
    if match is None:
        return None
    digits = match["hash"].replace(" ", "").lower()
    if len(digits) < MIN_TYPED_HEX or len(digits) > 64:
        return None
    return Anchor(int(match["seq"]), digits, f"the anchor {match['seq']}:{digits[:8]}… typed in", "typed")


def head_of_file(path: Path) -> tuple[int, str] | None:
    """The chain end stored in a SQLite file (a backup just written), or None without an audit head."""
    conn = sqlite3.connect("file:" + quote(str(path.resolve())) + "?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT last_seq, last_hash FROM audit_head WHERE id = 1").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return (int(row[0]), str(row[1])) if row else None


def write_anchor(folder: Path, db_stem: str, seq: int, row_hash: str, kind: str, note: str,
                 at: datetime | None = None) -> Path:
    """Append one line (the file is created owner-only; appends are synced before returning)."""
    path = anchors_file(folder, db_stem)
    stamp = (at or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    line = f"{stamp} {kind} seq={seq} hash={row_hash} {note}".rstrip() + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, private.FILE_MODE)
    try:
        if private.POSIX:  # os.fchmod is POSIX-only (Windows has it only from Python 3.13)
            os.fchmod(fd, private.FILE_MODE)
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return path


def anchor_backup(backup: Path, db_stem: str, folder: Path | None = None, at: datetime | None = None) -> Path | None:
    """Write the chain end a finished (plain SQLite) backup holds into ``folder`` (default: beside it);
    nothing for a file without a chain."""
    head = head_of_file(backup)
    if head is None:
        return None
    return write_anchor(folder or backup.parent, db_stem, head[0], head[1], "backup", backup.name, at)


def read_anchors(path: Path) -> list[Anchor]:
    """The anchors that still bind: those written after the last restore line (that line included)."""
    if not path.is_file():
        return []
    found: list[Anchor] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _LINE.match(line.strip())
        if match is None:
            continue
        where = f"{path.name} ({match['kind']} {match['note'] or ''} at {match['at']})".replace("  ", " ")
        anchor = Anchor(int(match["seq"]), match["hash"], where, match["kind"])
        if anchor.kind == "restore":
            found = []
        found.append(anchor)
    return found
