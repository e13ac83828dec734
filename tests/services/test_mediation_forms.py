"""Every 司法部 2010 mediation form prints from the case (issue 12, item 11): for 2, 3 and 5 parties, persons
and organisations with representatives and proxies, every field at its longest; text extraction finds each
element the form requires; each is stored for an exact reprint and its read is audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk.core.errors import NotFound, PermissionDenied, ValidationError
from desk.services import issued_documents
from desk.services.context import Actor, Desk
from desk.services.mediation import agreements, cases, followups, forms, records
from desk.services.mediation.rows import PartyInput
from desk.store.models.access import AccessRecord
from tests.documents.helpers import pdf_text, squash
from tests.services.mediation_setup import at, sample_agreement, sample_case

COMPANY = "示范市幸福家园物业管理有限公司"


def _long(text: str, limit: int) -> str:
    return (text * (limit // len(text) + 1))[:limit]


def long_parties(count: int) -> list[PartyInput]:
    """Persons and organisations alternately, applicants first, every text field at its limit."""
    out = []
    for n in range(count):
        side = "applicant" if n < (count + 1) // 2 else "respondent"
        if n % 2:
            out.append(PartyInput(name=_long(f"{COMPANY}第{n}分公司", 100), side=side, kind="organisation",
                                  address=_long("示范市平安区幸福路1号", 200), legal_rep=_long(f"王国庆{n}", 60),
                                  occupation=_long("总经理", 60), agent=_long(f"陈志强{n}（项目经理）", 60),
                                  phone="021-55551234"))
        else:
            out.append(PartyInput(name=_long(f"阿依古丽·买买提{n}", 100), side=side, sex="女", ethnicity="维吾尔族",
                                  age=40 + n, occupation=_long("个体经营", 60), phone="13812345678",
                                  address=_long("示范市平安区幸福路12号3单元", 200),
                                  agent=_long(f"赵律师{n}", 60) if n == 2 else ""))
    return out


def full_case(desk: Desk, clerk: Actor, mediator: Actor, parties: list[PartyInput]) -> int:
    case_id = cases.register_case(desk, clerk, sample_case(), parties).id
    records.add_session(desk, mediator, case_id, kind="investigation", held_at=at(date(2026, 11, 17), "15:00"),
                        place="3单元201室", record="王大妈称漏水已有一月。", participants="刘德明、赵淑芬",
                        subject="王大妈，3单元201室住户", recorder="赵淑芬")
    records.add_session(desk, mediator, case_id, kind="session", held_at=at(date(2026, 11, 18), "09:30"),
                        place="调解室", record="告知权利义务，各方陈述。", participants="周警官", result="达成协议。",
                        recorder="赵淑芬")
    agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    agreements.record_signed(desk, mediator, case_id, date(2026, 11, 20), all_parties_signed=True,
                             mediator_signed=True, seal_affixed=True)
    followups.add_followup(desk, mediator, case_id, visited_on=date(2026, 11, 20), party_name=parties[0].name,
                           method="phone", performance="not_due", satisfied=True, notes="尚在履行期限内。",
                           visitor="刘德明")
    return case_id


def _text(pdf: bytes) -> str:
    return squash("".join(pdf_text(pdf)))


def _party_elements(party: PartyInput) -> list[str]:
    if party.kind == "organisation":
        return [party.name, "名称", "住所", "法定代表人或负责人", party.legal_rep, "职务", party.occupation,
                "参加调解的代表人", party.agent]
    base = [party.name, "姓名", "性别", "民族", party.ethnicity, "年龄", "职业或职务", "联系方式", "单位或住址"]
    return base + (["委托代理人", party.agent] if party.agent else [])


@pytest.mark.parametrize("count", [2, 3, 5])
def test_every_form_prints_every_element(desk: Desk, clerk: Actor, mediator: Actor, count: int) -> None:
    parties = long_parties(count)
    case_id = full_case(desk, clerk, mediator, parties)
    case = cases.get_case(desk, mediator, case_id)
    menu = forms.printable_forms(case)
    assert [f.form for f in menu] == ["application", "registration", "rights_notice", "investigation", "session",
                                      "agreement", "followup", "cover"]
    texts = {f.form: _text(forms.print_form(desk, mediator, case_id, f.form, f.record_id).pdf)
             for f in menu if f.form in forms.FORMS}
    applicants = [p for p in parties if p.side == "applicant"]
    app = texts["application"]
    for element in ("人民调解申请书", "申请人", "被申请人", "纠纷简要情况陈述", "当事人申请事项", "1、修复漏水",
                    "2、赔偿损失", squash(forms.intake_forms.DECLARATION), "签名盖章或按指印", "年月日"):
        assert element in app, element
    for party in parties:
        for element in _party_elements(party):
            assert squash(element) in app, element
    assert app.count("签名盖章或按指印") == sum(p.kind == "person" for p in applicants)
    reg = texts["registration"]
    for element in ("人民调解受理登记表", "2026年11月20日，本人民调解委员会经当事人同意，调解", "之间的纠纷",
                    "纠纷类型", "邻里纠纷", "案件来源", "■①当事人申请", "□②人民调解委员会主动调解", "纠纷简要情况",
                    "登记人（签名）", "（盖章）", "此表由人民调解委员会填写", case.number):
        assert squash(element) in reg, element
    rights = texts["rights_notice"]
    for element in ("人民调解当事人权利义务告知书", "根据有关法律、法规的要求", "群众性组织", "选择或者接受人民调解员",
                    "接受调解、拒绝调解或者要求终止调解", "要求调解公开进行或者不公开进行", "自主表达意愿、自愿达成调解协议",
                    "如实陈述纠纷事实", "遵守调解现场秩序，尊重人民调解员", "尊重对方当事人行使权利"):
        assert element in rights, element
    inv = texts["investigation"]
    for element in ("人民调解调查记录", "时间", "2026年11月17日15时00分", "地点", "参加人", "刘德明、赵淑芬",
                    "被调查人", "王大妈", "记录", "王大妈称漏水已有一月", "调查人（签名）", "记录人赵淑芬（签名）"):
        assert element in inv, element
    ses = texts["session"]
    for element in ("人民调解记录", "时间", "2026年11月18日9时30分", "地点", "事由", "楼上漏水纠纷", "参加人",
                    "周警官", "当事人", "调解记录", "调解结果", "达成协议", "人民调解员刘德明（签名）", "记录人赵淑芬（签名）"):
        assert element in ses, element
    visit = texts["followup"]
    for element in ("人民调解回访记录", "当事人", "调解协议编号", case.number, "回访事由", "楼上漏水纠纷",
                    "回访时间", "2026年11月20日", "回访情况", "履行期限未到", "已采取的措施", "回访人刘德明（签名）"):
        assert squash(element) in visit, element
    for text in (ses, texts["rights_notice"]):  # every party signs; an organisation seals instead of a fingerprint
        for party in parties:
            assert squash(party.name) in text
        assert text.count("盖章，代表人签名") == sum(p.kind == "organisation" for p in parties)


def test_forms_reprint_exactly_and_reads_are_audited(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    case_id = full_case(desk, clerk, mediator, long_parties(2))
    with pytest.raises(PermissionDenied):
        forms.print_form(desk, clerk, case_id, "application")
    issued = forms.print_form(desk, mediator, case_id, "registration")
    assert issued_documents.check_reproduction(desk, mediator, issued.id).exact
    listed = issued_documents.list_issued(desk, mediator, entity="med_case", entity_id=case_id)
    assert [d.kind for d in listed] == ["mediation.registration"]
    with desk.db.reading() as session:
        actions = session.execute(select(AccessRecord.action).where(AccessRecord.action == "mediation.form.print")
                                  ).scalars().all()
    assert actions == ["mediation.form.print"]
    with pytest.raises(ValidationError):
        forms.print_form(desk, mediator, case_id, "no-such-form")
    case = cases.get_case(desk, mediator, case_id)
    investigation = next(s.id for s in case.sessions if s.kind == "investigation")
    with pytest.raises(NotFound):  # an investigation is not a session record
        forms.print_form(desk, mediator, case_id, "session", investigation)


def test_blank_lines_where_the_case_keeps_nothing(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    case_id = cases.register_case(desk, clerk, sample_case(), long_parties(2)).id
    cases.save_party(desk, mediator, case_id, None, PartyInput(name="王五", side="respondent", sex="男", age=30,
                                                               address="幸福路5号"))
    text = _text(forms.print_form(desk, mediator, case_id, "application").pdf)
    assert "民族：＿＿＿＿＿＿" in text and "联系方式：＿＿＿＿＿＿" in text


def _pages(pdf: bytes) -> int:
    return len(pdf_text(pdf))  # pypdf reads the page tree: a count independent of file_pages.page_count


def test_contents_list_numbers_every_page_in_order(desk: Desk, clerk: Actor, mediator: Actor) -> None:
    """The 卷内目录 page column: the list itself first, then each document's range (issue 12, item 9)."""
    from desk.services.mediation import casefile, printing
    from desk.services.mediation.casefile import CONTENTS, CoverInput

    parties = long_parties(5)
    case_id = full_case(desk, clerk, mediator, parties)
    casefile.set_file_item(desk, mediator, case_id, 2, present=True)  # the signed notice, length not entered
    casefile.set_file_item(desk, mediator, case_id, 3, present=True, pages=5)  # ID copies
    casefile.set_file_item(desk, mediator, case_id, 13, present=True, pages=1)  # back cover
    case = cases.get_case(desk, mediator, case_id)
    by_form = {f.form: f for f in forms.printable_forms(case)}

    def printed(form: str) -> int:
        return _pages(forms.print_form(desk, mediator, case_id, form, by_form[form].record_id).pdf)

    lengths = {1: printed("application") + printed("registration"), 2: printed("rights_notice"), 3: 5,
               5: printed("investigation"), 7: printed("session"),
               8: _pages(printing.print_agreement(desk, mediator, case_id).pdf), 10: printed("followup"), 13: 1}
    cover = printing.print_cover(desk, mediator, case_id, CoverInput("赵淑芬", date(2026, 11, 20), "长期"))
    pages = pdf_text(cover.pdf)
    contents_pages = len(pages) - 1
    text = squash("".join(pages[1:]))
    next_page = contents_pages + 1
    for code, name, _required in CONTENTS:
        if code not in lengths:
            continue
        last = next_page + lengths[code] - 1
        span = str(next_page) if last == next_page else f"{next_page}-{last}"
        assert f"{code}{name}{span}" in text, (code, span)
        next_page = last + 1
    assert lengths[1] >= 3 and lengths[8] >= 2  # 5 parties at their longest: several pages each
