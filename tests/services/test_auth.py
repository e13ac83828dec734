from __future__ import annotations

import pytest

from desk.core.errors import AuthenticationError
from desk.services import audit, auth, station, users
from desk.services.audit import AuditFilter
from desk.services.context import Actor, Desk
from tests.conftest import FakeClock


def test_sign_in_returns_the_actor(desk: Desk, clerk: Actor) -> None:
    result = auth.sign_in(desk, "Clerk1 ", "correct horse", "pc-3", 3)
    assert result.actor.username == "clerk1" and result.actor.window_number == 3
    assert result.must_change_password  # an administrator set the first password


def test_wrong_password_and_unknown_user_get_the_same_message(desk: Desk, clerk: Actor) -> None:
    with pytest.raises(AuthenticationError) as wrong:
        auth.sign_in(desk, "clerk1", "nope")
    with pytest.raises(AuthenticationError) as unknown:
        auth.sign_in(desk, "nobody", "nope")
    assert str(wrong.value) == str(unknown.value)


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(desk: Desk, clerk: Actor, clock: FakeClock,
                                                                   manager: Actor) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="wrong"):
            auth.sign_in(desk, "clerk1", "bad")
    with pytest.raises(AuthenticationError, match="locked for 15 minutes"):
        auth.sign_in(desk, "clerk1", "bad")
    # Even the right password is refused while locked.
    clock.advance(minutes=14)
    with pytest.raises(AuthenticationError, match="locked"):
        auth.sign_in(desk, "clerk1", "correct horse")
    clock.advance(minutes=1, seconds=1)
    assert auth.sign_in(desk, "clerk1", "correct horse").actor.username == "clerk1"
    rows, _ = audit.list_records(desk, manager, AuditFilter(action_prefix="auth."))
    actions = [r.action for r in rows]
    assert actions.count("auth.failed") == 4 and actions.count("auth.locked") == 1


def test_lockout_policy_is_configurable(desk: Desk, clerk: Actor, admin: Actor, clock: FakeClock) -> None:
    station.set_setting(desk, admin, "auth.max_failed_attempts", 2)
    station.set_setting(desk, admin, "auth.lockout_minutes", 1)
    with pytest.raises(AuthenticationError, match="wrong"):
        auth.sign_in(desk, "clerk1", "bad")
    with pytest.raises(AuthenticationError, match="locked for 1 minutes"):
        auth.sign_in(desk, "clerk1", "bad")
    clock.advance(minutes=1, seconds=1)
    auth.sign_in(desk, "clerk1", "correct horse")


def test_disabled_account_cannot_sign_in(desk: Desk, clerk: Actor, admin: Actor) -> None:
    users.set_active(desk, admin, "clerk1", False)
    with pytest.raises(AuthenticationError, match="disabled"):
        auth.sign_in(desk, "clerk1", "correct horse")


def test_a_password_reset_unlocks(desk: Desk, clerk: Actor, admin: Actor) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.sign_in(desk, "clerk1", "bad")
    users.set_password(desk, admin, "clerk1", "brand-new-pw")
    assert auth.sign_in(desk, "clerk1", "brand-new-pw").must_change_password
