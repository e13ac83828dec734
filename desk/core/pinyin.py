"""Pinyin search keys, so a clerk can find 装修备案 by typing "zxba" or "zhuangxiu".

``search_keys`` returns two strings to store next to a name: the full pinyin and the initials,
lower case, without tones, spaces or punctuation; ü is written "v" as on a pinyin keyboard
(吕 -> "lv"). Latin letters and digits are kept as they are (lower-cased) in both keys, so
"A区3号楼" gives ("aqu3haolou", "aq3hl").

Surnames read differently from the same character elsewhere (单 is shàn as a surname, dān in
单位; 曾 zēng / céng; 解 xiè / jiě). A clerk who hears the name types the surname reading; one
who reads it off a card often types the everyday reading. Both must find the person, so for a
surname in the table below each key holds every reading as a space-separated alternative, the
surname reading first: 单田芳 -> ("shantianfang dantianfang", "stf dtf"). A substring search
(SQL ``LIKE '%q%'`` with a query that has no spaces) then matches any one alternative and never
across two of them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Surname reading first, then the everyday reading(s) a clerk may type instead. Syllables are
# separated by spaces so that initials can be taken from each. Compound surnames come first in
# the lookup (尉迟 before 尉).
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "万俟": ("mo qi", "wan si"),
    "尉迟": ("yu chi", "wei chi"),
    "长孙": ("zhang sun", "chang sun"),
    "单于": ("chan yu", "dan yu"),
    "澹台": ("tan tai", "dan tai"),
    "单": ("shan", "dan"),
    "曾": ("zeng", "ceng"),
    "解": ("xie", "jie"),
    "区": ("ou", "qu"),
    "仇": ("qiu", "chou"),
    "朴": ("piao", "pu"),
    "查": ("zha", "cha"),
    "乐": ("yue", "le"),
    "盖": ("ge", "gai"),
    "翟": ("zhai", "di"),
    "覃": ("qin", "tan"),
    "缪": ("miao", "mou", "miu"),
    "召": ("shao", "zhao"),
    "种": ("chong", "zhong"),
    "员": ("yun", "yuan"),
    "秘": ("bi", "mi"),
    "繁": ("po", "fan"),
    "尉": ("yu", "wei"),
    "谌": ("chen", "shen"),
    "隗": ("wei", "kui"),
    "折": ("she", "zhe"),
    "句": ("gou", "ju"),
    "祭": ("zhai", "ji"),
    "柏": ("bai", "bo"),
    "瞿": ("qu", "ju"),
    "纪": ("ji",),
}
_LONGEST_SURNAME = max(map(len, SURNAME_READINGS))

# Han characters: the unified block, extension A, compatibility ideographs, 〇, and extensions
# B onward (rare characters in names; pypinyin knows many of them).
_HAN_RUN = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=4096)
def _han_syllables(run: str) -> tuple[str, ...]:
    # Imported here: loading pypinyin's dictionaries costs ~0.2 s, which the program should not
    # pay at start-up before anyone searches.
    from pypinyin import Style, lazy_pinyin

    # A whole run at once, so that pypinyin's phrase table picks the reading in context (银行
    # hang, 行走 xing). Characters it does not know are dropped (errors="ignore").
    return tuple(s for s in lazy_pinyin(run, style=Style.NORMAL, errors="ignore") if s)


def _latin(text: str) -> str:
    # NFKC folds full-width letters and digits (ＡＢＣ１２３) typed in a Chinese IME's full-width mode.
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


def _pieces(text: str) -> list[str]:
    """Pinyin syllables and Latin/digit runs in order; a piece's initial is its first letter
    if it is a syllable, the whole run if it is Latin or digits (marked by a leading '#')."""
    pieces: list[str] = []
    position = 0
    for match in _HAN_RUN.finditer(text):
        if latin := _latin(text[position : match.start()]):
            pieces.append("#" + latin)
        pieces.extend(_han_syllables(match.group()))
        position = match.end()
    if latin := _latin(text[position:]):
        pieces.append("#" + latin)
    return pieces


def _keys(pieces: list[str]) -> tuple[str, str]:
    full = "".join(p.lstrip("#") for p in pieces)
    initials = "".join(p[1:] if p.startswith("#") else p[:1] for p in pieces)
    return full, initials


def _surname(text: str) -> str | None:
    for length in range(_LONGEST_SURNAME, 0, -1):
        if text[:length] in SURNAME_READINGS:
            return text[:length]
    return None


def _unique(items: list[str]) -> str:
    return " ".join(dict.fromkeys(item for item in items if item))


def search_keys(name: str, *, surname_first: bool = True) -> tuple[str, str]:
    """Return ``(full_pinyin, initials)`` for ``name``; see the module docstring.

    With ``surname_first`` (people's names) a leading surname from :data:`SURNAME_READINGS`
    adds its alternative readings. Pass False for catalogue items and places, where the first
    character is not a surname (单位 is dān wèi).
    """
    text = unicodedata.normalize("NFC", name or "").strip()
    surname = _surname(text) if surname_first else None
    if surname is None:
        return _keys(_pieces(text))
    rest = _pieces(text[len(surname) :])
    alternatives = [_keys(reading.split() + rest) for reading in SURNAME_READINGS[surname]]
    return _unique([a[0] for a in alternatives]), _unique([a[1] for a in alternatives])


def normalize_query(query: str) -> str:
    """What the clerk typed, folded for comparing with names and keys: NFKC (full-width letters),
    lower case, no spaces or punctuation. Han characters are kept."""
    text = unicodedata.normalize("NFKC", query or "").casefold()
    return "".join(ch for ch in text if ch.isalnum())


def matches(query: str, name: str, *, surname_first: bool = True) -> bool:
    """True if ``query`` finds ``name``: as a piece of the name itself ("备案"), of its full
    pinyin ("zhuangxiu") or of its initials ("zxba"). An empty query matches everything."""
    wanted = normalize_query(query)
    if not wanted:
        return True
    if wanted in normalize_query(name):
        return True
    full, initials = search_keys(name, surname_first=surname_first)
    return any(wanted in key for key in (*full.split(), *initials.split()))
