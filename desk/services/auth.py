"""Sign-in with lock-out: after N failed attempts (default 5) the account waits M minutes (default 15)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, AuthenticationError
from desk.core.permissions import Role
from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.entry import entry
from desk.services.passwords import password_matches
from desk.services.station import read_setting
from desk.store.models import User


@dataclass(frozen=True)
class SignInResult:
    actor: Actor
    must_change_password: bool


def _refused(template: str, **params: object) -> AuthenticationError:
    return AuthenticationError(template, field="password", **params)


@entry
def sign_in(desk: Desk, username: str, password: str, terminal: str = "",
            window_number: int | None = None) -> SignInResult:
    username = username.strip().lower()
    now = desk.now()

    def work(session: Session) -> SignInResult | AuthenticationError:
        user = session.execute(select(User).where(User.username == username).with_for_update()).scalar_one_or_none()
        # The same message for an unknown name and a wrong password: do not tell a stranger which names exist.
        wrong = _refused(QT_TRANSLATE_NOOP("DeskError", "The user name or password is wrong. Check both and try again."))
        if user is None:
            return wrong
        actor = Actor(user.id, user.username, user.display_name, Role(user.role), user.station_id, terminal,
                      window_number)
        if not user.active:
            return _refused(QT_TRANSLATE_NOOP("DeskError", "This account is disabled. Ask the station manager to enable it."))
        if user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            return _refused(
                QT_TRANSLATE_NOOP("DeskError", "Too many wrong passwords: this account is locked for {minutes} more "
                                               "minutes. Wait, or ask the station manager to reset the password."),
                minutes=minutes,
            )
        if not password_matches(user.password_hash, password):
            limit = int(read_setting(session, "auth.max_failed_attempts", user.station_id))
            lock_minutes = int(read_setting(session, "auth.lockout_minutes", user.station_id))
            user.failed_attempts += 1
            if user.failed_attempts >= limit:
                user.locked_until = now + timedelta(minutes=lock_minutes)
                user.failed_attempts = 0
                audit.append(session, actor, now, "auth.locked", "user", user.id, None,
                             {"locked_until": user.locked_until.isoformat()})
                return _refused(
                    QT_TRANSLATE_NOOP("DeskError", "Too many wrong passwords: this account is locked for {minutes} "
                                                   "minutes. Wait, or ask the station manager to reset the password."),
                    minutes=lock_minutes,
                )
            audit.append(session, actor, now, "auth.failed", "user", user.id, None,
                         {"failed_attempts": user.failed_attempts})
            return wrong
        user.failed_attempts = 0
        user.locked_until = None
        user.last_sign_in = now
        audit.append(session, actor, now, "auth.sign_in", "user", user.id, None,
                     {"terminal": terminal, "window": window_number})
        return SignInResult(actor, user.must_change_password)

    # A refusal is returned, not raised, so the failed-attempt counter is committed with it.
    outcome = desk.db.transact(work)
    if isinstance(outcome, AuthenticationError):
        raise outcome
    return outcome


@entry
def sign_out(desk: Desk, actor: Actor) -> None:
    def work(session: Session) -> None:
        audit.append(session, actor, desk.now(), "auth.sign_out", "user", actor.user_id or "", None, None)

    desk.db.transact(work)
