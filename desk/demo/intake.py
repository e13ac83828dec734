"""Demo intake: a few weeks of applications at windows 1-3 through the real services (so history,
deadlines and audit records are what the program itself would have written), with synthetic but
valid ID numbers, a few organisations, consultations, ratings and follow-ups.

Some cases are left open so the case list shows overdue (red) and due-soon (amber) rows; some wait
for materials; a few were refused or withdrawn; a few were handed over (AB岗) or carried by a proxy.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from stdnum.cn import ric, uscc

from desk.core.errors import ValidationError
from desk.demo import DemoRun
from desk.services.context import Actor, Desk
from desk.services.intake import (
    applicants,
    calendar,
    case_queries,
    cases,
    catalogue,
    consultations,
    proxies,
    ratings,
)
from desk.services.intake.applicants import ApplicantInput
from desk.services.intake.consultations import ConsultationInput

ORDER = 30
BUSINESS_ITEMS = ("CG-01", "CG-02", "CG-03", "WS-01")
TZ = ZoneInfo("Asia/Shanghai")
CLERKS = ["chuangkou1", "chuangkou2", "chuangkou3"]
AREAS = ["310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310115", "320102",
         "330106", "340102", "410102", "420106", "510104", "130102", "370102", "350102"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢单"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬建国志文海燕春梅金凤德胜晓东"
STREETS = ["幸福路", "和平街", "光明里", "解放路", "人民路", "建设新村", "桃源里"]
# (code, weight): what a community window sees most
ITEMS = [("HJ-01", 10), ("HJ-02", 8), ("MZ-01", 3), ("MZ-02", 3), ("CJ-01", 3), ("CJ-02", 2), ("LL-01", 9),
         ("LL-02", 5), ("CG-01", 6), ("CG-02", 3), ("CG-03", 2), ("WS-01", 3), ("JS-01", 5), ("JY-01", 5),
         ("JY-02", 4), ("SB-01", 6), ("SB-02", 4)]
TOPICS = [("居住证办理条件", "在本市居住半年以上，且有合法稳定就业、合法稳定住所或连续就读之一，可申领居住证。"),
          ("老年证需要什么材料", "身份证原件和近期一寸照片一张，年满60周岁当场办理。"),
          ("装修备案要多久", "材料齐全后5个工作日内办结，可以帮办代办。"),
          ("低保申请条件", "家庭人均收入低于当地低保标准且财产状况符合规定，可向户籍地街道申请。"),
          ("医保参保缴费时间", "城乡居民医保一般在每年9月至12月集中缴纳下一年度费用。"),
          ("邻里噪音怎么处理", "可先由网格员上门协调，协调不成可申请人民调解，免费。"),
          ("失业登记去哪里办", "本窗口即可办理，带身份证，当场办结。")]


class _Clock:
    """The demo's clock, moved through the past weeks; ``limit`` is the real now (nothing after it)."""

    def __init__(self, limit: datetime) -> None:
        self.limit = limit.astimezone(TZ)
        self.now = self.limit

    def __call__(self) -> datetime:
        return self.now


def _person(rng: random.Random, n: int) -> ApplicantInput:
    born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 62))
    first17 = f"{rng.choice(AREAS)}{born:%Y%m%d}{rng.randrange(0, 1000):03d}"
    number = first17 + ric.calc_check_digit(first17 + "0")
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    phone = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
    address = f"示范市平安区{rng.choice(STREETS)}{rng.randrange(1, 200)}号{rng.randrange(1, 30)}0{rng.randrange(1, 5)}室"
    return ApplicantInput("person", name, id_number=number, phone=phone, address=address)


def _organisation(rng: random.Random, name: str) -> ApplicantInput:
    first17 = f"91310115MA1{''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(6))}"
    return ApplicantInput("organisation", name, uscc=first17 + uscc.calc_check_digit(first17), phone="021-5555" +
                          f"{rng.randrange(10**4):04d}", legal_representative=rng.choice(SURNAMES) + rng.choice(GIVEN),
                          address=f"示范市平安区{rng.choice(STREETS)}{rng.randrange(1, 200)}号")


def _working_days(run: DemoRun) -> list[date]:
    work = calendar.current_calendar(run.desk)
    days: list[date] = []
    day = run.today
    # The year's hall counts calendar days (weekends and holidays off); the small demo working days.
    wanted = round(run.days * 250 / 365) if run.year else run.days
    while len(days) < max(1, wanted):
        if work.covers(day.year) and work.is_workday(day):
            days.append(day)
        day -= timedelta(days=1)
    return sorted(days)


def populate(run: DemoRun) -> str:
    rng = random.Random(run.rng.random())
    clock = _Clock(run.desk.now())
    desk = Desk(run.desk.db, clock=clock)
    clerks = [a for name, a in sorted(run.users.items()) if name.startswith("chuangkou")] if run.year else \
        [run.users[name] for name in CLERKS]
    manager = run.users["zhanzhang"]
    clock.now = datetime.combine(_working_days(run)[0], time(8, 40), TZ)
    # A year's 20-window hall: ~240 applications a day (60,000 a year) from ~12,000 people.
    people, per_day, asked = (max(90, round(12000 * (run.scale or 1))), (200, 280), (20, 60)) if run.year else \
        (90, (5, 10), (1, 5))
    persons = [applicants.save_applicant(desk, clerks[0], _person(rng, n)) for n in range(people)]
    organisations = [applicants.save_applicant(desk, clerks[0], _organisation(rng, name)) for name in
                     ("示范市平安区好邻居餐饮店", "示范市幸福物业管理有限公司", "示范市光明装饰工程有限公司")]
    items = {row.code: row for row in catalogue.search_items(desk, manager)}
    codes, weights = zip(*ITEMS, strict=True)
    counts = {"cases": 0, "waiting": 0, "ratings": 0, "consultations": 0}
    for day in _working_days(run):
        for _ in range(rng.randrange(*per_day)):
            clock.now = datetime.combine(day, time(9, 0), TZ) + timedelta(minutes=rng.randrange(0, 7 * 60))
            if clock.now > clock.limit - timedelta(minutes=30):
                continue  # nothing is recorded in the future (the demo may be made before opening time)
            clerk = rng.choice(clerks)
            item = items[rng.choices(codes, weights)[0]]
            # Businesses file the works, signboard, grease and health-certificate items; people the rest.
            pool = organisations if item.code in BUSINESS_ITEMS and rng.random() < 0.6 else persons
            _one_case(run, desk, clock, rng, clerk, manager, item, rng.choice(pool), counts)
        for _ in range(rng.randrange(*asked)):
            clock.now = datetime.combine(day, time(9, 0), TZ) + timedelta(minutes=rng.randrange(0, 7 * 60))
            if clock.now > clock.limit:
                continue
            topic, answer = rng.choice(TOPICS)
            consultations.log_consultation(desk, rng.choice(clerks), ConsultationInput(
                rng.choice(("walk_in", "walk_in", "hotline")), topic, answer))
            counts["consultations"] += 1
    _close_some_follow_ups(desk, clock, manager, run.today)
    return (f"intake: {len(persons) + len(organisations)} applicants, {counts['cases']} cases ({counts['waiting']} waiting for "
            f"materials), {counts['ratings']} ratings, {counts['consultations']} consultations")


def _one_case(run: DemoRun, desk: Desk, clock: _Clock, rng: random.Random, clerk: Actor, manager: Actor,
              item: catalogue.ItemRow, applicant: applicants.ApplicantRow, counts: dict[str, int]) -> None:
    everything = tuple(range(1, len(item.materials) + 1))
    required = [i for i, m in enumerate(item.materials, 1) if m.required]
    roll = rng.random()
    proxy = cases.ProxyInput("网格员" + rng.choice(GIVEN) + rng.choice(GIVEN), _person(rng, 0).id_number, "网格员帮办") \
        if rng.random() < 0.08 else None
    if roll < 0.04:
        request = cases.IntakeRequest(item.id, applicant.id, (), "refuse", reason="申请人不符合本事项的申请条件"
                                      "（户籍或居住地不在本社区）。", legal_basis="《中华人民共和国行政许可法》第三十二条"
                                      "第一款第（二）项", refer_to="户籍地街道社区事务受理服务中心")
    elif roll < 0.2 and required:
        request = cases.IntakeRequest(item.id, applicant.id, tuple(i for i in everything if i != required[-1]),
                                      "missing")
    else:
        request = cases.IntakeRequest(item.id, applicant.id, everything, "accept")
    # A random visit may repeat an applicant's item the same day: the demo's clerk confirms it.
    request = replace(request, proxy=proxy, repeat_confirmed=True)
    try:
        case = cases.take_in(desk, clerk, request)
    except ValidationError as exc:
        if exc.field != "materials_due":
            raise
        # Late December, next year's calendar not entered: the clerk chooses the day, as the form asks.
        case = cases.take_in(desk, clerk, replace(request, materials_due=clock.now.date() + timedelta(days=7)))
    counts["cases"] += 1
    if proxy is not None and case.row.status != "refused":
        proxies.record_envelope(desk, clerk, case.row.id, "in")
    start = clock.now
    # The citizen rates the visit at its end, before anything else happens to the case.
    if case.row.status == "completed" or rng.random() < 0.5:
        clock.now = start + timedelta(minutes=rng.randrange(2, 6))
        level = rng.choices((5, 4, 3, 2, 1), (70, 18, 7, 3, 2))[0]
        ratings.rate(desk, clerk, level, "等候时间太长" if level <= 2 else "", case_id=case.row.id)
        counts["ratings"] += 1
    if case.row.status == "waiting_materials":
        later = _workday_after(run, start.date() + timedelta(days=rng.randrange(0, 3)), time(10, 30))
        if rng.random() < 0.6 and later < clock.limit:
            clock.now = later
            case = cases.receive_materials(desk, clerk, case.row.id, tuple(m.id for m in case.missing))
        else:
            counts["waiting"] += 1
            return
    if case.row.status == "accepted" and case.row.deadline is not None:
        _progress(run, desk, clock, rng, clerk, manager, case)


def _progress(run: DemoRun, desk: Desk, clock: _Clock, rng: random.Random, clerk: Actor, manager: Actor,
              case: case_queries.CaseDetail) -> None:
    deadline = case.row.deadline
    assert deadline is not None
    if rng.random() < 0.1:
        clock.now += timedelta(hours=2)
        colleague = rng.choice([a for a in run.users.values() if a.username in CLERKS and a != clerk])
        cases.hand_over(desk, clerk, case.row.id, colleague.user_id or 0, "承办人年休假，AB岗顶岗")
    if deadline >= run.today and rng.random() < 0.7:
        return  # still running: some due soon (amber), most on time
    if deadline < run.today and rng.random() < 0.12:
        return  # left overdue (red) on purpose
    # Every later step happens on a working day at office hours, never after the real now.
    started = _workday_after(run, clock.now.date(), time(9, 30))
    finish_day = min(deadline, started.date() + timedelta(days=rng.randrange(1, 12)))
    finished = _workday_after(run, finish_day - timedelta(days=1), time(15, 0))
    delivered = _workday_after(run, finished.date(), time(10, 15))
    if finished > clock.limit:
        return
    clock.now = started
    cases.start_processing(desk, clerk, case.row.id)
    clock.now = finished
    cases.complete(desk, clerk, case.row.id, "已办结，结果已出具")
    if delivered < clock.limit and rng.random() < 0.85:
        clock.now = delivered
        cases.deliver(desk, clerk, case.row.id, case.delivery or "窗口领取")
        if case.proxy_name:
            proxies.record_envelope(desk, clerk, case.row.id, "out")


def _workday_after(run: DemoRun, day: date, at: time) -> datetime:
    """The first working day after ``day``, at ``at`` local time."""
    work = calendar.current_calendar(run.desk)
    day += timedelta(days=1)
    while work.covers(day.year) and not work.is_workday(day):
        day += timedelta(days=1)
    return datetime.combine(day, at, TZ)


def _close_some_follow_ups(desk: Desk, clock: _Clock, manager: Actor, today: date) -> None:
    clock.now = clock.limit
    for row in ratings.list_ratings(desk, manager, open_only=True):
        if row.at.astimezone(TZ).date() < today - timedelta(days=7):
            ratings.record_follow_up(desk, manager, row.id, "已电话回访：向群众说明高峰期等候原因，并告知可预约办理，群众表示理解。")
