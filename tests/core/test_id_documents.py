"""Identity documents other than the resident ID card: the check per type (the shapes real documents
have, not stricter), the resident ID's checksum rule kept, and masking that never shows half."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core import id_documents as docs
from desk.core.errors import ValidationError
from desk.core.idnumbers import normalize_resident_id

TODAY = date(2026, 12, 2)
DATA = Path(__file__).parents[1] / "data"
VECTORS = json.loads((DATA / "id_test_vectors.json").read_text(encoding="utf-8"))
HARD = json.loads((DATA / "hard_inputs.json").read_text(encoding="utf-8"))


def _with_check_digit(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights, strict=True)) % 11]


@pytest.mark.parametrize(("id_type", "typed", "stored"), [
    (docs.PASSPORT, "E12345678", "E12345678"),
    (docs.PASSPORT, "ea 1234567", "EA1234567"),
    (docs.PASSPORT, "５３４１２３４５６", "534123456"),  # full-width, typed with a Chinese IME
    (docs.PASSPORT, "C01X00T47", "C01X00T47"),  # a foreign passport: letters inside
    (docs.HK_MO_PERMIT, "H12345678", "H12345678"),
    (docs.HK_MO_PERMIT, "m1234567890", "M1234567890"),
    (docs.TW_PERMIT, "12345678", "12345678"),
    (docs.TW_PERMIT, "1234567890B", "1234567890B"),
    (docs.FOREIGN_PR, "USA110086052811", "USA110086052811"),
    (docs.OTHER, " 2018－0012 ", "2018-0012"),  # a full-width dash folds to "-"
])
def test_each_document_type_accepts_its_real_shapes(id_type: str, typed: str, stored: str) -> None:
    assert docs.normalize_document(id_type, typed, today=TODAY) == stored


@pytest.mark.parametrize(("id_type", "typed"), [
    (docs.PASSPORT, "ABCDEFG"),  # no digit at all: a name typed in the wrong box
    (docs.PASSPORT, "E1234"[:4]),  # too short
    (docs.PASSPORT, "E123456789012345678"),  # too long
    (docs.HK_MO_PERMIT, "12345678"),  # the letter H/M missing
    (docs.HK_MO_PERMIT, "H1234567"),
    (docs.TW_PERMIT, "1234567"),
    (docs.TW_PERMIT, "T12345678"),
    (docs.FOREIGN_PR, "110101198001010010"),  # a resident ID, not a foreigner's card
    (docs.FOREIGN_PR, "US110086052811"),
    (docs.OTHER, "号"),
    (docs.HMT_RESIDENCE, "110101198001010010"),  # a mainland resident ID is not a 居住证 number
])
def test_a_wrong_shape_is_refused_with_a_sentence_at_the_number(id_type: str, typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        docs.normalize_document(id_type, typed, today=TODAY)
    assert caught.value.field == "id_number"
    assert typed not in str(caught.value)  # a number never appears in a message


def test_the_resident_id_keeps_its_checksum_rule_for_every_vector() -> None:
    for vector in VECTORS["resident_id"]["valid"]:
        assert docs.normalize_document(docs.RESIDENT_ID, vector["number"], today=TODAY) == vector["number"]
    for vector in VECTORS["resident_id"]["invalid"]:
        expected_ok = vector["category"] in ("lowercase_x", "formatting")
        try:
            docs.normalize_document(docs.RESIDENT_ID, vector["number"], today=TODAY)
        except ValidationError:
            assert not expected_ok, vector
        else:
            assert expected_ok, vector


def test_the_hard_inputs_id_documents() -> None:
    shapes = {d["type"]: d for d in HARD["id_documents"]}
    assert "港澳居民居住证" in shapes and "台湾居民居住证" in shapes
    hk = _with_check_digit("81000019900101001")
    tw = _with_check_digit("83000019851111002")
    assert docs.normalize_document(docs.HMT_RESIDENCE, hk, today=TODAY) == hk
    assert docs.normalize_document(docs.HMT_RESIDENCE, tw, today=TODAY) == tw
    with pytest.raises(ValidationError):  # the 居住证 keeps the GB 11643 check digit
        docs.normalize_document(docs.HMT_RESIDENCE, hk[:-1] + ("0" if hk[-1] != "0" else "1"), today=TODAY)
    foreigner = _with_check_digit("93101119800101001")  # 2023 card: 9 + issuing province
    assert docs.normalize_document(docs.FOREIGN_PR, foreigner, today=TODAY) == foreigner
    assert docs.normalize_document(docs.PASSPORT, "E12345678", today=TODAY) == "E12345678"
    assert docs.type_label(docs.OTHER, "军官证") == "军官证"


def test_pasted_invisible_characters_are_dropped_from_numbers() -> None:
    traps = {t["value"] for t in HARD["pasted_text_traps"]}
    with_bom = next(t for t in traps if t.startswith("\ufeff"))
    assert normalize_resident_id(with_bom, today=TODAY) == "110101198001010010"
    full_width = next(t for t in traps if t.startswith("１"))
    assert normalize_resident_id(full_width, today=TODAY) == "110101198001010010"
    assert docs.normalize_document(docs.PASSPORT, "E12345678\u200b", today=TODAY) == "E12345678"


@pytest.mark.parametrize(("number", "masked"), [
    ("110101198001010010", "110***********0010"),
    ("USA110086052811", "USA********2811"),
    ("E12345678", "E*****678"),
    ("H1234567890", "H*******890"),
    ("12345678", "1****678"),
    ("AB123", "*****"),
    ("", ""),
])
def test_masking(number: str, masked: str) -> None:
    assert docs.mask_document(number) == masked


def test_shown_names_other_documents_and_leaves_the_id_card_as_it_was() -> None:
    assert docs.shown(docs.RESIDENT_ID, "110***********0010") == "110***********0010"
    assert docs.shown(docs.PASSPORT, "E*****678") == "护照 E*****678"
    assert docs.shown(docs.OTHER, "2****012", "军官证") == "军官证 2****012"


@given(st.text(max_size=30))
def test_a_masked_document_never_shows_half(value: str) -> None:
    masked = docs.mask_document(value)
    assert len(masked) == len(value.strip())
    assert sum(ch != "*" for ch in masked) <= min(7, len(masked) // 2)


def test_an_unknown_type_and_an_unnamed_other_document_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        docs.clean_type("driving_licence")
    assert caught.value.field == "id_type"
    with pytest.raises(ValidationError) as caught:
        docs.clean_type(docs.OTHER, "  ")
    assert caught.value.field == "id_type_other"
    assert docs.clean_type("", "") == (docs.RESIDENT_ID, "")
