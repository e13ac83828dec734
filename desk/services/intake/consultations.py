"""The consultation log: walk-in and hotline (热线) questions, what was answered and by whom.
Quick to fill in (topic and answer are enough) and counted in the daily log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.core.idnumbers import mask_phone, normalize_phone
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, read, write
from desk.services.entry import entry
from desk.store.models.intake import Consultation, ServiceItem

CHANNELS = ("walk_in", "hotline")
CHANNEL_LABELS = {"walk_in": QT_TRANSLATE_NOOP("Consultation", "walk-in"),
                  "hotline": QT_TRANSLATE_NOOP("Consultation", "hotline")}


@dataclass(frozen=True)
class ConsultationInput:
    channel: str
    topic: str
    answer: str
    question: str = ""
    item_id: int | None = None
    caller_name: str = ""
    caller_phone: str = ""


@dataclass(frozen=True)
class ConsultationRow:
    id: int
    at: datetime
    channel: str
    topic: str
    question: str
    answer: str
    item_name: str
    caller_name: str
    caller_phone: str
    answered_by: str


def clean_consultation(data: ConsultationInput) -> ConsultationInput:
    if data.channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Choose walk-in or hotline."), field="channel")
    phone = normalize_phone(data.caller_phone, field="caller_phone") if data.caller_phone.strip() else ""
    return ConsultationInput(
        channel=data.channel,
        topic=clean_text(data.topic, field="topic", label=QT_TRANSLATE_NOOP("Field", "Topic"), max_length=100),
        answer=clean_text(data.answer, field="answer", label=QT_TRANSLATE_NOOP("Field", "Answer"), max_length=2000,
                          multiline=True),
        question=clean_text(data.question, field="question", label=QT_TRANSLATE_NOOP("Field", "Question"),
                            max_length=2000, required=False, multiline=True),
        item_id=data.item_id,
        caller_name=clean_text(data.caller_name, field="caller_name", label=QT_TRANSLATE_NOOP("Field", "Caller"),
                               max_length=60, required=False),
        caller_phone=phone,
    )


@entry(needs=Permission.CONSULT_LOG)
def log_consultation(desk: Desk, actor: Actor, data: ConsultationInput) -> ConsultationRow:
    clean = clean_consultation(data)

    def work(session: Session) -> ConsultationRow:
        item = session.get(ServiceItem, clean.item_id) if clean.item_id is not None else None
        if clean.item_id is not None and item is None:
            raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "That service item no longer exists. Choose another."),
                                  field="item")
        row = Consultation(station_id=actor.station_id, at=desk.now(), channel=clean.channel, topic=clean.topic,
                           question=clean.question, answer=clean.answer, item_id=clean.item_id,
                           caller_name=clean.caller_name, caller_phone=clean.caller_phone,
                           answered_by_id=actor.user_id, answered_by=actor.display_name)
        session.add(row)
        session.flush()
        audit.append(session, actor, desk.now(), "consultation.add", "consultation", row.id, None,
                     {"channel": clean.channel, "topic": clean.topic})
        return ConsultationRow(row.id, row.at, row.channel, row.topic, row.question, row.answer,
                               item.name if item else "", row.caller_name, mask_phone(row.caller_phone),
                               row.answered_by)

    return write(desk, actor, Permission.CONSULT_LOG, work)


@entry(search=("text",))
def list_consultations(desk: Desk, actor: Actor, *, start: datetime | None = None, end: datetime | None = None,
                       text: str = "", limit: int = 500) -> list[ConsultationRow]:
    def work(session: Session) -> list[ConsultationRow]:
        query = (select(Consultation, ServiceItem.name).outerjoin(ServiceItem, Consultation.item_id == ServiceItem.id)
                 .order_by(Consultation.at.desc()).limit(limit))
        if start is not None:
            query = query.where(Consultation.at >= start)
        if end is not None:
            query = query.where(Consultation.at < end)
        if text.strip():
            pattern = f"%{text.strip()}%"
            query = query.where(or_(Consultation.topic.like(pattern), Consultation.question.like(pattern),
                                    Consultation.answer.like(pattern)))
        return [ConsultationRow(c.id, c.at, c.channel, c.topic, c.question, c.answer, name or "", c.caller_name,
                                mask_phone(c.caller_phone), c.answered_by) for c, name in session.execute(query).all()]

    return read_personal(desk, actor, Permission.CONSULT_LOG, work, action="consultation.list",
                         subject="consultation", seen=lambda rows: [r.id for r in rows])


@entry
def channel_counts(desk: Desk, actor: Actor, start: datetime, end: datetime) -> dict[str, int]:
    """Consultations per channel in [start, end) for the daily log (every channel present)."""

    def work(session: Session) -> dict[str, int]:
        rows = session.execute(select(Consultation.channel, func.count(Consultation.id))
                               .where(Consultation.at >= start, Consultation.at < end)
                               .group_by(Consultation.channel)).all()
        counts = dict.fromkeys(CHANNELS, 0)
        counts.update({channel: n for channel, n in rows})
        return counts

    return read(desk, actor, Permission.REPORT_VIEW, work)
