"""A small hall for the queue tests: windows 1-3 and services A, B, C (manager-made, like a station)."""

from __future__ import annotations

from dataclasses import dataclass

from desk.services import windows
from desk.services.context import Actor, Desk
from desk.services.queue.config import ServiceInput, save_service, set_window_services


@dataclass
class Hall:
    a: int
    b: int
    c: int


def make_hall(desk: Desk, manager: Actor, cap_b: int = 0) -> Hall:
    for number in (1, 2, 3):
        windows.add_window(desk, manager, number, f"{number}号窗口")
    a = save_service(desk, manager, ServiceInput("A", "综合受理", sort_order=1)).id
    b = save_service(desk, manager, ServiceInput("B", "社保医保", daily_cap=cap_b, sort_order=2)).id
    c = save_service(desk, manager, ServiceInput("C", "民政救助", opens="13:00", closes="17:00", sort_order=3)).id
    set_window_services(desk, manager, 1, [a, b])
    set_window_services(desk, manager, 2, [b, a])
    set_window_services(desk, manager, 3, [c])
    return Hall(a, b, c)
