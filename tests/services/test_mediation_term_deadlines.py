"""Each agreed term may have its own performance deadline (issue 12, item 7): stored, printed with the
term, checked by the follow-up rules and counted in the daily log's follow-ups due."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from desk.core.errors import ValidationError
from desk.services.context import Actor, Desk
from desk.services.mediation import agreements, cases, followups, printing
from desk.services.mediation.agreements import missing_elements
from desk.services.report.log import daily_log
from tests.conftest import FakeClock
from tests.documents.helpers import pdf_text, squash
from tests.services.mediation_setup import sample_agreement, sample_case, sample_parties

PAY_BY, REPAIR_BY = date(2026, 11, 25), date(2026, 12, 20)
TERMS = ["李四赔偿张三人民币1500元。", "李四修复卫生间防水。", "双方今后和睦相处。"]


@pytest.fixture
def case_id(desk: Desk, clerk: Actor) -> int:
    return cases.register_case(desk, clerk, sample_case(), sample_parties()).id


def test_each_term_keeps_its_own_deadline_and_prints_it(desk: Desk, mediator: Actor, case_id: int) -> None:
    detail = agreements.save_agreement(desk, mediator, case_id, sample_agreement(
        terms=TERMS, term_deadlines=[PAY_BY, REPAIR_BY.isoformat(), None], performance_deadline="2026-12-31"))
    a = detail.agreement
    assert a is not None and a.term_deadlines == (PAY_BY, REPAIR_BY, None)
    assert a.due_dates() == (PAY_BY, REPAIR_BY, date(2026, 12, 31))
    text = squash("".join(pdf_text(printing.print_agreement(desk, mediator, case_id).pdf)))
    assert "一、李四赔偿张三人民币1500元。（履行期限：2026年11月25日前）" in text
    assert "二、李四修复卫生间防水。（履行期限：2026年12月20日前）" in text
    assert "三、双方今后和睦相处。四、" in text  # no deadline of its own: none printed beside it
    assert "第一、二项按该项所列期限履行；其余各项于2026年12月31日前履行完毕。" in text


def test_every_term_dated_needs_no_agreement_deadline(desk: Desk, mediator: Actor, case_id: int) -> None:
    detail = agreements.save_agreement(desk, mediator, case_id, sample_agreement(
        terms=TERMS[:2], term_deadlines=[PAY_BY, REPAIR_BY], performance_deadline=None))
    assert detail.agreement is not None and detail.agreement.performance_deadline is None
    assert missing_elements(detail.agreement, 2) == []
    text = squash("".join(pdf_text(printing.print_agreement(desk, mediator, case_id).pdf)))
    assert "履行期限：各项协议内容按该项所列期限履行完毕。" in text
    with pytest.raises(ValidationError) as refused:  # one term without a date: the agreement needs one
        agreements.save_agreement(desk, mediator, case_id, sample_agreement(
            terms=TERMS[:2], term_deadlines=[PAY_BY], performance_deadline=None))
    assert refused.value.field == "performance_deadline"


def test_a_term_due_before_the_agreement_is_refused(desk: Desk, mediator: Actor, case_id: int) -> None:
    for bad in ("2026-11-19", "2026-02-30", "明天"):
        with pytest.raises(ValidationError) as refused:
            agreements.save_agreement(desk, mediator, case_id, sample_agreement(terms=TERMS[:2],
                                                                                term_deadlines=[None, bad]))
        assert refused.value.field == "term_deadlines"
    with pytest.raises(ValidationError):
        agreements.save_agreement(desk, mediator, case_id, sample_agreement(terms=TERMS[:1],
                                                                            term_deadlines=[PAY_BY, PAY_BY]))


def _visit(desk: Desk, mediator: Actor, case_id: int, day: date, performance: str) -> None:
    followups.add_followup(desk, mediator, case_id, visited_on=day, party_name="张三", method="phone",
                           performance=performance, satisfied=True, notes="电话回访。", visitor="刘德明")


def test_follow_ups_follow_each_terms_deadline(desk: Desk, mediator: Actor, manager: Actor, case_id: int,
                                               clock: FakeClock) -> None:
    agreements.save_agreement(desk, mediator, case_id, sample_agreement(
        terms=TERMS[:2], term_deadlines=[PAY_BY, None], performance_deadline=REPAIR_BY))
    agreements.record_signed(desk, mediator, case_id, date(2026, 11, 20), all_parties_signed=True,
                             mediator_signed=True, seal_affixed=True)
    _visit(desk, mediator, case_id, date(2026, 11, 20), "not_due")

    def due_on(day: date) -> int:
        return daily_log(desk, manager, day).figures.table("mediation.rooms").rows[0].values[3]

    clock.now = datetime(2027, 1, 5, 2, 0, tzinfo=timezone.utc)
    # The payment fell due on 11-25: the visit on the 20th saw nothing of it, so a visit is due again.
    assert due_on(date(2026, 11, 24)) == 0 and due_on(date(2026, 11, 25)) == 1
    _visit(desk, mediator, case_id, date(2026, 11, 26), "partial")
    assert due_on(date(2026, 11, 26)) == 0
    assert due_on(date(2026, 12, 20)) == 1  # the repair is due now
    with pytest.raises(ValidationError) as refused:  # after the last deadline nothing is "not yet due"
        _visit(desk, mediator, case_id, date(2026, 12, 21), "not_due")
    assert refused.value.field == "performance"
    _visit(desk, mediator, case_id, date(2026, 12, 20), "full")
    assert due_on(date(2026, 12, 21)) == 0
