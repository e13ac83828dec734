"""The business-row half of ``audit verify``: each watched row against the image its last record holds.

The full check streams every row of every watched table (so a row added behind the desk's back, with
no record at all, is found). The check since a proved anchor reads back only the rows its new records
name, by key: a row nobody touched since that anchor is left to the full check.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Date, Integer

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.store import audit_chain
from desk.store.audit_chain import WATCHED


@dataclass(frozen=True)
class Finding:
    """One thing ``verify`` found, as a sentence (``template`` is translated in context "AuditCheck")."""

    template: str
    values: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values)


NO_RECORD = QT_TRANSLATE_NOOP("AuditCheck", "Row {key} of table {table} has no audit record: it was added "
                                            "outside Grid Desk.")
DIFFERS = QT_TRANSLATE_NOOP("AuditCheck", "Row {key} of table {table} differs from its last audited state "
                                          "(record {seq}): it was changed outside Grid Desk.")
DELETED = QT_TRANSLATE_NOOP("AuditCheck", "Row {key} of table {table} (last audited in record {seq}) is gone: "
                                          "it was deleted outside Grid Desk.")
BACK = QT_TRANSLATE_NOOP("AuditCheck", "Row {key} of table {table} was deleted in record {seq} but exists "
                                       "again: it was put back outside Grid Desk.")

Images = Mapping[tuple[str, str], tuple[str | None, int]]


def compare(name: str, key: str, digest: str | None, known: tuple[str | None, int] | None,
            findings: list[Finding]) -> None:
    """One row as stored (``digest`` None: it is gone) against its last audited image."""
    if known is None:
        if digest is not None:
            findings.append(Finding(NO_RECORD, {"key": key, "table": name}))
    elif known[0] is None:
        if digest is not None:
            findings.append(Finding(BACK, {"key": key, "table": name, "seq": known[1]}))
    elif digest is None:
        findings.append(Finding(DELETED, {"key": key, "table": name, "seq": known[1]}))
    elif known[0] != digest:
        findings.append(Finding(DIFFERS, {"key": key, "table": name, "seq": known[1]}))


def check_all_rows(conn: Connection, images: Images, findings: list[Finding]) -> int:
    existing = set(audit_chain.table_names(conn))
    seen: set[tuple[str, str]] = set()
    count = 0
    for name in sorted(WATCHED & existing):
        for key, digest in audit_chain.current_rows(conn, name):
            count += 1
            seen.add((name, key))
            compare(name, key, digest, images.get((name, key)), findings)
    for (name, key), (last, seq) in sorted(images.items(), key=lambda i: (i[1][1], i[0])):
        if last is not None and name in existing and (name, key) not in seen:
            findings.append(Finding(DELETED, {"key": key, "table": name, "seq": seq}))
    return count


def _key_values(name: str, key: str) -> tuple[Any, ...] | None:
    """The key tuple an image's text key was made from, or None when it cannot be rebuilt exactly."""
    columns = list(audit_chain.table(name).primary_key.columns)
    parts = key.split("/")
    if len(parts) != len(columns):
        return None
    values: list[Any] = []
    try:
        for column, part in zip(columns, parts, strict=True):
            if isinstance(column.type, Integer):
                values.append(int(part))
            elif isinstance(column.type, Date):
                values.append(date.fromisoformat(part))
            else:
                values.append(part)
    except ValueError:
        return None
    found = tuple(values)
    return found if audit_chain.pk_key(found) == key else None


def check_named_rows(conn: Connection, images: Images, findings: list[Finding]) -> int:
    """The rows the walked records name, read back by key and compared with their newest image."""
    existing = set(audit_chain.table_names(conn))
    by_table: dict[str, dict[str, tuple[Any, ...]]] = {}
    scan: set[str] = set()
    for name, key in images:
        if name not in existing or name not in WATCHED:
            continue
        values = _key_values(name, key)
        if values is None:
            scan.add(name)  # a key that does not round-trip: read that table whole instead
        else:
            by_table.setdefault(name, {})[key] = values
    count = 0
    for name in sorted(set(by_table) - scan):
        stored = audit_chain.read_images(conn, {name: set(by_table[name].values())})[name]
        for key in sorted(by_table[name]):
            count += 1
            compare(name, key, stored.get(key), images[(name, key)], findings)
    for name in sorted(scan):
        current = dict(audit_chain.current_rows(conn, name))
        for (table, key), known in images.items():
            if table == name:
                count += 1
                compare(name, key, current.get(key), known, findings)
    return count
