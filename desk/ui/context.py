"""What every page receives: the open database, the signed-in actor, this terminal's settings."""

from __future__ import annotations

from dataclasses import dataclass

from desk.services.context import Actor, Desk
from desk.services.station import StationInfo
from desk.ui.changes import ChangeWatcher
from desk.ui.terminal_settings import TerminalSettings


@dataclass
class UiContext:
    desk: Desk
    actor: Actor
    settings: TerminalSettings
    station: StationInfo
    changes: ChangeWatcher
