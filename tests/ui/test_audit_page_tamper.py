"""The audit page's check names what was changed behind the program's back, in a sentence."""

from __future__ import annotations

from shiboken6 import isValid
from sqlalchemy import update

from desk.core.permissions import Role
from desk.services import users
from desk.store.models import User
from desk.ui.main_window import MainWindow
from desk.ui.worker import wait_for_all


def test_the_check_names_a_row_changed_outside(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    users.add_user(context.desk, context.actor, "newclerk", "新职员", "clerk", "long-enough-pw")
    with context.desk.db.engine.begin() as conn:
        conn.execute(update(User).where(User.username == "newclerk").values(role="admin"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.open_page("audit")
    page.check_chain()
    qtbot.waitUntil(lambda: page.check.isEnabled(), timeout=5000)
    text = page.chain_result.text()
    assert "table app_user" in text and "changed outside Grid Desk" in text


def test_a_page_closed_while_its_rows_are_read_takes_nothing(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    """The pages read their rows off the GUI thread (scale-freeze): a manager who closes the window
    before the read is back must not get an error from a list that is gone (it once surfaced in the
    next test's event loop as "Internal C++ object (RowTableModel) already deleted")."""
    context = context_for(Role.MANAGER)
    window = MainWindow(context)  # not qtbot.addWidget: the test deletes it itself
    page = window.open_page("audit")
    assert page.pager.reads.pending  # the first read, started when the page opened
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(page))
    assert wait_for_all()
    qtbot.wait(50)  # the read's result is delivered: pytest-qt fails the test on an exception here
