"""Issue 13: every station setting the code reads or writes is declared in desk.core.station_settings,
so the Station page's editor (built from the declaration) can change it. The keys are found in the
source: a literal key, a module constant (string or tuple of strings), or, where a helper passes the key
on as a parameter, the module's dotted key constants."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desk.core.station_settings import BY_KEY

ROOT = Path(__file__).resolve().parents[2] / "desk"
ACCESSORS = {"read_setting", "store_setting", "get_setting"}
# Where the accessors live: they take any key and refuse an undeclared one (spec_for), so their own
# calls pass keys through rather than name them.
DEFINED_IN = ROOT / "services" / "station.py"
KEY_LIKE = re.compile(r"^[a-z_]+\.[a-z_]+$")
FIVE = ("intake.follow_up_working_days", "intake.progress_text", "intake.progress_url", "auth.max_failed_attempts",
        "auth.lockout_minutes")  # read but written by nothing before issue 13


def _key_argument(call: ast.Call) -> ast.expr | None:
    name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
    for keyword in call.keywords:
        if keyword.arg == "key":
            return keyword.value
    position = 2 if name == "store_setting" else 1  # store_setting(session, station_id, key, value)
    return call.args[position] if len(call.args) > position else None


def _constants(tree: ast.Module) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                continue
            strings = (value,) if isinstance(value, str) else value if isinstance(value, tuple) else ()
            for target in targets:
                if isinstance(target, ast.Name) and strings and all(isinstance(s, str) for s in strings):
                    found[target.id] = tuple(strings)
    return found


def keys_used(source: str) -> tuple[set[str], list[str]]:
    """(setting keys one module reads or writes, calls whose key could not be traced to one)."""
    tree = ast.parse(source)
    constants = _constants(tree)
    keys: set[str] = set()
    untraced: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name not in ACCESSORS:
            continue
        argument = _key_argument(node)
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            keys.add(argument.value)
        elif isinstance(argument, ast.Name) and argument.id in constants:
            keys.update(constants[argument.id])
        else:  # a parameter or loop variable: every dotted key constant of the module may reach it
            dotted = {k for values in constants.values() for k in values if KEY_LIKE.match(k)}
            if dotted:
                keys.update(dotted)
            else:
                untraced.append(f"line {node.lineno}")
    return keys, untraced


def _all_keys() -> tuple[dict[str, set[str]], list[str]]:
    used: dict[str, set[str]] = {}
    untraced: list[str] = []
    for path in sorted(ROOT.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if path == DEFINED_IN or not ACCESSORS & set(re.findall(r"\w+", source)):
            continue
        keys, lost = keys_used(source)
        for key in keys:
            used.setdefault(key, set()).add(str(path.relative_to(ROOT.parent)))
        untraced += [f"{path.relative_to(ROOT.parent)} {where}" for where in lost]
    return used, untraced


def test_every_setting_the_code_uses_is_declared() -> None:
    used, untraced = _all_keys()
    assert untraced == []
    assert {key: sorted(where) for key, where in used.items() if key not in BY_KEY} == {}
    assert set(FIVE) <= set(used)  # the scan does find what the services read
    assert all(BY_KEY[key].in_editor for key in FIVE)


def test_the_scan_finds_an_undeclared_key() -> None:
    source = ('from desk.services.station import read_setting\n'
              'LIMIT = "queue.max_wait_minutes"\n'
              'def f(session):\n'
              '    return read_setting(session, LIMIT, 1), read_setting(session, "intake.greeting")\n')
    keys, untraced = keys_used(source)
    assert keys == {"queue.max_wait_minutes", "intake.greeting"} and untraced == []
    assert not {"queue.max_wait_minutes", "intake.greeting"} <= set(BY_KEY)
    assert keys_used("def g(session, key):\n    return read_setting(session, key)\n")[1] == ["line 2"]
