"""What a database address says, read without loading SQLAlchemy: the sign-in window asks before it is
shown, and SQLAlchemy costs a quarter of a second that the window must not wait for."""

from __future__ import annotations

from urllib.parse import urlsplit


def signs_in_personally(raw: str) -> bool:
    """A PostgreSQL address without a user name: each person connects with their own login role
    (desk.store.pgroles.personal_url), so the database opens when someone signs in."""
    try:
        parts = urlsplit(raw.strip())
        username, _port = parts.username, parts.port  # a port that is no number raises here
    except ValueError:
        return False  # a wrong address is reported when the database is opened
    return parts.scheme.split("+")[0] in ("postgresql", "postgres") and not username and bool(parts.path.strip("/"))
