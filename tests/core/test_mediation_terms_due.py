"""Which agreed terms await a follow-up visit: each past its own deadline with no visit on or after it."""

from __future__ import annotations

from datetime import date

from desk.core.mediation import terms_awaiting_visit

D = date(2026, 12, 1)


def test_a_visit_counts_only_for_terms_already_due() -> None:
    dues = [date(2026, 11, 25), date(2026, 12, 20), None]
    assert terms_awaiting_visit(dues, [], date(2026, 11, 24)) == []
    assert terms_awaiting_visit(dues, [], date(2026, 11, 25)) == [1]  # due that day: performed "before" it
    assert terms_awaiting_visit(dues, [date(2026, 11, 20)], D) == [1]  # visited before it fell due
    assert terms_awaiting_visit(dues, [date(2026, 11, 26)], D) == []
    assert terms_awaiting_visit(dues, [date(2026, 11, 26)], date(2026, 12, 31)) == [2]
    assert terms_awaiting_visit(dues, [date(2026, 11, 26), date(2026, 12, 31)], date(2026, 12, 31)) == []
    # A visit after the day looked at does not count for that day.
    assert terms_awaiting_visit(dues, [date(2026, 12, 2)], D) == [1]
