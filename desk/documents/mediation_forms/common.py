"""What the mediation forms share: the committee heading, party blocks, blank lines to write on."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from desk.documents.kit import DocumentKit
from desk.documents.mediation_agreement import party_fields
from desk.documents.signatures import format_date

BLANK = "＿＿＿＿＿＿"  # a value the case does not keep: the form expects it written in by hand
BLANK_DATE = "　　　　年　　月　　日"
SIDES = {"applicant": "申请人", "respondent": "被申请人"}
ORGANISATION_SIGNS = "（盖章，代表人签名）"  # an organisation seals; it has no finger to press


def committee(kit: DocumentKit, data: dict[str, Any]) -> str:
    return data.get("committee_name") or kit.header.committee_name or kit.header.name


def heading(kit: DocumentKit, data: dict[str, Any], *, number: bool = False) -> list[Flowable]:
    """The committee issues every form: its name, then the form's title (and the case number)."""
    out: list[Flowable] = [kit.text(committee(kit, data), style="station_name"), kit.text(kit.meta.title, style="title")]
    if number and kit.meta.number:
        out.append(kit.text(f"编号：{kit.meta.number}", style="number"))
    return out


def day(text: str | None) -> str:
    return format_date(date.fromisoformat(text)) if text else BLANK_DATE


def filled(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, object]]:
    return [(label, value if value not in (None, "") else BLANK) for label, value in pairs]


def party_block(kit: DocumentKit, party: dict[str, Any], label: str) -> list[Flowable]:
    """One party as the forms list it: a person's 姓名 性别 民族 年龄 职业或职务 联系方式 单位或住址 (and
    委托代理人), an organisation's 名称 住所 法定代表人或负责人 职务 (and its representative)."""
    pairs = filled(party_fields(party))
    # Two pairs a line read like the printed form; a long name or address gets the whole line instead of
    # wrapping into a narrow column beside the next label.
    columns = 2 if max(len(str(value)) for _, value in pairs) <= 24 else 1
    return [kit.text(label, style="text"), kit.fields(pairs, columns=columns, label_chars=9)]


def parties_of(data: dict[str, Any], side: str | None = None) -> list[dict[str, Any]]:
    return [p for p in data["parties"] if side is None or p["side"] == side]


def names(parties: list[dict[str, Any]]) -> str:
    return "、".join(p["name"] for p in parties)


def ruled_lines(kit: DocumentKit, count: int) -> Table:
    """Empty ruled lines for handwriting (a record taken down on paper, a date, a remark)."""
    table = Table([[""] for _ in range(count)], colWidths=[kit.width], rowHeights=[9 * mm] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]))
    return table


def text_or_lines(kit: DocumentKit, text: str, lines: int = 4) -> list[Flowable]:
    """Running text when the case keeps it, else ruled lines to write it on."""
    return kit.body(text) if text.strip() else [ruled_lines(kit, lines)]


def party_signatures(kit: DocumentKit, parties: list[dict[str, Any]], suffix: str = "（签名盖章或按指印）",
                     fingerprint: bool = True) -> Flowable:
    """One slot per party; a person may press a fingerprint, an organisation seals instead. The date
    goes on a line of its own (``date_line``): beside a fingerprint box it leaves no room to sign."""
    roles = [f"{SIDES.get(p['side'], '当事人')} {p['name']}"
             f"{ORGANISATION_SIGNS if p['kind'] == 'organisation' and fingerprint else suffix}" for p in parties]
    pressed = [fingerprint and p["kind"] != "organisation" for p in parties]
    return kit.signatures(roles, fingerprint=pressed, date_line=False)


def date_line(kit: DocumentKit, text: str | None = None) -> Flowable:
    return kit.text(day(text), align="right")
