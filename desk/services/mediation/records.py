"""Session records (调解记录: time, place, participants, what was said, result) and investigation
records (调查记录: who was questioned, by whom). Adding one moves a registered case to "being mediated"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.services.mediation import views
from desk.services.mediation.common import load_case, require_aware, require_open, touch
from desk.services.mediation.rows import CaseDetail
from desk.store.models.mediation_case import MedSession

MSG_SESSION_KIND = QT_TRANSLATE_NOOP("DeskError", "Choose whether this is a mediation record or an investigation.")


@entry(needs=Permission.MEDIATION_WRITE)
def add_session(desk: Desk, actor: Actor, case_id: int, *, kind: str, held_at: datetime, place: str,
                record: str, participants: str = "", subject: str = "", result: str = "",
                recorder: str = "") -> CaseDetail:
    """调解记录 (kind "session") or 调查记录 (kind "investigation")."""
    if kind not in ("session", "investigation"):
        raise ValidationError(MSG_SESSION_KIND, field="kind")
    held = require_aware(held_at)
    values = dict(
        place=clean_text(place, field="place", label=QT_TRANSLATE_NOOP("Field", "Place"), max_length=120),
        participants=clean_text(participants, field="participants", label=QT_TRANSLATE_NOOP("Field", "Participants"),
                                max_length=300, required=False),
        subject=clean_text(subject, field="subject", label=QT_TRANSLATE_NOOP("Field", "Person questioned"),
                           max_length=200, required=kind == "investigation"),
        record=clean_text(record, field="record", label=QT_TRANSLATE_NOOP("Field", "Record"), max_length=20000,
                          multiline=True),
        result=clean_text(result, field="result", label=QT_TRANSLATE_NOOP("Field", "Result"), max_length=4000,
                          multiline=True, required=kind == "session"),
        recorder=clean_text(recorder, field="recorder", label=QT_TRANSLATE_NOOP("Field", "Recorder"), max_length=60),
    )

    def work(session: Session) -> CaseDetail:
        case = load_case(session, actor, case_id, lock=True)
        require_open(case)
        row = MedSession(case_id=case.id, kind=kind, held_at=held, created_by=actor.username, **values)
        session.add(row)
        case.status = "mediating"
        touch(case)
        session.flush()
        audit.append(session, actor, desk.now(), f"mediation.{kind}.add", "med_case", case.id, None,
                     {"record": row.id, "held_at": held.isoformat(), "place": values["place"]})
        return views.detail(session, case, actor)

    return write(desk, actor, Permission.MEDIATION_WRITE, work)
