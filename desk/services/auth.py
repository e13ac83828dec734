"""Sign-in that tells a stranger nothing, and a lock-out that slows guessing without locking anyone out for good.

- An unknown name, a wrong password and a disabled account get the same sentence after the same
  work: one argon2 verification (against a dummy hash when the name is unknown), then one write
  transaction with an audit record. The password is checked before anything is said about the
  account.
- Lock-out is per account. After ``auth.max_failed_attempts`` wrong passwords the account waits
  ``auth.lockout_minutes``; every further wrong password doubles the wait, up to
  ``auth.lockout_max_minutes``. Wrong passwords are forgotten after ``auth.failure_window_minutes``
  without one (never less than twice the longest wait), and a success or a password reset ends it
  at once. During a wait the password is not tried: right or wrong get the same answer, so a wait
  cannot be used to guess, and tries during a wait do not make it longer.
- Times come from the desk's clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, AuthenticationError
from desk.core.permissions import Role
from desk.services import audit
from desk.services.context import Actor, Desk
from desk.services.entry import entry
from desk.services.passwords import dummy_hash, password_matches
from desk.services.station import STATION_ID, read_setting
from desk.services.users import USERNAME_RE
from desk.store.models import User

MSG_REFUSED = QT_TRANSLATE_NOOP(
    "DeskError", "The user name or password is wrong, or the account is disabled. Check both and try again, or "
                 "ask the station manager.")
MSG_WAIT = QT_TRANSLATE_NOOP(
    "DeskError", "Too many wrong passwords: this account must wait {minutes} more minutes before the next try. "
                 "Wait, or ask the station manager to reset the password.")


@dataclass(frozen=True)
class SignInResult:
    actor: Actor
    must_change_password: bool


@dataclass(frozen=True)
class LockoutPolicy:
    max_failed: int
    first_wait: timedelta
    longest_wait: timedelta
    forget_after: timedelta

    def wait(self, lockouts_before: int) -> timedelta:
        """The wait for the next lock-out: the first wait, doubled for each one before it, capped."""
        return min(self.first_wait * (2 ** min(lockouts_before, 16)), self.longest_wait)


def lockout_policy(session: Session, station_id: int = STATION_ID) -> LockoutPolicy:
    # read_setting only ever returns values inside the declared ranges (desk.core.station_settings).
    first = timedelta(minutes=read_setting(session, "auth.lockout_minutes", station_id))
    longest = max(first, timedelta(minutes=read_setting(session, "auth.lockout_max_minutes", station_id)))
    window = timedelta(minutes=read_setting(session, "auth.failure_window_minutes", station_id))
    return LockoutPolicy(read_setting(session, "auth.max_failed_attempts", station_id), first, longest,
                         max(window, 2 * longest))


def _refused() -> AuthenticationError:
    return AuthenticationError(MSG_REFUSED, field="password")


def _must_wait(until: datetime, now: datetime) -> AuthenticationError:
    minutes = max(1, -(-int((until - now).total_seconds()) // 60))  # rounded up: never "0 more minutes"
    return AuthenticationError(MSG_WAIT, field="password", minutes=minutes)


def _count_failure(user: User, policy: LockoutPolicy, now: datetime) -> bool:
    """Record one wrong password; True when the account now has to wait."""
    if user.last_failed_at is None or now - user.last_failed_at > policy.forget_after:
        user.failed_attempts, user.lockouts = 0, 0  # the earlier ones are forgotten
    user.failed_attempts += 1
    user.last_failed_at = now
    if user.failed_attempts < policy.max_failed:
        return False
    user.locked_until = now + policy.wait(user.lockouts)
    user.lockouts += 1
    return True


def _reset(user: User) -> None:
    user.failed_attempts, user.lockouts = 0, 0
    user.last_failed_at = None
    user.locked_until = None


# The name and password skip the input rule on purpose: an odd one (a NUL, a broken character, a
# paste of 5,000 characters) gets the same sentence after the same work as any wrong sign-in, so the
# answer tells a stranger nothing; sign_in makes such input harmless itself.
@entry(trusted=("username", "password"))
def sign_in(desk: Desk, username: str, password: str, terminal: str = "",
            window_number: int | None = None) -> SignInResult:
    username = username.strip().lower()
    # Every account name matches USERNAME_RE (desk.services.users.clean_username), so anything else
    # is unknown without asking the database, which could not even take a NUL or a lone surrogate.
    possible = USERNAME_RE.match(username) is not None
    # The slow part (argon2) runs outside the write transaction, so a sign-in never holds the write
    # lock while it hashes, and a retried transaction does not hash again.
    stored: str | None = None
    if possible:
        with desk.db.reading() as session:
            stored = session.execute(select(User.password_hash).where(User.username == username)).scalar_one_or_none()
    # Exactly one verification on every path: an unknown name costs as much as a known one.
    matches = password_matches(stored if stored is not None else dummy_hash(), password)
    now = desk.now()

    def work(session: Session) -> SignInResult | AuthenticationError:
        user = session.execute(select(User).where(User.username == username).with_for_update()).scalar_one_or_none() \
            if possible else None
        if user is None:
            stranger = Actor(None, "", "", Role.CLERK, STATION_ID, terminal, window_number)
            # Only something shaped like a user name is written down: people type passwords into the wrong box.
            tried = username if possible else "(not a user name)"
            audit.append(session, stranger, now, "auth.unknown_user", "user", "", None, {"username": tried})
            return _refused()
        actor = Actor(user.id, user.username, user.display_name, Role(user.role), user.station_id, terminal,
                      window_number)
        if user.locked_until is not None and user.locked_until > now:
            audit.append(session, actor, now, "auth.refused_waiting", "user", user.id, None,
                         {"locked_until": user.locked_until.isoformat()})
            return _must_wait(user.locked_until, now)
        # A password changed between the read and now counts as wrong.
        if not (matches and user.password_hash == stored):
            policy = lockout_policy(session, user.station_id)
            if _count_failure(user, policy, now):
                assert user.locked_until is not None
                audit.append(session, actor, now, "auth.locked", "user", user.id, None,
                             {"locked_until": user.locked_until.isoformat(), "lockouts": user.lockouts})
                return _must_wait(user.locked_until, now)
            audit.append(session, actor, now, "auth.failed", "user", user.id, None,
                         {"failed_attempts": user.failed_attempts})
            return _refused()
        if not user.active:
            # Said only after the password was right, and in the same words as a wrong one.
            audit.append(session, actor, now, "auth.refused_disabled", "user", user.id, None, None)
            return _refused()
        _reset(user)
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
