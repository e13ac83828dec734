"""The audit page's check names what was changed behind the program's back, in a sentence."""

from __future__ import annotations

from sqlalchemy import update

from desk.core.permissions import Role
from desk.services import users
from desk.store.models import User
from desk.ui.main_window import MainWindow


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
