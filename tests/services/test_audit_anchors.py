"""The chain's end is kept outside the database: beside every backup (an owner-only anchors file) and on
the signed daily-log close (its snapshot and its PDF); ``audit verify`` holds the chain to them."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update

from desk.app import main
from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.report import closing, export
from desk.services.report.log import daily_log
from desk.services.users import add_user
from desk.store import anchors, audit_chain, backup
from desk.store.models import AuditHead, AuditRecord, Base
from desk.store.models.report import ReportDayClose
from tests.conftest import admin_actor
from tests.documents.helpers import pdf_text, squash

DAY = date(2026, 11, 19)


def _rewrite_with_recomputed_hashes(engine: Engine, seq: int) -> None:
    records = AuditRecord.__table__
    with engine.begin() as conn:
        conn.execute(update(records).where(records.c.seq == seq).values(username="mallory"))
        prev = audit_chain.GENESIS_HASH
        for r in conn.execute(select(records).order_by(records.c.seq)).mappings().all():
            if r["seq"] >= seq:
                new = audit_chain.record_hash(prev, r["seq"], r["at"], r["user_id"], r["username"], r["terminal"],
                                              r["action"], r["entity"], r["entity_id"], r["before_json"],
                                              r["after_json"], r["images_json"])
                conn.execute(update(records).where(records.c.id == r["id"]).values(prev_hash=prev, row_hash=new))
                prev = new
            else:
                prev = r["row_hash"]
        conn.execute(update(AuditHead.__table__).values(last_hash=prev))


def test_the_close_signs_and_prints_the_chains_end(desk: Desk, admin: Actor, manager: Actor) -> None:
    seq, last_hash = audit.head(desk.db)
    closed = closing.close_day(desk, manager, DAY)
    assert (closed.audit_seq, closed.audit_hash) == (seq, last_hash)
    with desk.db.reading() as session:
        row = session.execute(select(ReportDayClose)).scalar_one()
    assert json.loads(row.snapshot_json)["audit_anchor"] == {"seq": seq, "hash": last_hash}  # signed with the figures
    log = daily_log(desk, manager, DAY)
    text = squash("".join(pdf_text(export.export_pdf(desk, manager, log))))
    assert f"第{seq}条" in text and last_hash in text  # typed back from paper (groups of four)

    add_user(desk, admin, "later", "Later", "clerk", "long-enough-pw")  # work after the close is fine
    typed = anchors.parse_typed(f"{seq}:{export.grouped(last_hash)[:24]}")
    assert typed is not None and audit.verify(desk.db, [typed]).ok

    _rewrite_with_recomputed_hashes(desk.db.engine, 2)
    with desk.db.engine.begin() as conn:  # the copy in the database is rewritten too: only paper is left
        conn.execute(update(ReportDayClose.__table__).values(snapshot_json="{}"))
    report = audit.verify(desk.db, [typed])
    assert not report.ok
    assert any("does not match the anchor" in str(f) and "typed in" in str(f) for f in report.findings)


def test_typed_anchors_need_enough_digits() -> None:
    assert anchors.parse_typed("12:abcd") is None
    assert anchors.parse_typed("x:" + "a" * 64) is None
    parsed = anchors.parse_typed("12: 9F86 D081 8848 4C7D")
    assert parsed is not None and (parsed.seq, parsed.hash) == (12, "9f86d08188484c7d")


def test_every_backup_appends_an_owner_only_anchor(sqlite_desk: Desk, tmp_path: Path) -> None:
    desk = sqlite_desk
    admin = admin_actor(desk)
    path = desk.db.sqlite_path
    assert path is not None
    first = backup.take_backup(path, "manual")
    add_user(desk, admin, "one", "One", "clerk", "long-enough-pw")
    second = backup.take_backup(path, "manual")
    file = anchors.anchors_file(backup.backup_folder(path), path.stem)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    marks = anchors.read_anchors(file)
    assert [m.seq for m in marks] == [audit.head(desk.db)[0] - 1, audit.head(desk.db)[0]]
    assert first.name in marks[0].source and second.name in marks[1].source
    assert marks[1].hash == audit.head(desk.db)[1]
    assert audit.verify(desk.db, marks).ok

    records = AuditRecord.__table__
    with desk.db.engine.begin() as conn:  # cut the last record off and move the head back: a clean-looking chain
        last = conn.execute(select(records).order_by(records.c.seq.desc())).mappings().first()
        assert last is not None
        conn.execute(records.delete().where(records.c.id == last["id"]))
        conn.execute(update(AuditHead.__table__).values(last_seq=last["seq"] - 1, last_hash=last["prev_hash"]))
    report = audit.verify(desk.db, marks)
    assert not report.ok and "were cut off or the audit table was emptied" in report.problem


def test_audit_verify_reads_the_anchors_beside_the_backups(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.store.engine import Database
    from tests.cli_support import make_admin, signed

    url = "sqlite:///" + (tmp_path / "cli.sqlite3").as_posix()
    make_admin(url, monkeypatch)
    assert main(["--db", url, "user", "add", "one", "--name", "一", "--role", "clerk",
                 *signed(monkeypatch, "a-good-password-1")]) == 0
    assert main(["--db", url, "backup", *signed(monkeypatch)]) == 0
    capsys.readouterr()
    assert main(["--db", url, "audit", "verify", *signed(monkeypatch)]) == 0
    assert "OK:" in (out := capsys.readouterr().out) and " 0 anchors" not in out
    db = Database(url)
    try:
        _rewrite_with_recomputed_hashes(db.engine, 2)
    finally:
        db.dispose()
    assert main(["--db", url, "audit", "verify", *signed(monkeypatch)]) == 1
    out = capsys.readouterr().out
    assert "BROKEN" in out and "the audit trail was rewritten" in out and "-audit-anchors.txt" in out
    assert main(["--db", url, "audit", "verify", "--anchor", "3:abc", *signed(monkeypatch)]) == 2


def test_a_restore_starts_a_new_epoch_of_anchors(tmp_path: Path) -> None:
    folder = tmp_path
    anchors.write_anchor(folder, "db", 9, "a" * 64, "backup", "x.sqlite3")
    anchors.write_anchor(folder, "db", 5, "b" * 64, "restore", "y.sqlite3")
    anchors.write_anchor(folder, "db", 6, "c" * 64, "backup", "z.sqlite3")
    marks = anchors.read_anchors(anchors.anchors_file(folder, "db"))
    assert [(m.seq, m.kind) for m in marks] == [(5, "restore"), (6, "backup")]


def test_every_table_is_watched_or_says_why_not() -> None:
    names = set(Base.metadata.tables)
    assert not names & set(audit_chain.UNWATCHED) & audit_chain.WATCHED
    assert names - audit_chain.WATCHED - set(audit_chain.UNWATCHED) == set(), (
        "classify the new table in desk.store.audit_chain: WATCHED, or UNWATCHED with the reason")
