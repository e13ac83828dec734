"""Cases: numbering, parties, records, outcome; clerks register but cannot read; every read is audited."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.services.context import Actor, Desk
from desk.services.mediation import agreements, cases, numbering, records
from desk.services.mediation.rows import PartyInput
from desk.store.models import AuditRecord
from desk.store.models.access import AccessRecord
from tests.services.mediation_setup import MONDAY, at, sample_agreement, sample_case, sample_parties


def _actions(desk: Desk) -> list[str]:
    with desk.db.reading() as session:
        return list(session.execute(select(AuditRecord.action).where(AuditRecord.entity == "med_case")
                                    .order_by(AuditRecord.seq)).scalars())


def _looked_at(desk: Desk) -> list[str]:
    """Reads of cases go to the access records, not to the change chain (they move no change counter)."""
    with desk.db.reading() as session:
        return list(session.execute(select(AccessRecord.action).where(AccessRecord.subject == "med_case")
                                    .order_by(AccessRecord.id)).scalars())


def test_numbering_follows_the_configured_format_per_year(desk: Desk, admin: Actor, clerk: Actor) -> None:
    first = cases.register_case(desk, clerk, sample_case(), sample_parties())
    assert first.number == "（2026）人调字第1号"
    numbering.set_numbering(desk, admin, "({year}){abbr}人调字第{serial}号", "幸福路")
    second = cases.register_case(desk, clerk, sample_case(), sample_parties())
    assert second.number == "(2026)幸福路人调字第2号"
    with pytest.raises(ValidationError) as bad:
        numbering.set_numbering(desk, admin, "第{serial}号", "")
    assert bad.value.field == "number_format"
    with pytest.raises(PermissionDenied):
        numbering.set_numbering(desk, clerk, "({year})第{serial}号", "")


def test_clerk_registers_but_cannot_read(desk: Desk, clerk: Actor, manager: Actor, mediator: Actor) -> None:
    registered = cases.register_case(desk, clerk, sample_case(), sample_parties())
    with pytest.raises(PermissionDenied):
        cases.get_case(desk, clerk, registered.id)
    with pytest.raises(PermissionDenied):
        cases.list_cases(desk, clerk)
    with pytest.raises(PermissionDenied):
        records.add_session(desk, manager, registered.id, kind="session", held_at=at(MONDAY, "09:00"), place="调解室",
                          record="双方陈述", result="未达成", recorder="赵淑芬")
    detail = cases.get_case(desk, manager, registered.id)  # managers read
    assert [p.name for p in detail.parties] == ["张三", "李四"]
    assert [r.number for r in cases.list_cases(desk, mediator, "李四")] == [registered.number]
    assert cases.list_cases(desk, mediator, "王五") == []
    assert _actions(desk) == ["mediation.case.register"]
    assert _looked_at(desk) == ["mediation.case.read", "mediation.case.list"]  # the empty search showed nobody


def test_party_checks(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    parties = sample_parties()
    with pytest.raises(ValidationError) as one_side:
        cases.register_case(desk, clerk, sample_case(), [parties[0]])
    assert one_side.value.field == "parties"
    with pytest.raises(ValidationError) as bad_id:
        cases.register_case(desk, clerk, sample_case(), [replace(parties[0], id_number="110101199003071234"),
                                                         parties[1]])
    assert bad_id.value.field == "id_number"
    with pytest.raises(ValidationError) as org:
        cases.register_case(desk, clerk, sample_case(), [parties[0], PartyInput(
            name="某物业公司", side="respondent", kind="organisation", address="幸福路1号")])
    assert org.value.field == "legal_rep"
    with pytest.raises(ValidationError) as no_title:  # the form names the representative's 职务 too
        cases.register_case(desk, clerk, sample_case(), [parties[0], PartyInput(
            name="某物业公司", side="respondent", kind="organisation", address="幸福路1号", legal_rep="王经理")])
    assert no_title.value.field == "occupation"
    # sex and age come from a valid ID number
    registered = cases.register_case(desk, clerk, sample_case(), [
        replace(parties[0], sex="", age=None, id_number="11010519491231002X"), parties[1]])
    first = cases.get_case(desk, mediator, registered.id).parties[0]
    assert (first.sex, first.age) == ("女", 76)
    with pytest.raises(ValidationError):
        cases.register_case(desk, clerk, replace(sample_case(), dispute_type="吵架"), parties)


def test_records_outcome_and_reopen(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    case_id = cases.register_case(desk, clerk, sample_case(), sample_parties()).id
    with pytest.raises(ValidationError) as no_subject:
        records.add_session(desk, mediator, case_id, kind="investigation", held_at=at(MONDAY, "09:00"), place="现场",
                          record="查看漏水点", recorder="赵淑芬")
    assert no_subject.value.field == "subject"
    records.add_session(desk, mediator, case_id, kind="investigation", held_at=at(MONDAY, "09:00"), place="现场",
                      subject="物业维修工王师傅", record="漏水点在卫生间地漏", recorder="赵淑芬")
    detail = records.add_session(desk, mediator, case_id, kind="session", held_at=at(MONDAY, "14:00"),
                               place="调解室", participants="楼组长", record="告知权利义务；双方陈述。",
                               result="达成一致", recorder="赵淑芬")
    assert detail.status == "mediating" and [s.kind for s in detail.sessions] == ["investigation", "session"]
    with pytest.raises(Conflict):  # settled needs an agreement in effect
        cases.close_case(desk, mediator, case_id, "success")
    with pytest.raises(ValidationError) as reason:
        cases.close_case(desk, mediator, case_id, "failure")
    assert reason.value.field == "reason"
    closed = cases.close_case(desk, mediator, case_id, "failure", "被申请人拒绝调解，已告知可向法院起诉。")
    assert closed.status == "closed" and closed.closed_on is not None
    with pytest.raises(Conflict):
        records.add_session(desk, mediator, case_id, kind="session", held_at=at(MONDAY, "15:00"), place="调解室",
                          record="x", result="y", recorder="z")
    reopened = cases.reopen_case(desk, mediator, case_id, "当事人同意再次调解")
    assert reopened.status == "mediating" and reopened.outcome is None
    agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    agreements.record_signed(desk, mediator, case_id, "2026-11-20", all_parties_signed=True, mediator_signed=True,
                             seal_affixed=True)
    assert cases.close_case(desk, mediator, case_id, "success").outcome == "success"


def test_revisions_change_without_reading(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    before = cases.case_revisions(desk, mediator)
    case_id = cases.register_case(desk, clerk, sample_case(), sample_parties()).id
    after_register = cases.case_revisions(desk, mediator)
    assert after_register != before
    cases.save_party(desk, mediator, case_id, None, PartyInput(
        name="某物业公司", side="respondent", kind="organisation", address="幸福路1号", legal_rep="王经理",
        occupation="经理"))
    assert cases.case_revisions(desk, mediator) != after_register
    assert "mediation.case.read" not in _actions(desk) + _looked_at(desk)


def test_a_case_is_corrected_and_its_mediator_assigned_after_registration(desk: Desk, admin: Actor, clerk: Actor,
                                                                          mediator: Actor) -> None:
    from desk.services.mediation import rooms_roster

    liu = rooms_roster.save_staff(desk, admin, None, name="刘德明", kind="mediator")
    police = rooms_roster.save_staff(desk, admin, None, name="周警官", kind="police")
    gone = rooms_roster.save_staff(desk, admin, None, name="钱志远", kind="mediator")
    rooms_roster.save_staff(desk, admin, gone.id, name="钱志远", kind="mediator", active=False)
    case_id = cases.register_case(desk, clerk, sample_case(), sample_parties()).id  # 稍后指定
    with pytest.raises(PermissionDenied):  # the clerk registers; a mediator assigns
        cases.update_case(desk, clerk, case_id, replace(sample_case(), mediator_staff_id=liu.id))
    for wrong in (police.id, gone.id):
        with pytest.raises(ValidationError) as refused:
            cases.update_case(desk, mediator, case_id, replace(sample_case(), mediator_staff_id=wrong))
        assert refused.value.field == "mediator_staff_id"
    longest = "示范市幸福家园物业管理有限公司与业主委员会关于地下车库漏水及公共维修资金使用的纠纷"
    detail = cases.update_case(desk, mediator, case_id, replace(sample_case(), title=longest,
                                                                mediator_staff_id=liu.id))
    assert (detail.mediator, detail.title) == ("刘德明", longest)
    rooms_roster.save_staff(desk, admin, liu.id, name="刘德明", kind="mediator", active=False)
    again = cases.update_case(desk, mediator, case_id, replace(sample_case(), title="楼上漏水纠纷",
                                                               mediator_staff_id=liu.id))
    assert again.mediator == "刘德明"  # retired since, but named before: the rest can still be corrected
    with desk.db.reading() as session:
        actions = session.execute(select(AuditRecord.action).where(AuditRecord.entity_id == str(case_id))).scalars()
        assert list(actions).count("mediation.case.update") == 2


def test_the_register_reads_the_newest_cases_up_to_a_limit(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    """A year's register holds 5,000 cases: the page reads the newest ones, not all of them."""
    numbers = [cases.register_case(desk, clerk, sample_case(), sample_parties()).number for _ in range(3)]
    shown = cases.list_cases(desk, mediator, limit=2)
    assert [r.number for r in shown] == numbers[:0:-1]  # the two newest, newest first
    assert len(cases.list_cases(desk, mediator)) == 3
    assert cases.LIST_LIMIT >= 500
