"""The command line, run in-process through desk.app.main (as `python main.py ...`)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk.app import main
from tests.cli_support import make_admin, signed


def _url(tmp_path: Path) -> str:
    return "sqlite:///" + (tmp_path / "cli.sqlite3").as_posix()


def _add_user(url: str, monkeypatch: pytest.MonkeyPatch, name: str = "clerk1") -> int:
    if not Path(url.removeprefix("sqlite:///")).exists():
        make_admin(url, monkeypatch)
    sign_in = signed(monkeypatch, "a-good-password-1")
    return main(["--db", url, "user", "add", name, "--name", "张三", "--role", "clerk", *sign_in])


def test_user_add_list_and_audit_verify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    assert _add_user(url, monkeypatch) == 0
    assert main(["user", "list", "--db", url, *signed(monkeypatch)]) == 0
    assert "clerk1" in capsys.readouterr().out
    assert main(["--db", url, "audit", "verify", *signed(monkeypatch)]) == 0
    assert "OK: 6 audit records" in capsys.readouterr().out  # baseline, admin, sign-in, clerk1, sign-in, sign-in


def test_audit_verify_names_the_edited_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    _add_user(url, monkeypatch, "one")
    _add_user(url, monkeypatch, "two")
    conn = sqlite3.connect(tmp_path / "cli.sqlite3")
    # 1 the migration baseline, 2 the first administrator, 3 a sign-in, 4 "one" added as a clerk
    conn.execute("UPDATE audit_record SET after_json = replace(after_json, 'clerk', 'admin') WHERE seq = 4")
    conn.commit()
    conn.close()
    assert main(["--db", url, "audit", "verify", *signed(monkeypatch)]) == 1
    out = capsys.readouterr().out
    assert "BROKEN" in out and "record 4 (id 4) was changed" in out


def test_bad_db_url_is_a_sentence_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "mysql://x@y/z", "user", "list"]) == 2
    err = capsys.readouterr().err
    assert "Grid Desk works with SQLite or PostgreSQL" in err and "Traceback" not in err


def test_unwritable_data_folder_is_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("")
    monkeypatch.setenv("GRID_DESK_DATA_DIR", str(blocker / "data"))
    assert main(["user", "list"]) == 2
    assert "cannot be written" in capsys.readouterr().err


def test_refused_action_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    make_admin(url, monkeypatch)
    assert main(["--db", url, "user", "disable", "ghost", *signed(monkeypatch)]) == 1
    assert "There is no user named ghost" in capsys.readouterr().err


def test_restore_refuses_while_in_use_and_restores_otherwise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    _add_user(url, monkeypatch, "one")
    assert main(["--db", url, "backup", *signed(monkeypatch)]) == 0
    snapshot = Path(capsys.readouterr().out.split("Backup written to ")[1].strip())
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from desk.store.bootstrap import open_database;"
         f"db = open_database({url!r}); print('open', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert main(["--db", url, "restore", str(snapshot), *signed(monkeypatch)]) == 1
        assert "Grid Desk is running on this database" in capsys.readouterr().err
    finally:
        holder.communicate("")
    assert main(["--db", url, "restore", str(snapshot), *signed(monkeypatch)]) == 0
    assert "5 audit records check out" in capsys.readouterr().out


def test_restore_refuses_a_backup_with_a_broken_chain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    _add_user(url, monkeypatch, "one")
    main(["--db", url, "backup", *signed(monkeypatch)])
    snapshot = Path(capsys.readouterr().out.split("Backup written to ")[1].strip())
    conn = sqlite3.connect(snapshot)
    conn.execute("UPDATE audit_record SET username = 'x'")
    conn.commit()
    conn.close()
    assert main(["--db", url, "restore", str(snapshot), *signed(monkeypatch)]) == 1
    assert "audit trail is broken" in capsys.readouterr().err


def test_help_runs_as_a_process() -> None:
    out = subprocess.run([sys.executable, "main.py", "--help"], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout
    for command in ("migrate", "backup", "restore", "user", "audit"):
        assert command in out


def test_bench_parts_are_the_modules_that_measure() -> None:
    from desk.cli.bench import bench_modules

    parts = bench_modules()
    assert {"startup", "documents", "queue", "intake", "mediation", "report"} <= set(parts)
    assert "timing" not in parts and "queue_terminals" not in parts


def test_bench_json_prints_one_object(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["bench", "--json", "--only", "documents"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["slip_pdf_ms_p50"] > 0 and figures["a4_pdf_ms_p50"] > 0


def test_user_unlock_ends_a_sign_in_wait_and_weak_passwords_are_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from desk.core.errors import AuthenticationError
    from desk.services import auth
    from desk.services.context import Desk
    from desk.store.engine import Database

    url = _url(tmp_path)
    assert _add_user(url, monkeypatch) == 0
    desk = Desk(Database(url))
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.sign_in(desk, "clerk1", "not it")
    with pytest.raises(AuthenticationError, match="must wait"):
        auth.sign_in(desk, "clerk1", "a-good-password-1")
    assert main(["--db", url, "user", "unlock", "clerk1", *signed(monkeypatch)]) == 0
    assert auth.sign_in(desk, "clerk1", "a-good-password-1").actor.username == "clerk1"
    assert main(["--db", url, "user", "passwd", "clerk1", *signed(monkeypatch, "1234567890")]) == 1
    assert "common" in capsys.readouterr().err
    desk.db.dispose()
