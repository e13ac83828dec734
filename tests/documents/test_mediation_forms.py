"""The mediation forms drawn from sample payloads: 2, 3 and 5 parties, persons and organisations, names at
their longest. Each prints; every signature block stands on a page with the text it certifies."""

from __future__ import annotations

import pytest

from desk.documents.mediation_forms import intake_forms, record_forms
from desk.documents.mediation_forms.samples import render_all, sample_case_payload
from tests.documents.helpers import pdf_text, squash

# For each form: a text of the signature block, and the text it certifies that must share its page.
CERTIFIED = {
    intake_forms.APPLICATION_KIND: ("（签名盖章或按指印）", squash(intake_forms.DECLARATION)),
    intake_forms.REGISTRATION_KIND: ("登记人（签名）", "纠纷简要情况"),
    intake_forms.RIGHTS_KIND: ("（签名盖章或按指印）", "尊重对方当事人行使权利"),
    record_forms.INVESTIGATION_KIND: ("调查人（签名）", "以上记录已经被调查人阅读"),
    record_forms.SESSION_KIND: ("人民调解员刘德明（签名）", "调解结果"),
    record_forms.FOLLOWUP_KIND: ("回访人刘德明（签名）", "已采取的措施"),
}


@pytest.mark.parametrize("longest", [False, True])
@pytest.mark.parametrize("parties", [2, 3, 5])
def test_every_form_prints_and_keeps_signatures_with_their_text(parties: int, longest: bool) -> None:
    drawn = render_all(parties, longest=longest)
    assert set(drawn) == set(CERTIFIED)
    names = [squash(p["name"]) for p in sample_case_payload(parties, longest=longest)["parties"]]
    for kind, pdf in drawn.items():
        pages = [squash(t) for t in pdf_text(pdf)]
        block, certified = CERTIFIED[kind]
        signing = [p for p in pages if block in p]
        assert signing, (kind, block)
        assert all(certified in p for p in signing), (kind, "signature page without the text it certifies")
        whole = "".join(pages)
        # A visit names the one party visited, an investigation the person heard; the others name every party.
        if kind not in (record_forms.FOLLOWUP_KIND, record_forms.INVESTIGATION_KIND):
            assert all(n in whole for n in names), kind
