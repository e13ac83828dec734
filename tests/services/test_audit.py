from __future__ import annotations

import pytest
from sqlalchemy import text

from desk.core.errors import Conflict, PermissionDenied
from desk.services import audit
from desk.services.audit import AuditFilter
from desk.services.context import Actor, Desk
from desk.services.users import add_user


def _add_three(desk: Desk, admin: Actor) -> None:
    for name in ("clerk_a", "clerk_b", "clerk_c"):
        add_user(desk, admin, name, name, "clerk", "long-enough-pw")


def test_every_change_appends_a_chained_record(desk: Desk, admin: Actor) -> None:
    _add_three(desk, admin)
    report = audit.verify(desk.db)
    assert report.ok and report.checked == 5  # the migration's baseline, first admin, three users
    rows, total = audit.list_records(desk, admin, AuditFilter(action_prefix="user.add"))
    assert total == 3
    assert [r.seq for r in rows] == [5, 4, 3]  # newest first
    assert '"role":"clerk"' in rows[0].after and "password" not in rows[0].after


def test_verify_names_the_row_edited_behind_the_programs_back(desk: Desk, admin: Actor) -> None:
    _add_three(desk, admin)
    with desk.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_record SET username = 'mallory' WHERE seq = 3"))
    report = audit.verify(desk.db)
    assert not report.ok
    assert report.first_bad_seq == 3 and report.checked == 2
    assert "record 3" in report.problem and "changed" in report.problem


def test_verify_names_a_deleted_row(desk: Desk, admin: Actor) -> None:
    _add_three(desk, admin)
    with desk.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_record WHERE seq = 2"))
    report = audit.verify(desk.db)
    assert not report.ok and report.first_bad_seq == 2 and "missing" in report.problem


def test_verify_notices_the_last_rows_deleted(desk: Desk, admin: Actor) -> None:
    _add_three(desk, admin)
    with desk.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_record WHERE seq = 4"))
    report = audit.verify(desk.db)
    assert not report.ok and report.first_bad_seq == 4 and "deleted" in report.problem


def test_a_failed_service_call_leaves_no_audit_record(desk: Desk, admin: Actor) -> None:
    add_user(desk, admin, "dup", "Dup", "clerk", "long-enough-pw")
    before = audit.verify(desk.db).checked
    with pytest.raises(Conflict):
        add_user(desk, admin, "dup", "Dup again", "clerk", "long-enough-pw")
    assert audit.verify(desk.db).checked == before


def test_browsing_the_audit_log_needs_the_permission(desk: Desk, clerk: Actor) -> None:
    with pytest.raises(PermissionDenied):
        audit.list_records(desk, clerk, AuditFilter())
