"""A signature or seal block never stands alone on a page: it stays with the content it certifies.

Builders mark the blocks that sign or seal (``kit.signatures``, ``kit.seal`` and anything passed
through ``kit.closing`` are marked already). Before layout, ``keep_closing_with_content`` groups each
run of marked blocks with the content flowable just before it into one ``KeepWithClosing``. That
group is laid out like any other flowable while it fits; when it does not fit in the space left on
the page, the content is split so that its last lines or rows move to the next page with the
signatures, and only content that cannot be split (a one-row table, a kept-together section) moves
whole. A clerk's receipt therefore never ends with a page of signature lines and a seal that
certify nothing written on that page.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak
from reportlab.platypus.flowables import CondPageBreak, UseUpSpace, _Container

CLOSING_MARK = "_gd_closing"
_HUGE = 0xFFFFFFF


def mark_closing(flowable: Flowable) -> Flowable:
    """Mark ``flowable`` as a signature or seal block (it must not stand alone on a page)."""
    setattr(flowable, CLOSING_MARK, True)
    return flowable


def is_closing(flowable: Flowable) -> bool:
    if getattr(flowable, CLOSING_MARK, False):
        return True
    if isinstance(flowable, KeepTogether):  # a kept-together run of signatures and seal only
        inner = [f for f in flowable._content if not isinstance(f, Spacer)]
        return bool(inner) and all(is_closing(f) for f in inner)
    return False


def _unpack(flowable: Flowable) -> list[Flowable]:
    """A KeepTogether inside the group is kept together by the group itself; its contents are drawn."""
    if isinstance(flowable, KeepTogether):
        return [g for f in flowable._content for g in _unpack(f)]
    return [flowable]


def keep_closing_with_content(story: Iterable[Flowable]) -> list[Flowable]:
    """The story with every signature/seal run grouped with the content flowable before it."""
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether) and not is_closing(flowable):
            flowable._content = keep_closing_with_content(flowable._content)
        if not is_closing(flowable):
            out.append(flowable)
            continue
        tail: list[Flowable] = []
        while out and isinstance(out[-1], Spacer):
            tail.insert(0, out.pop())
        tail += _unpack(flowable)
        if out and isinstance(out[-1], KeepWithClosing):
            out[-1].extend(tail)
        elif out and not isinstance(out[-1], (ActionFlowable, UseUpSpace, CondPageBreak)):
            # A page break before the signatures is the builder's explicit wish; anything else is content.
            out.append(KeepWithClosing(_unpack(out.pop()), tail))
        else:
            out += tail
    return out


class KeepWithClosing(_Container, Flowable):
    """Content (``lead``) and the signature/seal blocks that follow it (``tail``), on one page."""

    def __init__(self, lead: list[Flowable], tail: list[Flowable]) -> None:
        super().__init__()
        self._lead, self._tail = lead, tail
        self._content = [*lead, *tail]

    def extend(self, tail: list[Flowable]) -> None:
        self._tail = [*self._tail, *tail]
        self._content = [*self._lead, *self._tail]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = _stack_height(self._content, avail_width, self.canv)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return list(self._content)
        frame: Any = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        if len(self._lead) == 1:
            lead = self._lead[0]
            lead_height = _stack_height(self._lead, avail_width, self.canv)
            # Split so that at least the last line or row of the content moves on with the signatures.
            room = min(avail_height, lead_height - 1)
            parts = lead.splitOn(self.canv, avail_width, room) if room > 0 else []
            if len(parts) >= 2:
                return [*parts[:-1], KeepWithClosing([parts[-1]], self._tail)]
        if at_top:
            # Taller than a whole page and nothing to split: print it as it comes rather than fail.
            return list(self._content)
        return [FrameBreak(), self]

    def drawOn(self, canv: Any, x: float, y: float, _sW: float = 0, scale: float = 1.0,  # noqa: N802
               content: Any = None, aW: Any = None) -> None:
        _Container.drawOn(self, canv, x, y, _sW, scale, content, aW)


def _stack_height(flowables: list[Flowable], width: float, canv: Any) -> float:
    """Height of flowables drawn one under the other, spaces between them included (as a frame would)."""
    total, previous_after, first = 0.0, 0.0, True
    for flowable in flowables:
        _w, h = flowable.wrapOn(canv, width, _HUGE)
        if h <= 1e-6:
            continue
        if not first:
            total += max(flowable.getSpaceBefore() - previous_after, 0) + previous_after
        total += h
        previous_after, first = flowable.getSpaceAfter(), False
    return total
