"""Station settings are declared once (key, type, default, range, label, permission); nothing else is stored."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from desk.core.errors import PermissionDenied, ValidationError
from desk.core.station_settings import BY_KEY, SETTINGS, clean_setting, defaults
from desk.services import audit, station
from desk.services.context import Actor, Desk


def _store(desk: Desk, key: str, value: Any) -> None:
    desk.db.transact(lambda session: station.store_setting(session, 1, key, value))


@pytest.mark.parametrize(("key", "value"), [
    ("auth.max_failed_attempts", "abc"),
    ("auth.max_failed_attempts", 0),
    ("auth.max_failed_attempts", 10_000),
    ("auth.max_failed_attempts", True),
    ("auth.max_failed_attempts", 2.5),
    ("auth.max_failed_attempts", None),
    ("auth.lockout_minutes", -1),
    ("auth.failure_window_minutes", [60]),
    ("mediation.case_number_format", "第{serial}号"),   # the year is missing
    ("mediation.committee_abbr", "x" * 21),
    ("intake.progress_text", "bell\x07"),
    ("queue.settings", "not a record"),
])
def test_store_setting_refuses_a_bad_value_with_a_sentence(desk: Desk, key: str, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        _store(desk, key, value)
    assert caught.value.field == key
    assert caught.value.render().endswith(".")
    assert station.get_setting(desk, key) == BY_KEY[key].default  # nothing was stored


def test_store_setting_refuses_an_unknown_key(desk: Desk) -> None:
    with pytest.raises(ValidationError, match="no station setting called"):
        _store(desk, "auth.max_failed_attempt", 5)  # a typo is not a new setting
    with desk.db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM station_setting")).scalar() == 0


def test_a_lockout_limit_of_abc_cannot_be_set_by_anyone(desk: Desk, admin: Actor) -> None:
    before = audit.verify(desk.db).checked
    with pytest.raises(ValidationError, match="whole number from 3 to 20"):
        station.set_setting(desk, admin, "auth.max_failed_attempts", "abc")
    assert audit.verify(desk.db).checked == before


def test_typed_numbers_are_stored_as_numbers(desk: Desk, admin: Actor) -> None:
    assert station.set_setting(desk, admin, "auth.max_failed_attempts", " 7 ") == 7
    assert station.get_setting(desk, "auth.max_failed_attempts") == 7


def test_each_setting_has_its_own_permission(desk: Desk, manager: Actor, clerk: Actor, mediator: Actor) -> None:
    with pytest.raises(PermissionDenied):
        station.set_setting(desk, clerk, "auth.max_failed_attempts", 6)
    with pytest.raises(PermissionDenied):
        station.set_setting(desk, mediator, "intake.follow_up_working_days", 10)
    station.set_setting(desk, manager, "intake.follow_up_working_days", 10)
    # One change refused means none of the others is saved.
    with pytest.raises(ValidationError):
        station.set_settings(desk, manager, {"intake.follow_up_working_days": 12, "auth.lockout_minutes": "x"})
    assert station.get_setting(desk, "intake.follow_up_working_days") == 10


def test_defaults_come_from_the_declaration(desk: Desk) -> None:
    with desk.db.reading() as session:
        assert {s.key: station.read_setting(session, s.key) for s in SETTINGS} == defaults()
    assert defaults()["auth.max_failed_attempts"] == 5


def test_every_default_passes_its_own_check() -> None:
    for spec in SETTINGS:
        if spec.default is not None:
            assert clean_setting(spec.key, spec.default) == spec.default, spec.key


def test_reading_a_value_stored_behind_the_programs_back_gives_the_default(desk: Desk) -> None:
    desk.db.transact(lambda session: session.execute(text(
        "INSERT INTO station_setting (station_id, key, value_json) VALUES (1, 'auth.lockout_minutes', '\"abc\"')")))
    assert station.get_setting(desk, "auth.lockout_minutes") == 1


def test_the_editor_lists_the_declared_settings_with_who_may_edit(desk: Desk, manager: Actor, clerk: Actor) -> None:
    shown = station.list_settings(desk, manager)
    assert [s.spec.key for s in shown] == [s.key for s in SETTINGS if s.in_editor]
    assert all(s.may_edit for s in shown if s.spec.key.startswith(("auth.", "intake.")))
    assert not any(s.may_edit for s in station.list_settings(desk, clerk))
