from __future__ import annotations

from collections.abc import Iterator

import pytest

from desk.core.permissions import Role
from desk.services.context import Actor, Desk
from desk.services.station import get_station
from desk.ui.changes import ChangeWatcher
from desk.ui.context import UiContext
from desk.ui.terminal_settings import TerminalSettings
from tests.conftest import admin_actor, make_actor


@pytest.fixture
def ui_desk(sqlite_desk: Desk) -> Desk:
    """UI tests run on SQLite only; the services beneath them are tested on both databases."""
    admin_actor(sqlite_desk)
    return sqlite_desk


def ui_context(desk: Desk, actor: Actor) -> UiContext:
    return UiContext(desk, actor, TerminalSettings(), get_station(desk), ChangeWatcher(desk))


@pytest.fixture
def context_for(ui_desk: Desk) -> Iterator[object]:
    made: list[UiContext] = []

    def make(role: Role) -> UiContext:
        actor = admin_actor(ui_desk) if role is Role.ADMIN else make_actor(ui_desk, f"{role.value}x", role)
        context = ui_context(ui_desk, actor)
        made.append(context)
        return context

    yield make
    for context in made:
        context.changes.stop()
