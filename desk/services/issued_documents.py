"""Issue documents and reprint them exactly (补打).

``issue`` draws a document through the registry (``desk.documents.registry``) and keeps what was
handed out: the PDF bytes and their SHA-256, plus the payload, the station header and the time
zone that reproduce it.  ``original_pdf`` returns those bytes unchanged.  ``reprint`` draws the
document again from the stored data with ``reprinted_at`` set (the red "补打 time" stamp) and logs
the reprint; the original row is never touched.

Documents are drawn with the fonts of the computer that prints them.  When this computer's font
differs from the one the original was drawn with, a re-render is no longer byte-identical:
``check_reproduction`` and ``reprint_checked`` say so (and the reprint log records it), while the
stored original stays what "Preview original" hands out.

Capabilities whose own transaction must include the document (a case and its receipt are saved
together or not at all) call ``issue_in_session`` before their own ``audit.append``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, defer

from desk.core.errors import QT_TRANSLATE_NOOP, NotFound
from desk.core.permissions import Permission
from desk.documents import registry
from desk.documents.fonts import DocumentFonts, document_fonts
from desk.documents.model import DocumentMeta, StationHeader
from desk.services import audit
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, read, require, write
from desk.services.entry import entry
from desk.services.record_refs import references
from desk.services.station import load_station
from desk.store.models import Station
from desk.store.models.documents import IssuedDocument as IssuedDocumentRecord
from desk.store.models.documents import IssuedDocumentReprint

LIST_LIMIT = 500


@dataclass(frozen=True)
class IssuedDocumentRow:
    id: int
    kind: str
    number: str
    title: str
    entity: str
    entity_id: str
    issued_at: datetime
    issued_by_id: int | None
    issued_by_name: str
    terminal: str
    sha256: str
    size: int
    reprint_count: int
    last_reprinted_at: datetime | None
    reference: str = ""  # the record's receipt or case number (never its database id)


@dataclass(frozen=True)
class IssuedDocument:
    """A document just issued: its id (for reprints later) and the PDF to print now."""

    id: int
    kind: str
    number: str
    title: str
    entity: str
    entity_id: str
    issued_at: datetime
    issued_by_id: int | None
    issued_by_name: str
    sha256: str
    pdf: bytes = field(repr=False)


@dataclass(frozen=True)
class ReproductionCheck:
    """Whether drawing the stored data again on this computer gives the original's bytes."""

    document_id: int
    exact: bool
    stored_sha256: str
    rendered_sha256: str
    issued_font: str  # the font the original was drawn with
    current_font: str  # the font this computer draws with now

    @property
    def font_changed(self) -> bool:
        return self.issued_font != self.current_font


@dataclass(frozen=True)
class ReprintResult:
    pdf: bytes  # the document with the 补打 stamp
    check: ReproductionCheck


# -- helpers ----------------------------------------------------------------------------------------
def station_header(station: Station) -> StationHeader:
    """The header documents print, from the station record (empty fields left out)."""
    return StationHeader(name=station.name, committee_name=station.committee_name or None,
                         address=station.address or None, phone=station.phone or None,
                         seal_text=station.seal_text or None)


def font_description(fonts: DocumentFonts) -> str:
    return f"{fonts.source}:{fonts.path}" if fonts.path else fonts.source


def _canonical_payload(payload: dict[str, Any]) -> str:
    try:
        return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        # A programming error in the capability: payloads are plain JSON (use registry.encode_time).
        raise ValueError(f"a document payload must be plain JSON data: {exc}") from exc


def _meta(doc: IssuedDocumentRecord, reprinted_at: datetime | None = None) -> DocumentMeta:
    return DocumentMeta(title=doc.title, printed_at=doc.issued_at, number=doc.number or None,
                        operator=doc.issued_by_name or None, reprinted_at=reprinted_at, timezone=doc.timezone)


def _header(doc: IssuedDocumentRecord) -> StationHeader:
    return StationHeader(**json.loads(doc.header_json))


def _render_stored(doc: IssuedDocumentRecord, reprinted_at: datetime | None = None) -> bytes:
    return registry.render(doc.kind, json.loads(doc.payload_json), _meta(doc, reprinted_at), _header(doc))


def _sha256(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


def _require_kind(actor: Actor, kind: registry.DocumentKind) -> None:
    if kind.permission is not None:
        require(actor, kind.permission)


def _load(session: Session, actor: Actor, doc_id: int) -> IssuedDocumentRecord:
    doc = session.get(IssuedDocumentRecord, doc_id)
    if doc is None or doc.station_id != actor.station_id:
        raise NotFound(QT_TRANSLATE_NOOP(
            "DeskError", "Document {id} was not found. Search the issued documents again; it may belong to "
                         "another station."), id=doc_id)
    return doc


def _require_issue(actor: Actor, kind: str) -> None:
    """Handing out an official paper needs the right to what it records (a kiosk or a hall display can
    never issue an agreement or a receipt); a kind that names no permission is for staff only."""
    require(actor, registry.lookup(kind).permission or Permission.DOCUMENT_REPRINT)


def _kind_permission_for_stored(actor: Actor, kind: str) -> None:
    """Kinds this version cannot draw any more still open as originals (no extra permission known)."""
    try:
        entry = registry.lookup(kind)
    except NotFound:
        return
    _require_kind(actor, entry)


# -- issue ------------------------------------------------------------------------------------------
def _draw(actor: Actor, station: Station, at: datetime, kind: str, number: str, title: str,
          payload: dict[str, Any], entity: str, entity_id: object) -> IssuedDocumentRecord:
    """Render the document and build its (unsaved) record."""
    entry = registry.lookup(kind)
    payload_json = _canonical_payload(payload)
    header = station_header(station)
    meta = DocumentMeta(title=title, printed_at=at, number=number or None,
                        operator=actor.display_name or None, timezone=station.timezone)
    fonts = document_fonts()
    # The function sees the payload exactly as a reprint will: after the JSON round trip.
    pdf = entry.render(json.loads(payload_json), meta, header)
    return IssuedDocumentRecord(
        station_id=actor.station_id, kind=kind, number=number, title=title, entity=entity,
        entity_id=str(entity_id), issued_at=at, issued_by_id=actor.user_id, issued_by_name=actor.display_name,
        terminal=actor.terminal, timezone=station.timezone,
        header_json=json.dumps(asdict(header), ensure_ascii=False, sort_keys=True),
        payload_json=payload_json, font=font_description(fonts)[:300], pdf=pdf, sha256=_sha256(pdf),
        size=len(pdf),
    )


def _store(session: Session, actor: Actor, doc: IssuedDocumentRecord) -> IssuedDocument:
    session.add(doc)
    session.flush()
    audit.append(session, actor, doc.issued_at, "document.issue", "issued_document", doc.id, None,
                 {"kind": doc.kind, "number": doc.number, "title": doc.title, "entity": doc.entity,
                  "entity_id": doc.entity_id, "sha256": doc.sha256, "size": doc.size})
    return IssuedDocument(doc.id, doc.kind, doc.number, doc.title, doc.entity, doc.entity_id, doc.issued_at,
                          doc.issued_by_id, doc.issued_by_name, doc.sha256, doc.pdf)


def issue_in_session(session: Session, actor: Actor, at: datetime, kind: str, number: str, title: str,
                     payload: dict[str, Any], entity: str, entity_id: object) -> IssuedDocument:
    """Draw and store a document inside the caller's transaction, with its audit record.

    For a capability that saves a record and its document together (nothing half-saved).  Call
    it before the caller's own ``audit.append``, which must come last.
    """
    _require_issue(actor, kind)
    station = load_station(session, actor.station_id)
    return _store(session, actor, _draw(actor, station, at, kind, number, title, payload, entity, entity_id))


@entry
def issue(desk: Desk, actor: Actor, kind: str, number: str, title: str, payload: dict[str, Any],
          entity: str, entity_id: object) -> IssuedDocument:
    """Draw a registered document, keep it and audit it in one transaction.

    Returns what was stored, with the PDF to show or print (``print_directly`` / ``show_preview``).
    The capability's own service has checked that the actor may do what the document records.
    """
    _require_issue(actor, kind)
    at = desk.now()
    station = desk.db.read(lambda session: load_station(session, actor.station_id))
    # Drawn before the write transaction starts, so other terminals never wait for the renderer.
    doc = _draw(actor, station, at, kind, number, title, payload, entity, entity_id)

    def work(session: Session) -> IssuedDocument:
        # A fresh record per attempt: the transaction may be retried after losing a race.
        record = IssuedDocumentRecord(**{c.key: getattr(doc, c.key) for c in IssuedDocumentRecord.__table__.columns
                                         if c.key != "id"})
        return _store(session, actor, record)

    return write(desk, actor, None, work)


# -- read -------------------------------------------------------------------------------------------
def _row(doc: IssuedDocumentRecord, reprints: int, last: datetime | None) -> IssuedDocumentRow:
    return IssuedDocumentRow(doc.id, doc.kind, doc.number, doc.title, doc.entity, doc.entity_id, doc.issued_at,
                             doc.issued_by_id, doc.issued_by_name, doc.terminal, doc.sha256, doc.size, reprints,
                             last)


def _hidden_kinds(actor: Actor) -> set[str] | None:
    """Kinds the actor's role may not see, or None when it sees every kind."""
    hidden = {k.kind for k in registry.registered_kinds() if k.permission is not None and not actor.can(k.permission)}
    return hidden or None


@entry(search=("number",))
def list_issued(desk: Desk, actor: Actor, entity: str | None = None, entity_id: object | None = None,
                kind: str | None = None, number: str | None = None, *, start: datetime | None = None,
                end: datetime | None = None, limit: int = LIST_LIMIT) -> list[IssuedDocumentRow]:
    """Issued documents, newest first.  ``number`` matches any part of the number; ``start``/``end``
    bound ``issued_at`` as [start, end).  Kinds the actor's role may not see are left out."""
    hidden = _hidden_kinds(actor)

    def work(session: Session) -> list[IssuedDocumentRow]:
        reprints = (select(IssuedDocumentReprint.document_id, func.count().label("n"),
                           func.max(IssuedDocumentReprint.reprinted_at).label("last"))
                    .group_by(IssuedDocumentReprint.document_id).subquery())
        query: Select[Any] = (
            select(IssuedDocumentRecord, reprints.c.n, reprints.c.last)
            .outerjoin(reprints, reprints.c.document_id == IssuedDocumentRecord.id)
            .where(IssuedDocumentRecord.station_id == actor.station_id)
        )
        if entity:
            query = query.where(IssuedDocumentRecord.entity == entity)
        if entity_id is not None:
            query = query.where(IssuedDocumentRecord.entity_id == str(entity_id))
        if kind:
            query = query.where(IssuedDocumentRecord.kind == kind)
        if number and number.strip():
            pattern = number.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(IssuedDocumentRecord.number.ilike(f"%{pattern}%", escape="\\"))
        if start is not None:
            query = query.where(IssuedDocumentRecord.issued_at >= start)
        if end is not None:
            query = query.where(IssuedDocumentRecord.issued_at < end)
        if hidden:
            query = query.where(IssuedDocumentRecord.kind.not_in(sorted(hidden)))
        # Only the listed columns: the PDF bytes stay in the database.
        query = query.options(defer(IssuedDocumentRecord.pdf)).order_by(IssuedDocumentRecord.issued_at.desc(),
                                                         IssuedDocumentRecord.id.desc()).limit(limit)
        found = list(session.execute(query))
        known = references(session, [(doc.entity, doc.entity_id) for doc, _n, _last in found])
        return [replace(_row(doc, n or 0, last), reference=known.get((doc.entity, doc.entity_id), ""))
                for doc, n, last in found]

    return read_personal(desk, actor, Permission.DOCUMENT_REPRINT, work, action="document.list",
                         subject="issued_document", seen=lambda rows: [r.id for r in rows])


@entry
def original_pdf(desk: Desk, actor: Actor, doc_id: int) -> bytes:
    """The bytes handed out when the document was issued, unchanged."""

    def work(session: Session) -> bytes:
        doc = _load(session, actor, doc_id)
        _kind_permission_for_stored(actor, doc.kind)
        return bytes(doc.pdf)

    return read_personal(desk, actor, Permission.DOCUMENT_REPRINT, work, action="document.open",
                         subject="issued_document", seen=lambda _pdf: [doc_id])


def _check(doc: IssuedDocumentRecord) -> ReproductionCheck:
    rendered = _render_stored(doc)
    digest = _sha256(rendered)
    return ReproductionCheck(doc.id, digest == doc.sha256, doc.sha256, digest, doc.font,
                             font_description(document_fonts()))


@entry
def check_reproduction(desk: Desk, actor: Actor, doc_id: int) -> ReproductionCheck:
    """Draw the stored data again (no stamp) and compare with the original's SHA-256."""

    def work(session: Session) -> ReproductionCheck:
        doc = _load(session, actor, doc_id)
        _require_kind(actor, registry.lookup(doc.kind))
        return _check(doc)

    return read(desk, actor, Permission.DOCUMENT_REPRINT, work)


# -- reprint ----------------------------------------------------------------------------------------
@entry
def reprint_checked(desk: Desk, actor: Actor, doc_id: int) -> ReprintResult:
    """Draw the document again with the 补打 stamp and now's time, log and audit the reprint."""
    require(actor, Permission.DOCUMENT_REPRINT)

    # Draw outside the write transaction (tens of ms per page); then record it in one transaction.
    def load(session: Session) -> tuple[IssuedDocumentRecord, registry.DocumentKind]:
        doc = _load(session, actor, doc_id)
        entry = registry.lookup(doc.kind)
        _require_kind(actor, entry)
        return doc, entry

    doc, _entry = read(desk, actor, Permission.DOCUMENT_REPRINT, load)
    at = desk.now()
    check = _check(doc)
    pdf = _render_stored(doc, reprinted_at=at)

    def record(session: Session) -> None:
        _load(session, actor, doc_id)  # still there
        session.add(IssuedDocumentReprint(document_id=doc_id, reprinted_at=at, user_id=actor.user_id,
                                          user_name=actor.display_name, terminal=actor.terminal, exact=check.exact))
        audit.append(session, actor, at, "document.reprint", "issued_document", doc_id, None,
                     {"kind": doc.kind, "number": doc.number, "title": doc.title, "exact": check.exact,
                      "sha256": _sha256(pdf), "original_sha256": doc.sha256,
                      **({} if check.exact else {"issued_font": check.issued_font,
                                                 "current_font": check.current_font})})

    write(desk, actor, Permission.DOCUMENT_REPRINT, record)
    return ReprintResult(pdf, check)


@entry
def reprint(desk: Desk, actor: Actor, doc_id: int) -> bytes:
    """The document with the red "补打 time" stamp; see ``reprint_checked``."""
    return reprint_checked(desk, actor, doc_id).pdf

