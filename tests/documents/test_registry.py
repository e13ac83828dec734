"""The registry of document kinds: register, look up, and re-render a slip from its payload."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest

from desk.core.errors import NotFound
from desk.core.permissions import Permission
from desk.documents import registry
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.samples import sample_header, sample_ticket_slip
from desk.documents.ticket_slip import render_ticket_slip
from tests.documents.helpers import pdf_text, squash


def _fake(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    return json.dumps([payload, meta.title, meta.reprint_label, header.name], ensure_ascii=False).encode()


def _other(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
    return b"other"


def test_register_directly_and_render(request: pytest.FixtureRequest) -> None:
    request.addfinalizer(lambda: registry.unregister("test.direct"))
    assert registry.register("test.direct", _fake, label="测试") is _fake
    meta = DocumentMeta(title="标题", printed_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
    out = registry.render("test.direct", {"a": 1}, meta, StationHeader(name="站"))
    assert json.loads(out) == [{"a": 1}, "标题", None, "站"]
    entry = registry.lookup("test.direct")
    assert (entry.label, entry.permission) == ("测试", None)


def test_register_as_decorator_with_a_permission(request: pytest.FixtureRequest) -> None:
    request.addfinalizer(lambda: registry.unregister("test.decorated"))

    @registry.register("test.decorated", permission=Permission.MEDIATION_READ)
    def draw(payload: dict[str, Any], meta: DocumentMeta, header: StationHeader) -> bytes:
        return b"%PDF"

    entry = registry.lookup("test.decorated")
    assert entry.render is draw and entry.permission is Permission.MEDIATION_READ
    assert entry.label == "test.decorated"  # no label given: the kind itself
    assert "test.decorated" in [k.kind for k in registry.registered_kinds()]


def test_a_kind_belongs_to_one_function(request: pytest.FixtureRequest) -> None:
    request.addfinalizer(lambda: registry.unregister("test.taken"))
    registry.register("test.taken", _fake)
    registry.register("test.taken", _fake)  # the same function again (module imported twice): fine
    with pytest.raises(ValueError, match="already registered"):
        registry.register("test.taken", _other)


@pytest.mark.parametrize("kind", ["", " padded ", "x" * 61])
def test_kind_names_are_short_and_clean(kind: str) -> None:
    with pytest.raises(ValueError, match="dotted name"):
        registry.register(kind, _fake)


def test_an_unknown_kind_is_a_sentence_for_the_clerk() -> None:
    with pytest.raises(NotFound) as raised:
        registry.lookup("nobody.draws.this")
    assert "Preview original" in str(raised.value) and "nobody.draws.this" in str(raised.value)


def test_the_ticket_slip_is_registered_and_reproduces_the_slip_exactly() -> None:
    entry = registry.lookup(registry.TICKET_SLIP_KIND)
    assert entry.label == "排队取号凭条" and entry.permission is Permission.QUEUE_ISSUE
    slip, header = sample_ticket_slip(), sample_header()
    payload = json.loads(json.dumps(registry.ticket_slip_payload(slip)))  # as stored in the database
    assert registry.ticket_slip_from_payload(payload) == slip
    meta = DocumentMeta(title="排队取号凭条", printed_at=slip.issued_at)
    assert registry.render(registry.TICKET_SLIP_KIND, payload, meta, header) == render_ticket_slip(slip, header)


def test_the_reprinted_slip_carries_the_stamp() -> None:
    slip, header = sample_ticket_slip(), sample_header()
    reprinted_at = datetime(2024, 5, 6, 3, 0, tzinfo=timezone.utc)
    meta = DocumentMeta(title="排队取号凭条", printed_at=slip.issued_at, reprinted_at=reprinted_at)
    pdf = registry.render(registry.TICKET_SLIP_KIND, registry.ticket_slip_payload(slip), meta, header)
    text = squash("".join(pdf_text(pdf)))
    assert "补打2024-05-0611:00" in text and "A012" in text


def test_times_travel_through_the_payload_unchanged() -> None:
    moment = datetime(2026, 11, 20, 1, 30, 5, 123456, tzinfo=timezone.utc)
    assert registry.decode_time(json.loads(json.dumps(registry.encode_time(moment)))) == moment
    with pytest.raises(ValueError, match="timezone-aware"):
        registry.encode_time(datetime(2026, 11, 20, 9, 30))
