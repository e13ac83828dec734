"""clean_text / optional_text: what a form field accepts, how it is tidied, what it says when not."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core.errors import ValidationError
from desk.core.text import (
    MSG_CONTROL_CHARACTER,
    MSG_REQUIRED,
    MSG_TOO_LONG,
    MSG_UNPRINTABLE,
    clean_text,
    optional_text,
)


def clean(value: str | None, **kwargs: object) -> str:
    options: dict[str, object] = {"field": "name", "label": "Name", "max_length": 200} | kwargs
    return clean_text(value, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "张三",
        "装修备案",
        "上海市徐汇区漕溪北路88号3号楼1201室",
        "×、·—…《》",
        "，。；：？！“”‘’（）【】「」『』〔〕〈〉〖〗",
        "买买提·艾力",
        "O'Brien, Mary-Jane (Dr.)",
        "Müller José Ångström Nguyễn",
        "lǚ xíng ā á ǎ à ü",
        "Ⅰ Ⅱ Ⅲ ① ② ⑴ ⒈ ㈠",
        "面积120㎡，温度25℃，No.5 №5 m² m³",
        "□ ■ ○ ● △ ▲ ◆ ☆ ★ √ ✓ ✔ ☐ ☑ ☒ ※ → ← ↑ ↓",
        "± ÷ ≤ ≥ ≠ ‰ ° ¥ € $ % & @ # * + = < > / \\ | ~ ^ _ `",
        "〇一二三",
        "𠀀𪚥𰻞",  # CJK extension B, B and G: rare characters in names
        "やまだ ヤマダ・タロウ 김철수",
        "Иванов Πέτρος",
        "——",
        "A-12",
    ],
)
def test_printable_form_text_passes_unchanged(text: str) -> None:
    assert clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "😀",
        "好👍",
        "❤",
        "☀",
        "☕",
        "✅",
        "✨",
        "⭐",
        "⭕",
        "⌚",
        "🇨🇳",
        "#️⃣",
        "𝐀𝐁𝐂",  # mathematical bold letters
        "\ue000",  # private use
        "\ufffd",
        "ب",  # Arabic script: not printable on the station's forms
    ],
)
def test_emoji_and_unprintable_symbols_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean(text)
    assert caught.value.template == MSG_UNPRINTABLE
    assert caught.value.field == "name"
    assert caught.value.params["label"] == "Name"
    assert caught.value.params["codepoint"].startswith("U+")
    assert "Name" in str(caught.value)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x1f", "\x7f", "\u202e", "\u200e"])
@pytest.mark.parametrize("multiline", [False, True])
def test_control_characters_are_refused(char: str, multiline: bool) -> None:
    with pytest.raises(ValidationError) as caught:
        clean("ab" + char + "cd", multiline=multiline)
    assert caught.value.template == MSG_CONTROL_CHARACTER
    assert caught.value.params["position"] == 3


def test_nel_is_a_line_break_in_multiline_text() -> None:
    assert clean("ab\x85cd", multiline=True) == "ab\ncd"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  张三  ", "张三"),
        ("张　三", "张 三"),
        ("张\u00a0\u00a0三", "张 三"),
        ("上海市\n徐汇区\t漕溪北路", "上海市 徐汇区 漕溪北路"),
        ("a\r\nb", "a b"),
        ("a   b", "a b"),
        ("a\u2028b", "a b"),
        ("a\u200bb", "ab"),  # zero-width space from a web page
        ("\ufeffab", "ab"),  # byte order mark
        ("co\u00adop", "coop"),  # soft hyphen
        ("☑\ufe0f 是", "☑ 是"),  # emoji presentation selector dropped
        ("e\u0301", "é"),  # NFC
        ("e\u200b\u0301", "é"),  # composes once the junk between is gone
        ("⼈民", "人民"),  # Kangxi radical copied from a PDF
        ("\ufa11", "\ufa11"),  # compatibility ideograph without canonical mapping stays
        ("\uf900", "\u8c48"),  # ...one with a mapping is folded by NFC
    ],
)
def test_single_line_tidying(typed: str, stored: str) -> None:
    assert clean(typed) == stored


def test_multiline_keeps_lines_tabs_and_paragraph_indent() -> None:
    typed = "\n  第一行  \r\n\r\n\u3000\u3000第二行\t完\u2029x\u00a0y\u2003z  \n\n"
    assert clean(typed, multiline=True) == "第一行\n\n\u3000\u3000第二行\t完\nx y z"


def test_required_and_blank() -> None:
    for blank in (None, "", "   ", "\u3000", "\n\t"):
        with pytest.raises(ValidationError) as caught:
            clean(blank, label="Applicant name")
        assert caught.value.template == MSG_REQUIRED
        assert str(caught.value) == "Fill in Applicant name; it cannot be left blank."
        assert clean(blank, required=False) == ""
        assert optional_text(blank, field="note", label="Note", max_length=5) is None


def test_optional_text_returns_cleaned_text() -> None:
    assert optional_text("  备注  ", field="note", label="Note", max_length=5) == "备注"
    with pytest.raises(ValidationError) as caught:
        optional_text("备注备注备注", field="note", label="Note", max_length=5)
    assert caught.value.field == "note"


@pytest.mark.parametrize(
    ("text", "length"),
    [("一二三四五", 5), ("abcde", 5), ("𠀀𠀀𠀀𠀀𠀀", 5), ("e\u0301e\u0301e\u0301e\u0301e\u0301", 5)],
)
def test_max_length_counts_characters_after_cleaning(text: str, length: int) -> None:
    assert clean(text, max_length=length) == unicodedata.normalize("NFC", text)
    with pytest.raises(ValidationError) as caught:
        clean(text + "x", max_length=length)
    assert caught.value.template == MSG_TOO_LONG
    assert caught.value.params == {"label": "Name", "max_length": length, "length": length + 1}


def test_surrounding_whitespace_does_not_count_towards_the_length() -> None:
    assert clean("   一二三   ", max_length=3) == "一二三"


@given(st.text(max_size=60), st.booleans())
def test_cleaning_is_idempotent_and_tidy(value: str, multiline: bool) -> None:
    try:
        cleaned = clean(value, multiline=multiline, required=False)
    except ValidationError as error:
        assert error.template in (MSG_CONTROL_CHARACTER, MSG_UNPRINTABLE)
        return
    assert clean(cleaned, multiline=multiline, required=False) == cleaned
    assert cleaned == cleaned.strip()
    assert unicodedata.is_normalized("NFC", cleaned)
    if not multiline:
        assert "  " not in cleaned
        assert not any(ch in cleaned for ch in "\n\t\r\u3000")


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=30))
def test_any_common_chinese_text_passes(value: str) -> None:
    assert clean(value) == value
