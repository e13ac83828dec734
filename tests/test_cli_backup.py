"""backup, backup --verify, restore and the second backup folder, through the command line."""

from __future__ import annotations

import io
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desk.app import main
from desk.store import backup, backup_crypto
from tests.cli_support import ADMIN_PASSWORD, make_admin, signed


def _url(tmp_path: Path) -> str:
    return "sqlite:///" + (tmp_path / "cli.sqlite3").as_posix()


def _add_user(url: str, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    if not Path(url.removeprefix("sqlite:///")).exists():
        make_admin(url, monkeypatch)
    sign_in = signed(monkeypatch, "a-good-password-1")
    assert main(["--db", url, "user", "add", name, "--name", "张三", "--role", "clerk", *sign_in]) == 0


def _backup(url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    assert main(["--db", url, "backup", *signed(monkeypatch)]) == 0
    return Path(capsys.readouterr().out.split("Backup written to ")[1].splitlines()[0].strip())


# Each command runs for real in its own process, paused half-way while it has the database open.
PAUSED = {
    "migrate": ("desk.store.migrate", "current_revisions", ["migrate"]),
    "audit verify": ("desk.services.audit", "verify", ["audit", "verify"]),
    "report": ("desk.services.report.log", "daily_log", ["report", "--date", "2026-11-20"]),
    "backup": ("desk.services.backups", "take_now", ["backup"]),
}


@pytest.mark.parametrize("command", list(PAUSED))
def test_restore_is_refused_while_any_command_has_the_database_open(
        command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    _add_user(url, monkeypatch, "one")
    snapshot = _backup(url, capsys, monkeypatch)
    module, function, argv = PAUSED[command]
    signs_in = command != "migrate"  # migrate changes the schema only; the others reveal data
    if signs_in:
        argv = [*argv, "--user", "admin", "--password-stdin"]
    script = (
        "import importlib, sys\n"
        f"module = importlib.import_module({module!r})\n"
        f"real = getattr(module, {function!r})\n"
        "def paused(*args, **kwargs):\n"
        "    print('open', flush=True)\n"
        "    sys.stdin.readline()\n"
        "    return real(*args, **kwargs)\n"
        f"setattr(module, {function!r}, paused)\n"
        "from desk.app import main\n"
        f"sys.exit(main(['--db', {url!r}] + {argv!r}))\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdin is not None
        if signs_in:
            holder.stdin.write(ADMIN_PASSWORD + "\n")  # the command signs in first
            holder.stdin.flush()
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert main(["--db", url, "restore", str(snapshot), *signed(monkeypatch)]) == 1
        assert "Grid Desk is running on this database" in capsys.readouterr().err
    finally:
        _out, err = holder.communicate("\n", timeout=60)
    assert holder.returncode == 0, err
    assert main(["--db", url, "restore", str(snapshot), *signed(monkeypatch)]) == 0


def test_backup_verify_checks_the_newest_or_a_named_backup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    _add_user(url, monkeypatch, "one")
    first = _backup(url, capsys, monkeypatch)
    _add_user(url, monkeypatch, "two")
    newest = _backup(url, capsys, monkeypatch)
    assert main(["--db", url, "backup", "--verify"]) == 0
    out = capsys.readouterr().out
    assert str(newest) in out and "8 audit records, chain intact" in out
    before = newest.read_bytes()

    conn = sqlite3.connect(newest)
    conn.execute("UPDATE audit_record SET username = 'x' WHERE seq = 2")
    conn.commit()
    conn.close()
    assert main(["--db", url, "backup", "--verify"]) == 1
    assert "audit trail is broken" in capsys.readouterr().err
    assert main(["--db", url, "backup", "--verify", str(first)]) == 0
    assert "5 audit records" in capsys.readouterr().out

    newest.write_bytes(before[: len(before) // 2])  # cut short, as on a full disk
    assert main(["--db", url, "backup", "--verify", str(newest)]) == 1
    assert "Choose another backup" in capsys.readouterr().err


def test_backup_verify_without_any_backup_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    _add_user(url, monkeypatch, "one")
    for old in backup.list_backups(tmp_path / "cli.sqlite3"):
        old.unlink()
    assert main(["--db", url, "backup", "--verify"]) == 1
    assert "There is no backup in" in capsys.readouterr().err


def test_backup_copies_to_the_second_folder_and_warns_when_it_is_gone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from desk.cli.common import cli_actor, open_desk
    from desk.services import backups

    url = _url(tmp_path)
    _add_user(url, monkeypatch, "one")
    usb = tmp_path / "usb"
    usb.mkdir()
    import argparse

    desk = open_desk(argparse.Namespace(db=url), run_migrations=False, daily_backup=False)
    backups.set_second_folder(desk, cli_actor(), str(usb))
    desk.db.dispose()

    made = _backup(url, capsys, monkeypatch)
    copy = usb / (made.name + ".enc")  # encrypted: it leaves the database's folder
    plain = io.BytesIO()
    backup_crypto.decrypt_file(copy, plain)
    assert plain.getvalue() == made.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert not [p for p in usb.iterdir() if p.name.startswith(".")]

    usb.rename(tmp_path / "unplugged")
    assert main(["--db", url, "backup", *signed(monkeypatch)]) == 0  # the backup beside the database is still taken
    captured = capsys.readouterr()
    assert "Backup written to" in captured.out
    assert "WARNING: The second backup folder" in captured.err and "cannot be reached" in captured.err
    assert not usb.exists()  # an unplugged disk is reported, not replaced by a local folder
