"""Signing in on the command line from tests: the first administrator, then ``--user admin --password-stdin``."""

from __future__ import annotations

import io
import sys

import pytest

from desk.app import main

ADMIN, ADMIN_PASSWORD = "admin", "admin-password-1"


def make_admin(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one command that needs nobody's sign-in: the first administrator of an empty database."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    assert main(["--db", url, "user", "add", ADMIN, "--name", "管理员", "--role", "admin", "--password-stdin"]) == 0


def signed(monkeypatch: pytest.MonkeyPatch, *more_lines: str) -> list[str]:
    """The options that sign the administrator in; standard input holds the password, then ``more_lines``."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in (ADMIN_PASSWORD, *more_lines))))
    return ["--user", ADMIN, "--password-stdin"]
