"""Intake timings: what a clerk waits for at the window.

- ``case_accept_ms_p95``: ``cases.take_in`` accepting an application (history and audit record
  included, the PDF not), on a SQLite file as at a single-PC station. Goal <= 25 ms.
- ``receipt_pdf_ms_p50``: drawing the 受理回执 (fonts preloaded, as the GUI does). Goal <= 40 ms.
- ``applicant_search_ms_p95``: ``applicants.search_applicants`` over 500,000 applicants, a mix of
  full ID numbers, phone numbers, name prefixes, full pinyin and pinyin initials. Goal <= 30 ms.

The 500,000 applicants are written straight into a temporary SQLite file with bulk inserts (the
schema comes from the real migrations); names are drawn from a few thousand combinations whose
pinyin keys are computed once.

    python -m desk.bench.intake
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from stdnum.cn import ric

from desk.bench.timing import percentile, time_ms
from desk.core.permissions import Role
from desk.documents.fonts import preload
from desk.documents.intake_receipt import render_intake_receipt
from desk.documents.intake_samples import sample_receipt
from desk.documents.samples import sample_header
from desk.services.context import Actor, Desk
from desk.services.intake import applicants, cases, catalogue
from desk.services.users import add_user, create_first_admin
from desk.store import migrate
from desk.store.engine import Database

APPLICANTS = 500_000
ACCEPTS = 120
SEARCHES = 400
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢单"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬建国志文海燕春梅金凤德胜晓东"
AREAS = ("310101", "310104", "310105", "310106", "310112", "310115", "320102", "330106", "110101", "440305")


def _open(path: Path) -> tuple[Desk, Actor]:
    db = Database("sqlite:///" + path.as_posix())
    migrate.upgrade(db)
    clock_start = datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc)
    desk = Desk(db, clock=lambda: clock_start)
    admin = create_first_admin(desk, "admin", "Admin", "bench-password-1")
    admin_actor = Actor(admin.id, admin.username, admin.display_name, Role.ADMIN, 1, "bench")
    clerk = add_user(desk, admin_actor, "clerk", "李晓梅", Role.CLERK, "bench-password-1", "13800000011")
    return desk, Actor(clerk.id, clerk.username, clerk.display_name, Role.CLERK, 1, "bench")


def _id_number(rng: random.Random) -> str:
    first17 = f"{rng.choice(AREAS)}{1940 + rng.randrange(65)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" \
              f"{rng.randrange(1000):03d}"
    return first17 + ric.calc_check_digit(first17 + "0")


def build_applicants(path: Path, count: int = APPLICANTS, seed: int = 5) -> list[tuple[str, str, str]]:
    """Bulk-insert ``count`` persons with their search keys; returns (id_number, phone, name) samples."""
    rng = random.Random(seed)
    names = sorted({rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
                    for _ in range(6000)})
    keys = {name: sorted(applicants.name_keys(name, person=True)) for name in names}
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    now = "2026-11-01 00:00:00.000000"
    seen: set[str] = set()
    samples: list[tuple[str, str, str]] = []
    people: list[tuple[object, ...]] = []
    key_rows: list[tuple[str, int]] = []
    for n in range(1, count + 1):
        number = _id_number(rng)
        while number in seen:
            number = _id_number(rng)
        seen.add(number)
        name = names[rng.randrange(len(names))]
        phone = f"1{rng.choice('3578')}{n:09d}"
        people.append((n, "person", name, number, phone, "", "", "", now, now))
        key_rows.extend((key, n) for key in keys[name])
        if n % 997 == 0:
            samples.append((number, phone, name))
    with conn:
        conn.executemany("INSERT INTO applicant (id, kind, name, id_number, phone, address, legal_representative, "
                         "contact_name, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", people)
        conn.executemany("INSERT INTO applicant_key (key, applicant_id) VALUES (?, ?)", key_rows)
    conn.execute("ANALYZE")
    conn.close()
    return samples


def _queries(samples: list[tuple[str, str, str]], rng: random.Random) -> list[str]:
    from desk.core.pinyin import search_keys

    out = []
    for number, phone, name in samples:
        full, initials = search_keys(name)
        out += [number, phone, phone[:7], name[:2], full.split()[0][:6], initials.split()[0]]
    rng.shuffle(out)
    return out[:SEARCHES]


def measure_search(folder: Path, count: int = APPLICANTS) -> float:
    desk, clerk = _open(folder / "search.sqlite3")
    samples = build_applicants(folder / "search.sqlite3", count)
    queries = _queries(samples, random.Random(7))
    for query in queries[:20]:  # warm the page cache and pypinyin's dictionaries
        applicants.search_applicants(desk, clerk, query)
    timings = []
    for query in queries:
        start = time.perf_counter()
        applicants.search_applicants(desk, clerk, query)
        timings.append((time.perf_counter() - start) * 1000)
    desk.db.dispose()
    return percentile(timings, 95)


def measure_accept(folder: Path) -> float:
    desk, clerk = _open(folder / "accept.sqlite3")
    moment = [datetime(2026, 11, 20, 1, 30, tzinfo=timezone.utc)]
    desk.clock = lambda: moment[0]
    rng = random.Random(3)
    people = [applicants.save_applicant(desk, clerk, applicants.ApplicantInput(
        "person", f"申请人{n}", id_number=_id_number(rng), phone=f"139{n:08d}")) for n in range(20)]
    items = [i for i in catalogue.search_items(desk, clerk) if i.kind == "promised" and i.materials]
    # Confirmed repeats: the list is cycled within one station day (the repeat check is still timed).
    requests = [cases.IntakeRequest(item.id, person.id, tuple(range(1, len(item.materials) + 1)), "accept",
                                    repeat_confirmed=True) for person in people for item in items]

    cases.take_in(desk, clerk, requests[-1])  # warm-up: first transaction, caches
    timings = []
    for n in range(ACCEPTS):
        moment[0] += timedelta(seconds=30)
        start = time.perf_counter()
        cases.take_in(desk, clerk, requests[n % len(requests)])
        timings.append((time.perf_counter() - start) * 1000)
    desk.db.dispose()
    return percentile(timings, 95)


def measure_receipt() -> float:
    preload()
    receipt, header = sample_receipt(), sample_header()
    timings = time_ms(lambda: render_intake_receipt(receipt, header), 40)
    return sorted(timings)[len(timings) // 2]


def measure(applicants_count: int = APPLICANTS) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="grid-desk-bench-") as tmp:
        folder = Path(tmp)
        return {
            "case_accept_ms_p95": round(measure_accept(folder), 2),
            "receipt_pdf_ms_p50": round(measure_receipt(), 2),
            "applicant_search_ms_p95": round(measure_search(folder, applicants_count), 2),
            "applicant_search_rows": applicants_count,
        }


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value}")
