"""Which tables changed since a terminal last looked: what lets a page skip reloads for other data."""

from __future__ import annotations

from desk.core.permissions import Role
from desk.services import changes, station, users
from desk.services.context import Desk
from tests.conftest import admin_actor


def test_the_changes_since_a_mark_name_their_tables(desk: Desk) -> None:
    admin = admin_actor(desk)
    mark = changes.change_mark(desk)
    assert changes.changes_since(desk, mark) == (mark, frozenset())
    station.update_station(desk, admin, name="幸福路社区综合网格工作站")
    users.add_user(desk, admin, "chuangkou9", "李晓梅", Role.CLERK, "correct horse")
    now, tables = changes.changes_since(desk, mark)
    assert now == changes.change_mark(desk) > mark
    assert tables is not None and {"station", "app_user"} <= tables and "queue_ticket" not in tables


def test_too_many_changes_or_no_mark_mean_everything(desk: Desk) -> None:
    admin = admin_actor(desk)
    assert changes.changes_since(desk, -1)[1] is None  # never looked
    mark = changes.change_mark(desk)
    for n in range(changes.MAX_RECORDS_NAMED + 1):
        station.update_station(desk, admin, phone=f"021-5555{n:04d}")
    assert changes.changes_since(desk, mark)[1] is None
