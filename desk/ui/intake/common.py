"""What the intake screens share: translated labels, deadline colours, opening a document."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desk.services.intake.case_queries import CaseRow
from desk.services.intake.common import STATUS_LABELS

OVERDUE = "#c62828"  # red
DUE_SOON = "#b26a00"  # amber, readable on white
UNKNOWN = "#6a1b9a"  # purple: the calendar lacks a year



def status_label(status: str) -> str:
    return QCoreApplication.translate("CaseStatus", STATUS_LABELS.get(status, status))


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("IntakeUi", "on the spot (即办件)") if kind == "instant" else QCoreApplication.translate("IntakeUi", "promised (承诺件)")


def days_label(days: int | None, unit: str = "working") -> str:
    if days is None:
        return QCoreApplication.translate("IntakeUi", "no fixed limit")
    if days == 0:
        return QCoreApplication.translate("IntakeUi", "on the spot")
    if unit == "calendar":  # 日: counted on the calendar, moved off a rest day at the end
        return QCoreApplication.translate("IntakeUi", "{0} calendar days").format(days)
    return QCoreApplication.translate("IntakeUi", "{0} working days").format(days)


def statutory_label(days: int | None, note: str, unit: str = "working") -> str:
    """A statutory limit in the item's unit, or "see the note" (local rules...)."""
    if days is None and note:
        return QCoreApplication.translate("IntakeUi", "see the note")
    return days_label(days, unit)


def deadline_text(row: CaseRow) -> str:
    if row.deadline is not None and row.deadline_state == "paused":
        return QCoreApplication.translate("IntakeUi", "{0} (paused)").format(row.deadline.isoformat())
    if row.deadline is not None:
        return row.deadline.isoformat()
    if row.deadline_missing_year is not None:
        return QCoreApplication.translate("IntakeUi", "unknown: no {0} calendar").format(row.deadline_missing_year)
    return ""


def deadline_colour(row: CaseRow) -> str | None:
    return {"overdue": OVERDUE, "due_soon": DUE_SOON, "unknown": UNKNOWN}.get(row.deadline_state)


def state_label(row: CaseRow) -> str:
    return {"overdue": QCoreApplication.translate("IntakeUi", "overdue"), "due_soon": QCoreApplication.translate("IntakeUi", "due soon"), "unknown": QCoreApplication.translate("IntakeUi", "calendar missing"),
            "ok": QCoreApplication.translate("IntakeUi", "on time"),
            "paused": QCoreApplication.translate("IntakeUi", "paused (time not counted)")}.get(row.deadline_state, "")


def iso(day: date | None) -> str:
    return day.isoformat() if day else ""


