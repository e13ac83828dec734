"""Issuing the agreement and the file cover: stored for exact reprint, audited, refused to clerks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk.core.errors import PermissionDenied
from desk.services import issued_documents
from desk.services.context import Actor, Desk
from desk.services.mediation import agreements, cases, printing
from desk.services.mediation.casefile import CoverInput
from desk.store.models.access import AccessRecord
from tests.documents.helpers import pdf_text, squash
from tests.services.mediation_setup import sample_agreement, sample_case, sample_parties


def test_print_agreement_and_cover(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    case_id = cases.register_case(desk, clerk, sample_case(), sample_parties()).id
    agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    with pytest.raises(PermissionDenied):
        printing.print_agreement(desk, clerk, case_id)
    issued = printing.print_agreement(desk, mediator, case_id)
    text = squash("".join(pdf_text(issued.pdf)))
    assert "本协议一式三份" in text and "张三" in text and issued.number == "（2026）人调字第1号"
    assert issued_documents.check_reproduction(desk, mediator, issued.id).exact
    cover = printing.print_cover(desk, mediator, case_id, CoverInput("赵淑芬", date(2026, 11, 20), "长期"))
    cover_text = squash("".join(pdf_text(cover.pdf)))
    assert "楼上漏水纠纷" in cover_text and "必须归档，尚缺" in cover_text
    with desk.db.reading() as session:
        actions = session.execute(select(AccessRecord.action).where(AccessRecord.action.like("mediation.%print"))
                                  .order_by(AccessRecord.id)).scalars().all()
    assert actions == ["mediation.agreement.print", "mediation.casefile.print"]
