"""好差评 with follow-ups, and the consultation log."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.services.context import Actor, Desk
from desk.services.intake import consultations, ratings
from desk.services.intake.consultations import ConsultationInput
from tests.conftest import FakeClock
from tests.services.intake_support import item_id, person, take_in

DAY = (datetime(2026, 11, 19, 16, 0, tzinfo=timezone.utc), datetime(2026, 11, 20, 16, 0, tzinfo=timezone.utc))


def test_satisfied_ratings_need_no_follow_up(desk: Desk, clerk: Actor, manager: Actor) -> None:
    case = take_in(desk, clerk, "JY-01", person(desk, clerk).id)
    row = ratings.rate(desk, clerk, 5, case_id=case.row.id)
    assert row.follow_up_status == "" and row.receipt_no == case.row.receipt_no and row.clerk_name == "Clerk1"
    with pytest.raises(Conflict):
        ratings.rate(desk, clerk, 4, case_id=case.row.id)  # one rating per visit
    assert ratings.level_counts(desk, manager, *DAY) == {5: 1, 4: 0, 3: 0, 2: 0, 1: 0}


def test_dissatisfied_opens_a_follow_up_of_15_working_days(desk: Desk, clerk: Actor, manager: Actor,
                                                            clock: FakeClock) -> None:
    row = ratings.rate(desk, clerk, 1, "等了很久")
    assert row.follow_up_status == "open"
    assert row.follow_up_due == date(2026, 12, 11)  # 15 working days after Friday 20 November
    assert [r.id for r in ratings.list_ratings(desk, manager, open_only=True)] == [row.id]
    with pytest.raises(PermissionDenied):
        ratings.record_follow_up(desk, clerk, row.id, "已回访")
    with pytest.raises(ValidationError):
        ratings.record_follow_up(desk, manager, row.id, " ")
    closed = ratings.record_follow_up(desk, manager, row.id, "已电话回访，说明高峰期原因，群众表示理解。")
    assert closed.follow_up_status == "closed" and closed.follow_up_by == "Manager1"
    assert ratings.list_ratings(desk, manager, open_only=True) == []
    with pytest.raises(Conflict):
        ratings.record_follow_up(desk, manager, row.id, "再次回访")


def test_a_follow_up_reaching_a_year_without_calendar_is_flagged(desk: Desk, clerk: Actor, clock: FakeClock) -> None:
    clock.now = datetime(2026, 12, 20, 2, 0, tzinfo=timezone.utc)
    row = ratings.rate(desk, clerk, 2)
    assert row.follow_up_due is None and row.follow_up_missing_year == 2027


def test_bad_ratings_are_refused(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    with pytest.raises(ValidationError):
        ratings.rate(desk, clerk, 6)
    with pytest.raises(ValidationError):
        ratings.rate(desk, clerk, 3, "👍")
    with pytest.raises(PermissionDenied):
        ratings.rate(desk, mediator, 5)


def test_consultations_are_logged_and_counted(desk: Desk, clerk: Actor, mediator: Actor, manager: Actor) -> None:
    first = consultations.log_consultation(desk, clerk, ConsultationInput(
        "walk_in", "居住证办理条件", "需在本市居住半年以上，并有合法稳定就业、住所或连续就读之一。",
        item_id=item_id(desk, "HJ-01")))
    assert first.item_name == "居住证申领（首次）" and first.answered_by == "Clerk1"
    consultations.log_consultation(desk, mediator, ConsultationInput(
        "hotline", "邻里噪音纠纷如何调解", "可到工作站申请人民调解，免费。", caller_phone="13900000000"))
    assert consultations.channel_counts(desk, manager, *DAY) == {"walk_in": 1, "hotline": 1}
    assert [c.topic for c in consultations.list_consultations(desk, clerk, text="居住证")] == ["居住证办理条件"]
    for bad, field in ((ConsultationInput("email", "x", "y"), "channel"),
                       (ConsultationInput("hotline", "", "y"), "topic"),
                       (ConsultationInput("hotline", "x", ""), "answer"),
                       (ConsultationInput("hotline", "x", "y", caller_phone="12"), "caller_phone")):
        with pytest.raises(ValidationError) as caught:
            consultations.log_consultation(desk, clerk, bad)
        assert caught.value.field == field
    assert len(consultations.list_consultations(desk, clerk)) == 2
