"""The payloads of the papers a clock change hands to the applicant (延期通知书, 告知书), built
inside the change's transaction so the paper states exactly what was saved."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desk.core.workdays import CALENDAR
from desk.documents.intake_clock_notice import (
    EXTENSION_KIND,
    EXTENSION_TITLE,
    PAUSE_KIND,
    PAUSE_TITLE,
    ExtensionNotice,
    PauseNotice,
)
from desk.documents.intake_notice import NoticeParty
from desk.services.intake.applicants import row as applicant_row
from desk.services.station import load_station
from desk.store.models import User
from desk.store.models.intake import Applicant, IntakeCase

CAUSES_ZH = {"hearing": "听证", "inspection": "检验", "testing": "检测", "appraisal": "鉴定", "expert_review": "专家评审"}


def _party(session: Session, case: IntakeCase) -> tuple[NoticeParty, str]:
    station = load_station(session, case.station_id)
    applicant = session.get(Applicant, case.applicant_id)
    assert applicant is not None
    clerk = session.get(User, case.first_clerk_id) if case.first_clerk_id else None
    party = NoticeParty(receipt_no=case.receipt_no, registered_at=case.registered_at, applicant_name=applicant.name,
                        applicant_number=applicant_row(applicant).id_masked, item_name=case.item_name,
                        clerk_name=clerk.display_name if clerk else "",
                        clerk_phone=station.phone or (clerk.phone if clerk else ""))
    return party, station.name


def extension_payload(session: Session, case: IntakeCase, old: date, new: date, reason: str, approved_by: str,
                      day: date) -> tuple[str, str, dict[str, Any]]:
    party, station = _party(session, case)
    return EXTENSION_KIND, EXTENSION_TITLE, ExtensionNotice(party, station, old, new, reason, approved_by,
                                                            day).to_payload()


def pause_payload(session: Session, case: IntakeCase, cause: str, reason: str, day: date,
                  expected_end: date | None) -> tuple[str, str, dict[str, Any]]:
    party, station = _party(session, case)
    unit = "日" if case.days_unit == CALENDAR else "个工作日"
    return PAUSE_KIND, PAUSE_TITLE, PauseNotice(party, station, CAUSES_ZH[cause], reason, day, expected_end,
                                                case.deadline, unit).to_payload()
