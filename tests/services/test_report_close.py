"""Closing a day freezes its figures and notes; later changes to its records show as corrections."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.intake import cases
from desk.services.queue import calling, serving
from desk.services.report import closing
from desk.services.report.log import daily_log, frozen_figures
from desk.store.models.report import ReportDayClose
from tests.conftest import FakeClock
from tests.services.report_support import DAY, local, make_busy_day


@pytest.fixture
def busy(desk: Desk, admin: Actor, manager: Actor, clerk: Actor, mediator: Actor, clock: FakeClock) -> Any:
    return make_busy_day(desk, admin, manager, clerk, mediator, clock)


def test_closing_freezes_the_figures_and_signs_them(desk: Desk, manager: Actor, busy: Any) -> None:
    closing.add_note(desk, manager, DAY, "下午系统断网十分钟。")
    before = daily_log(desk, manager, DAY)
    closed = closing.close_day(desk, manager, DAY)
    assert closed.closed_by == "Manager1" and closed.day == DAY
    with desk.db.reading() as session:
        row = session.execute(select(ReportDayClose)).scalar_one()
        assert hashlib.sha256(row.snapshot_json.encode()).hexdigest() == row.sha256 == closed.sha256
        assert json.loads(row.snapshot_json)["notes"][0]["text"] == "下午系统断网十分钟。"
    frozen = frozen_figures(desk, manager, DAY)
    assert frozen is not None and frozen.sections == before.figures.sections
    after = daily_log(desk, manager, DAY)
    assert after.day_closed is not None and after.corrections == ()
    assert audit.verify(desk.db).ok


def test_a_later_change_shows_as_a_correction(desk: Desk, manager: Actor, clerk: Actor, clock: FakeClock,
                                              busy: Any) -> None:
    closing.close_day(desk, manager, DAY)
    frozen_total = daily_log(desk, manager, DAY).figures.table("queue.by_service").value("total", "served")
    # Later that evening a clerk finishes the number that was still waiting, and completes an open case.
    clock.now = local(DAY, "18:10")
    calling.call_next(desk, clerk, 1)
    serving.finish_service(desk, clerk, 1)
    cases.complete(desk, clerk, busy.open_case, "已办结")
    clock.now = local(date(2026, 11, 23), "09:00")
    log = daily_log(desk, manager, DAY)
    found = {(c.table_key, c.row, c.column_key): (c.frozen, c.now) for c in log.corrections}
    assert found[("queue.by_service", "total", "served")] == (frozen_total, frozen_total + 1)  # type: ignore[operator]
    open_before, open_now = found[("queue.by_service", "A 综合受理", "open")]
    assert open_now == open_before - 1  # type: ignore[operator]
    assert found[("intake.by_item", "total", "completed")] == (2, 3)
    assert all(c.day == DAY for c in log.corrections)
    # The frozen figures themselves do not move.
    assert daily_log(desk, manager, DAY).closed[0].sha256 == log.closed[0].sha256


def test_a_day_is_closed_only_once(desk: Desk, manager: Actor, admin: Actor, busy: Any) -> None:
    closing.close_day(desk, manager, DAY)
    with pytest.raises(Conflict) as caught:
        closing.close_day(desk, admin, DAY)
    assert "already closed by Manager1" in caught.value.render()


def test_a_day_that_has_not_begun_cannot_be_closed(desk: Desk, manager: Actor, clock: FakeClock) -> None:
    with pytest.raises(ValidationError) as caught:
        closing.close_day(desk, manager, "2026-11-21")
    assert "has not begun" in caught.value.render()


def test_notes_are_editable_until_the_day_is_closed(desk: Desk, manager: Actor, clock: FakeClock) -> None:
    note = closing.add_note(desk, manager, DAY, "  上午人多。 ")
    assert note.text == "上午人多。" and note.author == "Manager1"
    edited = closing.edit_note(desk, manager, note.id, "上午人多，加开3号窗口。")
    other = closing.add_note(desk, manager, DAY, "待删除")
    closing.delete_note(desk, manager, other.id)
    assert [n.text for n in daily_log(desk, manager, DAY).notes] == [edited.text]
    closing.close_day(desk, manager, DAY)
    for attempt in (lambda: closing.edit_note(desk, manager, note.id, "改"),
                    lambda: closing.add_note(desk, manager, DAY, "再加"),
                    lambda: closing.delete_note(desk, manager, note.id)):
        with pytest.raises(Conflict) as caught:
            attempt()
        assert "is closed" in caught.value.render()
    with pytest.raises(ValidationError):
        closing.add_note(desk, manager, DAY, "   ")


def test_only_day_closers_may_close_or_write_notes(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    for actor in (clerk, mediator):
        with pytest.raises(PermissionDenied):
            closing.close_day(desk, actor, DAY)
        with pytest.raises(PermissionDenied):
            closing.add_note(desk, actor, DAY, "x")
    with desk.db.reading() as session:
        assert session.execute(select(ReportDayClose)).first() is None
