"""Mediation cases (人民调解案件): parties, sessions and investigations, agreement, follow-ups, case file.

Field names follow the Ministry of Justice forms (see docs and the reference in shared/): a party
has 姓名、性别、民族、年龄、职业或职务、联系方式、单位或住址, an organisation 名称、住所、法定代表人或负责人.
``revision`` on the case grows with every change to anything in it, so a screen can tell cheaply
whether it needs to read the case again (a read is audited, a revision check is not).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models.base import Base, UTCDateTime, utcnow


class MedCaseCounter(Base):
    """Last serial per station and year; locked while a case number is issued."""

    __tablename__ = "med_case_counter"

    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)


class MedCase(Base):
    __tablename__ = "med_case"
    __table_args__ = (
        UniqueConstraint("station_id", "year", "serial"),
        UniqueConstraint("station_id", "number"),
        CheckConstraint("outcome IS NULL OR outcome IN ('success', 'failure', 'terminated')", name="outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60))
    source: Mapped[str] = mapped_column(String(20))  # application / initiative / window / grid
    referral_note: Mapped[str] = mapped_column(String(200), default="")
    dispute_type: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(120))  # 纠纷名称 / 事由
    facts: Mapped[str] = mapped_column(Text, default="")  # 纠纷简要情况
    requests: Mapped[str] = mapped_column(Text, default="")  # 当事人申请事项
    status: Mapped[str] = mapped_column(String(20), default="registered")  # registered / mediating / closed
    mediator_staff_id: Mapped[int | None] = mapped_column(ForeignKey("med_staff.id"), nullable=True)
    accepted_on: Mapped[date] = mapped_column(Date)
    registered_by: Mapped[str] = mapped_column(String(60))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)


class MedParty(Base):
    __tablename__ = "med_party"
    __table_args__ = (
        CheckConstraint("side IN ('applicant', 'respondent')", name="side"),
        CheckConstraint("kind IN ('person', 'organisation')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("med_case.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    side: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(2), default="")  # 男 / 女
    ethnicity: Mapped[str] = mapped_column(String(20), default="")
    age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    id_number: Mapped[str] = mapped_column(String(18), default="")
    occupation: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")  # 单位或住址 / 住所
    uscc: Mapped[str] = mapped_column(String(18), default="")
    legal_rep: Mapped[str] = mapped_column(String(60), default="")  # 法定代表人或负责人
    agent: Mapped[str] = mapped_column(String(60), default="")  # 参加调解的代表人 / 委托代理人


class MedSession(Base):
    """A mediation session record (调解记录) or an investigation record (调查记录)."""

    __tablename__ = "med_session"
    __table_args__ = (CheckConstraint("kind IN ('session', 'investigation')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("med_case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    held_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(String(120))
    participants: Mapped[str] = mapped_column(String(300), default="")  # 参加人 / 调查人
    subject: Mapped[str] = mapped_column(String(200), default="")  # 被调查人 (investigations)
    record: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text, default="")
    recorder: Mapped[str] = mapped_column(String(60), default="")
    created_by: Mapped[str] = mapped_column(String(40))


class MedAgreement(Base):
    """The written agreement (协议书) or the registration of an oral one (口头协议登记表)."""

    __tablename__ = "med_agreement"
    __table_args__ = (
        UniqueConstraint("case_id"),
        CheckConstraint("kind IN ('written', 'oral')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("med_case.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(10))
    facts: Mapped[str] = mapped_column(Text, default="")  # 纠纷主要事实
    disputed: Mapped[str] = mapped_column(Text, default="")  # 争议事项
    responsibilities: Mapped[str] = mapped_column(Text, default="")  # 各方当事人的责任
    performance_method: Mapped[str] = mapped_column(Text, default="")  # 履行方式
    performance_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)  # 履行期限
    mediator_name: Mapped[str] = mapped_column(String(60), default="")
    recorder_name: Mapped[str] = mapped_column(String(60), default="")
    agreed_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # oral: effective that day
    effective_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # all signed and sealed
    effective_recorded_by: Mapped[str] = mapped_column(String(40), default="")
    judicial_applied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    judicial_court: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class MedAgreementTerm(Base):
    __tablename__ = "med_agreement_term"
    __table_args__ = (UniqueConstraint("agreement_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("med_agreement.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # A term may fall due before the others (pay now, repair within a month); empty: the agreement's 履行期限.
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)


class MedFollowUp(Base):
    """A follow-up visit (回访记录), linked to the agreement and so to its number."""

    __tablename__ = "med_followup"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("med_agreement.id", ondelete="CASCADE"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    party_name: Mapped[str] = mapped_column(String(100))
    method: Mapped[str] = mapped_column(String(12))  # visit / phone
    performance: Mapped[str] = mapped_column(String(12))  # full / partial / none / not_due
    satisfied: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text)  # 回访情况
    measures: Mapped[str] = mapped_column(Text, default="")  # 已采取的措施
    visitor: Mapped[str] = mapped_column(String(60))


class MedFileItem(Base):
    """What the case file (卷宗) holds for one entry of the 卷内目录, as ticked by the mediator."""

    __tablename__ = "med_file_item"

    case_id: Mapped[int] = mapped_column(ForeignKey("med_case.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1..13, order of the 卷内目录
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    pages: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(String(120), default="")
