"""Demo station data. Each module here contributes one part (users, queue history, cases...):
it defines ``ORDER`` (lower runs first) and ``populate(run: DemoRun) -> str`` returning a one-line
summary. ``python main.py demo`` runs them all."""

from __future__ import annotations

import importlib
import pkgutil
import random
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType

from desk.services.context import Actor, Desk


@dataclass
class DemoRun:
    desk: Desk
    actor: Actor  # acts with administrator rights, recorded in the audit trail as the command line
    today: date
    days: int = 28
    rng: random.Random = field(default_factory=lambda: random.Random(20261121))
    users: dict[str, Actor] = field(default_factory=dict)  # username -> actor, filled by the users part
    # None: the ordinary demo (a small hall, ``days`` of history). A fraction: a 20-window hall's year
    # (``python main.py demo --year``), shortened to that share of the year so tests can build 1% of it.
    scale: float | None = None

    @property
    def year(self) -> bool:
        return self.scale is not None


YEAR_DAYS = 365
YEAR_WINDOWS = 20


def parts() -> list[ModuleType]:
    modules = [importlib.import_module(f"{__name__}.{m.name}") for m in pkgutil.iter_modules(__path__)]
    return sorted((m for m in modules if hasattr(m, "ORDER")), key=lambda m: m.ORDER)  # helpers have no ORDER


def populate(run: DemoRun) -> list[str]:
    return [part.populate(run) for part in parts()]
