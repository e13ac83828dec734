"""Identity numbers and phone numbers typed at the counter: normalise, check, mask.

Check digits come from python-stdnum (``stdnum.cn.ric``, ``stdnum.cn.uscc``); the rules around
them are the app's own, because stdnum's verdict differs from what a front desk needs (see
tests/data/id_test_vectors.json): it accepts future and pre-1900 birth dates, keeps inner spaces,
rejects area codes created after the birth year and rejects USCCs issued by authorities A, N, Y.

Error messages never repeat the number itself: an ID number is personal data and messages end up
in logs and screenshots. They point at the part to re-check instead.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from stdnum.cn import ric, uscc

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError

MSG_ID_CHARACTERS = QT_TRANSLATE_NOOP(
    "DeskError",
    "An ID number contains only digits, and only its last character may be X. "
    "Remove the other characters and check the number against the ID card.",
)
MSG_ID_OLD_15 = QT_TRANSLATE_NOOP(
    "DeskError",
    "This looks like an old 15-digit ID number. Ask for the 18-digit number on the current ID card.",
)
MSG_ID_LENGTH = QT_TRANSLATE_NOOP(
    "DeskError",
    "An ID number has 18 characters, but {count} were entered. Check the number against the ID card.",
)
MSG_ID_AREA = QT_TRANSLATE_NOOP(
    "DeskError",
    "The first six digits of the ID number are not a region code. Check them against the ID card.",
)
MSG_ID_DATE_INVALID = QT_TRANSLATE_NOOP(
    "DeskError",
    "Digits 7 to 14 of the ID number are not a real birth date (year, month, day). "
    "Check them against the ID card.",
)
MSG_ID_DATE_FUTURE = QT_TRANSLATE_NOOP(
    "DeskError",
    "The birth date in the ID number (digits 7 to 14) is later than today. Check them against the ID card.",
)
MSG_ID_DATE_TOO_OLD = QT_TRANSLATE_NOOP(
    "DeskError",
    "The birth date in the ID number (digits 7 to 14) is before 1900. Check them against the ID card.",
)
MSG_ID_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "DeskError",
    "The last character of the ID number does not match the other digits, so one of them is wrong. "
    "Check every digit against the ID card.",
)

# Province-level codes of GB/T 2260, plus 81/82/83 used by residence permits for Hong Kong, Macao
# and Taiwan residents (港澳台居民居住证), which share the ID number format.
#
# Why only the province is checked: the address code is the place of household registration when
# the number was issued, and counties are created, merged and renamed every year. python-stdnum
# rejects a county code that did not exist yet in the birth year (闵行区 310112, created 1992, for
# someone born in 1970 who was registered there later), and any table we ship goes stale. Rejecting a real
# resident's number at the counter is worse than letting a rare typo in the county digits
# through - the check digit already catches almost every typo. So: province must exist, the rest is
# left to the check digit.
_PROVINCE_CODES = frozenset(
    [
        *("11", "12", "13", "14", "15"),  # 华北
        *("21", "22", "23"),  # 东北
        *("31", "32", "33", "34", "35", "36", "37"),  # 华东
        *("41", "42", "43", "44", "45", "46"),  # 中南
        *("50", "51", "52", "53", "54"),  # 西南
        *("61", "62", "63", "64", "65"),  # 西北
        *("71", "81", "82", "83"),  # 台湾; 港澳台居民居住证 81 香港, 82 澳门, 83 台湾
    ]
)
# Hyphen-like characters people type or paste between digit groups.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212_/.]+")


def _compact(text: str) -> str:
    """NFKC folds full-width digits and letters (typed with a Chinese IME) to ASCII; then drop
    the spaces and hyphens people put between digit groups, and uppercase a lowercase x. Invisible
    format characters (a BOM or a zero-width space pasted with the number) are dropped too: the clerk
    cannot see them, so cannot remove them."""
    visible = "".join(ch for ch in text or "" if unicodedata.category(ch) != "Cf")
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", visible)).upper()


def _plausible_area(code: str) -> bool:
    # Foreigners' permanent residence ID cards (2023 format, same length and check digit) start
    # with 9 followed by the province code of the issuing office.
    if code.startswith("9"):
        return code[1:3] in _PROVINCE_CODES
    return code[:2] in _PROVINCE_CODES


def normalize_resident_id(text: str, *, today: date, field: str = "id_number") -> str:
    """Return the 18-character ID number (uppercase X) or raise ValidationError saying what to fix."""
    number = _compact(text)
    if number and not re.fullmatch(r"[0-9]*X?", number):
        raise ValidationError(MSG_ID_CHARACTERS, field=field)
    if len(number) == 15:
        raise ValidationError(MSG_ID_OLD_15, field=field)
    if len(number) != 18:
        raise ValidationError(MSG_ID_LENGTH, field=field, count=len(number))
    if not _plausible_area(number[:6]):
        raise ValidationError(MSG_ID_AREA, field=field)
    born = _parse_birth_date(number)
    if born is None:
        raise ValidationError(MSG_ID_DATE_INVALID, field=field)
    if born > today:  # the desk's day, passed in: a rule never reads the PC clock
        raise ValidationError(MSG_ID_DATE_FUTURE, field=field)
    if born.year < 1900:
        raise ValidationError(MSG_ID_DATE_TOO_OLD, field=field)
    if number[-1] != ric.calc_check_digit(number):
        raise ValidationError(MSG_ID_CHECK_DIGIT, field=field)
    return number


def is_valid_resident_id(text: str, *, today: date) -> bool:
    try:
        normalize_resident_id(text, today=today)
    except ValidationError:
        return False
    return True


def _parse_birth_date(number: str) -> date | None:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def birth_date(id_number: str) -> date:
    """Birth date held in a (normalised) ID number; ValueError if it holds none."""
    born = _parse_birth_date(_compact(id_number))
    if born is None:
        raise ValueError("not an ID number with a birth date")
    return born


def sex(id_number: str) -> str:
    """Return "M" or "F" from the sequence code (digit 17: odd = male, even = female)."""
    number = _compact(id_number)
    if len(number) != 18 or not number[16].isdigit():
        raise ValueError("not an 18-character ID number")
    return "M" if int(number[16]) % 2 else "F"


def mask_id(id_number: str | None) -> str:
    """First 3 + asterisks + last 4 (``110**********1234``), the form shown on screens and receipts.

    Anything too short to hide at least half of it is masked entirely, so that a half-typed or
    odd value never shows more than a fragment.
    """
    value = (id_number or "").strip()
    if len(value) < 14:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_phone(phone: str | None) -> str:
    """A phone number as screens, lists and receipts show it: ``138****5678``, ``021-****5678``,
    ``0571-***8888`` (mobiles keep their first 3 and last 4 digits, landlines their area code and
    the last 4 of the local number; an extension is dropped). Public service numbers (12345,
    95xxx, 400/800) are not personal and stay whole. Anything else keeps at most its last 4 digits,
    and a value too short to hide at least half of it is masked entirely.
    """
    value = (phone or "").strip()
    if not value:
        return ""
    if _MOBILE.fullmatch(value):
        return value[:3] + "****" + value[-4:]
    if _SERVICE.fullmatch(value.replace("-", "")):
        return value
    parts = value.split("-")
    if len(parts) in (2, 3) and _LANDLINE.fullmatch(parts[0] + parts[1]) and parts[0].startswith("0"):
        local = parts[1]
        return f"{parts[0]}-{'*' * (len(local) - 4)}{local[-4:]}"
    digits = sum(ch.isdigit() for ch in value)
    if digits < 8:
        return "".join("*" if ch.isdigit() else ch for ch in value)
    shown, out = 0, []
    for ch in reversed(value):  # free text (a staff member's note, an old record): last 4 digits only
        if ch.isdigit():
            shown += 1
            out.append(ch if shown <= 4 else "*")
        else:
            out.append(ch)
    return "".join(reversed(out))


def mask_name(name: str | None) -> str:
    """A person's name where the public can see it (kiosk, hall display): ``张*华``, ``张*``, ``欧**娜``;
    the surname's first character and, from three characters on, the last one stay."""
    value = (name or "").strip()
    if len(value) <= 1:
        return "*" * len(value)
    if len(value) == 2:
        return value[0] + "*"
    return value[0] + "*" * (len(value) - 2) + value[-1]


# --- Unified social credit code (统一社会信用代码, GB 32100-2015) -------------------------------

MSG_USCC_LENGTH = QT_TRANSLATE_NOOP(
    "DeskError",
    "A unified social credit code has 18 characters, but {count} were entered. "
    "Check it against the business licence or registration certificate.",
)
MSG_USCC_CHARACTER = QT_TRANSLATE_NOOP(
    "DeskError",
    "A unified social credit code never contains \u201c{char}\u201d: it uses digits and capital letters "
    "except I, O, S, V and Z. Check that character against the licence (O is usually a zero).",
)
MSG_USCC_AUTHORITY = QT_TRANSLATE_NOOP(
    "DeskError",
    "The first character of a unified social credit code is 1 to 9, A, N or Y. Check it against the licence.",
)
MSG_USCC_REGION = QT_TRANSLATE_NOOP(
    "DeskError",
    "Characters 3 to 8 of a unified social credit code are a region code and must be digits. "
    "Check them against the licence.",
)
MSG_USCC_CHECK = QT_TRANSLATE_NOOP(
    "DeskError",
    "The last character of the unified social credit code does not match the others, so one of them "
    "is wrong. Check every character against the licence.",
)
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
# Registration authorities of GB 32100 table 1. python-stdnum only allows digits here, but A
# (military), N (agriculture: rural collectives) and Y (others) are issued, e.g. to 村集体经济组织.
_USCC_AUTHORITIES = "123456789ANY"


def normalize_uscc(text: str, *, field: str = "uscc") -> str:
    """Return the 18-character code in capitals or raise ValidationError saying what to fix."""
    code = _compact(text)
    for char in code:
        if char not in _USCC_ALPHABET:
            raise ValidationError(MSG_USCC_CHARACTER, field=field, char=char)
    if len(code) != 18:
        raise ValidationError(MSG_USCC_LENGTH, field=field, count=len(code))
    if code[0] not in _USCC_AUTHORITIES:
        raise ValidationError(MSG_USCC_AUTHORITY, field=field)
    if not code[2:8].isdigit():
        raise ValidationError(MSG_USCC_REGION, field=field)
    # The 9-character organisation code inside has its own GB 11714 check digit; it is not
    # checked because the final check character already covers it and some issued codes fail it.
    if code[-1] != uscc.calc_check_digit(code):
        raise ValidationError(MSG_USCC_CHECK, field=field)
    return code


# --- Phone numbers ---------------------------------------------------------------------------

MSG_PHONE = QT_TRANSLATE_NOOP(
    "DeskError",
    "Enter an 11-digit mobile number (such as 13812345678), a landline with its area code "
    "(such as 021-12345678), or a service number such as 12345.",
)
MSG_PHONE_MOBILE_LENGTH = QT_TRANSLATE_NOOP(
    "DeskError",
    "A mobile number has 11 digits, but {count} were entered. Check the number with the caller.",
)
MSG_PHONE_AREA_CODE = QT_TRANSLATE_NOOP(
    "DeskError",
    "Put the area code in front of the landline number (such as 021-12345678).",
)
MSG_PHONE_EXTENSION = QT_TRANSLATE_NOOP(
    "DeskError",
    "Only a landline can have an extension. Remove the extension or enter the landline with its area code.",
)

_EXTENSION = re.compile(r"\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE)
_COUNTRY_PREFIX = re.compile(r"^\s*(?:\+|00)\s*86[\s\-]*")
_GROUP_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212.]+")
# re.ASCII throughout: \d alone would also accept Arabic-Indic and other non-ASCII digits.
_MOBILE = re.compile(r"1[3-9]\d{9}", re.ASCII)
# 123xx government hotlines (12345 政务服务便民热线, 12333, 12348...), 95xxx national service
# numbers (95xxx-95xxxxxx), 400/800 toll-free numbers.
_SERVICE = re.compile(r"123\d{2}|95\d{3,6}|[48]00\d{7}", re.ASCII)
# 3-digit area codes, 010 (Beijing) and 020-029, are followed by 8 digits; every other area code
# has 4 digits and 7 or 8 digits follow. A local number never starts with 0 (trunk prefix).
_LANDLINE = re.compile(r"(0(?:10|2\d)(?=\d{8}$)|0[3-9]\d{2})([1-9]\d{6,7})", re.ASCII)


def normalize_phone(text: str, *, field: str = "phone") -> str:
    """Canonical form: ``13812345678``, ``021-12345678``, ``0571-8888888-123``, ``12345``,
    ``400-123-4567``; otherwise ValidationError saying what to enter."""
    value = unicodedata.normalize("NFKC", text or "").strip().replace("(", " ").replace(")", " ")
    extension = None
    if found := _EXTENSION.search(value):
        extension, value = found.group(1), value[: found.start()]
    international = bool(_COUNTRY_PREFIX.match(value))
    value = _COUNTRY_PREFIX.sub("", value)
    groups = [g for g in _GROUP_SEPARATORS.split(value) if g]
    if not groups or not all(g.isascii() and g.isdigit() for g in groups):
        raise ValidationError(MSG_PHONE, field=field)
    digits = "".join(groups)
    if not international and re.fullmatch(r"861[3-9][0-9]{9}", digits):
        digits = digits[2:]  # "86 138..." typed without the plus sign
    if international and not digits.startswith("1"):
        digits = "0" + digits.removeprefix("0")  # +86 21 ... drops the trunk 0 of the area code
    if digits.startswith("1") and not digits.startswith("12"):
        if extension:
            raise ValidationError(MSG_PHONE_EXTENSION, field=field)
        if _MOBILE.fullmatch(digits):
            return digits
        if len(digits) != 11 and digits[1:2] in tuple("3456789"):
            raise ValidationError(MSG_PHONE_MOBILE_LENGTH, field=field, count=len(digits))
        raise ValidationError(MSG_PHONE, field=field)
    if _SERVICE.fullmatch(digits) and not extension:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if len(digits) == 10 else digits
    landline = _LANDLINE.fullmatch(digits)
    if landline is None and extension is None and len(groups) > 1:
        # "010-12345678-123": a trailing hyphenated group after a complete number is an extension.
        landline = _LANDLINE.fullmatch("".join(groups[:-1]))
        extension = groups[-1] if landline and len(groups[-1]) <= 6 else None
        landline = landline if extension else None
    if landline:
        canonical = f"{landline.group(1)}-{landline.group(2)}"
        return f"{canonical}-{extension}" if extension else canonical
    if re.fullmatch(r"[1-9][0-9]{6,7}", digits):
        raise ValidationError(MSG_PHONE_AREA_CODE, field=field)
    raise ValidationError(MSG_PHONE, field=field)
