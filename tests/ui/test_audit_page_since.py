"""The audit page's daily check walks the records since the last passed check; "Full check" walks all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import update

from desk.core.permissions import Role
from desk.services import audit, users
from desk.store.models import AuditRecord
from desk.ui.main_window import MainWindow

NAME = "示范市幸福家园物业管理有限公司前台"


def _click_and_wait(qtbot, page, button) -> str:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not page.check.isEnabled() and not page.full_check.isEnabled()  # one check at a time
    qtbot.waitUntil(lambda: page.check.isEnabled(), timeout=10000)
    assert page.full_check.isEnabled()
    return page.chain_result.text()


def test_the_daily_check_then_the_full_check(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    users.add_user(context.desk, context.actor, "clerk0", NAME, "clerk", "long-enough-pw")
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.open_page("audit")
    first_end = audit.head(context.desk.db)[0]
    text = _click_and_wait(qtbot, page, page.check)  # nothing proved yet: the whole chain
    assert text == f"Chain intact: {first_end} records check out."
    for i in range(1, 4):
        users.add_user(context.desk, context.actor, f"clerk{i}", NAME, "clerk", "long-enough-pw")
    end = audit.head(context.desk.db)[0]
    text = _click_and_wait(qtbot, page, page.check)
    assert text.startswith(f"Chain intact: the {end - first_end} records since record {first_end} check out"), text
    text = _click_and_wait(qtbot, page, page.full_check)
    assert text == f"Chain intact: {end} records check out."


def test_the_full_check_finds_an_old_record_edited_in_place(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    users.add_user(context.desk, context.actor, "clerk0", NAME, "clerk", "long-enough-pw")
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.open_page("audit")
    _click_and_wait(qtbot, page, page.check)
    with context.desk.db.engine.begin() as conn:
        conn.execute(update(AuditRecord).where(AuditRecord.seq == 2).values(username="mallory"))
    assert _click_and_wait(qtbot, page, page.check).startswith("Chain intact")  # before the proved point
    text = _click_and_wait(qtbot, page, page.full_check)
    assert text.startswith("Chain BROKEN after 1 good records: Audit record 2 ") and "was changed" in text
