"""``@entry``: every public service function passes its arguments through desk.core.inputs first.

One decorator on every function the UI, the command line or a kiosk calls, so that a NUL in a
sign-in name, a search pasted from a document or a number of 2^63 is refused with a sentence
before it reaches the database, instead of crashing somewhere below. The desk, the acting user
and callables are the program's own objects and are not checked; everything else is, including
the fields of input dataclasses and the items of lists and dicts.

    @entry                                     # the defaults of desk.core.inputs
    def save_room(desk, actor, ...): ...

    @entry(search=("query",), ranges={"year": (2000, 2100)})
    def search_applicants(desk, actor, query, limit=30): ...

``needs`` names the permission(s) the actor must hold; it is checked before anything else, so a
function that validates its input before its transaction still refuses a role without the right
first (the permission table in tests/services/test_permission_table.py checks this for every role).
``search`` names the arguments (or ``arg.field`` paths) that are search strings: short, single
line. ``ranges`` gives a whole-number argument its own range. ``trusted`` names arguments the
program made itself and hands back (a DailyLog from ``daily_log``), which are not checked. The per-field form rules
(``desk.core.text.clean_text``) still run inside the service; this is the floor under them.
``tests/services/test_fuzz_entry_points.py`` fails for a public function without ``@entry``.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ParamSpec, TypeVar, overload

from desk.core.inputs import Rules, check_value
from desk.core.permissions import Permission
from desk.services.context import require

P = ParamSpec("P")
R = TypeVar("R")

# The program's own objects, not input.
_NOT_INPUT = frozenset({"desk", "actor", "session"})


def _guard(fn: Callable[P, R], rules: Rules, trusted: frozenset[str],
           needs: tuple[Permission, ...] = ()) -> Callable[P, R]:
    signature = inspect.signature(fn)
    skip = _NOT_INPUT | trusted
    var_keyword = {name for name, p in signature.parameters.items() if p.kind is inspect.Parameter.VAR_KEYWORD}

    @functools.wraps(fn)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        bound = signature.bind(*args, **kwargs)
        for permission in needs:  # first: a refused caller learns nothing, not even what is wrong with the input
            require(bound.arguments["actor"], permission)
        for name, value in bound.arguments.items():
            if name in skip or callable(value) and not isinstance(value, type):
                continue
            if name in var_keyword:
                for key, item in value.items():
                    check_value(key, name, rules)
                    check_value(item, key, rules)
            else:
                check_value(value, name, rules)
        return fn(*args, **kwargs)

    guarded.__desk_entry__ = rules  # type: ignore[attr-defined]
    guarded.__desk_needs__ = needs  # type: ignore[attr-defined]
    return guarded


@overload
def entry(fn: Callable[P, R], /) -> Callable[P, R]: ...


@overload
def entry(
    *,
    search: Iterable[str] = (),
    ranges: Mapping[str, tuple[int, int]] | None = None,
    trusted: Iterable[str] = (),
    needs: Permission | tuple[Permission, ...] = (),
) -> Callable[[Callable[P, R]], Callable[P, R]]: ...


def entry(
    fn: Callable[P, R] | None = None,
    /,
    *,
    search: Iterable[str] = (),
    ranges: Mapping[str, tuple[int, int]] | None = None,
    trusted: Iterable[str] = (),
    needs: Permission | tuple[Permission, ...] = (),
) -> Callable[P, R] | Callable[[Callable[P, R]], Callable[P, R]]:
    rules = Rules(search=frozenset(search), ranges=dict(ranges or {}))
    required = (needs,) if isinstance(needs, Permission) else tuple(needs)
    if fn is not None:
        return _guard(fn, rules, frozenset(trusted), required)

    def decorate(inner: Callable[P, R]) -> Callable[P, R]:
        return _guard(inner, rules, frozenset(trusted), required)

    return decorate


def is_entry(fn: Any) -> bool:
    return hasattr(fn, "__desk_entry__")
