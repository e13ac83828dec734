"""Shared set-up for the mediation service tests: a room, three people on the roster, local times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from desk.services.context import Actor, Desk
from desk.services.mediation import rooms_roster
from desk.services.mediation.rooms_roster import RoomRow, StaffRow

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY = date(2026, 11, 23)


def at(day: date, hm: str) -> datetime:
    """Local wall time in Shanghai as an aware UTC instant."""
    hour, minute = map(int, hm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI).astimezone(timezone.utc)


@dataclass
class Roster:
    room: RoomRow
    room2: RoomRow
    mediator: StaffRow
    police: StaffRow
    lawyer: StaffRow


def make_roster(desk: Desk, admin: Actor) -> Roster:
    room = rooms_roster.save_room(desk, admin, None, name="调解室", location="一楼东侧", opens="08:30",
                                  closes="17:30", weekdays="12345")
    room2 = rooms_roster.save_room(desk, admin, None, name="三所联动室", opens="09:00", closes="21:00",
                                   weekdays="1234567")
    mediator = rooms_roster.save_staff(desk, admin, None, name="刘德明", kind="mediator")
    police = rooms_roster.save_staff(desk, admin, None, name="周警官", kind="police", organisation="平安派出所")
    lawyer = rooms_roster.save_staff(desk, admin, None, name="孙律师", kind="lawyer", organisation="明理律师事务所")
    return Roster(room, room2, mediator, police, lawyer)


def sample_parties() -> list:
    from desk.services.mediation.rows import PartyInput

    return [
        PartyInput(name="张三", side="applicant", sex="男", ethnicity="汉族", age=45, occupation="个体经营",
                   phone="13812345678", address="幸福路12号3室"),
        PartyInput(name="李四", side="respondent", sex="女", ethnicity="汉族", age=38, occupation="教师",
                   phone="021-55550102", address="幸福路12号4室"),
    ]


def sample_case():
    from desk.services.mediation.cases import CaseInput

    return CaseInput(source="application", dispute_type="邻里纠纷", title="楼上漏水纠纷",
                     facts="李四家卫生间漏水，致张三家天花板受损。", requests="1. 修复漏水\n2. 赔偿损失")


def sample_agreement(**changes):
    from dataclasses import replace

    from desk.services.mediation.agreements import AgreementInput

    base = AgreementInput(
        kind="written", facts="李四家卫生间防水层老化，漏水致张三家天花板霉变。", disputed="维修责任和赔偿数额。",
        responsibilities="李四承担维修责任；张三未及时告知，自行承担部分损失。",
        terms=["李四于2026年12月5日前修复卫生间防水。", "李四赔偿张三人民币1500元。"],
        performance_method="现金当面支付，维修由李四自行联系施工。", performance_deadline="2026-12-05",
        mediator_name="刘德明", recorder_name="赵淑芬")
    return replace(base, **changes)
