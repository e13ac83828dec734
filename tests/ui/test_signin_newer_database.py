"""The sign-in window on a database a newer Grid Desk upgraded (issue 10, item 6): a sentence, not "unexpected"."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.ui.signin import SignInDialog
from desk.ui.terminal_settings import TerminalSettings
from tests.store.test_newer_database import NEWER, make_newer_db, says_newer, state


@pytest.fixture
def newer_db(sqlite_template: Path, tmp_path: Path) -> Path:
    return make_newer_db(sqlite_template, tmp_path)


def test_the_sign_in_window_says_so(qtbot, newer_db: Path) -> None:  # type: ignore[no-untyped-def]
    before = state(newer_db)
    dialog = SignInDialog("sqlite:///" + newer_db.as_posix(), TerminalSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: NEWER in dialog.status.text() or "did not expect" in dialog.status.text(),
                    timeout=10000)
    assert says_newer(dialog.status.text())
    assert not dialog.sign_in_button.isEnabled() and dialog.desk is None
    assert state(newer_db) == before
