"""Agreement: copies = parties + 1, not effective until signed, frozen once signed, 30-day window, oral
agreements, follow-ups linked to the agreement number, case file contents."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.core.mediation import judicial_deadline
from desk.services.context import Actor, Desk
from desk.services.mediation import agreements, casefile, cases, followups
from desk.services.mediation.rows import PartyInput
from tests.conftest import FakeClock
from tests.services.mediation_setup import sample_agreement, sample_case, sample_parties

TODAY = date(2026, 11, 20)


@pytest.fixture
def case_id(desk: Desk, clerk: Actor) -> int:
    return cases.register_case(desk, clerk, sample_case(), sample_parties()).id


def sign(desk: Desk, actor: Actor, case_id: int, day: date = TODAY, **flags: bool):
    values = {"all_parties_signed": True, "mediator_signed": True, "seal_affixed": True, **flags}
    return agreements.record_signed(desk, actor, case_id, day, **values)


def test_copies_are_parties_plus_one(desk: Desk, mediator: Actor, case_id: int) -> None:
    detail = agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    assert detail.agreement is not None and detail.agreement.copies == 3
    detail = cases.save_party(desk, mediator, case_id, None, PartyInput(
        name="某物业公司", side="respondent", kind="organisation", address="幸福路1号", legal_rep="王经理",
        occupation="经理"))
    assert detail.agreement is not None and detail.agreement.copies == 4
    assert detail.agreement.number == detail.number


def test_not_effective_until_all_signed_and_sealed(desk: Desk, mediator: Actor, case_id: int) -> None:
    detail = agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    assert detail.agreement is not None and detail.agreement.effective_on is None
    for missing in ("all_parties_signed", "mediator_signed", "seal_affixed"):
        with pytest.raises(ValidationError) as refused:
            sign(desk, mediator, case_id, **{missing: False})
        assert refused.value.field == "signatures"
    with pytest.raises(ValidationError):
        sign(desk, mediator, case_id, TODAY + timedelta(days=1))
    signed = sign(desk, mediator, case_id, TODAY - timedelta(days=1))
    assert signed.agreement is not None and signed.agreement.effective_on == TODAY - timedelta(days=1)
    with pytest.raises(Conflict):  # frozen
        agreements.save_agreement(desk, mediator, case_id, sample_agreement(terms=["改了"]))
    with pytest.raises(Conflict):
        sign(desk, mediator, case_id)
    with pytest.raises(Conflict):  # parties frozen too
        cases.save_party(desk, mediator, case_id, None, PartyInput(
            name="王五", side="respondent", sex="男", age=30, address="某地"))


def test_editor_input_is_checked(desk: Desk, mediator: Actor, manager: Actor, case_id: int) -> None:
    with pytest.raises(ValidationError) as empty:
        agreements.save_agreement(desk, mediator, case_id, sample_agreement(terms=["第一条", "  "]))
    assert empty.value.field == "terms" and "2" in str(empty.value)
    with pytest.raises(ValidationError) as none:
        agreements.save_agreement(desk, mediator, case_id, sample_agreement(terms=[]))
    assert none.value.field == "terms"
    with pytest.raises(ValidationError) as deadline:
        agreements.save_agreement(desk, mediator, case_id, sample_agreement(performance_deadline="2026-13-01"))
    assert deadline.value.field == "performance_deadline"
    with pytest.raises(ValidationError):
        agreements.save_agreement(desk, mediator, case_id, sample_agreement(performance_deadline="2026-01-01"))
    with pytest.raises(ValidationError) as facts:
        agreements.save_agreement(desk, mediator, case_id, sample_agreement(facts=""))
    assert facts.value.field == "facts"
    with pytest.raises(PermissionDenied):
        agreements.save_agreement(desk, manager, case_id, sample_agreement())
    with pytest.raises(Conflict):  # nothing saved half-way: still no agreement to sign
        sign(desk, mediator, case_id)


def test_judicial_window_and_reminder(desk: Desk, mediator: Actor, clock: FakeClock, case_id: int) -> None:
    agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    row = cases.list_cases(desk, mediator)[0]
    assert (row.judicial_state, row.judicial_deadline) == ("pending", None)
    sign(desk, mediator, case_id, TODAY)
    row = cases.list_cases(desk, mediator)[0]
    # 30 days after 2026-11-20 is Sunday 2026-12-20: the window ends on Monday the 21st (民法典 Art. 203)
    assert row.judicial_state == "open" and row.judicial_deadline == date(2026, 12, 21)
    clock.advance(days=24)
    assert cases.list_cases(desk, mediator)[0].judicial_state == "closing"
    clock.advance(days=7)  # Monday the 21st: still the last day
    assert cases.list_cases(desk, mediator)[0].judicial_state == "closing"
    clock.advance(days=1)
    assert cases.list_cases(desk, mediator)[0].judicial_state == "closed"
    assert judicial_deadline(date(2026, 1, 31)) == date(2026, 3, 2)
    applied = agreements.record_judicial_application(desk, mediator, case_id, TODAY + timedelta(days=3),
                                                     "平安区人民法院")
    assert applied.agreement is not None and applied.agreement.judicial_court == "平安区人民法院"
    assert cases.list_cases(desk, mediator)[0].judicial_state == "applied"


def test_oral_agreement_is_effective_when_agreed(desk: Desk, mediator: Actor, case_id: int) -> None:
    with pytest.raises(ValidationError) as no_day:
        agreements.save_agreement(desk, mediator, case_id, sample_agreement(kind="oral", responsibilities=""))
    assert no_day.value.field == "agreed_on"
    detail = agreements.save_agreement(desk, mediator, case_id, sample_agreement(
        kind="oral", responsibilities="", agreed_on=TODAY))
    assert detail.agreement is not None and detail.agreement.effective_on == TODAY
    with pytest.raises(Conflict):
        sign(desk, mediator, case_id)


def test_followups_carry_the_agreement_number(desk: Desk, mediator: Actor, case_id: int) -> None:
    agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    visit = dict(visited_on=TODAY, party_name="张三", method="visit", performance="partial", satisfied=True,
                 notes="已修复防水，赔偿款尚欠500元。", visitor="刘德明")
    with pytest.raises(Conflict):  # not in effect yet
        followups.add_followup(desk, mediator, case_id, **visit)
    sign(desk, mediator, case_id, TODAY - timedelta(days=2))
    with pytest.raises(ValidationError) as method:
        followups.add_followup(desk, mediator, case_id, **{**visit, "method": "letter"})
    assert method.value.field == "method"
    with pytest.raises(ValidationError) as unanswered:  # no default answer: the mediator must choose
        followups.add_followup(desk, mediator, case_id, **{**visit, "satisfied": None})
    assert unanswered.value.field == "satisfied"
    with pytest.raises(ValidationError):
        followups.add_followup(desk, mediator, case_id, **{**visit, "visited_on": TODAY - timedelta(days=5)})
    detail = followups.add_followup(desk, mediator, case_id, **visit)
    assert [(f.agreement_number, f.performance) for f in detail.followups] == [(detail.number, "partial")]


def test_case_file_flags_missing_required_documents(desk: Desk, mediator: Actor, case_id: int) -> None:
    contents = casefile.case_file(desk, mediator, case_id)
    assert [e.code for e in contents.missing] == [2, 3, 7, 8, 13]
    agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    sign(desk, mediator, case_id)
    for code in (2, 3, 13):
        contents = casefile.set_file_item(desk, mediator, case_id, code, present=True, pages=2)
    assert [e.code for e in contents.missing] == [7]
    with pytest.raises(ValidationError):
        casefile.set_file_item(desk, mediator, case_id, 99, present=True)
    with pytest.raises(ValidationError):
        casefile.set_file_item(desk, mediator, case_id, 4, present=True, pages=0)
