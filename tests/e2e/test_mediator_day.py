"""The mediator's day, end to end — so far its first step: a request registered with the keyboard,
two parties (a person with an ID card and a company) added through the party dialog, in Chinese.

Still to drive (issue 13, item 8): the room booking, the agreement, the signatures and the printed PDF."""

from __future__ import annotations

from tests.e2e.conftest import PASSWORD, Station
from tests.e2e.harness import Program, Screen, rows, wait_for

TITLE = "楼上漏水纠纷"
COMPANY = "示范市幸福家园物业管理有限公司"


def test_request_registered_with_two_parties_by_keyboard(station: Station, screen: Screen) -> None:
    before = rows(station.db, "SELECT count(*) FROM med_case")[0][0]
    desk = Program(screen, station.url, station.data, [], station.settings, station.clock)
    try:
        screen.sign_in(desk, "tiaojie1", PASSWORD)
        screen.window("幸福路")
        screen.key("ctrl+4", "space")  # 调解案件; the keyboard lands on 受理登记…
        register = screen.window("登记|Register")
        screen.key("Tab", "Tab", "Tab")  # past the source, the referral and the type of dispute
        screen.type(TITLE)
        screen.key("Tab")
        screen.type("楼上卫生间漏水，楼下天花板受损。")
        screen.key("Tab")
        screen.type("赔偿维修费用。")
        screen.key("Tab", "Down")  # the mediator: the first one listed
        screen.key("Tab", "Tab", "space")  # past the party list, 添加当事人…
        fill_party(screen, [("Tab Tab", "张三"),  # past the side (applicant) and the kind (person): the name
                            ("Tab Tab Tab Tab", "110101198001010010"),  # past sex, ethnicity and age: the ID
                            ("Tab Tab", "13812345670"),  # past the occupation: the phone
                            ("Tab", "示范市平安区幸福路2号")])
        screen.key("space")  # the second party: the dialog offers the respondent side
        fill_party(screen, [("Tab Down", ""),  # an organisation: the person's rows go, its own appear
                            ("Tab", COMPANY), ("Tab", "经理"), ("Tab", "13800000031"),
                            ("Tab", "示范市平安区幸福路1号"), ("Tab", "91310104MA1FL0K39G"), ("Tab", "王建国")])
        screen.shot("register-filled")
        screen.key("Tab", "Tab", "Tab", "space")  # past Edit… and Remove, Save
        screen.gone(register)
        wait_for("the case registered", lambda: rows(station.db, "SELECT count(*) FROM med_case")[0][0] > before,
                 60, screen, desk)
        screen.shot("registered")
    finally:
        desk.stop()
    case_id, title, status = rows(station.db, "SELECT id, title, status FROM med_case ORDER BY id DESC LIMIT 1")[0]
    assert title == TITLE and status in ("registered", "mediating")
    parties = rows(station.db, "SELECT side, kind, name, id_number, sex FROM med_party WHERE case_id = ? "
                               "ORDER BY position", case_id)
    assert parties == [("applicant", "person", "张三", "110101198001010010", "男"),
                       ("respondent", "organisation", COMPANY, "", "")]


def fill_party(screen: Screen, steps: list[tuple[str, str]]) -> None:
    """The party dialog, field by field: the keys that reach a field, then its text; Enter is its OK."""
    dialog = screen.window("当事人|Party")
    for keys, text in steps:
        screen.key(*keys.split())
        if text:
            screen.type(text)
    screen.key("Return")
    screen.gone(dialog)
