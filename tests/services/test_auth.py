from __future__ import annotations

import json
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from desk.core.errors import AuthenticationError
from desk.services import audit, auth, passwords, station, users
from desk.services.audit import AuditFilter
from desk.services.context import Actor, Desk
from tests.conftest import FakeClock

RIGHT = "correct horse"


def _refusal(desk: Desk, username: str, password: str) -> str:
    with pytest.raises(AuthenticationError) as caught:
        auth.sign_in(desk, username, password)
    return str(caught.value)


def _wrong(desk: Desk, times: int, username: str = "clerk1") -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationError):
            auth.sign_in(desk, username, "bad password")


def _waits(desk: Desk, username: str = "clerk1", password: str = "bad password") -> str:
    with pytest.raises(AuthenticationError, match="must wait") as caught:
        auth.sign_in(desk, username, password)
    return str(caught.value)


def _locked_minutes(desk: Desk, admin: Actor, clock: FakeClock, username: str = "clerk1") -> float:
    row = next(u for u in users.list_users(desk, admin) if u.username == username)
    assert row.locked_until is not None
    return (row.locked_until - clock()).total_seconds() / 60


def test_sign_in_returns_the_actor(desk: Desk, clerk: Actor) -> None:
    result = auth.sign_in(desk, "Clerk1 ", RIGHT, "pc-3", 3)
    assert result.actor.username == "clerk1" and result.actor.window_number == 3
    assert result.must_change_password  # an administrator set the first password


# -- one answer for a stranger, a wrong password and a disabled account ----------------------------
def test_unknown_user_wrong_password_and_disabled_account_get_the_same_sentence(desk: Desk, clerk: Actor,
                                                                                admin: Actor) -> None:
    wrong = _refusal(desk, "clerk1", "nope")
    unknown = _refusal(desk, "nobody", "nope")
    users.set_active(desk, admin, "clerk1", False)
    disabled_right = _refusal(desk, "clerk1", RIGHT)
    disabled_wrong = _refusal(desk, "clerk1", "nope")
    assert wrong == unknown == disabled_right == disabled_wrong
    assert "disabled" in wrong  # the one sentence covers all three causes


class CountingHasher(PasswordHasher):
    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8, parallelism=1)
        self.verified: list[str] = []

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002 - argon2's name
        self.verified.append(hash if isinstance(hash, str) else hash.decode())
        return super().verify(hash, password)


@pytest.mark.parametrize("case", ["unknown", "wrong", "disabled", "right"])
def test_every_sign_in_verifies_exactly_one_argon2_hash_with_the_same_parameters(
        desk: Desk, clerk: Actor, admin: Actor, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    """The code path is the same for every answer, so the time is too (the bench measures it)."""
    if case == "disabled":
        users.set_active(desk, admin, "clerk1", False)
    hasher = CountingHasher()
    monkeypatch.setattr(passwords, "hasher", hasher)
    before = audit.verify(desk.db).checked
    username, password = {"unknown": ("nobody", RIGHT), "wrong": ("clerk1", "nope"),
                          "disabled": ("clerk1", RIGHT), "right": ("clerk1", RIGHT)}[case]
    try:
        auth.sign_in(desk, username, password)
    except AuthenticationError:
        assert case != "right"
    assert len(hasher.verified) == 1
    real = next(iter(hasher.verified))
    assert real.startswith("$argon2id$v=19$m=8,t=1,p=1$")  # a real hash or the dummy: same cost
    assert audit.verify(desk.db).checked == before + 1  # and one audit record each


def test_an_unknown_name_is_checked_against_a_dummy_hash_made_with_the_live_parameters() -> None:
    dummy = passwords.dummy_hash()
    assert dummy.startswith("$argon2id$v=19$m=8,t=1,p=1$")  # the tests' cheap hasher
    assert not passwords.password_matches(dummy, RIGHT)
    assert passwords.dummy_hash() == dummy  # made once


def test_attempts_on_unknown_names_are_audited_without_what_was_typed(desk: Desk, manager: Actor) -> None:
    _refusal(desk, "nobody", "x")
    _refusal(desk, "my secret pw!", "x")  # a password typed into the name box
    rows, _ = audit.list_records(desk, manager, AuditFilter(action_prefix="auth.unknown_user"))
    assert sorted(json.loads(r.after)["username"] for r in rows) == ["(not a user name)", "nobody"]


# -- lock-out: per account, growing, expiring -----------------------------------------------------
def test_five_wrong_passwords_make_the_account_wait_then_waits_double_up_to_the_cap(
        desk: Desk, clerk: Actor, admin: Actor, clock: FakeClock) -> None:
    _wrong(desk, 4)
    assert "must wait 1 more minutes" in _waits(desk)
    waits = []
    for _ in range(6):
        clock.advance(minutes=_locked_minutes(desk, admin, clock), seconds=1)
        _waits(desk)
        waits.append(round(_locked_minutes(desk, admin, clock)))
    assert waits == [2, 4, 8, 15, 15, 15]
    # Another account is not affected.
    assert auth.sign_in(desk, "admin", "admin-password").actor.username == "admin"


def test_during_a_wait_even_the_right_password_is_refused_and_tries_do_not_lengthen_it(
        desk: Desk, clerk: Actor, admin: Actor, clock: FakeClock) -> None:
    _wrong(desk, 5)
    clock.advance(seconds=30)
    _waits(desk, password=RIGHT)  # no oracle: a wait says nothing about the password
    _waits(desk)
    assert _locked_minutes(desk, admin, clock) == pytest.approx(0.5)
    clock.advance(seconds=31)
    assert auth.sign_in(desk, "clerk1", RIGHT).actor.username == "clerk1"


def test_a_success_starts_again_from_zero(desk: Desk, clerk: Actor, clock: FakeClock) -> None:
    _wrong(desk, 5)
    clock.advance(minutes=1, seconds=1)
    auth.sign_in(desk, "clerk1", RIGHT)
    _wrong(desk, 4)  # four more are allowed again, and the next wait is the first one
    assert "1 more minutes" in _waits(desk)


def test_wrong_passwords_are_forgotten_after_a_quiet_hour(desk: Desk, clerk: Actor, clock: FakeClock) -> None:
    _wrong(desk, 4)
    clock.advance(minutes=61)
    _wrong(desk, 4)  # would have been the 5th..8th
    assert "1 more minutes" in _waits(desk)


def test_nobody_can_lock_the_administrator_out_for_good(desk: Desk, admin: Actor, clock: FakeClock) -> None:
    # Someone at the kiosk hammers the admin account for a day, again the moment each wait ends.
    longest = 0.0
    for _ in range(150):
        for _ in range(2):  # the second try falls inside the wait and changes nothing
            with pytest.raises(AuthenticationError):
                auth.sign_in(desk, "admin", "a guess")
        wait = _locked_minutes(desk, admin, clock, "admin") if _is_waiting(desk, admin) else 0.0
        longest = max(longest, wait)
        clock.advance(minutes=wait, seconds=1)
    assert longest == pytest.approx(15)
    # Once they stop, the administrator is in within the longest wait.
    assert auth.sign_in(desk, "admin", "admin-password").actor.username == "admin"


def _is_waiting(desk: Desk, admin: Actor) -> bool:
    row = next(u for u in users.list_users(desk, admin) if u.username == "admin")
    return row.locked_until is not None


def test_lockout_policy_is_configurable(desk: Desk, clerk: Actor, admin: Actor, clock: FakeClock) -> None:
    station.set_setting(desk, admin, "auth.max_failed_attempts", 3)
    station.set_setting(desk, admin, "auth.lockout_minutes", 2)
    station.set_setting(desk, admin, "auth.lockout_max_minutes", 5)
    _wrong(desk, 2)
    assert "2 more minutes" in _waits(desk)
    clock.advance(minutes=2, seconds=1)
    _waits(desk)
    assert round(_locked_minutes(desk, admin, clock)) == 4
    clock.advance(minutes=4, seconds=1)
    _waits(desk)
    assert round(_locked_minutes(desk, admin, clock)) == 5
    clock.advance(minutes=5, seconds=1)
    auth.sign_in(desk, "clerk1", RIGHT)


def test_lockout_is_audited(desk: Desk, clerk: Actor, manager: Actor) -> None:
    _wrong(desk, 5)
    _waits(desk)
    rows, _ = audit.list_records(desk, manager, AuditFilter(action_prefix="auth."))
    actions = [r.action for r in rows]
    assert actions.count("auth.failed") == 4 and actions.count("auth.locked") == 1
    assert actions.count("auth.refused_waiting") == 1


@pytest.mark.parametrize("stored", ['"abc"', "-1", "null", "{not json", "true", "1e9"])
def test_a_bad_stored_lockout_setting_neither_crashes_nor_lifts_the_limit(desk: Desk, clerk: Actor,
                                                                          stored: str) -> None:
    """Values written behind the program's back fall back to the declared defaults."""
    def work(session: Any) -> None:
        for key in ("auth.max_failed_attempts", "auth.lockout_minutes", "auth.lockout_max_minutes",
                    "auth.failure_window_minutes"):
            session.execute(text("INSERT INTO station_setting (station_id, key, value_json) VALUES (1, :k, :v)"),
                            {"k": key, "v": stored})

    desk.db.transact(work)
    _wrong(desk, 4)
    assert "1 more minutes" in _waits(desk)


def test_disabled_account_cannot_sign_in(desk: Desk, clerk: Actor, admin: Actor) -> None:
    users.set_active(desk, admin, "clerk1", False)
    with pytest.raises(AuthenticationError, match="disabled"):
        auth.sign_in(desk, "clerk1", RIGHT)
    users.set_active(desk, admin, "clerk1", True)
    assert auth.sign_in(desk, "clerk1", RIGHT).actor.username == "clerk1"


def test_a_password_reset_unlocks(desk: Desk, clerk: Actor, admin: Actor) -> None:
    _wrong(desk, 5)
    users.set_password(desk, admin, "clerk1", "brand-new-pw")
    assert auth.sign_in(desk, "clerk1", "brand-new-pw").must_change_password
    _wrong(desk, 4)  # and the count starts from zero
    assert "1 more minutes" in _waits(desk)


@pytest.mark.parametrize(("name", "password"), [
    ("ad\x00min", "admin-password"),        # PostgreSQL text cannot hold NUL
    ("ad\ud800min", "admin-password"),      # a lone surrogate cannot be encoded
    ("x" * 5000, "admin-password"),
    ("admin", "admin-password\ud800"),
    ("admin", "\x00" * 8),
])
def test_odd_input_is_refused_with_the_same_sentence_not_a_crash(desk: Desk, admin: Actor, name: str,
                                                                  password: str) -> None:
    assert _refusal(desk, name, password) == _refusal(desk, "nobody", "x")
