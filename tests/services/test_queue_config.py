"""Queue set-up by the manager: services, windows' services in order, the priority rule; bad input refused."""

from __future__ import annotations

import pytest

from desk.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desk.services.context import Actor, Desk
from desk.services.queue.config import (
    ServiceInput,
    get_queue_settings,
    list_services,
    save_queue_settings,
    save_service,
    set_window_services,
    window_services,
)
from tests.services.queue_setup import make_hall


def test_services_and_windows_are_set_up(desk: Desk, manager: Actor) -> None:
    hall = make_hall(desk, manager)
    assert [(s.prefix, s.name, s.opens, s.closes) for s in list_services(desk)] == [
        ("A", "综合受理", "08:30", "17:00"), ("B", "社保医保", "08:30", "17:00"), ("C", "民政救助", "13:00", "17:00")]
    assert window_services(desk) == {1: [hall.a, hall.b], 2: [hall.b, hall.a], 3: [hall.c]}
    changed = save_service(desk, manager, ServiceInput("d", " 老年人服务 ", daily_cap=80, opens="8：00", closes="12:00"),
                           service_id=hall.c)
    assert (changed.prefix, changed.name, changed.daily_cap, changed.opens) == ("D", "老年人服务", 80, "08:00")
    set_window_services(desk, manager, 3, [hall.c, hall.a])
    assert window_services(desk)[3] == [hall.c, hall.a]


@pytest.mark.parametrize(("data", "field"), [
    (ServiceInput("1", "综合受理"), "prefix"),
    (ServiceInput("ABC", "综合受理"), "prefix"),
    (ServiceInput("E", "  "), "name"),
    (ServiceInput("E", "x" * 41), "name"),
    (ServiceInput("E", "调解咨询", daily_cap=-1), "daily_cap"),
    (ServiceInput("E", "调解咨询", opens="8.30"), "opens"),
    (ServiceInput("E", "调解咨询", opens="25:00"), "opens"),
    (ServiceInput("E", "调解咨询", opens="17:00", closes="09:00"), "closes"),
])
def test_bad_service_input_names_the_field(desk: Desk, manager: Actor, data: ServiceInput, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        save_service(desk, manager, data)
    assert error.value.field == field
    assert list_services(desk) == []


def test_a_prefix_is_unique_and_clerks_may_not_change_the_set_up(desk: Desk, manager: Actor, clerk: Actor) -> None:
    hall = make_hall(desk, manager)
    with pytest.raises(Conflict) as clash:
        save_service(desk, manager, ServiceInput("A", "另一项"))
    assert clash.value.field == "prefix"
    with pytest.raises(PermissionDenied):
        save_service(desk, clerk, ServiceInput("E", "调解咨询"))
    with pytest.raises(PermissionDenied):
        set_window_services(desk, clerk, 1, [hall.c])
    with pytest.raises(PermissionDenied):
        save_queue_settings(desk, clerk, 3, "", "")
    with pytest.raises(ValidationError):
        set_window_services(desk, manager, 1, [hall.a, hall.a])
    with pytest.raises(NotFound):
        set_window_services(desk, manager, 1, [hall.a, 999])
    with pytest.raises(NotFound):
        set_window_services(desk, manager, 7, [hall.a])
    assert window_services(desk)[1] == [hall.a, hall.b]  # nothing changed half-way


def test_the_priority_rule_and_notices(desk: Desk, manager: Actor) -> None:
    assert get_queue_settings(desk).normal_per_priority == 3
    saved = save_queue_settings(desk, manager, 4, " 过号请重新取号 ", "欢迎")
    assert (saved.normal_per_priority, saved.slip_notice) == (4, "过号请重新取号")
    assert get_queue_settings(desk) == saved
    with pytest.raises(ValidationError) as zero:
        save_queue_settings(desk, manager, 0, "", "")
    assert zero.value.field == "normal_per_priority"
    with pytest.raises(ValidationError) as long_notice:
        save_queue_settings(desk, manager, 3, "x" * 61, "")
    assert long_notice.value.field == "slip_notice"
    assert get_queue_settings(desk) == saved
