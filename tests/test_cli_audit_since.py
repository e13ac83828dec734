"""``python main.py audit verify`` starts from the last passed check; ``--full`` walks the whole chain."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desk.app import main
from desk.store import anchors
from tests.cli_support import make_admin, signed


def _station(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, users: int) -> str:
    url = "sqlite:///" + (tmp_path / "cli.sqlite3").as_posix()
    make_admin(url, monkeypatch)
    for i in range(users):
        assert main(["--db", url, "user", "add", f"clerk{i}", "--name", "示范市幸福家园物业管理有限公司前台",
                     "--role", "clerk", *signed(monkeypatch, "a-good-password-1")]) == 0
    return url


def _head(tmp_path: Path) -> int:
    conn = sqlite3.connect(tmp_path / "cli.sqlite3")
    try:
        return int(conn.execute("SELECT last_seq FROM audit_head").fetchone()[0])
    finally:
        conn.close()


def test_the_second_verify_walks_only_the_new_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    url = _station(tmp_path, monkeypatch, 2)
    capsys.readouterr()
    assert main(["--db", url, "audit", "verify", *signed(monkeypatch)]) == 0
    first = capsys.readouterr().out
    assert first.startswith("OK: ") and "audit records, chain intact" in first, first
    file = tmp_path / "backups" / f"cli{anchors.SUFFIX}"
    marks = [a for a in anchors.read_anchors(file) if a.kind == "verified"]
    assert len(marks) == 1
    proved = marks[0].seq
    assert main(["--db", url, "user", "add", "later", "--name", "后来", "--role", "clerk",
                 *signed(monkeypatch, "a-good-password-1")]) == 0
    capsys.readouterr()
    assert main(["--db", url, "audit", "verify", *signed(monkeypatch)]) == 0
    out = capsys.readouterr().out
    head = _head(tmp_path)
    assert out.startswith(f"OK: {head - proved} records {proved + 1}-{head}, chain intact"), out
    assert f"records 1-{proved} were proved by an earlier check" in out
    assert main(["--db", url, "audit", "verify", "--full", *signed(monkeypatch)]) == 0
    assert capsys.readouterr().out.startswith(f"OK: {_head(tmp_path)} audit records, chain intact")


def test_an_old_record_edited_in_place_needs_the_full_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    url = _station(tmp_path, monkeypatch, 1)
    assert main(["--db", url, "audit", "verify", *signed(monkeypatch)]) == 0
    conn = sqlite3.connect(tmp_path / "cli.sqlite3")
    conn.execute("UPDATE audit_record SET after_json = replace(after_json, 'clerk', 'admin') WHERE seq = 4")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--db", url, "audit", "verify", *signed(monkeypatch)]) == 0  # before the proved point
    assert main(["--db", url, "audit", "verify", "--full", *signed(monkeypatch)]) == 1
    out = capsys.readouterr().out
    assert "BROKEN" in out and "record 4 (id 4) was changed" in out
