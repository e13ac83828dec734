"""The 30-day window for judicial confirmation (人民调解法 Art. 33) ends on a working day: a window
ending on a rest day or holiday ends on the next working day (民法典 Art. 203), never on 元旦. In a
year whose holidays are not entered yet, only the holidays fixed by date are stepped over and the
agreement says the day may still move."""

from __future__ import annotations

from datetime import date, datetime, timezone

from desk.core.mediation import judicial_deadline, judicial_deadline_is_provisional
from desk.core.workdays import WorkCalendar
from desk.services.context import Actor, Desk
from desk.services.mediation import agreements, cases, printing
from tests.conftest import FakeClock
from tests.documents.helpers import pdf_text, squash
from tests.services.mediation_setup import sample_agreement, sample_case, sample_parties

CALENDAR = WorkCalendar.from_packaged()


def test_a_window_ending_on_a_holiday_ends_on_the_next_working_day() -> None:
    last = judicial_deadline(date(2026, 9, 1), CALENDAR)  # 30 days on: 2026-10-01, 国庆节
    assert last > date(2026, 10, 1) and CALENDAR.is_workday(last)
    assert all(not CALENDAR.is_workday(date(2026, 10, d)) for d in range(1, last.day))
    assert not judicial_deadline_is_provisional(date(2026, 9, 1), CALENDAR)
    assert judicial_deadline(date(2026, 11, 1), CALENDAR) == date(2026, 12, 1)  # a Tuesday: unchanged


def test_new_years_day_of_a_year_not_entered_is_stepped_over_and_flagged() -> None:
    assert not CALENDAR.covers(2027)
    assert judicial_deadline(date(2026, 12, 2), CALENDAR) == date(2027, 1, 2)  # not 元旦
    assert judicial_deadline_is_provisional(date(2026, 12, 2), CALENDAR)


def test_the_agreement_prints_the_moved_day(desk: Desk, clerk: Actor, mediator: Actor, clock: FakeClock) -> None:
    clock.now = datetime(2026, 12, 2, 2, 0, tzinfo=timezone.utc)
    case_id = cases.register_case(desk, clerk, sample_case(), sample_parties()).id
    agreements.save_agreement(desk, mediator, case_id, sample_agreement())
    agreements.record_signed(desk, mediator, case_id, "2026-12-02", all_parties_signed=True,
                             mediator_signed=True, seal_affixed=True)
    text = squash("".join(pdf_text(printing.print_agreement(desk, mediator, case_id).pdf)))
    assert "申请司法确认的期限至2027年1月2日（该年节假日安排公布后" in text
    assert "2027年1月1日" not in text
    detail = cases.get_case(desk, mediator, case_id)
    assert detail.agreement is not None and detail.agreement.judicial_last_day == date(2027, 1, 2)
