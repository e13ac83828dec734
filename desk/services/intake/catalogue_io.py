"""Import and export the catalogue as JSON (the shape of db/seed/service_catalog_zh_CN.json) or as an
Excel workbook with two sheets (事项 and 材料), so a manager can edit it in a spreadsheet.

Import checks every item first and then writes them all in one transaction: a file with one bad
row changes nothing, and the message names the row. Items are matched by code (updated or added);
items missing from the file are left alone.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, DeskError, Phrase, ValidationError
from desk.core.permissions import Permission
from desk.services import audit
from desk.services.context import Actor, Desk, read, write
from desk.services.entry import entry
from desk.services.intake.catalogue import ItemInput, MaterialSpec, clean_item, item_row, store_item
from desk.store.models.intake import ServiceCategory, ServiceItem

KIND_TO_ZH = {"instant": "即办件", "promised": "承诺件"}
ZH_TO_KIND = {v: k for k, v in KIND_TO_ZH.items()}
ITEM_COLUMNS = ("编码", "名称", "分类编码", "分类名称", "类型", "承诺时限", "法定时限", "法定时限说明",
                "标签", "收费", "办理条件", "结果送达方式", "设定依据", "备注", "启用", "时限单位")
# The unit column (added last, so older workbooks still import: an empty cell is 工作日).
UNIT_TO_ZH = {"working": "工作日", "calendar": "日"}
ZH_TO_UNIT = {v: k for k, v in UNIT_TO_ZH.items()} | {"自然日": "calendar"}
MATERIAL_COLUMNS = ("事项编码", "材料名称", "原件/复印件", "份数", "必需", "说明")
Parsed = list[tuple[ItemInput, str]]  # the item and its category's name


def _bad_file(row: Phrase, exc: DeskError | None = None) -> ValidationError:
    detail: DeskError | str = exc if exc is not None else ""  # translated with the sentence when shown
    return ValidationError(QT_TRANSLATE_NOOP(
        "DeskError", "The catalogue file could not be imported: {row} is not valid. {detail} Correct the file and "
                     "import it again; nothing was changed."), field="file", row=row, detail=detail)


def _rows(session: Session) -> list[tuple[ServiceItem, ServiceCategory]]:
    stmt = select(ServiceItem, ServiceCategory).join(ServiceCategory).order_by(ServiceCategory.position,
                                                                               ServiceItem.code)
    return [(i, c) for i, c in session.execute(stmt).all()]


@entry
def export_json(desk: Desk, actor: Actor) -> bytes:
    def work(session: Session) -> bytes:
        categories = session.execute(select(ServiceCategory).order_by(ServiceCategory.position)).scalars()
        items = []
        for item, category in _rows(session):
            row = item_row(session, item, category)
            items.append({
                "code": row.code, "name": row.name, "category": category.name, "category_code": category.code,
                "kind": KIND_TO_ZH[row.kind], "days_unit": row.days_unit, "promised_working_days": row.promised_days,
                "statutory_working_days": row.statutory_days, "statutory_note": row.statutory_note,
                "tags": list(row.tags), "fee": row.fee, "conditions": row.conditions, "delivery": row.delivery,
                "sources": [s for s in row.legal_basis.split("\n") if s], "notes": row.notes, "active": row.active,
                "materials": [{"name": m.name, "original_or_copy": m.form, "copies": m.copies,
                               "required": m.required, "note": m.note} for m in row.materials],
            })
        data = {"categories": [{"code": c.code, "name": c.name} for c in categories], "items": items}
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    return read(desk, actor, Permission.CATALOGUE_MANAGE, work)


def parse_json(raw: bytes) -> Parsed:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
        categories = {c["name"]: c["code"] for c in data.get("categories", [])}
        items = data["items"]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "This is not a catalogue file (JSON with \u201citems\u201d). Export the catalogue to "
                         "see the expected shape."), field="file") from None
    parsed: Parsed = []
    for number, item in enumerate(items, start=1):
        def build(item: dict[str, Any] = item) -> tuple[ItemInput, str]:
            category = item["category"]
            materials = tuple(MaterialSpec(m["name"], m.get("original_or_copy", "原件"), int(m.get("copies", 1)),
                                           bool(m.get("required", True)), m.get("note") or "")
                              for m in item.get("materials") or ())
            return ItemInput(
                code=item["code"], name=item["name"],
                category_code=item.get("category_code") or categories.get(category) or category,
                kind=ZH_TO_KIND.get(item["kind"], item["kind"]), promised_days=item.get("promised_working_days"),
                statutory_days=item.get("statutory_working_days"), statutory_note=item.get("statutory_note") or "",
                tags=tuple(item.get("tags") or ()), fee=item.get("fee") or "", conditions=item.get("conditions") or "",
                delivery=item.get("delivery") or "", legal_basis="\n".join(item.get("sources") or ()),
                notes=item.get("notes") or "", materials=materials, active=bool(item.get("active", True)),
                days_unit=item.get("days_unit") or "working",
            ), category
        parsed.append(_checked(Phrase(QT_TRANSLATE_NOOP("DeskError", "item {number}"), number=number), build))
    return parsed


def _checked(row: Phrase, build: Callable[[], tuple[ItemInput, str]]) -> tuple[ItemInput, str]:
    try:
        item, category = build()
        return clean_item(item), category
    except DeskError as exc:
        raise _bad_file(row, exc) from None
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _bad_file(row) from None


@entry
def export_xlsx(desk: Desk, actor: Actor) -> bytes:
    from openpyxl import Workbook

    data = json.loads(export_json(desk, actor))
    book = Workbook()
    items_sheet = book.active
    assert items_sheet is not None
    items_sheet.title = "事项"
    items_sheet.append(ITEM_COLUMNS)
    materials_sheet = book.create_sheet("材料")
    materials_sheet.append(MATERIAL_COLUMNS)
    for item in data["items"]:
        items_sheet.append([item["code"], item["name"], item["category_code"], item["category"], item["kind"],
                            item["promised_working_days"], item["statutory_working_days"], item["statutory_note"],
                            ",".join(item["tags"]), item["fee"], item["conditions"], item["delivery"],
                            "\n".join(item["sources"]), item["notes"], "是" if item["active"] else "否",
                            UNIT_TO_ZH[item["days_unit"]]])
        for m in item["materials"]:
            materials_sheet.append([item["code"], m["name"], m["original_or_copy"], m["copies"],
                                    "是" if m["required"] else "否", m["note"]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _int_or_none(value: Any) -> int | None:
    text = _cell(value)
    return int(float(text)) if text else None


def parse_xlsx(raw: bytes) -> Parsed:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        item_rows = list(book["事项"].iter_rows(min_row=2, values_only=True))
        material_rows = list(book["材料"].iter_rows(min_row=2, values_only=True))
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds of errors for a file that is not a workbook
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "This is not a catalogue workbook (sheets 事项 and 材料). Export the catalogue to Excel "
                         "to get one to edit."), field="file") from None
    materials: dict[str, list[MaterialSpec]] = {}
    for number, m in enumerate(material_rows, start=2):
        if not any(_cell(v) for v in m):
            continue
        try:
            spec = MaterialSpec(_cell(m[1]), _cell(m[2]) or "原件", _int_or_none(m[3]) or 1, _cell(m[4]) != "否",
                                _cell(m[5]) if len(m) > 5 else "")
        except (ValueError, IndexError):
            raise _bad_file(Phrase(QT_TRANSLATE_NOOP("DeskError", "row {number} of sheet 材料"),
                                   number=number)) from None
        materials.setdefault(_cell(m[0]).upper(), []).append(spec)
    parsed: Parsed = []
    for number, r in enumerate(item_rows, start=2):
        if not any(_cell(v) for v in r):
            continue

        def build(r: tuple[Any, ...] = r) -> tuple[ItemInput, str]:
            code = _cell(r[0]).upper()
            return ItemInput(
                code=code, name=_cell(r[1]), category_code=_cell(r[2]), kind=ZH_TO_KIND.get(_cell(r[4]), _cell(r[4])),
                promised_days=_int_or_none(r[5]), statutory_days=_int_or_none(r[6]), statutory_note=_cell(r[7]),
                tags=tuple(t for t in _cell(r[8]).replace("，", ",").split(",") if t), fee=_cell(r[9]),
                conditions=_cell(r[10]), delivery=_cell(r[11]), legal_basis=_cell(r[12]), notes=_cell(r[13]),
                materials=tuple(materials.get(code, ())), active=_cell(r[14]) != "否",
                days_unit=ZH_TO_UNIT.get(_cell(r[15]) if len(r) > 15 else "", _cell(r[15]) if len(r) > 15 else "")
                or "working",
            ), _cell(r[3])
        parsed.append(_checked(Phrase(QT_TRANSLATE_NOOP("DeskError", "row {number} of sheet 事项"), number=number),
                               build))
    return parsed


@entry(needs=Permission.CATALOGUE_MANAGE)
def import_catalogue(desk: Desk, actor: Actor, raw: bytes, filename: str) -> int:
    """Import a .json or .xlsx file; returns the number of items added or updated."""
    parsed = parse_xlsx(raw) if filename.lower().endswith(".xlsx") else parse_json(raw)

    def work(session: Session) -> int:
        for clean, category_name in parsed:
            item = session.execute(select(ServiceItem).where(ServiceItem.code == clean.code)).scalar_one_or_none()
            store_item(session, clean, item, desk.now(), category_name)
        audit.append(session, actor, desk.now(), "catalogue.import", "service_item", "", None,
                     {"file": filename, "items": [c.code for c, _ in parsed]})
        return len(parsed)

    return write(desk, actor, Permission.CATALOGUE_MANAGE, work)
