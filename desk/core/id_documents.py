"""Identity documents other than the 18-digit resident ID card: their types, the check each number
gets at the counter, and how a number is masked wherever it is shown.

Applicants without an 18-digit number (passport holders, 港澳居民来往内地通行证, 台湾居民来往大陆通行证,
外国人永久居留身份证, others) register with the type and the number. The checks are the shapes the
documents really have, kept loose where issuing practice varies (foreign passports, older permits):
refusing a real document at the counter is worse than a rare typo getting through. Numbers that share
the resident ID format (港澳台居民居住证, the 2023 permanent residence card) keep its check digit rule.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.core.idnumbers import _compact, mask_id, normalize_resident_id
from desk.core.text import clean_text

RESIDENT_ID = "resident_id"
HMT_RESIDENCE = "hmt_residence"
HK_MO_PERMIT = "hk_mo_permit"
TW_PERMIT = "tw_permit"
FOREIGN_PR = "foreign_pr"
PASSPORT = "passport"
OTHER = "other"

# In the order the dialog offers them; the Chinese name is what documents print.
ID_TYPES: dict[str, str] = {
    RESIDENT_ID: "居民身份证",
    HMT_RESIDENCE: "港澳台居民居住证",
    HK_MO_PERMIT: "港澳居民来往内地通行证",
    TW_PERMIT: "台湾居民来往大陆通行证",
    FOREIGN_PR: "外国人永久居留身份证",
    PASSPORT: "护照",
    OTHER: "其他证件",
}
MAX_NUMBER = 30  # the column's length; an "other" document's number is at most this long
MAX_OTHER_NAME = 20

MSG_TYPE = QT_TRANSLATE_NOOP("DeskError", "Choose the type of identity document the applicant shows.")
MSG_HMT = QT_TRANSLATE_NOOP(
    "DeskError",
    "A residence permit for Hong Kong, Macao or Taiwan residents (港澳台居民居住证) starts with 81, 82 or 83. "
    "Check the number against the permit, or choose the document type the applicant really shows.",
)
MSG_HK_MO = QT_TRANSLATE_NOOP(
    "DeskError",
    "A 港澳居民来往内地通行证 number is H or M followed by 8 digits (older permits: 10 digits). "
    "Check it against the permit.",
)
MSG_TW = QT_TRANSLATE_NOOP(
    "DeskError",
    "A 台湾居民来往大陆通行证 number has 8 digits (older permits: 10 digits, sometimes followed by a letter). "
    "Check it against the permit.",
)
MSG_FOREIGN_PR = QT_TRANSLATE_NOOP(
    "DeskError",
    "A 外国人永久居留身份证 number has 18 characters starting with 9 (2023 card), or 3 letters and 12 digits "
    "(older card). Check it against the card.",
)
MSG_PASSPORT = QT_TRANSLATE_NOOP(
    "DeskError",
    "A passport number has 5 to 17 letters and digits, at least one of them a digit. Check it against the "
    "passport's photo page.",
)
MSG_OTHER = QT_TRANSLATE_NOOP(
    "DeskError",
    "A document number has 4 to 30 letters, digits or dashes. Check it against the document.",
)

_HK_MO = re.compile(r"[HM][0-9]{8}(?:[0-9]{2})?")
_TW = re.compile(r"[0-9]{8}|[0-9]{10}[A-Z]?")
_FOREIGN_PR_OLD = re.compile(r"[A-Z]{3}[0-9]{12}")
_PASSPORT = re.compile(r"(?=[A-Z0-9]*[0-9])[A-Z0-9]{5,17}")
_OTHER = re.compile(r"[A-Z0-9\-]{4,30}")


def type_label(id_type: str, other_name: str = "") -> str:
    """The document's printed name: 护照, or the name the clerk typed for another document."""
    if id_type == OTHER:
        return other_name or ID_TYPES[OTHER]
    return ID_TYPES.get(id_type, id_type)


def clean_type(id_type: str, other_name: str = "", *, field: str = "id_type",
               other_field: str = "id_type_other") -> tuple[str, str]:
    """(type code, name of an "other" document, "" for the listed types), or ValidationError."""
    code = id_type or RESIDENT_ID
    if code not in ID_TYPES:
        raise ValidationError(MSG_TYPE, field=field)
    if code != OTHER:
        return code, ""
    name = clean_text(other_name, field=other_field, max_length=MAX_OTHER_NAME,
                      label=QT_TRANSLATE_NOOP("Field", "Name of the document"))
    return code, name


def normalize_document(id_type: str, text: str, *, today: date, field: str = "id_number") -> str:
    """The number as stored (capitals, no spaces or hyphens between groups), or ValidationError.

    ``today`` is the desk's day (a birth date in an 18-digit number may not be later)."""
    if id_type == RESIDENT_ID:
        return normalize_resident_id(text, today=today, field=field)
    if id_type == HMT_RESIDENCE:
        number = normalize_resident_id(text, today=today, field=field)
        if number[:2] not in ("81", "82", "83"):
            raise ValidationError(MSG_HMT, field=field)
        return number
    if id_type == FOREIGN_PR:
        number = _compact(text)
        if len(number) == 18 and number.startswith("9"):
            return normalize_resident_id(number, today=today, field=field)
        if _FOREIGN_PR_OLD.fullmatch(number):
            return number
        raise ValidationError(MSG_FOREIGN_PR, field=field)
    # Hyphens are part of some "other" numbers (军官证 号-号); elsewhere they only separate groups.
    number = _compact(text) if id_type != OTHER else _other_compact(text)
    rule, message = {HK_MO_PERMIT: (_HK_MO, MSG_HK_MO), TW_PERMIT: (_TW, MSG_TW), PASSPORT: (_PASSPORT, MSG_PASSPORT),
                     OTHER: (_OTHER, MSG_OTHER)}.get(id_type, (None, MSG_TYPE))
    if rule is None:
        raise ValidationError(MSG_TYPE, field="id_type")
    if not rule.fullmatch(number):
        raise ValidationError(message, field=field)
    return number


def _other_compact(text: str) -> str:
    visible = "".join(ch for ch in text or "" if unicodedata.category(ch) != "Cf")
    folded = unicodedata.normalize("NFKC", visible).upper()
    return re.sub(r"\s+", "", folded).replace("\u2010", "-").replace("\u2212", "-")


def mask_document(number: str | None) -> str:
    """A document number as screens, lists, documents and the audit trail show it. An 18-digit (or
    15-character) number is masked like an ID number (first 3 + last 4); a shorter one (a passport,
    a 通行证) keeps its first character and last 3, which hides at least half of it; anything under 8
    characters is hidden entirely."""
    value = (number or "").strip()
    if len(value) >= 14:
        return mask_id(value)
    if len(value) >= 8:
        return value[0] + "*" * (len(value) - 4) + value[-3:]
    return "*" * len(value)


def shown(id_type: str, masked: str, other_name: str = "") -> str:
    """What a list or a document prints for a person's document: the masked number alone for the
    resident ID card (as always), the document's name in front of any other (护照 E*****678)."""
    if not masked or id_type in ("", RESIDENT_ID):
        return masked
    return f"{type_label(id_type, other_name)} {masked}"
