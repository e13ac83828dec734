from __future__ import annotations

import pytest

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.core.permissions import Role
from desk.services import audit, auth, users
from desk.services.context import Actor, Desk


def test_first_admin_only_once(desk: Desk, admin: Actor) -> None:
    with pytest.raises(Conflict):
        users.create_first_admin(desk, "second", "Second", "another-password")


def test_a_clerk_may_not_add_users_and_nothing_is_saved(desk: Desk, clerk: Actor, admin: Actor) -> None:
    before = audit.verify(desk.db).checked
    with pytest.raises(PermissionDenied, match="may not"):
        users.add_user(desk, clerk, "sneaky", "Sneaky", "admin", "long-enough-pw")
    assert "sneaky" not in [u.username for u in users.list_users(desk, admin)]
    assert audit.verify(desk.db).checked == before


def test_a_manager_may_add_clerks_but_not_admins(desk: Desk, manager: Actor) -> None:
    users.add_user(desk, manager, "newclerk", "New Clerk", "clerk", "long-enough-pw")
    with pytest.raises(PermissionDenied, match="administrator"):
        users.add_user(desk, manager, "newadmin", "New Admin", "admin", "long-enough-pw")


@pytest.mark.parametrize(
    ("username", "name", "role", "password", "field"),
    [
        ("x", "Name", "clerk", "long-enough-pw", "username"),
        ("has space", "Name", "clerk", "long-enough-pw", "username"),
        ("good", "   ", "clerk", "long-enough-pw", "display_name"),
        ("good", "Name", "boss", "long-enough-pw", "role"),
        ("good", "Name", "clerk", "short", "password"),
        ("goodname", "Name", "clerk", "GoodName", "password"),
    ],
)
def test_bad_input_names_the_field(desk: Desk, admin: Actor, username: str, name: str, role: str, password: str,
                                   field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        users.add_user(desk, admin, username, name, role, password)
    assert caught.value.field == field


def test_duplicate_user_name(desk: Desk, admin: Actor, clerk: Actor) -> None:
    with pytest.raises(Conflict, match="taken"):
        users.add_user(desk, admin, "CLERK1", "Other", "clerk", "long-enough-pw")


def test_own_password_change_clears_the_must_change_flag(desk: Desk, clerk: Actor) -> None:
    users.set_password(desk, clerk, "clerk1", "my-own-password")
    assert not auth.sign_in(desk, "clerk1", "my-own-password").must_change_password


def test_role_change_and_self_disable(desk: Desk, admin: Actor, clerk: Actor) -> None:
    users.set_role(desk, admin, "clerk1", Role.MEDIATOR)
    assert auth.sign_in(desk, "clerk1", "correct horse").actor.role is Role.MEDIATOR
    with pytest.raises(Conflict, match="own account"):
        users.set_active(desk, admin, "admin", False)


def test_a_user_manager_can_end_a_sign_in_wait(desk: Desk, admin: Actor, manager: Actor, clerk: Actor) -> None:
    from desk.core.errors import AuthenticationError

    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.sign_in(desk, "clerk1", "not it")
    with pytest.raises(PermissionDenied):
        users.unlock(desk, clerk, "clerk1")
    with pytest.raises(PermissionDenied):
        users.unlock(desk, manager, "admin")  # a manager does not manage administrators
    users.unlock(desk, manager, "clerk1")
    assert auth.sign_in(desk, "clerk1", "correct horse").actor.username == "clerk1"
