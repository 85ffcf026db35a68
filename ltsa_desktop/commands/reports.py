"""Report commands: ``report --day YYYY-MM-DD --pdf FILE [--csv DIR]``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ltsa_desktop.commands._common import add_data_dir, open_office


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="the daily report as PDF, and CSV exports of the day")
    add_data_dir(p)
    p.add_argument("--day", type=date.fromisoformat, required=True)
    p.add_argument("--pdf", type=Path, default=None)
    p.add_argument("--csv", type=Path, default=None, help="folder for the CSV exports")
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from ltsa_desktop.services import reports

    opened = open_office(args)
    assert opened.ctx is not None
    if args.pdf:
        args.pdf.write_bytes(reports.day_report_pdf(opened.ctx, args.day))
        print(f"report written: {args.pdf}")
    if args.csv:
        for path in reports.write_csv_exports(opened.ctx, args.day, args.csv):
            print(f"export written: {path}")
    return 0
