"""One-window intake (一窗受理): catalogue, applicants, cases with their materials and history,
consultations and satisfaction ratings.

Cases keep a copy of what was promised at intake (item name, kind, time limits, materials):
the catalogue may change later, but a receipt already handed over must stay true.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models.base import Base, UTCDateTime, utcnow

# Prefix searches run as range scans (key >= q AND key < q-next) on a B-tree. PostgreSQL must
# compare these columns byte-wise ("C") for that to be exact whatever the server's locale is;
# SQLite compares byte-wise already.
SearchKey = String(120).with_variant(String(120, collation="C"), "postgresql")


class ServiceCategory(Base):
    __tablename__ = "service_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)


class ServiceItem(Base):
    __tablename__ = "service_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    category_id: Mapped[int] = mapped_column(ForeignKey("service_category.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # "instant" (即办件) or "promised" (承诺件)
    promised_days: Mapped[int | None] = mapped_column(Integer, nullable=True)  # working days; None = no limit
    statutory_days: Mapped[int | None] = mapped_column(Integer, nullable=True)  # working days; None = see note
    statutory_note: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(String(100), default="")  # "全市通办,只跑一次"
    fee: Mapped[str] = mapped_column(String(200), default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    delivery: Mapped[str] = mapped_column(String(200), default="")  # how the result reaches the applicant
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    name_pinyin: Mapped[str] = mapped_column(String(400), default="")
    name_initials: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # -- papers-deadlines (migration i0006): the unit of promised_days and statutory_days --
    # "working" (工作日) or "calendar" (日, e.g. 居住证暂行条例 §9: 15 日), see desk.core.workdays.DayUnit.
    days_unit: Mapped[str] = mapped_column(String(10), default="working", server_default="working")


class ServiceMaterial(Base):
    __tablename__ = "service_material"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))
    form: Mapped[str] = mapped_column(String(20), default="原件")  # 原件 / 复印件 / 原件+复印件
    copies: Mapped[int] = mapped_column(Integer, default=1)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # 容缺: a secondary material the window may accept the application without, under the applicant's
    # signed 承诺书 to bring it by a date (only a required material can be; an optional one is never demanded).
    # Column "may_defer": DEFERRABLE is a reserved word in PostgreSQL, and SQL typed by hand would trip on it.
    deferrable: Mapped[bool] = mapped_column("may_defer", Boolean, default=False, server_default=false())


class Applicant(Base):
    """A person (ID number, or another identity document) or an organisation (统一社会信用代码)."""

    __tablename__ = "applicant"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # "person" or "organisation"
    name: Mapped[str] = mapped_column(String(100))
    # Deferred: loading an applicant never reads the full ID number. On PostgreSQL a clerk's login may not read
    # this column at all (desk.store.pg_grants); screens, lists and receipts show ``id_masked``.
    # A person's document number: the 18-digit resident ID, or a passport's, a 通行证's... (``id_type``).
    id_number: Mapped[str | None] = mapped_column(String(30), nullable=True, unique=True, deferred=True)  # persons
    id_masked: Mapped[str] = mapped_column(String(30), default="")  # 110***********1234, kept with id_number
    # desk.core.id_documents: resident_id (居民身份证), passport, hk_mo_permit...; other + the document's name.
    id_type: Mapped[str] = mapped_column(String(20), default="resident_id", server_default="resident_id")
    id_type_other: Mapped[str] = mapped_column(String(20), default="", server_default="")
    uscc: Mapped[str | None] = mapped_column(String(18), nullable=True, unique=True)  # organisations
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    legal_representative: Mapped[str] = mapped_column(String(60), default="")
    contact_name: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ApplicantKey(Base):
    """Search keys of an applicant's name: the name itself, its full pinyin and its initials, one
    row per alternative reading (单 shan/dan), so every kind of query is one index range scan."""

    __tablename__ = "applicant_key"

    key: Mapped[str] = mapped_column(SearchKey, primary_key=True)
    applicant_id: Mapped[int] = mapped_column(
        ForeignKey("applicant.id", ondelete="CASCADE"), primary_key=True, index=True)


class ReceiptCounter(Base):
    """Last serial per station and local day; receipt numbers are issued under its row lock."""

    __tablename__ = "intake_counter"

    station_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class IntakeCase(Base):
    __tablename__ = "intake_case"
    __table_args__ = (Index("ix_intake_case_status_deadline", "status", "deadline"),
                      Index("ix_intake_case_pledge", "pledge_status", "pledge_due"))

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(24), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id"), index=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id"), index=True)
    # The queue ticket the visit came with. The queue capability is built concurrently, so this is a
    # plain integer for now; a later migration turns it into a foreign key to the ticket table.
    ticket_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    item_name: Mapped[str] = mapped_column(String(100))
    item_kind: Mapped[str] = mapped_column(String(10))
    promised_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    statutory_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    delivery: Mapped[str] = mapped_column(String(200), default="")
    first_clerk_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)  # 首问负责人
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True, index=True)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    clock_start: Mapped[date | None] = mapped_column(Date, nullable=True)  # local day all materials were in
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    statutory_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Set when the deadline needs a year the calendar has no data for: flagged, never guessed.
    deadline_missing_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    materials_due: Mapped[date | None] = mapped_column(Date, nullable=True)  # bring missing ones by
    reason: Mapped[str] = mapped_column(Text, default="")  # refusal / withdrawal reason
    # A refusal's legal basis, and where to apply instead when the matter is outside the station's
    # competence (行政许可法 Art. 32): both printed on the 不予受理通知书.
    refusal_basis: Mapped[str] = mapped_column(String(300), default="", server_default="")
    refer_to: Mapped[str] = mapped_column(String(200), default="", server_default="")
    result: Mapped[str] = mapped_column(Text, default="")
    proxy_name: Mapped[str] = mapped_column(String(60), default="")  # 帮办代办
    proxy_id_number: Mapped[str] = mapped_column(String(30), default="", deferred=True)  # like Applicant.id_number
    proxy_id_masked: Mapped[str] = mapped_column(String(30), default="")
    proxy_id_type: Mapped[str] = mapped_column(String(20), default="resident_id", server_default="resident_id")
    proxy_id_type_other: Mapped[str] = mapped_column(String(20), default="", server_default="")
    proxy_relation: Mapped[str] = mapped_column(String(30), default="")
    proxy_phone: Mapped[str] = mapped_column(String(40), default="")
    envelope_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    envelope_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Indexed: the daily log counts "completed on day X" over years of cases.
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # 容缺受理: accepted with 容缺 materials missing under a signed 承诺书; "open" until they are all in
    # ("closed"), "" for every other case. pledge_due: the date the 承诺书 promises them by.
    pledge_status: Mapped[str] = mapped_column(String(10), default="", server_default="")
    pledge_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    pledge_closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # -- papers-deadlines (migration i0006): limit unit and Art. 45 pause; history in intake_case_clock --
    days_unit: Mapped[str] = mapped_column(String(10), default="working", server_default="working")
    # The day an Art. 45 pause (听证, 检验, 检测, 鉴定, 专家评审) began; None while the clock runs.
    paused_since: Mapped[date | None] = mapped_column(Date, nullable=True)


class CaseClockChange(Base):
    """An Art. 42 extension or an Art. 45 pause of a case's clock, in order (papers-deadlines, i0006).

    The case's deadline is these applied in turn to the limit counted from ``clock_start``
    (``desk.services.intake.clock.replay``), so a deadline worked out later (a calendar year
    entered after the fact) still respects them.
    """

    __tablename__ = "intake_case_clock"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("intake_case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # "extension" or "pause"
    cause: Mapped[str] = mapped_column(String(20), default="")  # a pause's: hearing, inspection, testing...
    reason: Mapped[str] = mapped_column(Text, default="")
    start_on: Mapped[date] = mapped_column(Date)  # approved on / paused on
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # resumed on; None while paused
    days: Mapped[int | None] = mapped_column(Integer, nullable=True)  # days not counted, set on resume
    expected_end: Mapped[date | None] = mapped_column(Date, nullable=True)  # a pause's expected end (Art. 45 告知)
    old_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    new_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)  # an extension's new deadline
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    by_name: Mapped[str] = mapped_column(String(60), default="")
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    ended_by_name: Mapped[str] = mapped_column(String(60), default="")


class CaseMaterial(Base):
    __tablename__ = "intake_case_material"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("intake_case.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))
    form: Mapped[str] = mapped_column(String(20), default="原件")
    copies: Mapped[int] = mapped_column(Integer, default=1)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Ticked "not applicable" for this applicant (e.g. a marriage certificate for someone unmarried):
    # neither received nor missing, so never demanded on the one-time notice.
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    deferrable: Mapped[bool] = mapped_column("may_defer", Boolean, default=False,  # 容缺, as at intake
                                             server_default=false())


class CaseEvent(Base):
    """One step of a case's history, in order: who did what, from which status to which."""

    __tablename__ = "intake_case_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("intake_case.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    user_name: Mapped[str] = mapped_column(String(60), default="")
    action: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Consultation(Base):
    """A walk-in or hotline (热线) question and the answer given; counted in the daily log."""

    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    channel: Mapped[str] = mapped_column(String(10))  # "walk_in" or "hotline"
    topic: Mapped[str] = mapped_column(String(100))
    question: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    item_id: Mapped[int | None] = mapped_column(ForeignKey("service_item.id"), nullable=True)
    caller_name: Mapped[str] = mapped_column(String(60), default="")
    caller_phone: Mapped[str] = mapped_column(String(40), default="")
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    answered_by: Mapped[str] = mapped_column(String(60), default="")


class Rating(Base):
    """好差评 for one visit: level 5 非常满意 … 1 非常不满意; 1 and 2 open a follow-up."""

    __tablename__ = "rating"
    __table_args__ = (UniqueConstraint("case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    level: Mapped[int] = mapped_column(SmallInteger)
    comment: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("intake_case.id"), nullable=True)
    ticket_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # queue ticket; see IntakeCase
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    clerk_name: Mapped[str] = mapped_column(String(60), default="")
    follow_up_status: Mapped[str] = mapped_column(String(10), default="", index=True)  # "", open, closed
    follow_up_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    follow_up_missing_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    follow_up_outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up_by: Mapped[str] = mapped_column(String(60), default="")
    follow_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
