"""容缺受理通知书 and 容缺受理承诺书: the missing 容缺 materials, the date to bring them, the running
deadline, the consequence of not bringing them, the applicant (person or company, with proxy), and the
signatures kept on the page with what they sign, at the longest names and with many materials."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from desk.documents import StationHeader
from desk.documents.intake_notice import MissingMaterial, NoticeParty
from desk.documents.intake_pledge import (
    PledgeLetter,
    PledgeNotice,
    render_pledge_letter,
    render_pledge_notice,
)
from desk.documents.intake_receipt import ReceivedMaterial
from tests.documents.helpers import pdf_text, squash

AT = datetime(2026, 12, 31, 1, 42, tzinfo=timezone.utc)  # year end: 09:42 in Shanghai
COMPANY = "示范市闵行区梅陇镇幸福家园物业管理服务有限责任公司第三分公司"  # 30 characters
PLEDGED = (MissingMaterial("施工单位营业执照（及资质证书）", "复印件，1 份；加盖施工单位公章"),
           MissingMaterial("施工合同", "原件+复印件，1 份"))


def party(name: str = "张三", number: str = "110***********0010") -> NoticeParty:
    return NoticeParty(receipt_no="SL20261231-0012", registered_at=AT, applicant_name=name, applicant_number=number,
                       item_name="限额以下小型工程（装修）施工备案", clerk_name="李晓梅", clerk_phone="021-54321234")


def notice(**changes: object) -> PledgeNotice:
    base = PledgeNotice(party(), PLEDGED, date(2027, 1, 15), 5, None,
                        "2027年节假日安排尚未公布，办结日期确定后电话告知（承诺 5 个工作日）",
                        (ReceivedMaterial("小型工程（装修）备案表", "原件", 1),
                         ReceivedMaterial("建设单位（业主）身份证件或营业执照", "复印件", 1)))
    return replace(base, **changes)  # type: ignore[arg-type]


def letter(**changes: object) -> PledgeLetter:
    base = PledgeLetter(party(COMPANY, "91310112MA1GBUKA7T"), True, "欧阳娜娜", "阿卜杜热依木·买买提（员工，护照 E*****678）",
                        PLEDGED, date(2027, 1, 15))
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_notice_names_the_容缺_materials_the_date_and_the_running_deadline(header: StationHeader) -> None:
    pages = pdf_text(render_pledge_notice(notice(), header))
    text = squash("".join(pages))
    for expected in ("容缺受理通知书", "编号：SL20261231-0012", "张三", "110***********0010", "予以容缺受理",
                     "办理时限自受理之日起计算", *(m.name for m in PLEDGED), *(m.requirement for m in PLEDGED),
                     "请于2027年1月15日前", "撤销本次受理决定", "2027年节假日安排尚未公布", "已收取的材料",
                     "申请人签收", "（盖章）"):
        assert squash(expected) in text, expected
    assert PledgeNotice.from_payload(notice().to_payload()) == notice()
    dated = squash("".join(pdf_text(render_pledge_notice(notice(deadline=date(2026, 12, 8)), header))))
    assert "2026年12月8日前办结" in dated
    on_the_spot = render_pledge_notice(notice(promised_days=0, deadline=date(2026, 12, 31)), header)
    assert "2026年12月31日（当场办结）" in squash("".join(pdf_text(on_the_spot)))


def test_the_letter_for_a_company_with_a_proxy(header: StationHeader) -> None:
    text = squash("".join(pdf_text(render_pledge_letter(letter(), header))))
    for expected in ("容缺受理承诺书", "承诺单位", COMPANY, "统一社会信用代码", "91310112MA1GBUKA7T", "法定代表人", "欧阳娜娜",
                     "代办人", "护照E*****678", "本单位郑重承诺", "于2027年1月15日前", "补交上述全部材料",
                     f"{header.name}可以撤销本次受理决定", "由本单位承担", "承诺单位（盖章）", "法定代表人（签名）",
                     "代办人（签名）", "年月日"):
        assert squash(expected) in text, expected
    assert PledgeLetter.from_payload(letter().to_payload()) == letter()


def test_the_letter_for_a_person(header: StationHeader) -> None:
    person = letter(party=party("玛丽亚·约瑟芬·冯·德·施泰因巴赫-洛伦佐尼", "护照 E*****678"), organisation=False,
                    legal_representative="", proxy="")
    text = squash("".join(pdf_text(render_pledge_letter(person, header))))
    for expected in ("承诺人", "玛丽亚·约瑟芬·冯·德·施泰因巴赫-洛伦佐尼", "护照E*****678", "本人郑重承诺", "承诺人（签名）",
                     "按手印"):
        assert squash(expected) in text, expected
    assert "法定代表人" not in text and "代办人" not in text and "盖章" not in text


@pytest.mark.parametrize("count", [1, 6, 9, 14, 22])
def test_the_signatures_stand_with_the_promise_they_sign(header: StationHeader, count: int) -> None:
    many = tuple(MissingMaterial(f"容缺材料第{i}项：" + "施工单位营业执照（及资质证书）" * 2, "复印件，1 份；加盖施工单位公章")
                 for i in range(1, count + 1))
    pages = [squash(p) for p in pdf_text(render_pledge_letter(letter(pledged=many), header))]
    last = pages[-1]
    # the whole promise (the date and the consequence) is on the signing page
    assert all(words in last for words in ("代办人（签名）", "本单位郑重承诺", "于2027年1月15日前", "由本单位承担"))
    notice_pages = [squash(p) for p in pdf_text(render_pledge_notice(notice(pledged=many), header))]
    assert "申请人签收" in notice_pages[-1] and "经办人" in notice_pages[-1]


def test_every_field_at_its_longest_prints_and_wraps(header: StationHeader) -> None:
    longest = "示范市闵行区梅陇镇幸福家园物业管理服务有限责任公司第三分公司" * 4  # 120: over the 100 a name may have
    materials = tuple(MissingMaterial(("施工单位营业执照（及资质证书）" * 7)[:100], ("加盖公章，" * 60)[:300])
                      for _ in range(3))
    long_party = replace(party(longest[:100], "91310112MA1GBUKA7T"), item_name=("限额以下小型工程（装修）施工备案" * 7)[:100])
    big = letter(party=long_party, legal_representative=("欧阳娜娜" * 15)[:60],
                 proxy=f"{'阿卜杜热依木·买买提' * 6}（{'员工' * 15}，港澳居民来往内地通行证 H*******890）", pledged=materials)
    for pdf in (render_pledge_letter(big, header),
                render_pledge_notice(notice(party=long_party, pledged=materials), header)):
        pages = [squash(p) for p in pdf_text(pdf)]
        assert squash(longest[:100]) in "".join(pages)
        assert len(pages[-1]) > 200  # the last page holds the promise or the closing text, never a bare signature


def test_a_notice_in_日_with_a_paused_or_extended_deadline(header: StationHeader) -> None:
    """An item limited in 日 (居住证暂行条例 §9) says 日 and how 日 are counted; a deadline an Art. 42
    extension or an Art. 45 pause moved says so beside the date, as the receipt does."""
    pages = pdf_text(render_pledge_notice(notice(
        promised_days=15, deadline=date(2027, 2, 1), deadline_note="", days_unit="calendar",
        adjustment="经负责人批准延期，原办结期限2027年1月18日，《中华人民共和国行政许可法》第四十二条"), header))
    text = squash("".join(pages))
    assert "承诺时限：15日" in text and "15个工作日" not in text
    assert "时限按日（自然日）计算" in text and "时限按工作日计算" not in text
    assert "2027年2月1日前办结（经负责人批准延期，原办结期限2027年1月18日" in text
    assert len(pages) == 1
    working = squash("".join(pdf_text(render_pledge_notice(notice(deadline=date(2027, 1, 8), deadline_note=""),
                                                           header))))
    assert "5个工作日" in working and "时限按工作日计算" in working and "（经负责人" not in working
