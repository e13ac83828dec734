"""Mediation timings.

- ``booking_create_ms_p95``: ``bookings.create_booking`` (hours and closure checks, the overlap
  queries for the room and each person, the insert and the audit record) on a SQLite file that
  already holds three years of bookings (two rooms, five people, six bookings per room per working
  day), as at a single-PC station. Goal <= 20 ms.
- ``agreement_pdf_ms_p50``: drawing the 人民调解协议书 for 4 parties and 10 terms (fonts preloaded, as
  the GUI does). Goal <= 120 ms.

The history is written with bulk inserts into a database built by the real migrations.

    python -m desk.bench.mediation
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from desk.bench.timing import percentile, time_ms
from desk.core.permissions import Role
from desk.core.workdays import WorkCalendar
from desk.documents.fonts import preload
from desk.documents.mediation_agreement import render_agreement
from desk.documents.mediation_samples import sample_agreement_meta, sample_agreement_payload, sample_header
from desk.services.context import Actor, Desk
from desk.services.mediation import bookings, rooms_roster
from desk.store import migrate
from desk.store.engine import Database
from desk.store.models.mediation import MedBooking, MedBookingStaff

ZONE = ZoneInfo("Asia/Shanghai")
YEARS = 3
PER_DAY = 6  # per room, 08:30-15:30 in 70-minute steps: leaves 16:00-17:30 free for the timed bookings
CREATES = 150
PDF_RUNS = 30


def _at(day: date, minutes: int) -> datetime:
    return (datetime.combine(day, time(0), tzinfo=ZONE) + timedelta(minutes=minutes)).astimezone(timezone.utc)


def _history(desk: Desk, rooms: list[int], staff: list[int], first: date, days: int) -> list[date]:
    """Bulk-insert the past bookings; returns the working days (all of them have free afternoons)."""
    workdays, rows, links = [], [], []
    rng = random.Random(7)
    booking_id = 0
    for offset in range(days):
        day = first + timedelta(days=offset)
        if day.isoweekday() > 5:
            continue
        workdays.append(day)
        for room_index, room in enumerate(rooms):
            for slot in range(PER_DAY):
                booking_id += 1
                start = _at(day, 8 * 60 + 30 + slot * 70)
                end = start + timedelta(minutes=60)
                person = staff[(slot + room_index * 3) % len(staff)]
                rows.append(dict(id=booking_id, station_id=1, room_id=room, case_id=None, title="咨询",
                                 parties=rng.choice(("张三", "李四", "王五")), start_at=start, end_at=end,
                                 block_end=end, cancelled=False, cancel_reason="", note="", created_by="bench",
                                 created_at=start))
                links.append(dict(booking_id=booking_id, staff_id=person, start_at=start, block_end=end,
                                  cancelled=False))

    def work(session: object) -> None:
        for start in range(0, len(rows), 5000):
            session.execute(insert(MedBooking), rows[start:start + 5000])  # type: ignore[attr-defined]
            session.execute(insert(MedBookingStaff), links[start:start + 5000])  # type: ignore[attr-defined]

    desk.db.transact(work)  # type: ignore[arg-type]
    return workdays


def measure_booking(folder: Path) -> float:
    db = Database("sqlite:///" + (folder / "mediation.sqlite3").as_posix())
    migrate.upgrade(db)
    desk = Desk(db, clock=lambda: datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc))
    actor = Actor(None, "bench", "bench", Role.ADMIN, 1, "bench")
    rooms = [rooms_roster.save_room(desk, actor, None, name=f"调解室{i}", opens="08:30", closes="17:30").id
             for i in (1, 2)]
    staff = [rooms_roster.save_staff(desk, actor, None, name=f"调解员{i}", kind="mediator").id for i in range(5)]
    first = date(2026, 11, 20) - timedelta(days=365 * YEARS)
    workdays = _history(desk, rooms, staff, first, 365 * YEARS)
    with db.reading() as session:
        assert session.execute(select(MedBooking.id).order_by(MedBooking.id.desc()).limit(1)).scalar_one() > 9000
    rng = random.Random(11)
    # Bookings are refused on public holidays and for days that have passed (issue 13): each create
    # happens on the morning of its own working day, amid a year of history.
    calendar = WorkCalendar.from_packaged()
    open_days = [d for d in workdays if not calendar.covers(d.year) or calendar.is_workday(d)]
    targets = iter(rng.sample(open_days, CREATES + 3))

    def create() -> None:
        day = next(targets)
        morning = _at(day, 8 * 60)
        bookings.create_booking(replace(desk, clock=lambda: morning), actor, rooms[0], _at(day, 16 * 60), _at(day, 17 * 60), [staff[0], staff[1]],
                                title="调解")

    samples = time_ms(create, CREATES, warmup=3)
    db.dispose()
    return round(percentile(samples, 95), 3)


def measure_agreement_pdf() -> float:
    preload()
    payload, meta, header = sample_agreement_payload(4, 10), sample_agreement_meta(), sample_header()
    samples = time_ms(lambda: render_agreement(payload, meta, header), PDF_RUNS, warmup=2)
    return round(percentile(samples, 50), 3)


def measure() -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="grid-desk-bench-mediation-") as folder:
        booking_p95 = measure_booking(Path(folder))
    return {"booking_create_ms_p95": booking_p95, "agreement_pdf_ms_p50": measure_agreement_pdf()}


if __name__ == "__main__":
    for name, value in measure().items():
        print(f"{name}: {value}")
