"""What every page receives: the open database, the signed-in actor, this terminal's settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

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

    def now(self) -> datetime:
        """The desk's clock (a fake one in tests) in the station's zone: the UI never reads the PC clock."""
        return self.desk.now().astimezone(ZoneInfo(self.station.timezone))

    def today(self) -> date:
        """The station's local day by the desk's clock: the same day on every terminal."""
        return self.now().date()
