"""Pure rules of people's mediation (人民调解): times of day, booking intervals, case numbers,
agreement copies and the judicial-confirmation window. No I/O; the services apply them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.core.workdays import WorkCalendar

# 人民调解法 Art. 33: joint application for judicial confirmation within 30 days of effect.
JUDICIAL_CONFIRMATION_DAYS = 30
JUDICIAL_REMINDER_DAYS = 7  # remind this many days before the window closes
# 人民调解工作若干规定 Art. 33: a dispute is normally settled within one month (calendar days).
SETTLE_WITHIN_DAYS = 30
MAX_BOOKING = timedelta(hours=12)  # a booking lies within one opening day; keeps the overlap query indexed

STAFF_KINDS = {
    "mediator": QT_TRANSLATE_NOOP("Mediation", "Mediator"),
    "police": QT_TRANSLATE_NOOP("Mediation", "Community police"),
    "lawyer": QT_TRANSLATE_NOOP("Mediation", "Counsel lawyer"),
}
CASE_SOURCES = {
    "application": QT_TRANSLATE_NOOP("Mediation", "Application by a party"),
    "initiative": QT_TRANSLATE_NOOP("Mediation", "Committee's own initiative"),
    "window": QT_TRANSLATE_NOOP("Mediation", "Referral from a service window"),
    "grid": QT_TRANSLATE_NOOP("Mediation", "Referral from the grid worker"),
}
# Printed names of the sources (受理登记表 / 结案报告表 wording).
CASE_SOURCES_ZH = {"application": "当事人申请", "initiative": "人民调解委员会主动调解",
                   "window": "窗口移交", "grid": "网格员移交"}
# The 15 types of the judicial administration's monthly statistics (reference § 12).
DISPUTE_TYPES = ("婚姻家庭纠纷", "邻里纠纷", "房屋宅基地纠纷", "合同纠纷", "生产经营纠纷", "损害赔偿纠纷",
                 "山林土地纠纷", "征地拆迁纠纷", "环境污染纠纷", "劳动争议纠纷", "消费纠纷", "医疗纠纷",
                 "道路交通事故纠纷", "物业纠纷", "其他纠纷")
OUTCOMES = {
    "success": QT_TRANSLATE_NOOP("Mediation", "Settled"),
    "failure": QT_TRANSLATE_NOOP("Mediation", "Not settled"),
    "terminated": QT_TRANSLATE_NOOP("Mediation", "Terminated"),
}
PERFORMANCE = {
    "full": QT_TRANSLATE_NOOP("Mediation", "Fully performed"),
    "partial": QT_TRANSLATE_NOOP("Mediation", "Partly performed"),
    "none": QT_TRANSLATE_NOOP("Mediation", "Not performed"),
    "not_due": QT_TRANSLATE_NOOP("Mediation", "Not yet due"),
}
PERFORMANCE_ZH = {"full": "已全部履行", "partial": "部分履行", "none": "未履行", "not_due": "履行期限未到"}

DEFAULT_NUMBER_FORMAT = "（{year}）{abbr}人调字第{serial}号"
MSG_BAD_TIME = QT_TRANSLATE_NOOP("DeskError", "Enter {label} as hours and minutes, such as 08:30.")
MSG_NUMBER_FORMAT = QT_TRANSLATE_NOOP(
    "DeskError",
    "The case number format must contain {{year}} and {{serial}} (and may contain {{abbr}}), "
    "for example （{{year}}）{{abbr}}人调字第{{serial}}号.",
)

_TIME = re.compile(r"^\s*(\d{1,2})\s*[:：.]\s*(\d{2})\s*$")


def parse_minutes(text: str, *, field: str, label: str) -> int:
    """'8:30' / '08:30' / '24:00' -> minutes after midnight."""
    found = _TIME.match(text or "")
    if not found:
        raise ValidationError(MSG_BAD_TIME, field=field, label=label)
    hours, minutes = int(found.group(1)), int(found.group(2))
    if minutes > 59 or hours * 60 + minutes > 24 * 60:
        raise ValidationError(MSG_BAD_TIME, field=field, label=label)
    return hours * 60 + minutes


def format_minutes(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def overlaps(start: datetime, end: datetime, other_start: datetime, other_end: datetime) -> bool:
    """Half-open intervals [start, end) and [other_start, other_end): touching ends do not overlap."""
    return start < other_end and other_start < end


def format_case_number(template: str, year: int, serial: int, abbr: str) -> str:
    return template.format(year=year, serial=serial, abbr=abbr)


def check_number_format(template: str) -> str:
    template = (template or "").strip()
    if "{year}" not in template or "{serial}" not in template:
        raise ValidationError(MSG_NUMBER_FORMAT, field="number_format")
    try:
        format_case_number(template, 2026, 1, "某某")
    except (KeyError, IndexError, ValueError):
        raise ValidationError(MSG_NUMBER_FORMAT, field="number_format") from None
    return template


def agreement_copies(party_count: int) -> int:
    """人民调解法 Art. 29: each party keeps one copy and the committee keeps one."""
    return party_count + 1


def judicial_last_day(effective_on: date, calendar: WorkCalendar | None = None) -> tuple[date, bool]:
    """Last day to apply jointly for judicial confirmation (Art. 33: within 30 days of effect), and
    whether it is provisional (its year's holiday arrangement is not entered yet, so it may still move).

    The effective day itself is not counted (民法典 Art. 201), so the window ends 30 days later; a
    window ending on a rest day or holiday ends on the next working day instead (Art. 203), never on
    元旦 (``WorkCalendar.calendar_days_end``, the same rule as intake limits in 日).
    """
    if calendar is None:
        return effective_on + timedelta(days=JUDICIAL_CONFIRMATION_DAYS), True
    day, missing_year = calendar.calendar_days_end(effective_on, JUDICIAL_CONFIRMATION_DAYS)
    return day, missing_year is not None


def judicial_deadline_is_provisional(effective_on: date, calendar: WorkCalendar | None) -> bool:
    return judicial_last_day(effective_on, calendar)[1]


def judicial_deadline(effective_on: date, calendar: WorkCalendar | None = None) -> date:
    return judicial_last_day(effective_on, calendar)[0]


def judicial_window_state(effective_on: date | None, applied_on: date | None, today: date,
                          calendar: WorkCalendar | None = None, last: date | None = None) -> str:
    """'pending' (not yet effective), 'applied', 'open', 'closing' (reminder due), 'closed'. ``last``: the
    window's last day when the caller has it already (an agreement row), else counted on ``calendar``."""
    if applied_on is not None:
        return "applied"
    if effective_on is None:
        return "pending"
    last = last or judicial_deadline(effective_on, calendar)
    if today > last:
        return "closed"
    if (last - today).days <= JUDICIAL_REMINDER_DAYS:
        return "closing"
    return "open"


def chinese_number(n: int) -> str:
    """1..99 in Chinese numerals for 一式N份 and numbered terms (一、二、…)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else digits[tens]
    return f"{head}十{digits[ones] if ones else ''}"


def terms_awaiting_visit(due_dates: Sequence[date | None], visit_days: Iterable[date], today: date) -> list[int]:
    """Positions (1-based) of the agreed terms past their deadline with no follow-up visit on or after it:
    a visit before a term fell due could not see it performed (人民调解法 Art. 31: the committee supervises
    performance). The daily log's "follow-ups due" counts agreements with any such term, in SQL, by this rule."""
    visits = list(visit_days)
    return [n for n, due in enumerate(due_dates, start=1)
            if due is not None and due <= today and not any(due <= v <= today for v in visits)]
