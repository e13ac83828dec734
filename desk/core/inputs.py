"""The one rule every value passes before a service uses it: what the database and the code can hold.

``desk.core.text`` decides what a *form field* may contain (printable characters, per-field
lengths); it runs inside each service for the fields it knows. This module is the floor under
all of them, applied to every argument of every public service function (``desk.services.entry``),
including the ones no form rule covers: sign-in names, passwords, searches, numbers typed into
"call number", ids, limits, dates, files. What it refuses would otherwise crash somewhere below:

- NUL and the other C0/C1 control characters (PostgreSQL refuses NUL in text; the others break
  printing and searching). Tab, line feed, carriage return and NEL pass: multi-line fields keep them,
  and single-line fields fold them into spaces in ``clean_text``.
- Lone surrogates (U+D800-U+DFFF on their own), which cannot be encoded as UTF-8 at all.
- Text longer than its kind allows: a search is short (SQLite refuses a LIKE pattern over
  50,000 bytes, and nobody searches with a page of text); any other text is at most a few pages.
- Whole numbers outside what an integer column holds (PostgreSQL ``integer``: 32-bit signed;
  SQLite cannot even bind 2^63), and outside a parameter's own range where one is declared.
- Dates outside 1900-2199 (calendar arithmetic and the 1970-based clock work in that range) and
  times without a time zone (every stored time is an aware UTC instant).
- Files larger than a station ever imports, and lists longer than a form can fill.

Each refusal is a ValidationError that names the field and says what to change.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import re
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import PurePath
from typing import Any

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError

INT_MIN = -(2**31)
INT_MAX = 2**31 - 1
TEXT_MAX = 20_000  # characters: about ten printed pages, more than any field of any form
SEARCH_MAX = 100  # characters: a name, a number or a phrase; well under SQLite's LIKE limit
BYTES_MAX = 10 * 1024 * 1024  # an imported catalogue file
ITEMS_MAX = 1_000  # entries in one list argument (materials, parties, staff of a booking...)
FIRST_YEAR, LAST_YEAR = 1900, 2199

MSG_CONTROL = QT_TRANSLATE_NOOP(
    "DeskError",
    "\u201c{label}\u201d contains an invisible control character ({codepoint}) at position {position}. "
    "Delete the text around that position and type it again.",
)
MSG_SURROGATE = QT_TRANSLATE_NOOP(
    "DeskError",
    "\u201c{label}\u201d contains a broken character ({codepoint}, half of a pair) at position {position}. "
    "Delete the text around that position and type it again.",
)
MSG_TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "DeskError",
    "\u201c{label}\u201d can be at most {max_length} characters long, but it has {length}. Shorten it.",
)
MSG_SEARCH_TOO_LONG = QT_TRANSLATE_NOOP(
    "DeskError",
    "A search can be at most {max_length} characters long, but \u201c{label}\u201d has {length}. "
    "Search for a shorter part of the name or number.",
)
MSG_NUMBER_RANGE = QT_TRANSLATE_NOOP(
    "DeskError",
    "\u201c{label}\u201d must be a whole number from {low} to {high}; {value} is outside that. "
    "Enter a number in that range.",
)
MSG_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "DeskError", "\u201c{label}\u201d must be an ordinary number. Enter it again."
)
MSG_DATE_RANGE = QT_TRANSLATE_NOOP(
    "DeskError",
    "\u201c{label}\u201d must be a date from {first_year} to {last_year}; {value} is outside that. Check the year.",
)
MSG_NO_TIME_ZONE = QT_TRANSLATE_NOOP(
    "DeskError",
    "\u201c{label}\u201d is a time without a time zone, so it cannot be placed on the station's clock. "
    "Enter the time again; if this keeps happening, tell the administrator.",
)
MSG_FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "DeskError",
    "The file is {size_mb} MB; files of up to {max_mb} MB can be read. Remove what is not needed, or split it.",
)
MSG_TOO_MANY = QT_TRANSLATE_NOOP(
    "DeskError",
    "\u201c{label}\u201d has {count} entries, but at most {max_items} are accepted. Remove some.",
)

# C0 controls except tab, line feed and carriage return; DEL and the C1 controls except NEL (U+0085,
# a line break that clean_text folds like the others); lone surrogates.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SEARCH_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def leaf(path: str) -> str:
    """The field a form shows for an argument path: ``data.display_name`` -> ``display_name``."""
    return path.rsplit(".", 1)[-1]


def label_of(path: str) -> str:
    """The readable name of a parameter or field: ``data.display_name`` -> ``display name``."""
    return leaf(path).replace("_", " ")


@dataclasses.dataclass(frozen=True)
class Rules:
    """What one service function declares beyond the defaults, keyed by argument path (``flt.text``)."""

    search: frozenset[str] = frozenset()
    ranges: Mapping[str, tuple[int, int]] = dataclasses.field(default_factory=dict)


DEFAULT_RULES = Rules()
# Parameters with these names mean the same everywhere, so their range is declared once here.
NAMED_RANGES: dict[str, tuple[int, int]] = {
    "limit": (1, 10_000),
    "offset": (0, INT_MAX),
    "recent": (1, 100),
}


def check_text(value: str, field: str, *, search: bool = False) -> None:
    limit = SEARCH_MAX if search else TEXT_MAX
    if len(value) > limit:
        template = MSG_SEARCH_TOO_LONG if search else MSG_TEXT_TOO_LONG
        raise ValidationError(template, field=leaf(field), label=label_of(field), max_length=limit, length=len(value))
    bad = (_SEARCH_CONTROL if search else _CONTROL).search(value)
    if bad:
        raise ValidationError(MSG_CONTROL, field=leaf(field), label=label_of(field),
                              codepoint=f"U+{ord(bad.group()):04X}", position=bad.start() + 1)
    broken = _SURROGATE.search(value)
    if broken:
        raise ValidationError(MSG_SURROGATE, field=leaf(field), label=label_of(field),
                              codepoint=f"U+{ord(broken.group()):04X}", position=broken.start() + 1)


def check_int(value: int, field: str, low: int = INT_MIN, high: int = INT_MAX) -> None:
    if not low <= value <= high:
        raise ValidationError(MSG_NUMBER_RANGE, field=leaf(field), label=label_of(field), low=low, high=high,
                              value=value if abs(value) < 10**12 else f"{str(value)[:6]}…")


def check_value(value: Any, field: str, rules: Rules = DEFAULT_RULES) -> None:
    """Refuse ``value`` (an argument, or something inside one) with a sentence, or return."""
    if value is None or isinstance(value, (bool, enum.Enum)):
        return
    if isinstance(value, str):
        check_text(value, field, search=field in rules.search)
    elif isinstance(value, int):
        name = field.rsplit(".", 1)[-1]
        low, high = rules.ranges.get(field) or NAMED_RANGES.get(name) or (INT_MIN, INT_MAX)
        check_int(value, field, low, high)
    elif isinstance(value, float):
        if not math.isfinite(value) or abs(value) > INT_MAX:
            raise ValidationError(MSG_NOT_A_NUMBER, field=leaf(field), label=label_of(field))
    elif isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValidationError(MSG_NO_TIME_ZONE, field=leaf(field), label=label_of(field))
        _check_year(value, field)
    elif isinstance(value, date):
        _check_year(value, field)
    elif isinstance(value, PurePath):  # a folder or file the user chose: its name is text like any other
        check_text(str(value), field)
    elif isinstance(value, (bytes, bytearray, memoryview)):
        if len(value) > BYTES_MAX:
            raise ValidationError(MSG_FILE_TOO_BIG, field=leaf(field), size_mb=math.ceil(len(value) / 2**20),
                                  max_mb=BYTES_MAX // 2**20)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            check_value(getattr(value, item.name), f"{field}.{item.name}", rules)
    elif isinstance(value, Mapping):
        _check_count(len(value), field)
        for key, item in value.items():
            check_value(key, field, rules)
            check_value(item, f"{field}.{key}" if isinstance(key, str) and key.isidentifier() else field, rules)
    elif isinstance(value, (list, tuple, set, frozenset)):
        _check_count(len(value), field)
        for item in value:
            check_value(item, field, rules)


def _check_year(value: date, field: str) -> None:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(MSG_DATE_RANGE, field=leaf(field), label=label_of(field), first_year=FIRST_YEAR,
                              last_year=LAST_YEAR, value=value.isoformat()[:10])


def _check_count(count: int, field: str) -> None:
    if count > ITEMS_MAX:
        raise ValidationError(MSG_TOO_MANY, field=leaf(field), label=label_of(field), count=count, max_items=ITEMS_MAX)
