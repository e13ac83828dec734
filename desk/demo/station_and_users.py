"""The demo station, its windows and its staff."""

from __future__ import annotations

from desk.core.permissions import Role
from desk.demo import YEAR_WINDOWS, DemoRun
from desk.services import station, users, windows
from desk.services.context import Actor

ORDER = 0
DEMO_PASSWORD = "griddesk-demo"
STAFF = [
    ("admin", "系统管理员", Role.ADMIN, ""),
    ("zhanzhang", "王建国", Role.MANAGER, "13800000001"),
    ("chuangkou1", "李晓梅", Role.CLERK, "13800000011"),
    ("chuangkou2", "张伟", Role.CLERK, "13800000012"),
    ("chuangkou3", "陈静", Role.CLERK, "13800000013"),
    ("tiaojie1", "刘德明", Role.MEDIATOR, "13800000021"),
    ("tiaojie2", "赵淑芬", Role.MEDIATOR, "13800000022"),
]


def populate(run: DemoRun) -> str:
    station.update_station(
        run.desk, run.actor, name="幸福路社区综合网格工作站", committee_name="幸福路社区人民调解委员会",
        phone="021-55550101", address="示范市平安区幸福路88号",
    )
    # Named on every refusal notice (行政许可法 Art. 32): where to apply for a review or bring a suit.
    station.set_settings(run.desk, run.actor, {"intake.review_body": "示范市平安区人民政府",
                                               "intake.court": "示范市平安区人民法院"})
    window_count = YEAR_WINDOWS if run.year else 6
    for number in range(1, window_count + 1):
        windows.add_window(run.desk, run.actor, number, f"{number}号窗口")
    for username, name, role, phone in STAFF + (year_clerks() if run.year else []):
        row = users.add_user(run.desk, run.actor, username, name, role, DEMO_PASSWORD, phone)
        run.users[username] = Actor(row.id, row.username, row.display_name, role, run.actor.station_id, "demo")
    return f"{len(run.users)} users (password {DEMO_PASSWORD}), {window_count} windows, station details"


def year_clerks() -> list[tuple[str, str, Role, str]]:
    """The busy hall's other window clerks (windows 4-20 need people too)."""
    surnames, given = "孙周吴郑冯褚卫蒋沈韩杨朱秦尤许何吕施", "海燕志强丽华建军秀英国庆春梅晓东玉兰"
    return [(f"chuangkou{n}", surnames[n - 4] + given[(2 * n) % len(given)] + given[(3 * n + 1) % len(given)],
             Role.CLERK, f"138000001{n:02d}") for n in range(4, YEAR_WINDOWS + 1)]
