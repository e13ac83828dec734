"""The command line signs in: commands that change or reveal data act as a named manager or administrator.

The one exception is the first administrator of an empty database. Without a terminal and without
--password-stdin the commands answer with a sentence (exit 2), never an EOFError.
"""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk.app import main
from tests.cli_support import ADMIN_PASSWORD, make_admin, signed

ROOT = Path(__file__).resolve().parents[1]

# Every command that changes or reveals data, with what it needs besides the sign-in.
COMMANDS = {
    "user add": ["user", "add", "clerk9", "--name", "张三", "--role", "clerk"],
    "user passwd": ["user", "passwd", "admin"],
    "user disable": ["user", "disable", "admin"],
    "user enable": ["user", "enable", "admin"],
    "user list": ["user", "list"],
    "report": ["report", "--date", "2026-11-20"],
    "audit verify": ["audit", "verify"],
    "backup": ["backup"],
    "restore": ["restore", "missing.sqlite3"],
}


def _url(tmp_path: Path) -> str:
    return "sqlite:///" + (tmp_path / "cli.sqlite3").as_posix()


def _audit(tmp_path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(tmp_path / "cli.sqlite3")
    try:
        return conn.execute("SELECT username, terminal, action FROM audit_record ORDER BY seq").fetchall()
    finally:
        conn.close()


def _run(tmp_path: Path, *argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real program in its own process, with no terminal (standard input is a pipe or /dev/null)."""
    return subprocess.run([sys.executable, "main.py", "--db", _url(tmp_path), *argv], cwd=ROOT, text=True,
                          capture_output=True, timeout=120, input=stdin,
                          stdin=subprocess.DEVNULL if stdin is None else None)


def test_the_first_administrator_needs_no_sign_in_and_is_the_only_exception(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO("clerk-password-1\n"))
    assert main(["--db", url, "user", "add", "clerk1", "--name", "张三", "--role", "clerk", "--password-stdin"]) == 1
    assert "Create its first administrator first" in capsys.readouterr().err
    make_admin(url, monkeypatch)
    assert "First administrator admin" in capsys.readouterr().out
    # Now the same command without signing in is refused: a second "first administrator" cannot be made.
    monkeypatch.setattr(sys, "stdin", io.StringIO("other-password-1\n"))
    assert main(["--db", url, "user", "add", "boss", "--name", "X", "--role", "admin", "--password-stdin"]) == 2
    assert "Give --user NAME" in capsys.readouterr().err
    assert [a for _u, _t, a in _audit(tmp_path) if a != "audit.baseline"] == ["user.create_first_admin"]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_refuses_without_a_sign_in(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    make_admin(url, monkeypatch)
    capsys.readouterr()
    before = _audit(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--db", url, *COMMANDS[command]]) == 2
    err = capsys.readouterr().err
    assert "There is no terminal to ask who signs in" in err and "Traceback" not in err
    # A wrong password is refused like sign-in at the desk, and nothing happens.
    monkeypatch.setattr(sys, "stdin", io.StringIO("wrong-password-1\nnew-password-12\n"))
    assert main(["--db", url, *COMMANDS[command], "--user", "admin", "--password-stdin"]) == 1
    assert "user name or password is wrong" in capsys.readouterr().err
    assert [a for _u, _t, a in _audit(tmp_path)] == [a for _u, _t, a in before] + ["auth.failed"]


@pytest.mark.parametrize("command", ["user list", "report", "audit verify", "backup"])
def test_a_clerk_may_not_run_them(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    make_admin(url, monkeypatch)
    assert main(["--db", url, "user", "add", "clerk1", "--name", "张三", "--role", "clerk",
                 *signed(monkeypatch, "clerk-password-1")]) == 0
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO("clerk-password-1\n"))
    assert main(["--db", url, *COMMANDS[command], "--user", "clerk1", "--password-stdin"]) == 1
    assert "Only a station manager or an administrator may run this command" in capsys.readouterr().err


def test_commands_act_as_the_person_who_signed_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = _url(tmp_path)
    make_admin(url, monkeypatch)
    assert main(["--db", url, "user", "add", "manager1", "--name", "王站长", "--role", "manager",
                 *signed(monkeypatch, "manager-password-1")]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("manager-password-1\nclerk-password-1\n"))
    assert main(["--db", url, "user", "add", "clerk1", "--name", "张三", "--role", "clerk", "--user", "manager1",
                 "--password-stdin"]) == 0
    rows = _audit(tmp_path)
    assert ("manager1", "user.add") in [(u, a) for u, _t, a in rows]
    assert all(u != "cli" for u, _t, _a in rows)  # nobody acts as the anonymous "cli" administrator any more
    assert all(t.startswith("cli@") for u, t, _a in rows if u == "manager1")
    # A manager still may not make an administrator (the service's rule, now with a real actor).
    monkeypatch.setattr(sys, "stdin", io.StringIO("manager-password-1\nboss-password-12\n"))
    assert main(["--db", url, "user", "add", "boss", "--name", "X", "--role", "admin", "--user", "manager1",
                 "--password-stdin"]) == 1


def test_no_terminal_and_no_password_stdin_is_a_sentence_not_an_eof_error(tmp_path: Path) -> None:
    done = _run(tmp_path, "user", "add", "admin", "--name", "管理员", "--role", "admin")
    assert done.returncode == 2, done.stderr
    assert "There is no terminal to ask for the password" in done.stderr and "Traceback" not in done.stderr
    done = _run(tmp_path, "user", "add", "admin", "--name", "管理员", "--role", "admin", "--password-stdin",
                stdin=ADMIN_PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    done = _run(tmp_path, "user", "list", "--user", "admin")
    assert done.returncode == 2
    assert "There is no terminal to ask for the password" in done.stderr and "EOFError" not in done.stderr
    done = _run(tmp_path, "user", "list", "--user", "admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert "admin" in done.stdout


def test_restore_into_a_database_without_users_needs_no_sign_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A new PC started Grid Desk once (an empty database), then restores the station's backup."""
    old = tmp_path / "old"
    old.mkdir()
    make_admin(_url(old), monkeypatch)
    assert main(["--db", _url(old), "backup", *signed(monkeypatch)]) == 0
    snapshot = Path(capsys.readouterr().out.split("Backup written to ")[1].splitlines()[0].strip())
    assert main(["--db", _url(tmp_path), "migrate"]) == 0  # the new, empty database
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--db", _url(tmp_path), "restore", str(snapshot)]) == 0
    assert "audit records check out" in capsys.readouterr().out
    # Now it has users: the next restore asks for a sign-in.
    assert main(["--db", _url(tmp_path), "restore", str(snapshot)]) == 2
