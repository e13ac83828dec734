"""Sign-in timing: does the answer's delay tell a stranger whether a user name exists? (issue 11)

With the production argon2id parameters (argon2-cffi's defaults), on a migrated SQLite file:

- ``sign_in_unknown_user_ms_p50``: ``auth.sign_in`` refusing a user name that does not exist;
- ``sign_in_wrong_password_ms_p50``: refusing an existing account's wrong password;
- ``sign_in_disabled_account_ms_p50``: refusing a disabled account's right password;
- ``sign_in_unknown_user_over_wrong_password_ratio``: the first divided by the second (medians).
  Goal: between 0.9 and 1.1 (it was 0.003 when an unknown name skipped the hash check);
- ``sign_in_disabled_over_wrong_password_ratio``: the same for a disabled account.

The three kinds of attempt are interleaved, in turn first, so that machine noise hits them alike, and the desk's
clock moves two hours before each attempt so that no lock-out wait changes the path measured.

    python -m desk.bench.signin
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from argon2 import PasswordHasher

from desk.core.errors import AuthenticationError
from desk.core.permissions import Role
from desk.services import auth, passwords
from desk.services.context import Actor, Desk
from desk.services.users import add_user, create_first_admin, set_active
from desk.store import migrate
from desk.store.engine import Database

ROUNDS = 15
PASSWORD = "bench-password-1"


def _refusal_ms(desk: Desk, username: str, password: str) -> float:
    start = time.perf_counter()
    try:
        auth.sign_in(desk, username, password, "bench")
    except AuthenticationError:
        return (time.perf_counter() - start) * 1000
    raise RuntimeError(f"sign-in of {username} was expected to be refused")


def measure(rounds: int = ROUNDS, hasher: PasswordHasher | None = None) -> dict[str, object]:
    saved = passwords.hasher
    passwords.hasher = hasher or PasswordHasher()  # production parameters unless a test passes cheaper ones
    try:
        with tempfile.TemporaryDirectory(prefix="grid-desk-bench-signin-") as folder:
            db = Database("sqlite:///" + (Path(folder) / "signin.sqlite3").as_posix())
            migrate.upgrade(db)
            moment = [datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc)]
            desk = Desk(db, clock=lambda: moment[0])
            row = create_first_admin(desk, "admin", "Admin", PASSWORD)
            admin = Actor(row.id, row.username, row.display_name, Role.ADMIN, 1, "bench")
            add_user(desk, admin, "clerk", "李晓梅", Role.CLERK, PASSWORD)
            add_user(desk, admin, "gone", "王已离职", Role.CLERK, PASSWORD)
            set_active(desk, admin, "gone", False)
            attempts = {"unknown": ("nobody", PASSWORD), "wrong": ("clerk", "not-the-password"),
                        "disabled": ("gone", PASSWORD)}
            samples: dict[str, list[float]] = {kind: [] for kind in attempts}
            kinds = list(attempts)
            for n in range(rounds + 2):  # the first two rounds warm caches
                for kind in kinds[n % 3:] + kinds[:n % 3]:  # each kind goes first as often as the others
                    username, password = attempts[kind]
                    moment[0] += timedelta(hours=2)  # earlier wrong passwords are forgotten
                    elapsed = _refusal_ms(desk, username, password)
                    if n >= 2:
                        samples[kind].append(elapsed)
            db.dispose()
    finally:
        passwords.hasher = saved
    unknown, wrong, disabled = (statistics.median(samples[k]) for k in ("unknown", "wrong", "disabled"))
    return {
        "sign_in_unknown_user_ms_p50": round(unknown, 1),
        "sign_in_wrong_password_ms_p50": round(wrong, 1),
        "sign_in_disabled_account_ms_p50": round(disabled, 1),
        "sign_in_unknown_user_over_wrong_password_ratio": round(unknown / wrong, 3),
        "sign_in_disabled_over_wrong_password_ratio": round(disabled / wrong, 3),
    }


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
