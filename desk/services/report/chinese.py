"""Chinese names of the daily log's sections, tables and columns for the printed log and the
workbook (documents for the district are always Chinese, whatever language the screen shows).
``resources/translations/zh_CN/report.json`` carries the same words for the screen."""

from __future__ import annotations

from desk.services.report.model import PERCENT, SECONDS, Value

ZH = {
    "Queue": "叫号", "Applications": "受理", "Mediation": "调解",
    "Tickets by service": "按业务统计取号", "Tickets and waits by hour": "按时段统计",
    "Waits and service by window": "按窗口统计", "Waits and service by clerk": "按工作人员统计",
    "Service": "业务", "Hour": "时段", "Window": "窗口", "Clerk": "工作人员", "Item": "事项", "Level": "评价",
    "Dispute type": "纠纷类型",
    "Issued": "取号", "Served": "办结", "No-show": "过号", "Still open": "未完成", "Transferred": "转办",
    "Called": "叫号数",
    "Wait, mean": "平均等候", "Wait, median": "中位等候", "Wait, 90th percentile": "90%等候",
    "Service, mean": "平均办理", "Service, median": "中位办理", "Service, 90th percentile": "90%办理",
    "Cases by item": "按事项统计办件", "Registered": "登记", "Accepted": "受理", "Materials missing": "一次性告知",
    "Refused": "不予受理", "Completed": "办结", "Overdue at end": "逾期", "Due soon at end": "临期",
    "容缺 accepted": "容缺受理", "容缺 overdue at end": "容缺逾期",
    "Consultations": "咨询", "Walk-in": "现场", "Hotline": "热线", "Total": "合计",
    "Ratings by level": "好差评", "Ratings": "评价数",
    "Bad-rating follow-ups": "差评回访", "Opened": "新增", "Closed": "已回访", "Open at end": "未办结",
    "Past due at end": "超期未办",
    "Mediations by dispute type": "按纠纷类型统计调解", "Sessions held": "调解次数", "Cases heard": "调解案件",
    "Succeeded": "成功", "Failed": "不成功", "Terminated": "终止", "Agreements signed": "签订协议",
    "Bookings and follow-ups": "调解室预约与回访", "Room bookings": "预约", "Bookings cancelled": "取消预约",
    "Follow-up visits": "回访", "Follow-ups due at end": "待回访",
}
NUMERALS = "一二三四五六七八九十"


def zh(text: str) -> str:
    return ZH.get(text, text)


def row_name(name: str) -> str:
    return "合计" if name == "total" else name


def minutes(seconds: Value) -> float | None:
    return None if seconds is None else round(float(seconds) / 60, 1)


def show(value: Value, kind: str) -> str:
    """A figure as printed: counts as integers, durations in minutes with one decimal, "—" for none."""
    if value is None:
        return "—"
    if kind == SECONDS:
        return f"{float(value) / 60:.1f}"
    if kind == PERCENT:
        return f"{float(value):.1f}%"
    return str(int(value))
