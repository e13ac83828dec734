"""report: the daily log of a day or a range, printed as a summary and exported to PDF / Excel.

    python main.py report --date 2026-11-20 --pdf out.pdf --xlsx out.xlsx
    python main.py report --from 2026-11-01 --to 2026-11-30 --xlsx november.xlsx
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desk.cli.common import add_db_option, add_sign_in_options, signed_in

if TYPE_CHECKING:  # the parser must not import SQLAlchemy (start-up speed)
    from desk.services.report.model import DailyLog


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="the manager's daily log of a day or a range, as PDF and/or Excel")
    add_db_option(p)
    p.add_argument("--date", metavar="DAY", help="one day, e.g. 2026-11-20 (station local day)")
    p.add_argument("--from", dest="first", metavar="DAY", help="first day of a range")
    p.add_argument("--to", dest="last", metavar="DAY", help="last day of a range (default: the first day)")
    p.add_argument("--pdf", metavar="FILE", type=Path, help="write the printable log (A4 PDF) here")
    p.add_argument("--xlsx", metavar="FILE", type=Path, help="write the Excel workbook here")
    add_sign_in_options(p)
    p.set_defaults(func=_report)


def _days(args: argparse.Namespace) -> tuple[str, str] | str:
    if args.date and (args.first or args.last):
        return "Give either --date for one day or --from/--to for a range, not both."
    if args.date:
        return args.date, args.date
    if args.first:
        return args.first, args.last or args.first
    if args.last:
        return "--to needs --from: give the first day of the range too."
    return "Say which day: --date 2026-11-20, or a range with --from 2026-11-01 --to 2026-11-30."


def _write(path: Path, data: bytes) -> str | None:
    """Write owner-only through a temporary file and rename, so a failed write never leaves half a file."""
    from desk.store.private import write_private_file

    try:
        write_private_file(path, data)
    except OSError as exc:
        return f"Could not write {path}: {exc.strerror or exc}. Choose a folder you can write to."
    return None


def _report(args: argparse.Namespace) -> int:
    days = _days(args)
    if isinstance(days, str):
        print(f"Grid Desk: {days}", file=sys.stderr)
        return 2
    from desk.services.report import excel, export
    from desk.services.report.log import daily_log

    desk, actor = signed_in(args)
    assert desk is not None
    log = daily_log(desk, actor, days[0], days[1])
    for line in _summary_lines(log):
        print(line)
    outputs = []
    if args.pdf:
        outputs.append((args.pdf, export.export_pdf(desk, actor, log)))
    if args.xlsx:
        outputs.append((args.xlsx, excel.workbook_bytes(log)))
    for path, data in outputs:
        problem = _write(path, data)
        if problem:
            print(f"Grid Desk: {problem}", file=sys.stderr)
            return 1
        print(f"Wrote {path} ({len(data) // 1024 + 1} KB).")
    return 0


def _summary_lines(log: DailyLog) -> list[str]:
    from desk.services.report.export import summary

    lines = [f"{label}: {value}" for label, value in summary(log)]
    if log.corrections:
        lines.append(f"更正: {len(log.corrections)} 个数字在关账后有变动（见 PDF / Excel 的“更正”）。")
    return lines
