"""Drafts and reprints of the agreement (issue 12, item 8): a draft carries 草稿 on every page and so
does its reprint; the copies printed for signing are the original; after signing, printing again gives
the 补打 of that signed original; a text changed after the copies went out is said."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk.core.errors import Conflict
from desk.services import issued_documents
from desk.services.context import Actor, Desk
from desk.services.mediation import agreements, cases, printing
from tests.documents.helpers import pdf_text, squash
from tests.services.mediation_setup import sample_agreement, sample_case, sample_parties


def _text(pdf: bytes) -> str:
    return squash("".join(pdf_text(pdf)))


def _case(desk: Desk, clerk: Actor, mediator: Actor) -> int:
    case_id = cases.register_case(desk, clerk, sample_case(), sample_parties()).id
    agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    return case_id


def test_a_draft_is_marked_and_stays_marked(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    case_id = _case(desk, clerk, mediator)
    draft = printing.print_agreement(desk, mediator, case_id, draft=True)
    assert "草稿" in _text(draft.pdf) and draft.title == "人民调解协议书（草稿）"
    reprint = issued_documents.reprint(desk, mediator, draft.id)
    assert "草稿" in _text(reprint) and "补打" in _text(reprint)  # a reprint never passes for the original
    for_signing = printing.print_agreement(desk, mediator, case_id)
    assert "草稿" not in _text(for_signing.pdf) and for_signing.reprinted_at is None
    state = printing.copies_state(desk, mediator, case_id)
    assert state.last_for_signing is not None and state.last_for_signing.id == for_signing.id
    assert not state.text_changed


def test_after_signing_printing_gives_the_signed_originals_reprint(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    case_id = _case(desk, clerk, mediator)
    printing.print_agreement(desk, mediator, case_id, draft=True)
    original = printing.print_agreement(desk, mediator, case_id)
    agreements.record_signed(desk, mediator, case_id, "2026-11-20", all_parties_signed=True, mediator_signed=True,
                             seal_affixed=True)
    again = printing.print_agreement(desk, mediator, case_id)
    assert again.id == original.id and again.reprinted_at is not None
    assert "补打" in _text(again.pdf) and "草稿" not in _text(again.pdf)
    listed = issued_documents.list_issued(desk, mediator, entity="med_case", entity_id=case_id)
    assert len(listed) == 2 and {r.id for r in listed if r.reprint_count} == {original.id}  # no new "original"
    with pytest.raises(Conflict):
        printing.print_agreement(desk, mediator, case_id, draft=True)  # a signed agreement has no draft


def test_a_text_changed_after_the_copies_went_out_is_said(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    case_id = _case(desk, clerk, mediator)
    first = printing.print_agreement(desk, mediator, case_id)
    agreements.save_agreement(desk, mediator, case_id, replace(sample_agreement(), terms=("另行约定的条款。",)))
    state = printing.copies_state(desk, mediator, case_id)
    assert state.text_changed and state.last_for_signing is not None and state.last_for_signing.id == first.id
    assert state.signing_copy is None
    second = printing.print_agreement(desk, mediator, case_id)
    state = printing.copies_state(desk, mediator, case_id)
    assert not state.text_changed and state.signing_copy is not None and state.signing_copy.id == second.id
