"""The unit of an item's time limits (工作日 or 日): seeded for 居住证 (居住证暂行条例 §9: 15 日),
kept through the editor's service, JSON and Excel export and import, and refused when unknown."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest

from desk.core.errors import ValidationError
from desk.services.context import Actor, Desk
from desk.services.intake import catalogue, catalogue_io
from tests.services.intake_support import item_id


def test_residence_permit_is_seeded_in_calendar_days_with_the_law_s_15_days(desk: Desk, clerk: Actor) -> None:
    item = catalogue.get_item(desk, clerk, item_id(desk, "HJ-01"))
    assert (item.days_unit, item.promised_days, item.statutory_days) == ("calendar", 15, 15)
    assert catalogue.get_item(desk, clerk, item_id(desk, "CG-01")).days_unit == "working"


def test_unit_is_saved_and_an_unknown_unit_refused(desk: Desk, manager: Actor) -> None:
    row = catalogue.get_item(desk, manager, item_id(desk, "CG-01"))
    saved = catalogue.save_item(desk, manager, replace(row.as_input(), days_unit="calendar"), row.id)
    assert saved.days_unit == "calendar"
    with pytest.raises(ValidationError) as bad:
        catalogue.save_item(desk, manager, replace(row.as_input(), days_unit="weeks"), row.id)
    assert bad.value.field == "days_unit"


def test_json_and_excel_keep_the_unit(desk: Desk, manager: Actor) -> None:
    from openpyxl import load_workbook

    exported = json.loads(catalogue_io.export_json(desk, manager))
    hj = next(i for i in exported["items"] if i["code"] == "HJ-01")
    assert hj["days_unit"] == "calendar"
    hj["days_unit"] = "working"
    catalogue_io.import_catalogue(desk, manager, json.dumps(exported).encode(), "cat.json")
    assert catalogue.get_item(desk, manager, item_id(desk, "HJ-01")).days_unit == "working"
    hj["days_unit"] = "calendar"
    catalogue_io.import_catalogue(desk, manager, json.dumps(exported).encode(), "cat.json")
    workbook = catalogue_io.export_xlsx(desk, manager)
    sheet = load_workbook(io.BytesIO(workbook))["事项"]
    header = [c.value for c in sheet[1]]
    hj_row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "HJ-01")
    assert hj_row[header.index("时限单位")] == "日"
    hj_item = catalogue.get_item(desk, manager, item_id(desk, "HJ-01"))
    catalogue.save_item(desk, manager, replace(hj_item.as_input(), days_unit="working"), hj_item.id)
    catalogue_io.import_catalogue(desk, manager, workbook, "catalogue.xlsx")
    assert catalogue.get_item(desk, manager, item_id(desk, "HJ-01")).days_unit == "calendar"


def test_a_workbook_from_before_the_unit_column_imports_as_working_days(desk: Desk, manager: Actor) -> None:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(catalogue_io.export_xlsx(desk, manager)))
    book["事项"].delete_cols(16)
    out = io.BytesIO()
    book.save(out)
    catalogue_io.import_catalogue(desk, manager, out.getvalue(), "old.xlsx")
    assert catalogue.get_item(desk, manager, item_id(desk, "HJ-01")).days_unit == "working"
