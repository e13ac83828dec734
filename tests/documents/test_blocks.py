from __future__ import annotations

from datetime import date

import pytest

from desk.documents import DocumentKit, DocumentMeta, PageFormat
from desk.documents.qr import qr_matrix
from desk.documents.samples import SAMPLE_DAY
from desk.documents.signatures import format_date


@pytest.fixture
def kit(header, system_fonts) -> DocumentKit:
    return DocumentKit(meta=DocumentMeta(title="测试", printed_at=SAMPLE_DAY), header=header,
                       fonts=system_fonts, page_format=PageFormat.A4)


def test_kit_width_is_the_frame_width(kit):
    left, right, _, _ = PageFormat.A4.margins
    assert kit.width == pytest.approx(PageFormat.A4.width - left - right)


def test_table_rejects_mismatched_columns(kit):
    with pytest.raises(ValueError, match="same length"):
        kit.table(["a", "b"], [("1", "2")], widths=[1, 2, 3])


def test_short_cells_stay_strings_long_cells_wrap(kit):
    table = kit.table(["名称", "说明"], [("短", "很长的说明" * 20)], widths=[1, 1])
    cell_short, cell_long = table._cellvalues[1]
    assert cell_short == "短"
    assert not isinstance(cell_long, str)  # a Paragraph, so it wraps instead of running off
    assert table.repeatRows == 1


def test_fields_that_cannot_fit_are_refused(kit):
    with pytest.raises(ValueError, match="do not fit"):
        kit.fields([("一个非常非常非常非常非常长的标签名称", "值")], columns=4)


def test_signature_slots_that_cannot_fit_are_refused(kit):
    with pytest.raises(ValueError, match="too narrow"):
        kit.signatures(["甲方（签名）"] * 3, columns=3, fingerprint=True)
    with pytest.raises(ValueError):
        kit.signatures([])


def test_signature_rows_lay_out_columns(kit):
    table = kit.signatures(["制表人", "审核人", "站长", "经办人"], columns=3, date_line=False)
    assert len(table._cellvalues) == 2
    assert table._cellvalues[1][0] == "经办人：" and table._cellvalues[1][2] == ""


def test_format_date():
    assert format_date(date(2024, 5, 6)) == "2024年5月6日"
    assert format_date(None).endswith("年　　月　　日")


def test_qr_matrix_has_finder_patterns():
    matrix = qr_matrix("https://hp.example.cn/q/A012")
    n = len(matrix)
    assert n >= 21 and (n - 17) % 4 == 0 and all(len(row) == n for row in matrix)
    for top, left in ((0, 0), (0, n - 7), (n - 7, 0)):  # the three 7x7 corner squares
        assert all(matrix[top][left + i] and matrix[top + 6][left + i] for i in range(7))
        assert matrix[top + 3][left + 3]
    with pytest.raises(ValueError):
        qr_matrix("")
