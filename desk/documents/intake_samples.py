"""Sample intake documents, shaped like a real day at the window: for tests, the benchmark and a
quick look (``python -m desk.documents.intake_samples /tmp/out`` writes receipt.pdf, missing.pdf,
refusal.pdf)."""

from __future__ import annotations

import sys
from datetime import date, datetime, timezone
from pathlib import Path

from desk.documents.intake_notice import (
    MissingMaterial,
    MissingNotice,
    NoticeParty,
    RefusalNotice,
    render_missing_notice,
    render_refusal_notice,
)
from desk.documents.intake_receipt import IntakeReceipt, ReceivedMaterial, render_intake_receipt
from desk.documents.samples import sample_header

ACCEPTED = datetime(2026, 11, 20, 1, 42, tzinfo=timezone.utc)  # Friday 09:42 in Shanghai


def sample_receipt() -> IntakeReceipt:
    return IntakeReceipt(
        receipt_no="SL20261120-0007", accepted_at=ACCEPTED, applicant_name="张三",
        applicant_number="110***********0010", applicant_phone="13812345678", item_code="CG-01",
        item_name="限额以下小型工程（装修）施工备案", item_kind="承诺件", clerk_name="李晓梅",
        clerk_phone="13800000011", promised_days=5, statutory_days=None, deadline=date(2026, 11, 27),
        deadline_note="", progress="凭受理编号到本站窗口或拨打 010-64000000 查询办理进度",
        delivery="办结后电话通知，凭受理回执到窗口领取",
        qr_data="SL20261120-0007",
        materials=(ReceivedMaterial("居民身份证", "原件", 1), ReceivedMaterial("房屋产权证明或租赁合同", "原件+复印件", 1),
                   ReceivedMaterial("装修施工方案及平面图", "原件", 2),
                   ReceivedMaterial("施工单位营业执照及资质证书", "复印件", 1)),
        statutory_note="", proxy="李四（网格员帮办，310***********8887）", fee="不收费",
    )


def sample_party() -> NoticeParty:
    return NoticeParty(receipt_no="SL20261120-0008", registered_at=ACCEPTED, applicant_name="王芳",
                       applicant_number="310***********8887", item_name="最低生活保障申请", clerk_name="李晓梅",
                       clerk_phone="13800000011")


def sample_missing_notice() -> MissingNotice:
    return MissingNotice(
        party=sample_party(),
        missing=(MissingMaterial("家庭成员收入证明", "原件，1 份；共同生活家庭成员近 6 个月的工资或收入证明"),
                 MissingMaterial("家庭财产状况申报及授权核查书", "原件，1 份；全体家庭成员签名"),
                 MissingMaterial("户口簿", "原件+复印件，1 份；验原件、收复印件")),
        bring_by=date(2026, 11, 27), promised_days=30,
        received=(ReceivedMaterial("居民身份证", "原件", 1), ReceivedMaterial("低保申请书", "原件", 1)),
    )


def sample_refusal_notice() -> RefusalNotice:
    return RefusalNotice(party=sample_party(), reason="申请人户籍及经常居住地均不在本街道，依照《社会救助暂行办法》第十一条，"
                                                      "最低生活保障应向户籍所在地的乡镇人民政府、街道办事处提出。请到户籍所在地街道申请。")


def main(argv: list[str]) -> None:
    out = Path(argv[0] if argv else ".")
    out.mkdir(parents=True, exist_ok=True)
    header = sample_header()
    (out / "receipt.pdf").write_bytes(render_intake_receipt(sample_receipt(), header))
    (out / "missing.pdf").write_bytes(render_missing_notice(sample_missing_notice(), header))
    (out / "refusal.pdf").write_bytes(render_refusal_notice(sample_refusal_notice(), header))


if __name__ == "__main__":
    main(sys.argv[1:])
