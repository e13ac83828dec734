"""Helpers shared by the intake service tests (plain functions; the fixtures are in tests/conftest.py)."""

from __future__ import annotations

from sqlalchemy import select

from desk.core.permissions import Role
from desk.services import station
from desk.services.context import Actor, Desk
from desk.services.intake import applicants, cases, catalogue
from desk.services.intake.case_queries import CaseDetail
from desk.store.models.intake import ServiceItem

PERSON_ID = "110101198001010010"  # from tests/data/id_test_vectors.json (synthetic)
OTHER_ID = "310106200002298887"
X_ID = "11010519491231002X"
REFUSAL_BASIS = "《中华人民共和国行政许可法》第三十二条第一款第（二）项"
REVIEW_BODY, COURT = "示范市平安区人民政府", "示范市平安区人民法院"


def name_appeal_bodies(desk: Desk) -> None:
    """A station that refuses applications has named its review body and court (Station page)."""
    station.set_settings(desk, Actor(None, "setup", "setup", Role.ADMIN, 1),
                         {"intake.review_body": REVIEW_BODY, "intake.court": COURT})


def item_id(desk: Desk, code: str) -> int:
    with desk.db.reading() as session:
        return session.execute(select(ServiceItem.id).where(ServiceItem.code == code)).scalar_one()


def person(desk: Desk, actor: Actor, name: str = "张三", id_number: str = PERSON_ID,
           phone: str = "13812345678") -> applicants.ApplicantRow:
    return applicants.save_applicant(desk, actor, applicants.ApplicantInput(
        "person", name, id_number=id_number, phone=phone, address="示范市平安区幸福路1号"))


def all_received(desk: Desk, actor: Actor, code: str) -> tuple[int, ...]:
    item = catalogue.get_item(desk, actor, item_id(desk, code))
    return tuple(range(1, len(item.materials) + 1))


def take_in(desk: Desk, actor: Actor, code: str, applicant_id: int, decision: str = "accept",
            received: tuple[int, ...] | None = None, **extra: object) -> CaseDetail:
    if received is None:
        received = all_received(desk, actor, code)
    if decision == "refuse":
        name_appeal_bodies(desk)
        extra.setdefault("legal_basis", REFUSAL_BASIS)
    request = cases.IntakeRequest(item_id(desk, code), applicant_id, received, decision, **extra)  # type: ignore[arg-type]
    return cases.take_in(desk, actor, request)
