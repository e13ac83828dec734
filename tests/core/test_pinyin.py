"""Pinyin search keys and matching, including surnames with a special reading."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.pinyin import SURNAME_READINGS, matches, normalize_query, search_keys


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("装修备案", ("zhuangxiubeian", "zxba")),
        ("店招店牌备案", ("dianzhaodianpaibeian", "dzdpba")),
        ("张三", ("zhangsan", "zs")),
        ("吕布", ("lvbu", "lb")),  # ü typed as v
        ("银行", ("yinhang", "yh")),  # reading from the phrase table, not 行 xing
        ("张三ABC", ("zhangsanabc", "zsabc")),
        ("A区3号楼 101室", ("aqu3haolou101shi", "aq3hl101s")),
        ("ＡＢＣ公司", ("abcgongsi", "abcgs")),  # full-width Latin folded
        ("买买提·艾力", ("maimaitiaili", "mmtal")),
        ("〇号", ("linghao", "lh")),
        ("𰻞𰻞面", ("biangbiangmian", "bbm")),
        ("", ("", "")),
        ("  ", ("", "")),
        ("—（）", ("", "")),
        ("123", ("123", "123")),
    ],
)
def test_search_keys(name: str, keys: tuple[str, str]) -> None:
    assert search_keys(name) == keys


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("单田芳", ("shantianfang dantianfang", "stf dtf")),
        ("曾小明", ("zengxiaoming cengxiaoming", "zxm cxm")),
        ("解晓东", ("xiexiaodong jiexiaodong", "xxd jxd")),
        ("区志强", ("ouzhiqiang quzhiqiang", "ozq qzq")),
        ("尉迟恭", ("yuchigong weichigong", "ycg wcg")),  # compound surname before 尉 alone
        ("单", ("shan dan", "s d")),
        ("纪晓岚", ("jixiaolan", "jxl")),  # one reading: no alternative
    ],
)
def test_surname_alternatives(name: str, keys: tuple[str, str]) -> None:
    assert search_keys(name) == keys


def test_surname_alternatives_can_be_turned_off_for_non_names() -> None:
    assert search_keys("单位社保登记", surname_first=False) == ("danweishebaodengji", "dwsbdj")
    assert not matches("swsbdj", "单位社保登记", surname_first=False)


@pytest.mark.parametrize("surname", sorted(SURNAME_READINGS))
def test_every_surname_reading_finds_the_person(surname: str) -> None:
    name = surname + "小明"
    for reading in SURNAME_READINGS[surname]:
        syllables = reading.split()
        assert matches("".join(syllables) + "xiaoming", name)
        assert matches("".join(s[0] for s in syllables) + "xm", name)
    assert search_keys(name)[0].split()[0] == SURNAME_READINGS[surname][0].replace(" ", "") + "xiaoming"


@pytest.mark.parametrize(
    ("query", "name", "found"),
    [
        ("zxba", "装修备案", True),
        ("ZXBA", "装修备案", True),
        ("zx ba", "装修备案", True),
        ("ｚｘｂａ", "装修备案", True),
        ("zhuangxiu", "装修备案", True),
        ("beian", "装修备案", True),
        ("备案", "装修备案", True),
        ("修备", "装修备案", True),
        ("", "装修备案", True),
        ("  ", "装修备案", True),
        ("zxbb", "装修备案", False),
        ("登记", "装修备案", False),
        ("dtf", "单田芳", True),
        ("stf", "单田芳", True),
        ("tf", "单田芳", True),
        ("fangd", "单田芳", False),  # never across two alternatives
        ("3hl", "A区3号楼", True),
        ("abc", "ABC公司", True),
        ("lvb", "吕布", True),
    ],
)
def test_matches(query: str, name: str, found: bool) -> None:
    assert matches(query, name) is found


def test_normalize_query() -> None:
    assert normalize_query(" Zhang San ") == "zhangsan"
    assert normalize_query("ＺＳ－１") == "zs1"
    assert normalize_query("张 三") == "张三"


# No per-example deadline: the first call loads pypinyin's dictionaries (~0.2 s).
@settings(deadline=None)
@given(st.text(max_size=20))
def test_keys_hold_only_lowercase_letters_digits_and_separating_spaces(name: str) -> None:
    full, initials = search_keys(name)
    for key in (full, initials):
        assert re.fullmatch(r"([0-9a-z]+( [0-9a-z]+)*)?", key), key
    assert len(full.split()) == len(initials.split())


@settings(deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=8))
def test_a_name_is_found_by_its_own_keys(name: str) -> None:
    full, initials = search_keys(name)
    for key in (*full.split(), *initials.split()):
        assert matches(key, name)
    assert matches(name, name)
