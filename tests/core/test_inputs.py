"""The input rule itself (desk.core.inputs): what it lets through and the sentence for what it refuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core.errors import ValidationError
from desk.core.inputs import INT_MAX, INT_MIN, SEARCH_MAX, TEXT_MAX, Rules, check_value


@dataclass
class Inner:
    name: str
    count: int = 0


@dataclass
class Outer:
    inner: Inner
    tags: tuple[str, ...] = ()


def refusal(value: object, field: str = "value", rules: Rules | None = None) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        check_value(value, field, rules or Rules())
    return info.value


@pytest.mark.parametrize("value", [
    "", "张三", "line one\nline two\tindented\r\n\x85", "x" * TEXT_MAX, 0, INT_MIN, INT_MAX, True, None,
    date(1900, 1, 1), datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc), b"\x00" * 100, [1, 2], {"a": "b"},
    Outer(Inner("王五", 3), ("a", "b")), 1.5,
])
def test_ordinary_values_pass(value: object) -> None:
    check_value(value, "value")


@pytest.mark.parametrize(("value", "words"), [
    ("张\x00三", "U+0000"), ("\x1b[2J", "U+001B"), ("\x9b", "U+009B"), ("a\ud800b", "U+D800"),
    ("x" * (TEXT_MAX + 1), str(TEXT_MAX)), (2**63, "2147483647"), (-(2**31) - 1, "-2147483648"),
    (date(1, 1, 1), "1900"), (datetime(2026, 11, 20, 9, 30), "time zone"), (float("nan"), "number"),
    (b"x" * (10 * 2**20 + 1), "MB"), (list(range(1001)), "1000"),
])
def test_hostile_values_are_refused_with_a_sentence(value: object, words: str) -> None:
    error = refusal(value)
    assert words in error.render() and error.render().endswith(".")
    assert error.field == "value"


def test_nested_values_name_the_field_a_form_shows() -> None:
    assert refusal(Outer(Inner("ok", 2**40))).field == "count"
    assert refusal(Outer(Inner("ok"), ("fine", "\x00"))).field == "tags"
    assert refusal({"title": "\udfff"}).field == "title"


def test_searches_are_short_and_single_line() -> None:
    rules = Rules(search=frozenset({"query"}))
    check_value("张" * SEARCH_MAX, "query", rules)
    assert "search" in refusal("张" * (SEARCH_MAX + 1), "query", rules).render()
    assert refusal("a\nb", "query", rules).field == "query"
    check_value("a\nb", "other", rules)


def test_named_and_declared_ranges() -> None:
    assert refusal(-1, "limit").field == "limit"
    assert refusal(0, "limit").field == "limit"
    check_value(500, "limit")
    rules = Rules(ranges={"year": (2000, 2100)})
    assert "2000" in refusal(1999, "year", rules).render()


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc",)), max_size=50))
def test_any_encodable_text_without_controls_passes(text: str) -> None:
    check_value(text, "value")
