"""Who is acting, where, and the handle to the database every service call receives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TypeVar

from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, PermissionDenied
from desk.core.permissions import Permission, Role, role_allows
from desk.store.engine import Database

T = TypeVar("T")


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Actor:
    """The signed-in user (or the kiosk / a command-line operator) on whose behalf a service acts."""

    user_id: int | None
    username: str
    display_name: str
    role: Role
    station_id: int
    terminal: str = ""
    window_number: int | None = None
    # A device (kiosk, hall display) acts without a person signing in; its rights are narrowed to
    # exactly what it needs, so a kiosk can issue numbers but never call or serve them.
    only: frozenset[Permission] | None = None

    def can(self, permission: Permission) -> bool:
        if self.only is not None and permission not in self.only:
            return False
        return role_allows(self.role, permission)


@dataclass
class Desk:
    """What a service needs besides the actor: the database and a clock (replaceable in tests)."""

    db: Database
    clock: Callable[[], datetime] = field(default=system_clock)

    def now(self) -> datetime:
        return self.clock()


def require(actor: Actor, permission: Permission) -> None:
    """Refuse in the service, whatever the UI showed."""
    if not actor.can(permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "Your role ({role}) may not do this ({permission}). Ask the station manager to do it or to "
                "change your role.",
            ),
            role=actor.role.value,
            permission=permission.value,
        )


def write(desk: Desk, actor: Actor, permission: Permission | None, work: Callable[[Session], T]) -> T:
    """One service call = one transaction: permission first, then the work (which appends its audit)."""
    if permission is not None:
        require(actor, permission)
    return desk.db.transact(work)


def read(desk: Desk, actor: Actor, permission: Permission | None, work: Callable[[Session], T]) -> T:
    if permission is not None:
        require(actor, permission)
    return desk.db.read(work)
