"""Issue 13: service windows are added, renamed and retired by the manager; a window with history is
never deleted, and one with a citizen at it now cannot be retired."""

from __future__ import annotations

import pytest

from desk.core.errors import Conflict, NotFound, PermissionDenied
from desk.services import audit, windows
from desk.services.context import Actor, Desk
from desk.services.queue.calling import call_next
from desk.services.queue.issuing import issue_ticket
from desk.services.queue.serving import finish_service
from tests.services.queue_setup import make_hall

LONG_NAME = "示范市幸福家园社区党群服务中心社会保障与医疗保险综合受理窗口（老年人绿色通道）"[:60]


def test_add_rename_and_retire(desk: Desk, manager: Actor, clerk: Actor) -> None:
    added = windows.add_window(desk, manager, 12, LONG_NAME)
    assert (added.number, added.name, added.active) == (12, LONG_NAME, True)
    renamed = windows.update_window(desk, manager, 12, "综合窗口", True)
    assert renamed.name == "综合窗口"
    windows.update_window(desk, manager, 12, "综合窗口", False)
    assert [w.number for w in windows.list_windows(desk, 1, active_only=True)] == []
    assert windows.update_window(desk, manager, 12, "综合窗口", True).active
    with pytest.raises(PermissionDenied):
        windows.add_window(desk, clerk, 13, "")
    with pytest.raises(PermissionDenied):
        windows.remove_window(desk, clerk, 12)
    with pytest.raises(NotFound):
        windows.remove_window(desk, manager, 99)
    assert audit.verify(desk.db).ok


def test_a_window_made_by_mistake_is_deleted_one_with_history_retired(desk: Desk, manager: Actor,
                                                                       clerk: Actor) -> None:
    hall = make_hall(desk, manager)  # windows 1-3 serve services
    windows.add_window(desk, manager, 30, "")  # a typo for 3
    windows.remove_window(desk, manager, 30)
    assert 30 not in [w.number for w in windows.list_windows(desk, 1)]
    windows.remove_window(desk, manager, 3)  # serves C, but no ticket ever: the set-up goes with it
    issue_ticket(desk, clerk, hall.a)
    call_next(desk, clerk, 1)
    with pytest.raises(Conflict) as serving:  # a citizen is at window 1 now
        windows.update_window(desk, manager, 1, "1号窗口", False)
    assert serving.value.field == "number" and "A001" in str(serving.value)
    finish_service(desk, clerk, 1)
    with pytest.raises(Conflict) as history:
        windows.remove_window(desk, manager, 1)
    assert "Retire" in str(history.value)
    assert not windows.update_window(desk, manager, 1, "1号窗口", False).active
    assert audit.verify(desk.db).ok
