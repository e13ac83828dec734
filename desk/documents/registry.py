"""Which function draws which kind of issued document, so it can be printed again exactly (补打).

A capability registers each document it hands to citizens once, under a dotted kind name::

    from desk.documents.registry import register

    @register("intake.receipt", label="受理回执", permission=Permission.INTAKE_VIEW)
    def render_receipt(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
        return render_a5(meta, header, lambda kit: receipt_body(kit, payload))

and issues it through ``desk.services.issued_documents.issue(...)``, which stores the payload,
the header and the PDF.  A reprint calls the same function with the same payload and header and
``meta.reprinted_at`` set, which adds the red "补打" stamp.

Rules for a render function, so a re-render gives the original's bytes:

- use only ``payload`` (plain JSON: str, int, float, bool, None, lists, dicts — it has been
  through ``json.dumps``/``json.loads`` before the function sees it), ``meta`` and ``header``;
  never the clock, the database or settings;
- take times from the payload with ``decode_time`` (store them with ``encode_time``).

Modules under ``desk/documents/`` are imported when a kind is first looked up, so a register()
call placed there is always found, even in a process that never imported the module before
(a reprint on another terminal).  Register elsewhere only if that module is always imported.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, overload

from desk.core.errors import QT_TRANSLATE_NOOP, NotFound
from desk.core.permissions import Permission
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.ticket_slip import (
    DEFAULT_TICKET_NOTICE,
    TICKET_SLIP_TITLE,
    TicketSlip,
    render_ticket_slip,
)

RenderFunction = Callable[[dict[str, Any], DocumentMeta, StationHeader], bytes]
F = TypeVar("F", bound=RenderFunction)

TICKET_SLIP_KIND = "queue.slip"


@dataclass(frozen=True)
class DocumentKind:
    """One registered kind of document."""

    kind: str  # dotted, capability first: "intake.receipt", "mediation.agreement"
    render: RenderFunction
    label: str  # the document's printed name, e.g. 受理回执 (documents print in Chinese)
    # Needed, besides document.reprint, to list, open or reprint it (issuing is checked by the
    # capability's own service): e.g. agreements name parties in full, so only mediators see them.
    permission: Permission | None = None
    # Who issues it, and so whose name heads it and whose seal it carries: "station" or "committee"
    # (the 人民调解委员会: every "mediation." kind unless registered otherwise).
    issuer: str = "station"


ISSUERS = ("station", "committee")


def _issuer_of(kind: str, issuer: str | None) -> str:
    if issuer is None:
        return "committee" if kind.startswith("mediation.") else "station"
    if issuer not in ISSUERS:
        raise ValueError(f"a document is issued by one of {ISSUERS}, not {issuer!r}")
    return issuer


_lock = threading.RLock()
_kinds: dict[str, DocumentKind] = {}
_discovered = False


@overload
def register(kind: str, render: None = None, *, label: str = "", permission: Permission | None = None,
             issuer: str | None = None) -> Callable[[F], F]: ...


@overload
def register(kind: str, render: F, *, label: str = "", permission: Permission | None = None,
             issuer: str | None = None) -> F: ...


def register(kind: str, render: F | None = None, *, label: str = "", permission: Permission | None = None,
             issuer: str | None = None) -> F | Callable[[F], F]:
    """Register ``render`` for ``kind``: ``register(kind, fn)`` or ``@register(kind)``.

    Registering the same function again (a module imported twice) is harmless; a different
    function for a kind already taken is a programming error and raises ``ValueError``.
    ``issuer`` ("station" or "committee") defaults to "committee" for "mediation." kinds.
    """
    if not kind or kind != kind.strip() or len(kind) > 60:
        raise ValueError(f"a document kind is a short dotted name like 'intake.receipt', not {kind!r}")

    def add(fn: F) -> F:
        entry = DocumentKind(kind, fn, label or kind, permission, _issuer_of(kind, issuer))
        with _lock:
            existing = _kinds.get(kind)
            if existing is not None and _same_function(existing.render, fn):
                _kinds[kind] = entry
                return fn
            if existing is not None:
                raise ValueError(f"document kind {kind!r} is already registered to {existing.render!r}")
            _kinds[kind] = entry
        return fn

    return add if render is None else add(render)


def _same_function(a: RenderFunction, b: RenderFunction) -> bool:
    """The same function, also when its module was imported a second time (e.g. by a test runner)."""
    if a is b:
        return True
    return (getattr(a, "__module__", None), getattr(a, "__qualname__", None)) == (
        getattr(b, "__module__", None), getattr(b, "__qualname__", None))


def unregister(kind: str) -> None:
    """Remove a kind (tests register throw-away kinds and clean up after themselves)."""
    with _lock:
        _kinds.pop(kind, None)


def _discover() -> None:
    """Import every module of ``desk.documents`` once, so their register() calls have run."""
    global _discovered
    if _discovered:
        return
    import desk.documents as package

    # Not under _lock: a module being imported on another thread may be waiting in register().
    # Two threads discovering at once only import the same modules twice, which Python makes a no-op.
    for module in pkgutil.walk_packages(package.__path__, prefix="desk.documents."):
        if module.name != __name__:
            importlib.import_module(module.name)
    _discovered = True


def lookup(kind: str) -> DocumentKind:
    """The registered kind; ``NotFound`` (a sentence for the clerk) when nothing draws it."""
    with _lock:
        entry = _kinds.get(kind)
    if entry is None:
        _discover()
        with _lock:
            entry = _kinds.get(kind)
    if entry is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "This version of Grid Desk cannot draw documents of the kind \"{kind}\" again. The original "
                "as issued can still be opened and printed from \"Preview original\"; ask the administrator "
                "to update Grid Desk on this computer for reprints.",
            ),
            kind=kind,
        )
    return entry


def registered_kinds() -> list[DocumentKind]:
    """Every kind, sorted by name (for filters and the settings page)."""
    _discover()
    with _lock:
        return sorted(_kinds.values(), key=lambda k: k.kind)


def render(kind: str, payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    """Draw a document of ``kind``; the bytes depend only on the three arguments (and the font)."""
    return lookup(kind).render(payload, meta, header)


# -- payload helpers --------------------------------------------------------------------------------
def encode_time(moment: datetime) -> str:
    """A timezone-aware time as payload text (ISO 8601 with offset, microseconds kept)."""
    if moment.tzinfo is None:
        raise ValueError("document payload times must be timezone-aware (UTC); got a naive datetime")
    return moment.isoformat(timespec="microseconds")


def decode_time(text: str) -> datetime:
    """The time ``encode_time`` wrote."""
    return datetime.fromisoformat(text)


# -- the queue ticket slip ----------------------------------------------------------------------------
def ticket_slip_payload(slip: TicketSlip) -> dict[str, Any]:
    """What ``issue(..., TICKET_SLIP_KIND, ...)`` stores for a slip."""
    return {
        "ticket_number": slip.ticket_number,
        "service_name": slip.service_name,
        "waiting_ahead": slip.waiting_ahead,
        "issued_at": encode_time(slip.issued_at),
        "notice": slip.notice,
        "qr_data": slip.qr_data,
        "qr_caption": slip.qr_caption,
        "priority_label": slip.priority_label,
    }


def ticket_slip_from_payload(payload: dict[str, Any]) -> TicketSlip:
    return TicketSlip(
        ticket_number=str(payload["ticket_number"]),
        service_name=str(payload["service_name"]),
        waiting_ahead=int(payload["waiting_ahead"]),
        issued_at=decode_time(payload["issued_at"]),
        notice=str(payload.get("notice", DEFAULT_TICKET_NOTICE)),
        qr_data=payload.get("qr_data"),
        qr_caption=payload.get("qr_caption"),
        priority_label=payload.get("priority_label"),
    )


@register(TICKET_SLIP_KIND, label=TICKET_SLIP_TITLE, permission=Permission.QUEUE_ISSUE)
def render_ticket_slip_document(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    """The slip prints its own issue time (the payload's), so ``meta.printed_at`` is not used."""
    return render_ticket_slip(ticket_slip_from_payload(payload), header, reprinted_at=meta.reprinted_at,
                              timezone=meta.timezone)
