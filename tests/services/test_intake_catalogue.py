"""The catalogue: the seeded starter items, search by name / code / pinyin, the manager's edits,
JSON and Excel import and export (all or nothing)."""

from __future__ import annotations

import json

import pytest

from desk.core.errors import Conflict, PermissionDenied, ValidationError
from desk.services.context import Actor, Desk
from desk.services.intake import catalogue, catalogue_io
from desk.services.intake.catalogue import ItemInput, MaterialSpec


def codes(rows: list[catalogue.ItemRow]) -> list[str]:
    return [r.code for r in rows]


def test_the_starter_catalogue_is_seeded(desk: Desk, clerk: Actor) -> None:
    items = catalogue.search_items(desk, clerk)
    assert len(items) == 19
    assert len(catalogue.list_categories(desk, clerk)) == 10
    decoration = next(i for i in items if i.code == "CG-01")
    assert decoration.kind == "promised" and decoration.promised_days == 5 and decoration.tags == ("只跑一次",)
    assert decoration.materials[0].name and all(m.form in catalogue.FORMS for m in decoration.materials)
    assert next(i for i in items if i.code == "JY-01").kind == "instant"


@pytest.mark.parametrize(("query", "expected"), [
    ("zxba", "CG-01"),  # initials in order: 装修 … 备案
    ("装修", "CG-01"),
    ("cg01", "CG-01"),
    ("CG-02", "CG-02"),
    ("juzhuzheng", "HJ-01"),
    ("jzz", "HJ-01"),
    ("ＬＮＲ", "LL-01"),  # full-width letters from a Chinese IME
])
def test_search_by_name_code_and_pinyin(desk: Desk, clerk: Actor, query: str, expected: str) -> None:
    assert codes(catalogue.search_items(desk, clerk, query))[0] == expected


def test_save_edit_and_retire_an_item(desk: Desk, manager: Actor, clerk: Actor) -> None:
    data = ItemInput("zx-09", "门牌号码申请", "ZX", "promised", 3, tags=("只跑一次",),
                     materials=(MaterialSpec("申请表"), MaterialSpec("房产证", "原件+复印件", 1, True, "验原件收复印件")))
    row = catalogue.save_item(desk, manager, data)
    assert row.code == "ZX-09" and len(row.materials) == 2
    assert codes(catalogue.search_items(desk, clerk, "mphm")) == ["ZX-09"]
    changed = catalogue.save_item(desk, manager, row.as_input().__class__(**{**row.as_input().__dict__,
                                                                               "promised_days": 4}), row.id)
    assert changed.promised_days == 4
    catalogue.set_item_active(desk, manager, row.id, False)
    assert "ZX-09" not in codes(catalogue.search_items(desk, clerk))
    assert "ZX-09" in codes(catalogue.search_items(desk, manager, include_inactive=True))
    with pytest.raises(Conflict):
        catalogue.save_item(desk, manager, ItemInput("CG-01", "重复", "ZX", "promised", 3))


@pytest.mark.parametrize(("changes", "field"), [
    ({"code": "装修"}, "code"),
    ({"name": ""}, "name"),
    ({"name": "备案" * 60}, "name"),
    ({"kind": "quick"}, "kind"),
    ({"promised_days": 0}, "promised_days"),
    ({"promised_days": 900}, "promised_days"),
    ({"tags": ("最多跑一次",)}, "tags"),
    ({"materials": (MaterialSpec("申请表"), MaterialSpec("申请表"))}, "materials"),
    ({"materials": (MaterialSpec("申请表", "扫描件"),)}, "materials"),
    ({"fee": "免费\x00"}, "fee"),
])
def test_bad_items_are_refused_at_the_field(desk: Desk, manager: Actor, changes: dict[str, object],
                                            field: str) -> None:
    values: dict[str, object] = {"code": "ZX-09", "name": "门牌号码申请", "category_code": "ZX", "kind": "promised",
                                 "promised_days": 3}
    values.update(changes)
    with pytest.raises(ValidationError) as caught:
        catalogue.save_item(desk, manager, ItemInput(**values))  # type: ignore[arg-type]
    assert caught.value.field == field


def test_a_clerk_may_not_edit_the_catalogue(desk: Desk, clerk: Actor) -> None:
    with pytest.raises(PermissionDenied):
        catalogue.save_item(desk, clerk, ItemInput("ZX-09", "门牌号码申请", "ZX", "promised", 3))
    with pytest.raises(PermissionDenied):
        catalogue_io.export_json(desk, clerk)


def test_json_round_trip_and_all_or_nothing_import(desk: Desk, manager: Actor) -> None:
    exported = json.loads(catalogue_io.export_json(desk, manager))
    assert len(exported["items"]) == 19
    exported["items"][0]["promised_working_days"] = 12
    exported["items"].append({**exported["items"][1], "code": "HJ-09", "name": "新事项"})
    assert catalogue_io.import_catalogue(desk, manager, json.dumps(exported).encode(), "cat.json") == 20
    rows = {r.code: r for r in catalogue.search_items(desk, manager)}
    assert rows["HJ-01"].promised_days == 12 and "HJ-09" in rows
    exported["items"][0]["promised_working_days"] = 13
    exported["items"][5]["kind"] = "不存在"
    with pytest.raises(ValidationError, match="item 6"):
        catalogue_io.import_catalogue(desk, manager, json.dumps(exported).encode(), "cat.json")
    assert catalogue.search_items(desk, manager, "HJ-01")[0].promised_days == 12  # nothing changed
    with pytest.raises(ValidationError):
        catalogue_io.import_catalogue(desk, manager, b"not json", "cat.json")


def test_excel_round_trip(desk: Desk, manager: Actor) -> None:
    workbook = catalogue_io.export_xlsx(desk, manager)
    parsed = catalogue_io.parse_xlsx(workbook)
    assert len(parsed) == 19
    by_code = {item.code: item for item, _ in parsed}
    original = {r.code: r for r in catalogue.search_items(desk, manager)}
    assert by_code["CG-01"].materials == original["CG-01"].materials
    assert by_code["CG-01"].tags == original["CG-01"].tags
    assert catalogue_io.import_catalogue(desk, manager, workbook, "catalogue.xlsx") == 19
    with pytest.raises(ValidationError):
        catalogue_io.import_catalogue(desk, manager, b"PK\x03\x04broken", "catalogue.xlsx")
