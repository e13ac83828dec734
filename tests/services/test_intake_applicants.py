"""Applicants: validation (every ID vector), found again by ID / phone / name / pinyin, masking and
the audited full view."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.services import access_log, audit
from desk.services.context import Actor, Desk
from desk.services.intake import applicants
from desk.services.intake.applicants import ApplicantInput
from desk.store.models.intake import Applicant, ApplicantKey
from tests.services.intake_support import OTHER_ID, PERSON_ID, person

START, END = datetime(2000, 1, 1, tzinfo=timezone.utc), datetime(2100, 1, 1, tzinfo=timezone.utc)

VECTORS = json.loads((Path(__file__).parents[1] / "data" / "id_test_vectors.json").read_text(encoding="utf-8"))
# These only need normalising (lower-case x, full-width digits, spaces), which the app does.
NORMALISED = ("lowercase_x", "formatting")


def _count(desk: Desk) -> int:
    with desk.db.reading() as session:
        return session.execute(select(func.count(Applicant.id))).scalar_one()


def test_every_valid_id_vector_registers_and_is_shown_masked(desk: Desk, clerk: Actor) -> None:
    for n, vector in enumerate(VECTORS["resident_id"]["valid"]):
        row = person(desk, clerk, name=f"测试{n}", id_number=vector["number"], phone=f"139{n:08d}")
        number = vector["number"]
        assert row.id_masked == number[:3] + "*" * 11 + number[-4:]
    assert _count(desk) == len(VECTORS["resident_id"]["valid"])


def test_every_invalid_id_vector_is_refused_at_the_field_and_nothing_saved(desk: Desk, clerk: Actor) -> None:
    for vector in VECTORS["resident_id"]["invalid"]:
        if vector["category"] in NORMALISED:
            continue
        with pytest.raises(ValidationError) as caught:
            person(desk, clerk, id_number=vector["number"])
        assert caught.value.field == "id_number", vector
        assert vector["number"][6:14] not in str(caught.value) or not vector["number"]
    assert _count(desk) == 0


def test_lower_case_x_full_width_and_spaces_are_normalised(desk: Desk, clerk: Actor) -> None:
    assert person(desk, clerk, id_number="31010419880229024x").id_masked.endswith("024X")
    assert person(desk, clerk, name="李四", id_number="１１０１０１198001010010", phone="13900000000").id_masked \
        == "110***********0010"


def test_uscc_vectors_and_organisations(desk: Desk, clerk: Actor) -> None:
    for n, vector in enumerate(VECTORS["uscc"]):
        data = ApplicantInput("organisation", f"示范单位{n}", uscc=vector["number"], phone="021-55550101",
                              legal_representative="王五")
        if vector["expected_valid"] and vector["number"] == vector["number"].upper():
            assert applicants.save_applicant(desk, clerk, data).id_masked == vector["number"]
        elif vector["expected_valid"]:  # lower-case copy of an earlier code: normalised, then a duplicate
            with pytest.raises(Conflict):
                applicants.save_applicant(desk, clerk, data)
        else:
            with pytest.raises(ValidationError) as caught:
                applicants.save_applicant(desk, clerk, data)
            assert caught.value.field == "uscc"
    with pytest.raises(ValidationError) as caught:
        applicants.save_applicant(desk, clerk, ApplicantInput("organisation", "无法人", uscc="12310000425001236R",
                                                              phone="13800000000"))
    assert caught.value.field == "legal_representative"


@pytest.mark.parametrize(("changes", "field"), [
    ({"phone": "1381234567"}, "phone"),
    ({"phone": ""}, "phone"),
    ({"name": "  "}, "name"),
    ({"name": "张三😀"}, "name"),
    ({"name": "张\x07三"}, "name"),
    ({"name": "张" * 61}, "name"),
    ({"address": "幸福路\u202e1号"}, "address"),
    ({"kind": "robot"}, "kind"),
])
def test_bad_input_names_the_field_and_saves_nothing(desk: Desk, clerk: Actor, changes: dict[str, str],
                                                     field: str) -> None:
    values = {"kind": "person", "name": "张三", "id_number": PERSON_ID, "phone": "13812345678", "address": ""}
    values.update(changes)
    with pytest.raises(ValidationError) as caught:
        applicants.save_applicant(desk, clerk, ApplicantInput(**values))
    assert caught.value.field == field
    assert str(caught.value)
    assert _count(desk) == 0


def test_a_returning_applicant_is_not_registered_twice(desk: Desk, clerk: Actor) -> None:
    person(desk, clerk)
    with pytest.raises(Conflict) as caught:
        person(desk, clerk, name="张三丰")
    assert caught.value.field == "id_number"


def test_found_again_by_id_phone_name_and_pinyin(desk: Desk, clerk: Actor) -> None:
    zhang = person(desk, clerk, "张三", PERSON_ID, "13812345678")
    shan = person(desk, clerk, "单田芳", OTHER_ID, "021-64001234")
    org = applicants.save_applicant(desk, clerk, ApplicantInput(
        "organisation", "示范餐饮有限公司", uscc="91310104MA1FL0K39G", phone="13700000000", legal_representative="李四"))

    def ids(query: str) -> list[int]:
        return [r.id for r in applicants.search_applicants(desk, clerk, query)]

    assert ids(PERSON_ID) == [zhang.id]
    assert ids("110101 19800101") == [zhang.id]  # the beginning of the ID, with spaces
    assert ids("138 1234 5678") == [zhang.id]
    assert ids("1381234") == [zhang.id]
    assert ids("02164001234") == [shan.id]
    assert ids("张") == [zhang.id]
    assert ids("zhangsan") == [zhang.id]
    assert ids("ZS") == [zhang.id]
    assert ids("dantianfang") == [shan.id] and ids("stf") == [shan.id]  # 单 as a surname reads shàn
    assert ids("91310104ma1fl0k39g") == [org.id]
    assert ids("sfcy") == [org.id]
    assert ids("wangwu") == [] and ids("") == []
    assert all("*" in r.id_masked for r in applicants.search_applicants(desk, clerk, "1101"))


def test_renaming_rebuilds_the_search_keys(desk: Desk, clerk: Actor) -> None:
    row = person(desk, clerk)
    applicants.update_applicant(desk, clerk, row.id, ApplicantInput(
        "person", "李四", id_number=row.id_masked, phone="13812345678"))  # masked ID left as shown: kept
    assert [r.id for r in applicants.search_applicants(desk, clerk, "ls")] == [row.id]
    assert applicants.search_applicants(desk, clerk, "zs") == []
    with desk.db.reading() as session:
        assert session.execute(select(Applicant.id_number)).scalar_one() == PERSON_ID
        keys = set(session.execute(select(ApplicantKey.key)).scalars())
    assert keys == {"李四", "lisi", "ls"}


def test_full_id_view_needs_the_permission_and_is_audited(desk: Desk, clerk: Actor, manager: Actor) -> None:
    row = person(desk, clerk)
    with pytest.raises(PermissionDenied):
        applicants.reveal_id_number(desk, clerk, row.id)
    assert applicants.reveal_id_number(desk, manager, row.id) == PERSON_ID
    seen, _ = access_log.list_access(desk, manager, start=START, end=END, subject="applicant", subject_id=row.id)
    reveals = [(r.username, r.subject_ids, r.detail) for r in seen if r.action == "applicant.view_full_id"]
    assert reveals == [("manager1", str(row.id), "full ID number")]
    assert all(PERSON_ID not in r.detail for r in seen)  # the record says what was shown, never the value
    assert audit.verify(desk.db).ok


def test_a_mediator_may_not_register_applicants(desk: Desk, mediator: Actor) -> None:
    with pytest.raises(PermissionDenied):
        person(desk, mediator)
