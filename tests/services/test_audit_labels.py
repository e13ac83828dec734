"""Every action the code base writes to the audit trail or the access log, and every kind of record
it names, has a label a person can read (desk.core.audit_labels): the audit page never shows codes
such as "intake.accept" or "med_case 15"."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desk.cli.common import cli_actor
from desk.core.audit_labels import ACTION_LABELS, ENTITY_LABELS
from desk.services.context import Desk
from desk.store.models.access import AccessRecord
from desk.store.models.foundation import AuditRecord
from tests.conftest import FakeClock

ROOT = Path(__file__).resolve().parents[2] / "desk"
# (function name, position of the action argument, position of the record kind)
WRITERS: dict[str, tuple[int, int | None]] = {"append": (3, 4), "audit_last": (3, 4), "_record": (2, 3), "append_raw": (2, None)}
# The code passes these through from its callers; the callers' codes are scanned where they are written.
PASSED_THROUGH = {"action", "entity", "subject"}


def _pattern(node: ast.JoinedStr) -> re.Pattern[str]:
    parts = [re.escape(v.value) if isinstance(v, ast.Constant) else "[a-z_]+" for v in node.values]
    return re.compile("".join(parts) + "$")


def _written() -> tuple[set[str], set[str], list[tuple[str, re.Pattern[str]]]]:
    actions: set[str] = set()
    kinds: set[str] = set()
    patterns: list[tuple[str, re.Pattern[str]]] = []

    def take(arg: ast.expr, bag: set[str], where: str) -> None:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            bag.add(arg.value)
        elif isinstance(arg, ast.IfExp):
            take(arg.body, bag, where)
            take(arg.orelse, bag, where)
        elif isinstance(arg, ast.JoinedStr):
            patterns.append((where, _pattern(arg)))
        elif isinstance(arg, ast.Name) and arg.id in PASSED_THROUGH:
            pass
        else:
            raise AssertionError(f"{where}: an audit code the test cannot read: {ast.unparse(arg)}")

    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
            action_at, kind_at = WRITERS.get(name, (99, None))
            if len(node.args) > max(action_at, kind_at or 0):
                take(node.args[action_at], actions, where)
                if kind_at is not None:
                    take(node.args[kind_at], kinds, where)
            if name in ("read_personal", "_record"):
                for keyword in node.keywords:
                    if keyword.arg == "action":
                        take(keyword.value, actions, where)
                    elif keyword.arg == "subject":
                        take(keyword.value, kinds, where)
    return actions, kinds, patterns


def test_every_action_and_record_kind_written_has_a_label() -> None:
    actions, kinds, patterns = _written()
    assert len(actions) > 60  # the scan found the writers
    assert sorted(actions - set(ACTION_LABELS)) == []
    assert sorted(kinds - set(ENTITY_LABELS) - {""}) == []
    for where, pattern in patterns:  # f"queue.{kind}": at least one labelled code of that shape
        assert any(pattern.match(code) for code in ACTION_LABELS), f"{where}: no label for {pattern.pattern}"


def test_a_whole_demo_station_writes_only_labelled_codes(sqlite_desk: Desk) -> None:
    """What really reaches the tables, including the codes built at run time (f"case.{action}")."""
    from desk import demo

    demo.populate(demo.DemoRun(Desk(sqlite_desk.db, clock=FakeClock()), cli_actor(), date(2026, 11, 20), days=2))
    with sqlite_desk.db.reading() as session:
        audited = set(session.execute(select(AuditRecord.action, AuditRecord.entity)).all())
        accessed = set(session.execute(select(AccessRecord.action, AccessRecord.subject)).all())
    assert len(audited) > 10
    assert sorted({a for a, _ in audited | accessed} - set(ACTION_LABELS)) == []
    assert sorted({e for _, e in audited | accessed} - set(ENTITY_LABELS) - {""}) == []
