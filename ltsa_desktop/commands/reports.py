"""Report commands: ``report --day YYYY-MM-DD --pdf FILE [--csv DIR]``; ``report --week YYYY-MM-DD --pdf FILE``
(Monday to Sunday of the week containing that day); ``report --month YYYY-MM --pdf FILE``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ltsa_desktop.commands._common import add_data_dir, open_office


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="the daily report as PDF, and CSV exports of the day")
    add_data_dir(p)
    period = p.add_mutually_exclusive_group(required=True)
    period.add_argument("--day", type=date.fromisoformat, help="the daily report of this day")
    period.add_argument("--week", type=date.fromisoformat, help="the weekly summary of the week of this day")
    period.add_argument("--month", type=_month, help="the monthly summary (YYYY-MM)")
    p.add_argument("--pdf", type=Path, default=None)
    p.add_argument("--csv", type=Path, default=None, help="folder for the CSV exports")
    p.set_defaults(func=cmd_report)


def _month(text: str) -> date:
    return date.fromisoformat(f"{text}-01")


def cmd_report(args: argparse.Namespace) -> int:
    from ltsa_desktop.services import reports

    opened = open_office(args)
    assert opened.ctx is not None
    if args.week or args.month:
        if args.csv:
            print("CSV exports are per day: use --day")
            return 2
        if args.pdf:
            kind = "week" if args.week else "month"
            args.pdf.write_bytes(reports.period_report_pdf(opened.ctx, kind, args.week or args.month))
            print(f"report written: {args.pdf}")
        return 0
    if args.pdf:
        args.pdf.write_bytes(reports.day_report_pdf(opened.ctx, args.day))
        print(f"report written: {args.pdf}")
    if args.csv:
        for path in reports.write_csv_exports(opened.ctx, args.day, args.csv):
            print(f"export written: {path}")
    return 0
