"""The daily check starts from the newest point a passed check proved (``desk.services.audit_since``):
it walks only the records written since, yet a rewrite of the older chain still shows through the
anchors, and ``full=True`` keeps the whole check. On SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timezone

from sqlalchemy import Table, select, update

from desk.services import audit, audit_since
from desk.services.context import Actor, Desk
from desk.services.users import add_user
from desk.store import anchors, audit_chain
from desk.store.models import AuditHead, AuditRecord, User

RECORDS: Table = AuditRecord.__table__  # type: ignore[assignment]
HEAD: Table = AuditHead.__table__  # type: ignore[assignment]
AT = datetime(2026, 12, 31, 17, 30, tzinfo=timezone.utc)
LONG_NAME = "示范市幸福家园物业管理有限公司驻社区服务站前台接待员"


def _users(desk: Desk, admin: Actor, prefix: str, count: int) -> None:
    for i in range(count):
        add_user(desk, admin, f"{prefix}{i}", LONG_NAME[:20], "clerk", "long-enough-pw")


def _rehash_all(desk: Desk) -> None:
    """An attacker who knows the algorithm: recompute every hash and the head after an edit."""
    with desk.db.engine.begin() as conn:
        prev = audit_chain.GENESIS_HASH
        for r in conn.execute(select(RECORDS).order_by(RECORDS.c.seq)).mappings().all():
            new = audit_chain.record_hash(prev, r["seq"], r["at"], r["user_id"], r["username"], r["terminal"],
                                          r["action"], r["entity"], r["entity_id"], r["before_json"],
                                          r["after_json"], r["images_json"])
            conn.execute(update(RECORDS).where(RECORDS.c.id == r["id"]).values(prev_hash=prev, row_hash=new))
            prev = new
        conn.execute(update(HEAD).values(last_hash=prev))


def test_without_a_proved_point_the_whole_chain_is_checked_and_its_end_recorded(desk: Desk, admin: Actor) -> None:
    _users(desk, admin, "first", 3)
    seq, last_hash = audit.head(desk.db)
    assert audit_since.proved_start(anchors.read_anchors(audit_since.verified_file(desk.db))) is None
    report = audit_since.check(desk.db, AT)
    assert report.ok, report.findings
    assert (report.since_seq, report.checked, report.end_seq, report.end_hash) == (0, seq, seq, last_hash)
    assert report.rows_checked > 100  # every row of every watched table (the seeded catalogue too)
    path = audit_since.verified_file(desk.db)
    proved = audit_since.proved_start(anchors.read_anchors(path))
    assert proved is not None and (proved.seq, proved.hash) == (seq, last_hash)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_the_daily_check_walks_only_the_records_since(desk: Desk, admin: Actor) -> None:
    _users(desk, admin, "first", 3)
    first = audit_since.check(desk.db, AT)
    _users(desk, admin, "second", 4)
    seq, last_hash = audit.head(desk.db)
    report = audit_since.check(desk.db, AT)
    assert report.ok, report.findings
    assert report.since_seq == first.end_seq and report.checked == seq - first.end_seq >= 4
    assert report.rows_checked < 20  # the rows the new records name, not the whole catalogue
    assert (report.end_seq, report.end_hash) == (seq, last_hash)
    again = audit_since.check(desk.db, AT)  # nothing new: nothing walked, still fine
    assert again.ok and (again.since_seq, again.checked) == (seq, 0)
    full = audit_since.check(desk.db, AT, full=True)
    assert full.ok and (full.since_seq, full.checked) == (0, seq) and full.rows_checked > report.rows_checked


def test_a_changed_new_record_is_caught(desk: Desk, admin: Actor) -> None:
    _users(desk, admin, "first", 2)
    start = audit_since.check(desk.db, AT).end_seq
    _users(desk, admin, "second", 2)
    with desk.db.engine.begin() as conn:
        conn.execute(update(RECORDS).where(RECORDS.c.seq == start + 2).values(username="mallory"))
    report = audit_since.check(desk.db, AT)
    assert not report.ok and report.since_seq == start and report.first_bad_seq == start + 2
    assert "was changed after it was written" in report.problem
    assert audit_since.proved_start(anchors.read_anchors(audit_since.verified_file(desk.db))).seq == start  # type: ignore[union-attr]


def test_a_row_changed_after_the_proved_point_is_caught(desk: Desk, admin: Actor) -> None:
    _users(desk, admin, "first", 2)
    audit_since.check(desk.db, AT)
    _users(desk, admin, "second", 1)
    with desk.db.engine.begin() as conn:
        conn.execute(update(User.__table__).where(User.username == "second0").values(role="admin"))
    report = audit_since.check(desk.db, AT)
    assert not report.ok and report.since_seq > 0
    assert "of table app_user differs from its last audited state" in report.problem


def test_an_older_record_rewritten_with_recomputed_hashes_is_caught_by_the_proved_anchor(
        desk: Desk, admin: Actor) -> None:
    _users(desk, admin, "first", 2)
    proved = audit_since.check(desk.db, AT).end_seq
    _users(desk, admin, "second", 2)
    with desk.db.engine.begin() as conn:  # record 2 lies before the proved point: not walked again
        conn.execute(update(RECORDS).where(RECORDS.c.seq == 2).values(username="mallory"))
    _rehash_all(desk)
    report = audit_since.check(desk.db, AT)
    assert not report.ok and report.since_seq == proved
    assert report.problem.startswith(f"Audit record {proved} does not match ")
    assert "verified" in report.problem and "the audit trail was rewritten" in report.problem


def test_what_the_daily_check_leaves_to_the_full_check(desk: Desk, admin: Actor) -> None:
    """An older record edited in place (its stored hashes left alone), or a row nobody touched since,
    is not walked by the daily check: the full check finds both. The limit written in audit_since."""
    _users(desk, admin, "first", 2)
    audit_since.check(desk.db, AT)
    with desk.db.engine.begin() as conn:
        conn.execute(update(RECORDS).where(RECORDS.c.seq == 2).values(username="mallory"))
        conn.execute(update(User.__table__).where(User.username == "first0").values(role="admin"))
    _users(desk, admin, "second", 1)
    assert audit_since.check(desk.db, AT).ok
    full = audit_since.check(desk.db, AT, full=True)
    text = " ".join(str(f) for f in full.findings)
    assert not full.ok and full.first_bad_seq == 2 and "of table app_user differs" in text


def test_a_chain_cut_below_the_proved_point_gets_the_full_check(desk: Desk, admin: Actor) -> None:
    _users(desk, admin, "first", 3)
    proved = audit_since.check(desk.db, AT).end_seq
    with desk.db.engine.begin() as conn:
        conn.execute(RECORDS.delete().where(RECORDS.c.seq > 2))
        kept = conn.execute(select(RECORDS.c.row_hash).where(RECORDS.c.seq == 2)).scalar_one()
        conn.execute(update(HEAD).values(last_seq=2, last_hash=kept))
    report = audit_since.check(desk.db, AT)
    assert not report.ok and report.since_seq == 0
    assert f"shows that record {proved} existed" in report.problem
