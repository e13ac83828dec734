"""Issued documents (receipts, notices, agreements, slips) kept as issued, and every reprint (补打).

``issued_document`` keeps the PDF bytes handed out and everything needed to draw them again:
the payload given to the registered render function, the station header and the time zone at
the moment of issue.  The original is never changed; a reprint is a new row in
``issued_document_reprint`` (and an audit record).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models.base import Base, UTCDateTime


class IssuedDocument(Base):
    __tablename__ = "issued_document"
    __table_args__ = (
        Index("ix_issued_document_entity", "entity", "entity_id"),
        Index("ix_issued_document_kind_number", "kind", "number"),
        Index("ix_issued_document_station_issued_at", "station_id", "issued_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    kind: Mapped[str] = mapped_column(String(60))  # registry kind, e.g. "intake.receipt"
    number: Mapped[str] = mapped_column(String(60))  # document number printed on it ('' if none)
    title: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(40))  # the record it belongs to, e.g. "intake_case"
    entity_id: Mapped[str] = mapped_column(String(40))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    issued_by_name: Mapped[str] = mapped_column(String(60))  # as printed (经办人), even if renamed later
    terminal: Mapped[str] = mapped_column(String(80), default="")
    timezone: Mapped[str] = mapped_column(String(64))
    header_json: Mapped[str] = mapped_column(Text)  # the station header as printed
    payload_json: Mapped[str] = mapped_column(Text)  # what the render function received
    font: Mapped[str] = mapped_column(String(300))  # which font drew it, to explain a changed re-render
    # None: kept as its payload only (the queue slip, drawn and printed by the kiosk itself); the
    # original is drawn again from payload and header, then sha256 is "" and size 0.
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)


class IssuedDocumentReprint(Base):
    """One reprint (补打): who, when, on which terminal, and whether it matched the original exactly."""

    __tablename__ = "issued_document_reprint"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("issued_document.id"), index=True)
    reprinted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    user_name: Mapped[str] = mapped_column(String(60))
    terminal: Mapped[str] = mapped_column(String(80), default="")
    # False when this computer's font draws the document differently from the original's.
    exact: Mapped[bool] = mapped_column(Boolean)
