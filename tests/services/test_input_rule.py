"""Each crash class the whole-API fuzzing found, pinned as a plain test on SQLite and PostgreSQL.

Before the input rule (desk.core.inputs, applied by desk.services.entry) these raised DataError,
OperationalError ("LIKE pattern too complex"), UnicodeEncodeError, OverflowError or ValueError,
or saved text the form rule would have refused; now each is a ValidationError that names the field.
"""

from __future__ import annotations

import pytest

from desk.core.errors import AuthenticationError, ValidationError
from desk.core.permissions import Role
from desk.services import auth, issued_documents, station, users, windows
from desk.services.context import Actor, Desk
from desk.services.intake import applicants, case_queries
from desk.services.mediation import bookings
from desk.services.mediation import cases as med_cases
from desk.services.queue import calling
from tests.services.mediation_setup import MONDAY, at, make_roster

LONG_SEARCH = "张" * 20_000  # 60,000 bytes of UTF-8: over SQLite's 50,000-byte LIKE pattern limit


def refused(call, *args, **kwargs) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        call(*args, **kwargs)
    assert info.value.render().endswith(".")
    return info.value


@pytest.mark.parametrize("username", ["ad\x00min", "admin\ud800", "\udfff"])
def test_sign_in_refuses_nul_and_lone_surrogates(desk: Desk, admin: Actor, username: str) -> None:
    """Refused like any wrong sign-in (the same sentence: nothing about which names exist), never a crash."""
    with pytest.raises(AuthenticationError) as info:
        auth.sign_in(desk, username, "admin-password")
    assert info.value.field == "password" and info.value.render().endswith(".")


def test_nul_in_searches_and_numbers_is_refused(desk: Desk, admin: Actor) -> None:
    assert refused(applicants.search_applicants, desk, admin, "张\x00").field == "query"
    windows.add_window(desk, admin, 1, "1号窗口")
    assert refused(calling.call_number, desk, admin, 1, "A\x00001").field == "number"
    assert refused(case_queries.find_by_receipt, desk, admin, "\x00").field == "receipt_no"


def test_a_search_of_a_page_of_text_is_refused_before_it_reaches_like(desk: Desk, admin: Actor) -> None:
    error = refused(med_cases.list_cases, desk, admin, LONG_SEARCH)
    assert error.field == "search" and "100" in error.render()
    assert refused(issued_documents.list_issued, desk, admin, number=LONG_SEARCH).field == "number"
    assert refused(case_queries.list_cases, desk, admin, case_queries.CaseFilter(text=LONG_SEARCH)).field == "text"


@pytest.mark.parametrize("number", [2**63, -(2**63) - 1, 2**31])
def test_numbers_beyond_an_integer_column_are_refused(desk: Desk, admin: Actor, number: int) -> None:
    assert refused(case_queries.get_case, desk, admin, number).field == "case_id"
    assert refused(station.get_station, desk, number).field == "station_id"


def test_a_huge_booking_buffer_is_refused_before_it_is_added_to_a_time(desk: Desk, admin: Actor) -> None:
    roster = make_roster(desk, admin)
    for buffer in (2**40, 10**6, -1):
        error = refused(bookings.create_booking, desk, admin, roster.room.id, at(MONDAY, "09:00"),
                        at(MONDAY, "10:00"), [roster.mediator.id], buffer_min=buffer)
        assert error.field in ("buffer", "buffer_min")


def test_limits_must_be_positive(desk: Desk, admin: Actor) -> None:
    assert refused(issued_documents.list_issued, desk, admin, limit=-1).field == "limit"


@pytest.mark.parametrize("bad", ["王\u202e五", "王\x00五", "王🙂五"])
def test_names_phones_station_and_window_fields_follow_the_text_rule(desk: Desk, admin: Actor, bad: str) -> None:
    assert refused(users.add_user, desk, admin, "newclerk", bad, Role.CLERK, "long enough pw").field == "display_name"
    assert refused(users.add_user, desk, admin, "newclerk", "王五", Role.CLERK, "long enough pw",
                   phone=f"138{bad}").field == "phone"
    assert refused(station.update_station, desk, admin, name=bad).field == "name"
    assert refused(windows.add_window, desk, admin, 7, bad).field == "name"
    assert [u.username for u in users.list_users(desk, admin)] == ["admin"]


def test_text_fields_are_still_cleaned_and_saved(desk: Desk, admin: Actor) -> None:
    row = users.add_user(desk, admin, "newclerk", "  王\u3000五 ", Role.CLERK, "long enough pw", phone=" 8012 ")
    assert (row.display_name, row.phone) == ("王 五", "8012")
    assert windows.add_window(desk, admin, 7, " 7号\t窗口 ").name == "7号 窗口"
    assert station.update_station(desk, admin, address="幸福路\n88号").address == "幸福路 88号"


def test_unknown_station_detail_is_a_sentence(desk: Desk, admin: Actor) -> None:
    assert refused(station.update_station, desk, admin, district="x").field == "district"


def test_entry_checks_every_argument_except_the_programs_own_objects() -> None:
    from desk.services.entry import entry, is_entry

    @entry(trusted=("made",))
    def service(desk: object, actor: object, text: str, *, made: object = None, **more: str) -> str:
        return text

    assert is_entry(service)
    assert service("not checked\x00", "not checked\x00", "ok", made=["\x00"] * 2_000) == "ok"
    assert refused(service, None, None, "\x00").field == "text"
    assert refused(service, None, None, "ok", address="\ud800").field == "address"


@pytest.mark.parametrize("key", ["x" * 81, "Auth.Lockout", "auth..x", "auth.x\n"])
def test_a_setting_name_fits_its_column_and_its_pattern(desk: Desk, admin: Actor, key: str) -> None:
    assert refused(station.set_setting, desk, admin, key, 1).field == "key"
