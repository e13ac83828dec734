"""Demo mediation: two rooms, the 三所联动 roster with weekly shifts, weeks of bookings, cases with
sessions, agreements (signed and drafts), an oral agreement and follow-up visits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from desk.core.errors import Conflict
from desk.demo import DemoRun
from desk.services.context import Actor, Desk
from desk.services.mediation import (
    agreements,
    bookings,
    casefile,
    cases,
    duty_roster,
    followups,
    numbering,
    records,
    rooms_roster,
)
from desk.services.mediation.agreements import AgreementInput
from desk.services.mediation.cases import CaseInput
from desk.services.mediation.rows import PartyInput

ORDER = 40
ZONE = ZoneInfo("Asia/Shanghai")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = ("建国", "秀英", "志强", "桂兰", "海燕", "明", "丽娟", "国华", "春梅", "伟", "淑珍", "晓东", "玉兰", "振华")
_DISPUTES = [
    ("邻里纠纷", "楼上漏水纠纷", "楼上住户卫生间漏水，致楼下天花板霉变。", "修复漏水并赔偿损失"),
    ("物业纠纷", "物业费及停车位纠纷", "业主以车位被占为由拒交物业费，物业公司催缴未果。", "补交物业费，解决车位"),
    ("婚姻家庭纠纷", "赡养费纠纷", "老人要求子女支付赡养费，子女之间对分担比例有争议。", "按月支付赡养费"),
    ("损害赔偿纠纷", "宠物犬咬伤纠纷", "小区内未拴绳的犬只咬伤邻居小孩，双方就医疗费协商未果。", "赔偿医疗费"),
    ("合同纠纷", "装修合同纠纷", "装修完工后出现墙面开裂，业主拒付尾款。", "返工并结清尾款"),
    ("邻里纠纷", "噪音扰民纠纷", "楼上住户夜间经营手工作坊，噪音影响邻居休息。", "停止夜间作业"),
    ("劳动争议纠纷", "保洁员工资纠纷", "保洁员离职后被拖欠两个月工资。", "支付拖欠工资"),
    ("消费纠纷", "预付卡退费纠纷", "健身房停业，会员要求退还预付卡余额。", "退还余额"),
    ("房屋宅基地纠纷", "楼道堆物纠纷", "住户在公共楼道堆放杂物，影响通行和消防安全。", "清理楼道"),
    ("道路交通事故纠纷", "电动车刮擦纠纷", "小区内电动车与行人刮擦，行人轻微受伤。", "赔偿医药费和误工费"),
]


def _name(run: DemoRun) -> str:
    return run.rng.choice(_SURNAMES) + run.rng.choice(_GIVEN)


def _person(run: DemoRun, side: str, n: int) -> PartyInput:
    return PartyInput(name=_name(run), side=side, sex=run.rng.choice("男女"), ethnicity="汉族",
                      age=run.rng.randint(26, 78), occupation=run.rng.choice(("退休", "职员", "个体经营", "教师", "务工")),
                      phone=f"139{run.rng.randint(10000000, 99999999)}", address=f"示范市平安区幸福路{10 + n}号"
                      f"{run.rng.randint(1, 6)}单元{run.rng.randint(1, 6)}0{run.rng.randint(1, 4)}室")


def _at(day: date, minutes: int) -> datetime:
    return datetime.combine(day, time(0), tzinfo=ZONE) + timedelta(minutes=minutes)


def _desk_at(run: DemoRun, day: date, minutes: int) -> Desk:
    moment = _at(day, minutes).astimezone(timezone.utc)
    return replace(run.desk, clock=lambda: moment)


def _roster(run: DemoRun) -> tuple[list[int], list[int], list[int]]:
    admin = run.actor
    room1 = rooms_roster.save_room(run.desk, admin, None, name="人民调解室", location="一楼东侧", opens="08:30", closes="17:30",
                           weekdays="12345", buffer_min=0)
    room2 = rooms_roster.save_room(run.desk, admin, None, name="三所联动工作室", location="二楼201", opens="09:00",
                           closes="20:00", weekdays="123456", buffer_min=10)
    numbering.set_numbering(run.desk, admin, "（{year}）{abbr}人调字第{serial}号", "幸福路")
    mediators, others = [], []
    for username in ("tiaojie1", "tiaojie2"):
        user = run.users[username]
        mediators.append(rooms_roster.save_staff(run.desk, admin, None, name=user.display_name, kind="mediator",
                                                 organisation="幸福路社区人民调解委员会", user_id=user.user_id).id)
    mediators.append(rooms_roster.save_staff(run.desk, admin, None, name="钱志远", kind="mediator",
                                             organisation="幸福路社区人民调解委员会（兼职）").id)
    police = rooms_roster.save_staff(run.desk, admin, None, name="周振华", kind="police", organisation="平安派出所",
                                     phone="021-55550110").id
    lawyer = rooms_roster.save_staff(run.desk, admin, None, name="孙明理", kind="lawyer", organisation="明理律师事务所",
                                     phone="13900000031").id
    others += [police, lawyer]
    start = run.today - timedelta(days=run.days + 7)
    for weekday in range(1, 6):
        duty_roster.add_shift(run.desk, admin, mediators[0], weekday, "08:30", "17:30", start)
        duty_roster.add_shift(run.desk, admin, mediators[1], weekday, "08:30", "12:00" if weekday == 3 else "17:30",
                               start)
    duty_roster.add_shift(run.desk, admin, mediators[2], 6, "09:00", "17:00", start, note="周六值班")
    for weekday in (2, 4):
        duty_roster.add_shift(run.desk, admin, police, weekday, "14:00", "17:30", start, note="社区警务室")
    duty_roster.add_shift(run.desk, admin, lawyer, 3, "09:00", "12:00", start, note="法律顾问坐班")
    duty_roster.add_shift(run.desk, admin, lawyer, 5, "14:00", "17:00", start, note="法律顾问坐班")
    next_monday = run.today + timedelta(days=7 - run.today.weekday())
    duty_roster.add_exception(run.desk, admin, mediators[1], next_monday, "off", note="调休")
    duty_roster.add_exception(run.desk, admin, lawyer, next_monday + timedelta(days=1), "extra", "14:00", "17:00",
                               note="加班坐班")
    rooms_roster.add_closure(run.desk, admin, room1.id, next_monday + timedelta(days=3), "消防设施检修")
    return mediators, others, [room1.id, room2.id]


def _book(run: DemoRun, actor: Actor, rooms: list[int], staff: list[int], day: date, case_id: int | None,
          title: str, parties: str) -> None:
    if day.isoweekday() > 5:
        return
    for _attempt in range(6):
        start = run.rng.choice((9 * 60, 9 * 60 + 30, 10 * 60, 13 * 60 + 30, 14 * 60, 15 * 60))
        try:
            # A past session was booked back then: bookings are refused for days that have passed.
            booked_by = _desk_at(run, day, 8 * 60) if day < run.today else run.desk
            bookings.create_booking(booked_by, actor, run.rng.choice(rooms), _at(day, start),
                                    _at(day, start + run.rng.choice((60, 90, 120))), staff, case_id=case_id,
                                    title=title, parties=parties)
            return
        except Conflict:
            continue


def populate(run: DemoRun) -> str:
    mediators, others, rooms = _roster(run)
    mediator_actors = [run.users["tiaojie1"], run.users["tiaojie2"]]
    clerk = run.users["chuangkou1"]
    counts = {"cases": 0, "signed": 0, "bookings": 0}
    total = max(14, round(5000 * run.scale)) if run.scale is not None else 14  # a busy hall: 5,000 a year
    for i in range(total):
        accepted = run.today - timedelta(days=run.days - i * run.days // total)
        while accepted.isoweekday() > 5:
            accepted += timedelta(days=1)
        kind, title, facts, request = _DISPUTES[i % len(_DISPUTES)]
        people = [_person(run, "applicant", i), _person(run, "respondent", i + 1)]
        if i % 4 == 0:
            people.append(_person(run, "respondent", i + 2))
        source = ("application", "window", "grid", "initiative")[i % 4]
        registrar = clerk if source in ("application", "window") else mediator_actors[i % 2]
        when = _desk_at(run, accepted, 9 * 60 + 15)
        registered = cases.register_case(when, registrar, CaseInput(
            source, kind, f"{people[0].name}与{people[1].name}{title}", facts, f"1. {request}",
            referral_note="网格员上报" if source == "grid" else "", mediator_staff_id=mediators[i % 2]), people)
        counts["cases"] += 1
        mediator = mediator_actors[i % 2]
        helpers = [mediators[i % 2]] + ([others[i % 2]] if i % 3 == 0 else [])
        session_day = accepted + timedelta(days=2)
        _book(run, mediator, rooms, helpers, session_day, registered.id, title, "、".join(p.name for p in people))
        if session_day > run.today:
            continue
        after = _desk_at(run, session_day, 16 * 60)
        records.add_session(after, mediator, registered.id, kind="session", held_at=_at(session_day, 14 * 60),
                          place="人民调解室", participants="楼组长", record="告知当事人权利义务；双方陈述纠纷经过；"
                          "调解员释明相关法律规定并提出调解方案。", result="双方同意调解方案" if i % 5 else "未达成一致",
                          recorder=mediator_actors[(i + 1) % 2].display_name)
        if i % 5 == 0:
            cases.close_case(after, mediator, registered.id, "failure", "被申请人不同意赔偿数额，已告知可向人民法院起诉。")
            continue
        oral = i % 7 == 3
        agreements.save_agreement(after, mediator, registered.id, AgreementInput(
            kind="oral" if oral else "written", facts=facts, disputed=f"{request}的具体方式和数额。",
            responsibilities="" if oral else f"{people[1].name}承担主要责任，{people[0].name}承担次要责任。",
            terms=[f"{people[1].name}于{session_day + timedelta(days=14):%Y年%m月%d日}前{request}。",
                   f"{people[1].name}一次性补偿{people[0].name}人民币{run.rng.choice((500, 800, 1200, 2000))}元。",
                   "双方今后互谅互让，和睦相处。"],
            performance_method="当面履行，现金支付并出具收条。", performance_deadline=session_day + timedelta(days=14),
            mediator_name=mediator.display_name, recorder_name=mediator_actors[(i + 1) % 2].display_name,
            agreed_on=session_day if oral else None))
        if i % 3 == 2 and not oral:
            continue  # a draft still waiting for signatures
        if not oral:
            agreements.record_signed(after, mediator, registered.id, session_day, all_parties_signed=True,
                                     mediator_signed=True, seal_affixed=True)
        counts["signed"] += 1
        for code in (2, 3):
            casefile.set_file_item(after, mediator, registered.id, code, present=True, pages=2)
        visit_day = session_day + timedelta(days=10)
        if visit_day <= run.today:
            visit = _desk_at(run, visit_day, 15 * 60)
            followups.add_followup(visit, mediator, registered.id, visited_on=visit_day, party_name=people[0].name,
                                   method="phone" if i % 2 else "visit", performance="full" if i % 3 else "partial",
                                   satisfied=True, notes="协议已按约定履行，当事人对调解结果表示满意。",
                                   visitor=mediator.display_name)
            cases.close_case(visit, mediator, registered.id, "success")
    everyone = mediators + others
    for offset in range(-run.days, 12):  # everyday bookings: consultations, duty hours, meetings
        day = run.today + timedelta(days=offset)
        # someone on duty that day: bookings for people off duty are refused
        on_duty = sorted({s.staff_id for s in duty_roster.duty_roster(run.desk, run.actor, day, day)}) or everyone
        for _n in range(run.rng.randint(1, 3)):
            _book(run, clerk, rooms, [run.rng.choice(on_duty)], day, None, run.rng.choice(
                ("法律咨询", "治安调解预约", "来访接待", "矛盾排查例会", "心理疏导")), _name(run))
    counts["bookings"] = len(bookings.bookings_between(run.desk, run.actor, _at(run.today - timedelta(days=run.days), 0),
                                                       _at(run.today + timedelta(days=14), 0)))
    return (f"mediation: 2 rooms, 5 people on the duty roster, {counts['cases']} cases "
            f"({counts['signed']} agreements in effect), {counts['bookings']} bookings")
