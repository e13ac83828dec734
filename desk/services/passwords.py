"""Password hashing with argon2id (argon2-cffi), and the rules a new password must meet.

The rules (issue 11, item 5): at least 10 characters, at most 128; no control or invisible format
characters; not only spaces; at least 4 different characters; not the user name; not on the list of
common passwords shipped in ``resources/common_passwords.txt`` (compared without case and spaces).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError

MIN_LENGTH = 10
MAX_LENGTH = 128
MIN_DISTINCT = 4
COMMON_PASSWORDS_FILE = "common_passwords.txt"

# Module-level so tests can swap in cheaper parameters; production uses argon2-cffi's defaults
# (RFC 9106 low-memory profile).
hasher = PasswordHasher()


def _refuse(template: str, **params: object) -> ValidationError:
    return ValidationError(template, field="password", **params)


def _normalised(password: str) -> str:
    return "".join(password.split()).casefold()


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    text = resources.files("resources").joinpath(COMMON_PASSWORDS_FILE).read_text(encoding="utf-8")
    return frozenset(_normalised(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def check_new_password(password: str, username: str) -> None:
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\u2028\u2029" for ch in password):
        raise _refuse(QT_TRANSLATE_NOOP(
            "DeskError", "The password contains an invisible control character; type it again with letters, "
                         "digits and punctuation only."))
    if not password.strip():
        raise _refuse(QT_TRANSLATE_NOOP("DeskError", "The password cannot be only spaces; choose a real one."))
    if len(password) < MIN_LENGTH:
        raise _refuse(
            QT_TRANSLATE_NOOP("DeskError", "The password must have at least {n} characters; choose a longer one."),
            n=MIN_LENGTH,
        )
    if len(password) > MAX_LENGTH:
        raise _refuse(
            QT_TRANSLATE_NOOP("DeskError", "The password may have at most {n} characters; choose a shorter one."),
            n=MAX_LENGTH,
        )
    if len(set(password)) < MIN_DISTINCT:
        raise _refuse(QT_TRANSLATE_NOOP(
            "DeskError", "The password repeats too few different characters; mix at least {n} different ones."),
            n=MIN_DISTINCT)
    if _normalised(password) == _normalised(username):
        raise _refuse(QT_TRANSLATE_NOOP("DeskError", "The password must not be the user name; choose another."))
    if _normalised(password) in common_passwords():
        raise _refuse(QT_TRANSLATE_NOOP(
            "DeskError", "This password is on the list of the most common passwords, which are guessed first; "
                         "choose another."))


def hash_password(password: str) -> str:
    return hasher.hash(password)


# One dummy hash per set of hasher parameters: an unknown user name is checked against it, so the
# answer takes as long as for a real account and does not tell a stranger which names exist. The one
# for the production parameters is written here, so that even the first unknown name after start-up
# costs one verification and not a hash plus a verification.
_dummy_hashes: dict[tuple[int, int, int, int, int], str] = {
    (3, 65536, 4, 32, 16):
        "$argon2id$v=19$m=65536,t=3,p=4$lnpgs4A5v3lV22jrD3ylKg$vIF4yDP91vSMTUKXVUsbMZuGtnuE49V29zkOHhWV00Y",
}


def dummy_hash() -> str:
    key = (hasher.time_cost, hasher.memory_cost, hasher.parallelism, hasher.hash_len, hasher.salt_len)
    found = _dummy_hashes.get(key)
    if found is None:
        found = _dummy_hashes[key] = hasher.hash("no such user: this hash never matches a typed password")
    return found


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        # "surrogatepass": a lone surrogate pasted into the box is checked (and fails) like any other
        # wrong password, in the same time, instead of crashing the encoder.
        return hasher.verify(stored_hash, password.encode("utf-8", "surrogatepass"))
    except (VerificationError, InvalidHashError):
        return False
