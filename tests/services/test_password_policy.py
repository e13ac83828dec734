"""Issue 11, item 5: a password policy for every way a password is set."""

from __future__ import annotations

import pytest

from desk.core.errors import ValidationError
from desk.services import auth, users
from desk.services.context import Actor, Desk
from desk.services.passwords import check_new_password, common_passwords

REFUSED = [
    "12345678",            # short, and common
    "password",
    "1234567890",          # long enough, but on the list
    "qwertyuiop",
    "woaini1314",          # common in China
    "WoAiNi1314",          # the list is compared without case
    "5201314520",
    "Password123",
    " " * 10,              # only spaces
    "\x00" * 10,           # control characters
    "good-password\x00x",  # one hidden control character is enough
    "zero\u200bwidth-pass",  # invisible format character
    "aaaaaaaaaaaa",        # one character repeated
    "abababababab",
    "nine-char",           # 9 characters
]


@pytest.mark.parametrize("password", REFUSED)
def test_the_policy_refuses_weak_passwords_with_a_sentence(password: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_new_password(password, "clerk7")
    assert caught.value.field == "password"
    assert caught.value.render().endswith(".")


@pytest.mark.parametrize("password", ["correct horse", "long-enough-pw", "ten-chars!", "窗口一号的新密码呀哈"])
def test_the_policy_accepts_reasonable_passwords(password: str) -> None:
    check_new_password(password, "clerk7")


def test_the_shipped_list_is_large_and_has_the_chinese_classics() -> None:
    common = common_passwords()
    assert len(common) > 20_000
    assert {"12345678", "password", "1234567890", "qwertyuiop", "woaini1314", "5201314"} <= common


def test_every_way_of_setting_a_password_applies_the_policy(desk: Desk, admin: Actor, clerk: Actor) -> None:
    with pytest.raises(ValidationError, match="common"):
        users.add_user(desk, admin, "newclerk", "New", "clerk", "1234567890")
    with pytest.raises(ValidationError, match="common"):
        users.set_password(desk, admin, "clerk1", "qwertyuiop")      # reset by a manager
    with pytest.raises(ValidationError, match="control"):
        users.set_password(desk, clerk, "clerk1", "\x00" * 12)        # own change
    with pytest.raises(ValidationError, match="spaces"):
        users.set_password(desk, clerk, "clerk1", " " * 12)
    with pytest.raises(ValidationError, match="at least 10"):
        users.set_password(desk, clerk, "clerk1", "abc-12345")
    # Nothing was changed by the refusals.
    assert auth.sign_in(desk, "clerk1", "correct horse").actor.username == "clerk1"


def test_the_first_administrator_gets_the_policy_too(db_url: str) -> None:
    from desk.store.engine import Database

    db = Database(db_url)
    try:
        with pytest.raises(ValidationError, match="common"):
            users.create_first_admin(Desk(db), "admin", "Admin", "password123")
        assert not users.has_users(Desk(db))
    finally:
        db.dispose()


def test_the_dummy_hash_for_the_production_parameters_is_ready_without_hashing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    from desk.services import passwords

    class NeverHashes(PasswordHasher):
        def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
            raise AssertionError("hashed at the first unknown name")

    production = NeverHashes()
    monkeypatch.setattr(passwords, "hasher", production)
    dummy = passwords.dummy_hash()
    assert dummy.startswith(f"$argon2id$v=19$m={production.memory_cost},t={production.time_cost},"
                            f"p={production.parallelism}$")
    assert not production.check_needs_rehash(dummy)
