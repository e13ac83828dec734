"""Free text typed into forms: names, addresses, facts of a dispute.

Everything a clerk types ends up printed on a receipt, a notice or a mediation agreement, so the
rule for which characters are allowed is "what a Chinese office form can print and a reader can
read back": Chinese characters (including rare ones in people's names), Latin letters with
accents (foreigners' names, pinyin with tone marks), Greek and Cyrillic (both in GB 2312),
kana and Hangul (residents' names), digits, CJK and ASCII punctuation and the symbols found on
forms (× ÷ ± ° ℃ ㎡ № ① Ⅱ □ ☑ √ → ※ …). Emoji, pictographs, "fancy" mathematical letters copied
from social media, private-use characters and invisible control characters are refused, because
the printer font has no glyph for them and they break searching.

This is an allowlist of Unicode blocks, not a denylist of emoji: new emoji appear every year,
while the set of characters a form needs does not change.
"""

from __future__ import annotations

import re
import unicodedata

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError

MSG_REQUIRED = QT_TRANSLATE_NOOP("DeskError", "Fill in {label}; it cannot be left blank.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "DeskError",
    "{label} can be at most {max_length} characters long, but it has {length}. Shorten it.",
)
MSG_CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "DeskError",
    "{label} contains an invisible control character ({codepoint}) at position {position}. "
    "Delete the text around that position and type it again.",
)
MSG_UNPRINTABLE = QT_TRANSLATE_NOOP(
    "DeskError",
    "{label} contains \u201c{char}\u201d ({codepoint}), which cannot be printed on a form. "
    "Remove it or write it out in words.",
)

# Inclusive code point ranges whose characters may appear in a form field.
_ALLOWED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x024F),  # Latin-1 supplement (× ÷ ° ± · ¥ é), Latin extended A/B (pinyin ā ǎ ǚ)
    (0x0250, 0x02FF),  # IPA and spacing modifiers (ˇ ˉ ˊ ˋ ˙ tone marks)
    (0x0300, 0x036F),  # combining accents left over after NFC composition
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x1E00, 0x1EFF),  # Latin extended additional (Vietnamese names)
    (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis (— – ‘ ’ “ ” • …)
    (0x2030, 0x205E),  # ‰ ′ ″ ※ ‼ ⁂ ...
    (0x2070, 0x209F),  # superscripts and subscripts (m² m³)
    (0x20A0, 0x20C0),  # currency signs
    (0x2100, 0x218F),  # letterlike (℃ № ℉ ™) and number forms (Ⅰ Ⅱ Ⅻ)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (≤ ≥ ≠ √ ∶)
    (0x2460, 0x24FF),  # enclosed alphanumerics (① ⑴ ⒈)
    (0x2500, 0x25FC),  # box drawing, block elements, geometric shapes (□ ■ ○ ● △ ◆)
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals (folded to ideographs below)
    (0x3000, 0x303F),  # CJK symbols and punctuation (、。《》「」【】〇)
    (0x3040, 0x30FF),  # hiragana, katakana (・ ー)
    (0x3100, 0x312F),  # bopomofo
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x31A0, 0x31BF),  # bopomofo extended
    (0x3200, 0x33FF),  # enclosed CJK (㈠ ㊣) and CJK compatibility (㎡ ㎏ ㎝)
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # compatibility ideographs: NFC maps most away; 﨑 and 11 others are real
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE6F),  # CJK compatibility forms, small form variants
    (0xFF01, 0xFFEE),  # full-width ASCII and half-width forms (a Chinese IME in full-width mode)
    # CJK extensions B-I: rare characters in people's names (生僻字). They must be accepted: a
    # name is registered as it is, even if an older font lacks the glyph.
    (0x20000, 0x2FA1F),
    (0x30000, 0x323AF),
)
# Single symbols from the Misc Symbols and Dingbats blocks that forms use; the rest of those
# blocks are emoji (☀ ☕ ✅ ❤ ✨ ...).
_ALLOWED_SYMBOLS = frozenset("☆★☉☎☏☐☑☒☜☞♀♂♠♡♣♤♥♦♧♩♪♫♬✓✔✕✖✗✘✚❶❷❸❹❺❻❼❽❾❿")

# Dropped without a word, because they are invisible and carry no meaning in a form:
# - emoji/text presentation selectors: ☑️ pasted from a phone is ☑ + U+FE0F; without the selector
#   the plain-text symbol prints, and a base character that is an emoji is refused anyway;
# - zero-width space, byte order mark, word joiner and soft hyphen, which come along when text is
#   copied out of web pages, WeChat or Word.
# Other invisible characters (direction overrides, NUL, ESC...) are refused: they can make text
# read differently from what is stored.
_DROPPED = dict.fromkeys(map(ord, "\ufe0e\ufe0f\u200b\ufeff\u2060\u00ad"))
# Whitespace a clerk cannot tell apart from a space. \s would also match the control characters
# \x1c-\x1f, which are refused instead.
_SPACES = "\t\n\r\f\v\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000 "
_WHITESPACE_RUN = re.compile(f"[{_SPACES}]+")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# In multi-line text, keep tabs and the ideographic space (U+3000, two of them indent a paragraph
# in Chinese documents); any other space-like character becomes a plain space.
_OTHER_SPACES = re.compile(r"[\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f]")


def _allowed(char: str) -> bool:
    if char in _ALLOWED_SYMBOLS:
        return True
    if unicodedata.category(char) in ("Cn", "Co", "Cs"):  # unassigned inside an allowed block
        return False
    code = ord(char)
    # Few ranges: a linear scan is clearer than bisect and just as fast here.
    return any(start <= code <= end for start, end in _ALLOWED_RANGES)


def _fold_radicals(text: str) -> str:
    # Text copied out of PDFs often carries Kangxi radicals (⼈ U+2F08) in place of the identical-
    # looking ideograph (人 U+4EBA). NFC keeps them apart, so searching for the name would fail;
    # NFKC maps each one to its ideograph.
    return "".join(unicodedata.normalize("NFKC", ch) if "\u2e80" <= ch <= "\u2fdf" else ch for ch in text)


def clean_text(
    value: str | None,
    *,
    field: str,
    label: str,
    max_length: int,
    required: bool = True,
    multiline: bool = False,
) -> str:
    """Return ``value`` cleaned for storage, or raise ValidationError naming ``label``.

    NFC-normalised and stripped. Single-line fields: every run of whitespace, including tabs and
    line breaks pasted from elsewhere (the clerk cannot see them in a one-line box), becomes one
    space. Multi-line fields: line breaks become ``\\n``, trailing spaces on each line go, tabs
    and the ideographic space used to indent paragraphs stay. ``label`` is put into messages as
    given, so pass the text the user sees next to the field. Returns "" for a blank optional field.
    """
    # Drop invisible junk before NFC, so that characters it separated compose.
    text = _fold_radicals(unicodedata.normalize("NFC", (value or "").translate(_DROPPED)))
    if multiline:
        text = _OTHER_SPACES.sub(" ", _LINE_BREAKS.sub("\n", text))
        text = "\n".join(line.rstrip() for line in text.split("\n")).strip()
    else:
        text = _WHITESPACE_RUN.sub(" ", text).strip()
    for position, char in enumerate(text, start=1):
        codepoint = f"U+{ord(char):04X}"
        if char in " \u3000" or (multiline and char in "\n\t"):
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Zs"):
            raise ValidationError(
                MSG_CONTROL_CHARACTER, field=field, label=label, codepoint=codepoint, position=position
            )
        if not _allowed(char):
            raise ValidationError(MSG_UNPRINTABLE, field=field, label=label, char=char, codepoint=codepoint)
    if not text:
        if required:
            raise ValidationError(MSG_REQUIRED, field=field, label=label)
        return ""
    if len(text) > max_length:
        raise ValidationError(MSG_TOO_LONG, field=field, label=label, max_length=max_length, length=len(text))
    return text


def optional_text(
    value: str | None, *, field: str, label: str, max_length: int, multiline: bool = False
) -> str | None:
    """Like :func:`clean_text` for a field that may stay empty: blank input gives None."""
    text = clean_text(
        value, field=field, label=label, max_length=max_length, required=False, multiline=multiline
    )
    return text or None
