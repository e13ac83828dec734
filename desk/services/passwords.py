"""Password hashing with argon2id (argon2-cffi), and the rules a new password must meet."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError

MIN_LENGTH = 8
MAX_LENGTH = 128

# Module-level so tests can swap in cheaper parameters; production uses argon2-cffi's defaults
# (RFC 9106 low-memory profile).
hasher = PasswordHasher()


def check_new_password(password: str, username: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "The password must have at least {n} characters; choose a longer one."),
            field="password", n=MIN_LENGTH,
        )
    if len(password) > MAX_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "The password may have at most {n} characters; choose a shorter one."),
            field="password", n=MAX_LENGTH,
        )
    if password.strip().lower() == username.strip().lower():
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeskError", "The password must not be the user name; choose another."),
            field="password",
        )


def hash_password(password: str) -> str:
    return hasher.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        return hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
