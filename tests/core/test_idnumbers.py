"""ID numbers, USCC and phone numbers: every vector of tests/data/id_test_vectors.json, plus the
app's own rules where they differ from python-stdnum."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric, uscc

from desk.core import idnumbers as ids
from desk.core.errors import ValidationError

VECTORS = json.loads(
    (Path(__file__).parents[1] / "data" / "id_test_vectors.json").read_text(encoding="utf-8")
)
VALID_IDS: list[dict[str, Any]] = VECTORS["resident_id"]["valid"]
INVALID_IDS: list[dict[str, Any]] = VECTORS["resident_id"]["invalid"]
USCC_VECTORS: list[dict[str, Any]] = VECTORS["uscc"]
TODAY = date(2026, 6, 1)
NORMALISED_FLAGS = ("valid_after_uppercasing", "valid_after_removing_spaces", "valid_after_nfkc_normalising")

# Which message each invalid category must produce. 111111111111111111 has a plausible province
# (11 = Beijing) but birth year 1111, so the date rule catches it before the check digit.
EXPECTED_MESSAGE = {
    "bad_check_digit": {ids.MSG_ID_CHECK_DIGIT},
    "impossible_date": {ids.MSG_ID_DATE_INVALID},
    "future_date": {ids.MSG_ID_DATE_FUTURE},
    "implausible_date": {ids.MSG_ID_DATE_TOO_OLD},
    "wrong_length": {ids.MSG_ID_LENGTH, ids.MSG_ID_OLD_15},
    "letters": {ids.MSG_ID_CHARACTERS},
    "bad_area_code": {ids.MSG_ID_AREA, ids.MSG_ID_DATE_TOO_OLD},
}


def with_check_digit(first17: str) -> str:
    return first17 + ric.calc_check_digit(first17 + "0")


def label(vector: dict[str, Any]) -> str:
    return vector.get("category", "valid") + ":" + vector.get("reason", vector.get("area", ""))[:30]


def assert_not_echoed(error: ValidationError, number: str) -> None:
    """No run of 8 characters of the number may appear in the message (birth date + more)."""
    message = str(error)
    for start in range(max(len(number) - 7, 0)):
        assert number[start : start + 8] not in message


@pytest.mark.parametrize("vector", VALID_IDS, ids=[v["area_code"] for v in VALID_IDS])
def test_valid_resident_ids(vector: dict[str, Any]) -> None:
    number = vector["number"]
    assert ids.normalize_resident_id(number, today=TODAY) == number
    assert ids.is_valid_resident_id(number, today=TODAY)
    assert ids.birth_date(number) == date.fromisoformat(vector["birth_date"])
    assert ids.sex(number) == {"男": "M", "女": "F"}[vector["sex"]]
    assert ids.mask_id(number) == number[:3] + "*" * 11 + number[-4:]


@pytest.mark.parametrize("vector", INVALID_IDS, ids=[label(v) for v in INVALID_IDS])
def test_invalid_resident_ids(vector: dict[str, Any]) -> None:
    typed = vector["number"]
    if any(vector.get(flag) for flag in NORMALISED_FLAGS):
        # App decision: a person typed it, so fold full-width digits, uppercase x, drop spaces.
        expected = unicodedata.normalize("NFKC", typed).replace(" ", "").upper()
        assert ids.normalize_resident_id(typed, today=TODAY) == expected
        assert ric.is_valid(expected)
        return
    with pytest.raises(ValidationError) as caught:
        ids.normalize_resident_id(typed, today=TODAY)
    assert caught.value.template in EXPECTED_MESSAGE[vector["category"]], vector["reason"]
    assert caught.value.field == "id_number"
    assert_not_echoed(caught.value, typed)
    assert not ids.is_valid_resident_id(typed, today=TODAY)


def test_area_codes_unknown_to_stdnum_for_the_birth_year_are_accepted() -> None:
    # 闵行区 310112 was created in 1992; a person born in 1970 can still hold such a number.
    number = with_check_digit("31011219700101001")
    assert not ric.is_valid(number)
    assert ids.normalize_resident_id(number, today=TODAY) == number


@pytest.mark.parametrize(
    ("area", "why"),
    [
        ("810000", "Hong Kong residence permit"),
        ("830000", "Taiwan residence permit"),
        ("931840", "foreigner"),
    ],
)
def test_other_holders_of_the_same_format_are_accepted(area: str, why: str) -> None:
    number = with_check_digit(area + "19800101001")
    assert ids.normalize_resident_id(number, today=TODAY) == number, why


@pytest.mark.parametrize("area", ["000000", "999999", "191234", "701234", "900000", "984000"])
def test_implausible_region_codes_are_refused(area: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ids.normalize_resident_id(with_check_digit(area + "19800101001"), today=TODAY)
    assert caught.value.template == ids.MSG_ID_AREA


@pytest.mark.parametrize(
    "typed",
    [
        "110101-19800101-0010",
        " 110101 1980 0101 0010 ",
        "110101\u300019800101\u30000010",  # ideographic spaces
        "１１０１０１１９８００１０１００１０",  # all full-width
        "110101\u201019800101\u22120010",  # Unicode hyphen and minus sign
    ],
)
def test_separators_and_full_width_digits_are_folded(typed: str) -> None:
    assert ids.normalize_resident_id(typed, today=TODAY) == "110101198001010010"


def test_full_width_lowercase_x() -> None:
    assert ids.normalize_resident_id("31010419880229024ｘ", today=TODAY) == "31010419880229024X"


def test_birth_date_limits_are_inclusive_of_today_and_1900() -> None:
    born_today = with_check_digit("110101" + TODAY.strftime("%Y%m%d") + "001")
    assert ids.normalize_resident_id(born_today, today=TODAY) == born_today
    tomorrow = TODAY + timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        ids.normalize_resident_id(
            with_check_digit("110101" + tomorrow.strftime("%Y%m%d") + "001"), today=TODAY
        )
    assert caught.value.template == ids.MSG_ID_DATE_FUTURE
    first = with_check_digit("11010119000101001")
    assert ids.normalize_resident_id(first, today=TODAY) == first
    with pytest.raises(ValidationError) as caught:
        ids.normalize_resident_id(with_check_digit("11010118991231001"), today=TODAY)
    assert caught.value.template == ids.MSG_ID_DATE_TOO_OLD


def test_today_defaults_to_the_real_date() -> None:
    assert ids.normalize_resident_id("110101198001010010", today=TODAY) == "110101198001010010"
    with pytest.raises(ValidationError):
        ids.normalize_resident_id("310115209912310774", today=TODAY)


def test_length_message_counts_characters() -> None:
    with pytest.raises(ValidationError) as caught:
        ids.normalize_resident_id("1101011980010100", today=TODAY)
    assert caught.value.params == {"count": 16}
    assert "16" in str(caught.value)


def test_custom_field_name() -> None:
    with pytest.raises(ValidationError) as caught:
        ids.normalize_resident_id("x", field="proxy_id_number", today=TODAY)
    assert caught.value.field == "proxy_id_number"


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("110101198001010010", "110***********0010"),
        ("31010419880229024X", "310***********024X"),
        ("110101800101001", "110********1001"),
        ("12345678901234", "123*******1234"),
        ("1234567890123", "*************"),
        ("123", "***"),
        ("", ""),
        (None, ""),
        ("  110101198001010010 ", "110***********0010"),
    ],
)
def test_mask_id(value: str | None, masked: str) -> None:
    assert ids.mask_id(value) == masked


def test_birth_date_and_sex_refuse_garbage() -> None:
    with pytest.raises(ValueError):
        ids.birth_date("110101199902300116")
    with pytest.raises(ValueError):
        ids.sex("123")
    assert ids.sex("31010419880229024x") == "F"


@given(
    st.sampled_from(["110101", "310104", "440305", "650102", "810000"]),
    st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=0, max_value=16),
    st.integers(min_value=1, max_value=9),
)
def test_every_single_digit_typo_is_caught(area: str, born: date, seq: int, pos: int, delta: int) -> None:
    number = with_check_digit(f"{area}{born:%Y%m%d}{seq:03d}")
    assert ids.normalize_resident_id(number, today=TODAY) == number
    assert ids.birth_date(number) == born
    assert ids.sex(number) == ("M" if seq % 2 else "F")
    typo = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1 :]
    assert not ids.is_valid_resident_id(typo, today=TODAY)


@given(st.text(max_size=30))
def test_mask_never_shows_more_than_seven_characters(value: str) -> None:
    masked = ids.mask_id(value)
    assert len(masked) == len(value.strip())
    assert sum(ch != "*" for ch in masked) <= min(7, len(masked) // 2)


@given(st.text(max_size=25))
def test_normalize_resident_id_either_returns_a_valid_number_or_explains(value: str) -> None:
    try:
        number = ids.normalize_resident_id(value, today=TODAY)
    except ValidationError as error:
        assert error.field == "id_number"
        assert error.template.endswith(".")
    else:
        assert len(number) == 18
        assert ids.normalize_resident_id(number, today=TODAY) == number


# --- USCC --------------------------------------------------------------------------------------


@pytest.mark.parametrize("vector", USCC_VECTORS, ids=[v["number"] for v in USCC_VECTORS])
def test_uscc_vectors(vector: dict[str, Any]) -> None:
    if vector["expected_valid"]:
        assert ids.normalize_uscc(vector["number"]) == vector["number"].upper()
    else:
        with pytest.raises(ValidationError) as caught:
            ids.normalize_uscc(vector["number"])
        assert caught.value.field == "uscc"


@pytest.mark.parametrize(
    ("code", "template"),
    [
        ("91310104MA1FL0K39H", ids.MSG_USCC_CHECK),
        ("91310104MA1FO0K39G", ids.MSG_USCC_CHARACTER),
        ("91310104MA1FL0K39", ids.MSG_USCC_LENGTH),
        ("", ids.MSG_USCC_LENGTH),
        ("A1310104MA1FL0K39G", ids.MSG_USCC_CHECK),
        ("B1310104MA1FL0K39G", ids.MSG_USCC_AUTHORITY),
        ("9131A104MA1FL0K39G", ids.MSG_USCC_REGION),
        ("9131010４MA1FL0K3９G", None),  # full-width digits fold to a valid code
    ],
)
def test_uscc_messages(code: str, template: str | None) -> None:
    if template is None:
        assert ids.normalize_uscc(code) == "91310104MA1FL0K39G"
        return
    with pytest.raises(ValidationError) as caught:
        ids.normalize_uscc(code)
    assert caught.value.template == template


def test_uscc_message_names_the_wrong_letter() -> None:
    with pytest.raises(ValidationError) as caught:
        ids.normalize_uscc("91310104MA1FO0K39G")
    assert caught.value.params == {"char": "O"}


@pytest.mark.parametrize("authority", ["A", "N", "Y"])
def test_uscc_authorities_a_n_y_are_accepted_although_stdnum_refuses_them(authority: str) -> None:
    body = authority + "2310115MA1KX7P21"
    code = body + uscc.calc_check_digit(body + "0")
    assert not uscc.is_valid(code)
    assert ids.normalize_uscc(code) == code


def test_uscc_separators() -> None:
    assert ids.normalize_uscc(" 9131 0104 MA1F-L0K3-9G ") == "91310104MA1FL0K39G"


# --- Phone numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("0086-13812345678", "13812345678"),
        ("86 13812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("19912345678", "19912345678"),
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("(021) 6234 5678", "021-62345678"),
        ("（021）62345678", "021-62345678"),
        ("0571-8888888", "0571-8888888"),
        ("0571 88888888", "0571-88888888"),
        ("0571-8888888 转 123", "0571-8888888-123"),
        ("021-62345678转8001", "021-62345678-8001"),
        ("021-62345678 ext. 8001", "021-62345678-8001"),
        ("021-62345678 x8001", "021-62345678-8001"),
        ("010-12345678-123", "010-12345678-123"),
        ("+86 21 6234 5678", "021-62345678"),
        ("+86 (0)21 6234 5678", "021-62345678"),
        ("0086 571 88888888", "0571-88888888"),
        ("12345", "12345"),
        ("12333", "12333"),
        ("95588", "95588"),
        ("4008001234", "400-800-1234"),
        ("400-800-1234", "400-800-1234"),
    ],
)
def test_phone_numbers_accepted(typed: str, canonical: str) -> None:
    assert ids.normalize_phone(typed) == canonical
    assert ids.normalize_phone(canonical) == canonical


@pytest.mark.parametrize(
    ("typed", "template"),
    [
        ("", ids.MSG_PHONE),
        ("abc", ids.MSG_PHONE),
        ("138 1234 567a", ids.MSG_PHONE),
        ("1381234567", ids.MSG_PHONE_MOBILE_LENGTH),
        ("138123456789", ids.MSG_PHONE_MOBILE_LENGTH),
        ("11012345678", ids.MSG_PHONE),  # no mobile prefix 11x
        ("12812345678", ids.MSG_PHONE),
        ("62345678", ids.MSG_PHONE_AREA_CODE),
        ("6234567", ids.MSG_PHONE_AREA_CODE),
        ("021-6234567", ids.MSG_PHONE),  # 021 numbers have 8 digits
        ("021-02345678", ids.MSG_PHONE),
        ("0571-888888", ids.MSG_PHONE),
        ("13812345678 转 1", ids.MSG_PHONE_EXTENSION),
        ("+1 415 555 0100", ids.MSG_PHONE),
        ("10086", ids.MSG_PHONE),
        ("1", ids.MSG_PHONE),
        ("\u0661\u0663\u0668\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", ids.MSG_PHONE),  # Arabic-Indic
    ],
)
def test_phone_numbers_refused(typed: str, template: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ids.normalize_phone(typed, field="contact_phone")
    assert caught.value.template == template
    assert caught.value.field == "contact_phone"


@given(st.text(max_size=20))
def test_normalize_phone_gives_ascii_or_explains(value: str) -> None:
    try:
        phone = ids.normalize_phone(value)
    except ValidationError as error:
        assert error.field == "phone"
    else:
        assert re.fullmatch(r"[0-9]+(-[0-9]+)*", phone)
        assert ids.normalize_phone(phone) == phone


@given(
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.sampled_from(["", "+86 ", "0086", "86-"]),
    st.lists(st.sampled_from([" ", "-", ""]), min_size=2, max_size=2),
)
def test_any_formatted_mobile_number_normalises(number: str, prefix: str, seps: list[str]) -> None:
    typed = f"{prefix}{number[:3]}{seps[0]}{number[3:7]}{seps[1]}{number[7:]}"
    assert ids.normalize_phone(typed) == number
