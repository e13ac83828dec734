"""Realistic sample documents for tests, the benchmark and a quick visual check.

    python -m desk.documents.samples /tmp/out   # writes slip.pdf, register.pdf, signature.pdf

Data are made up but shaped like a real station day, so layout problems show up here first.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reportlab.platypus import Flowable

from desk.documents.fonts import DocumentFonts
from desk.documents.kit import DocumentKit
from desk.documents.model import DocumentMeta, StationHeader
from desk.documents.render import render_a4
from desk.documents.table_report import ReportColumn, ReportSection, TableReport, render_table_report
from desk.documents.ticket_slip import TicketSlip, render_ticket_slip

SAMPLE_DAY = datetime(2024, 5, 6, 0, 30, tzinfo=timezone.utc)  # 08:30 in Shanghai

_SERVICES = ("户籍业务", "社保医保", "民政救助", "老龄服务", "计划生育", "就业创业", "残疾人服务")
_SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林"
_CLERKS = ("王小红", "李建国", "陈晓")
_STATES = ("已办结", "已办结", "已办结", "补正材料", "已办结", "过号")


def sample_header() -> StationHeader:
    return StationHeader(
        name="朝阳区和平街道为民服务中心",
        committee_name="和平里社区居民委员会",
        address="北京市朝阳区和平里东街18号",
        phone="010-64000000",
        seal_text="和平里社区居民委员会",
    )


def sample_ticket_slip() -> TicketSlip:
    return TicketSlip(
        ticket_number="A012",
        service_name="户籍业务",
        waiting_ahead=5,
        issued_at=SAMPLE_DAY + timedelta(minutes=41, seconds=7),
        qr_data="https://hp.example.cn/q/A012",
    )


def sample_register(rows: int = 44) -> tuple[TableReport, DocumentMeta]:
    """A day's visitor register: a table over two A4 pages, then signatures and the seal."""
    data = []
    for i in range(rows):
        issued = SAMPLE_DAY + timedelta(minutes=7 * i + 3)
        service = _SERVICES[i % len(_SERVICES)]
        prefix = "ABCDEFG"[i % len(_SERVICES)]
        name = _SURNAMES[i % len(_SURNAMES)] + "*" + ("华" if i % 2 else "")
        remark = "材料齐全，当场办结" if i % 5 else "缺户口本原件，已出具一次性告知书"
        data.append((
            str(i + 1), f"{prefix}{i // len(_SERVICES) + 1:03d}", service, name,
            (issued + timedelta(hours=8)).strftime("%H:%M"), f"{i % 4 + 1}号窗口",
            _CLERKS[i % len(_CLERKS)], _STATES[i % len(_STATES)], remark,
        ))
    columns = (
        ReportColumn("序号", 0.6, "center"), ReportColumn("号码", 0.8, "center"), ReportColumn("业务", 1.3),
        ReportColumn("办事人", 0.9), ReportColumn("取号", 0.8, "center"), ReportColumn("窗口", 1.0, "center"),
        ReportColumn("经办人", 0.9), ReportColumn("状态", 1.0, "center"), ReportColumn("备注", 2.2),
    )
    report = TableReport(
        summary=(("日期", "2024年5月6日"), ("来访人数", f"{rows} 人"),
                 ("办结", f"{sum(d[7] == '已办结' for d in data)} 件"),
                 ("补正材料", f"{sum(d[7] == '补正材料' for d in data)} 件")),
        sections=(ReportSection(columns=columns, rows=tuple(data), heading="一、来访办件明细"),),
        notes="上午户籍业务窗口排队较长，已临时增开 4 号窗口。下午系统运行正常，无投诉。",
        notes_heading="二、当日情况说明",
        signatures=("制表人", "审核人", "站长"),
        seal=True,
    )
    meta = DocumentMeta(
        title="来访办件登记表", number="HP-20240506-01", operator="王小红",
        printed_at=SAMPLE_DAY + timedelta(hours=9, minutes=5),
    )
    return report, meta


def render_sample_register(*, fonts: DocumentFonts | None = None,
                           reprinted_at: datetime | None = None) -> bytes:
    report, meta = sample_register()
    meta = replace(meta, reprinted_at=reprinted_at)
    return render_table_report(report, meta, sample_header(), fonts=fonts)


SAMPLE_LONG_TEXT = (
    "经核对，申请人于2024年5月6日提交的户口迁移申请所附证件原件已核验完毕，现予退还。"
    "领取人应当场核对退还材料的名称、份数与本确认书所列一致，确认无误后签名并按手印；"
    "由他人代为领取的，代领人须出示本人有效身份证件及申请人签署的授权委托书（原件），"
    "授权委托书留存备查。ThisIsAVeryLongLatinWordWithoutAnySpacesThatMustStillWrapInsideTheFrame"
    "https://hp.example.cn/verify?receipt=HP-20240506-0012&token=abcdef0123456789 。"
)


def render_sample_signature_page(*, fonts: DocumentFonts | None = None,
                                 reprinted_at: datetime | None = None) -> bytes:
    """A one-page acknowledgement: fields, long text, a small table, signatures with 按手印, seal.

    Also the worked example of the kit API for new documents.
    """
    meta = DocumentMeta(title="证件材料退还确认书", number="HP-TH-20240506-0012", operator="王小红",
                        printed_at=SAMPLE_DAY + timedelta(hours=2, minutes=14), reprinted_at=reprinted_at)

    def build(kit: DocumentKit) -> list[Flowable]:
        return [
            kit.fields([("申请人", "张*华"), ("身份证号", "110***********1234"), ("办理事项", "户口迁移（市内）"),
                        ("受理编号", "HP-20240506-0012")], columns=2),
            kit.heading("一、退还说明"),
            *kit.body(SAMPLE_LONG_TEXT),
            kit.heading("二、退还材料"),
            kit.table(["序号", "材料名称", "原件/复印件", "份数"],
                      [("1", "居民户口簿", "原件", "1"), ("2", "居民身份证", "原件", "1"),
                       ("3", "结婚证", "原件", "1")],
                      widths=[0.6, 3, 1.2, 0.8], align=["center", "left", "center", "right"]),
            kit.space(6),
            kit.keep_together([
                kit.signatures(["领取人（签名）", "代领人（签名）"], fingerprint=True),
                kit.signatures(["经办人（签名）"]),
                kit.space(4),
                kit.seal(),
            ]),
        ]

    return render_a4(meta, sample_header(), build, fonts=fonts)


def main(argv: list[str]) -> None:
    out = Path(argv[0] if argv else ".")
    out.mkdir(parents=True, exist_ok=True)
    (out / "slip.pdf").write_bytes(render_ticket_slip(sample_ticket_slip(), sample_header()))
    (out / "register.pdf").write_bytes(render_sample_register())
    (out / "signature.pdf").write_bytes(render_sample_signature_page())


if __name__ == "__main__":
    main(sys.argv[1:])
