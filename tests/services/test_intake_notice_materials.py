"""The one-time notice (一次性告知书): it demands only required materials the applicant has not brought
(an optional 选交 one, or one ticked "not applicable", never), and it always prints, with a date the
clerk chose when the calendar cannot count one (year end, next year's holidays not published yet)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest
from sqlalchemy import update

from desk.core.errors import ValidationError
from desk.services.context import Actor, Desk
from desk.services.intake import case_documents, case_queries, cases, catalogue
from desk.store.models.intake import IntakeCase
from tests.conftest import FakeClock
from tests.documents.helpers import pdf_text, squash
from tests.services.intake_support import item_id, person, take_in

YEAR_END = datetime(2026, 12, 28, 2, 0, tzinfo=timezone.utc)  # Monday 10:00 in Shanghai; 2027 not entered


def _text(pdf: bytes) -> str:
    return squash("".join(pdf_text(pdf)))


def _positions(desk: Desk, actor: Actor, code: str) -> tuple[list[int], list[int]]:
    item = catalogue.get_item(desk, actor, item_id(desk, code))
    required = [i for i, m in enumerate(item.materials, 1) if m.required]
    optional = [i for i, m in enumerate(item.materials, 1) if not m.required]
    return required, optional


def test_only_missing_required_materials_are_demanded(desk: Desk, clerk: Actor) -> None:
    required, optional = _positions(desk, clerk, "CG-01")
    assert optional, "CG-01 has optional (选交) materials"
    item = catalogue.get_item(desk, clerk, item_id(desk, "CG-01"))
    # Brought every required one but the first; no optional one.
    waiting = take_in(desk, clerk, "CG-01", person(desk, clerk).id, "missing", received=tuple(required[1:]))
    assert [m.name for m in waiting.missing] == [item.materials[required[0] - 1].name]
    text = _text(case_documents.issue_case_document(desk, clerk, waiting.row.id).pdf)
    assert squash(item.materials[required[0] - 1].name) in text
    for position in optional:
        assert squash(item.materials[position - 1].name) not in text  # never listed as 需补正


def test_a_material_ticked_not_applicable_is_never_demanded(desk: Desk, clerk: Actor) -> None:
    required, _optional = _positions(desk, clerk, "CG-01")
    applicant = person(desk, clerk).id
    accepted = take_in(desk, clerk, "CG-01", applicant, "accept", received=tuple(required[1:]),
                       not_applicable=(required[0],))
    assert accepted.row.status == "accepted" and accepted.missing == ()
    assert [m.not_applicable for m in accepted.materials][required[0] - 1]
    with pytest.raises(ValidationError) as both:
        take_in(desk, clerk, "JY-01", applicant, "accept", received=(1,), not_applicable=(1,))
    assert both.value.field == "materials"


def test_at_year_end_the_clerk_chooses_the_date_and_the_notice_prints(desk: Desk, clerk: Actor,
                                                                     clock: FakeClock) -> None:
    clock.now = YEAR_END
    required, _optional = _positions(desk, clerk, "CG-01")
    applicant = person(desk, clerk).id
    request = cases.IntakeRequest(item_id(desk, "CG-01"), applicant, tuple(required[1:]), "missing")
    with pytest.raises(ValidationError) as uncounted:
        cases.take_in(desk, clerk, request)
    assert uncounted.value.field == "materials_due" and "2027" in str(uncounted.value)
    assert case_queries.list_cases(desk, clerk) == []  # nothing saved
    chosen = datetime(2027, 1, 8).date()
    waiting = cases.take_in(desk, clerk, replace(request, materials_due=chosen))
    assert waiting.row.materials_due == chosen
    text = _text(case_documents.issue_case_document(desk, clerk, waiting.row.id).pdf)
    assert "2027年1月8日前携带上述材料" in text


def test_a_case_saved_without_a_date_still_prints_its_notice(desk: Desk, clerk: Actor) -> None:
    waiting = take_in(desk, clerk, "CG-01", person(desk, clerk).id, "missing", received=(1,))
    desk.db.transact(lambda s: s.execute(update(IntakeCase).where(IntakeCase.id == waiting.row.id)
                                         .values(materials_due=None)))
    text = _text(case_documents.issue_case_document(desk, clerk, waiting.row.id).pdf)
    assert "请于年月日前携带上述材料" in text  # a line to fill in by hand, never a refusal to print
