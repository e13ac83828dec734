"""User accounts: the first administrator, adding users, passwords, disabling, listing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, ValidationError
from desk.core.permissions import ROLE_LABELS, Permission, Role
from desk.core.text import clean_text
from desk.services import audit
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, require, write
from desk.services.entry import entry
from desk.services.passwords import check_new_password, hash_password
from desk.services.station import STATION_ID
from desk.store import pgroles
from desk.store.models import User

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,39}$")


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    phone: str
    active: bool
    locked_until: datetime | None
    last_sign_in: datetime | None
    must_change_password: bool


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, Role(user.role), user.phone, user.active,
                   user.locked_until, user.last_sign_in, user.must_change_password)


def _public(user: User) -> dict[str, object]:
    """What the audit trail records about a user (never the password hash)."""
    return {"username": user.username, "display_name": user.display_name, "role": user.role,
            "phone": user.phone, "active": user.active}


def clean_username(username: str) -> str:
    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "The user name must be 2 to 40 characters: lowercase letters, digits, dot, dash or underscore, "
                "starting with a letter or digit.",
            ),
            field="username",
        )
    return username


def clean_display_name(name: str) -> str:
    if not name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Enter the person's name."), field="display_name")
    return clean_text(name, field="display_name", label=QT_TRANSLATE_NOOP("Field", "Name"), max_length=60)


def clean_phone(phone: str) -> str:
    """A staff member's phone as typed (an extension such as "8012" is fine), under the text rule."""
    return clean_text(phone, field="phone", label=QT_TRANSLATE_NOOP("Field", "Phone"), max_length=40,
                      required=False)


def parse_role(role: str | Role) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "Unknown role \"{role}\". Choose clerk, mediator, manager or admin."),
            field="role", role=str(role),
        ) from None


def _check_may_grant(actor: Actor, role: Role) -> None:
    # A manager runs the station's staff but cannot make administrators or fellow managers.
    if role in (Role.ADMIN, Role.MANAGER) and actor.role != Role.ADMIN:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("DeskError", "Only an administrator may give the role {role}."),
            role=ROLE_LABELS[role],
        )


@entry
def has_users(desk: Desk) -> bool:
    return desk.db.read(lambda session: bool(session.execute(select(func.count(User.id))).scalar_one()))


@entry
def create_first_admin(desk: Desk, username: str, display_name: str, password: str, terminal: str = "") -> UserRow:
    """The first start asks for the administrator; refused once any user exists (no default password)."""
    username, display_name = clean_username(username), clean_display_name(display_name)
    check_new_password(password, username)
    password_hash = hash_password(password)

    def work(session: Session) -> UserRow:
        if session.execute(select(func.count(User.id))).scalar_one():
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "An administrator already exists; sign in instead."))
        user = User(station_id=STATION_ID, username=username, display_name=display_name, role=Role.ADMIN.value,
                    password_hash=password_hash, active=True, failed_attempts=0, must_change_password=False)
        session.add(user)
        session.flush()
        actor = Actor(user.id, username, display_name, Role.ADMIN, STATION_ID, terminal)
        pgroles.sync_login(session, username, Role.ADMIN.value, True, password)
        audit.append(session, actor, desk.now(), "user.create_first_admin", "user", user.id, None, _public(user))
        return _row(user)

    return desk.db.transact(work)


@entry
def add_user(desk: Desk, actor: Actor, username: str, display_name: str, role: str | Role, password: str,
             phone: str = "") -> UserRow:
    require(actor, Permission.USERS_MANAGE)  # first: a refused caller learns nothing about the input
    username, display_name, role = clean_username(username), clean_display_name(display_name), parse_role(role)
    phone = clean_phone(phone)
    check_new_password(password, username)
    _check_may_grant(actor, role)
    password_hash = hash_password(password)

    def work(session: Session) -> UserRow:
        if session.execute(select(User.id).where(User.username == username)).first():
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "The user name {username} is taken; choose another."),
                           field="username", username=username)
        user = User(station_id=actor.station_id, username=username, display_name=display_name, role=role.value,
                    phone=phone, password_hash=password_hash, active=True, failed_attempts=0,
                    must_change_password=actor.username != "cli")
        session.add(user)
        session.flush()
        pgroles.sync_login(session, username, role.value, True, password)
        audit.append(session, actor, desk.now(), "user.add", "user", user.id, None, _public(user))
        return _row(user)

    return write(desk, actor, Permission.USERS_MANAGE, work)


def _load(session: Session, username: str) -> User:
    user = session.execute(select(User).where(User.username == username.strip().lower())).scalar_one_or_none()
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskError", "There is no user named {username}. Check the spelling."),
                       username=username)
    return user


def _end_lockout(user: User) -> None:
    """A reset password or a re-enabled account starts with a clean slate (see desk.services.auth)."""
    user.failed_attempts, user.lockouts = 0, 0
    user.last_failed_at = None
    user.locked_until = None


@entry
def set_password(desk: Desk, actor: Actor, username: str, new_password: str) -> None:
    """Reset by a user manager (the user must change it at next sign-in), or one's own change."""
    own = username.strip().lower() == actor.username
    if not own:
        require(actor, Permission.USERS_MANAGE)
    check_new_password(new_password, username)
    password_hash = hash_password(new_password)

    def work(session: Session) -> None:
        user = _load(session, username)
        if not own:
            _check_may_grant(actor, Role(user.role))
        user.password_hash = password_hash
        _end_lockout(user)
        user.must_change_password = not own and actor.username != "cli"
        pgroles.sync_login(session, user.username, password=new_password)
        audit.append(session, actor, desk.now(), "user.password", "user", user.id, None,
                     {"username": user.username, "reset_by_other": not own})

    write(desk, actor, None if own else Permission.USERS_MANAGE, work)
    if own:
        pgroles.own_password_changed(desk.db, actor.username, new_password)


@entry
def set_active(desk: Desk, actor: Actor, username: str, active: bool) -> None:
    def work(session: Session) -> None:
        user = _load(session, username)
        if user.id == actor.user_id and not active:
            raise Conflict(QT_TRANSLATE_NOOP("DeskError", "You cannot disable your own account."))
        _check_may_grant(actor, Role(user.role))
        before = _public(user)
        user.active = active
        _end_lockout(user)
        pgroles.sync_login(session, user.username, user.role, active)
        audit.append(session, actor, desk.now(), "user.enable" if active else "user.disable", "user", user.id,
                     before, _public(user))

    write(desk, actor, Permission.USERS_MANAGE, work)


@entry
def unlock(desk: Desk, actor: Actor, username: str) -> None:
    """End a sign-in wait at once (the person is at the desk and proved who they are)."""
    def work(session: Session) -> None:
        user = _load(session, username)
        _check_may_grant(actor, Role(user.role))
        before = {"failed_attempts": user.failed_attempts, "lockouts": user.lockouts,
                  "locked_until": user.locked_until.isoformat() if user.locked_until else None}
        _end_lockout(user)
        audit.append(session, actor, desk.now(), "user.unlock", "user", user.id, before, None)

    write(desk, actor, Permission.USERS_MANAGE, work)


@entry
def set_role(desk: Desk, actor: Actor, username: str, role: str | Role) -> None:
    require(actor, Permission.USERS_MANAGE)
    new_role = parse_role(role)

    def work(session: Session) -> None:
        user = _load(session, username)
        _check_may_grant(actor, Role(user.role))
        _check_may_grant(actor, new_role)
        before = _public(user)
        user.role = new_role.value
        pgroles.sync_login(session, user.username, user.role, user.active)
        audit.append(session, actor, desk.now(), "user.role", "user", user.id, before, _public(user))

    write(desk, actor, Permission.USERS_MANAGE, work)


@entry
def list_users(desk: Desk, actor: Actor, include_disabled: bool = True) -> list[UserRow]:
    def work(session: Session) -> list[UserRow]:
        query = select(User).order_by(User.username)
        if not include_disabled:
            query = query.where(User.active.is_(True))
        return [_row(u) for u in session.execute(query).scalars()]

    return read_personal(desk, actor, Permission.USERS_MANAGE, work, action="user.list", subject="user",
                         seen=lambda rows: [r.id for r in rows])
