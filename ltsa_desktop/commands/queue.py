"""Queue commands: ``simulate-day``."""

from __future__ import annotations

import argparse
from datetime import date

from ltsa_desktop.commands._common import CLI_ACTOR, add_data_dir, open_office


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("simulate-day", help="drive the real services through a realistic day (demo, tests)")
    add_data_dir(p)
    p.add_argument("--date", type=date.fromisoformat, required=True, help="YYYY-MM-DD (office-local day)")
    p.add_argument("--tickets", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--counters", type=int, default=4)
    p.set_defaults(func=cmd_simulate_day)


def cmd_simulate_day(args: argparse.Namespace) -> int:
    from ltsa_desktop.services import queue
    from ltsa_desktop.services.simulation import simulate_day

    opened = open_office(args)
    assert opened.ctx is not None
    if not queue.list_lines(opened.ctx):
        queue.ensure_default_lines(opened.ctx, CLI_ACTOR)
    s = simulate_day(opened.ctx, args.date, args.tickets, args.seed, counters=args.counters)
    print(f"{s.day}: issued {s.issued}, served {s.served}, missed {s.missed}, transferred {s.transferred}, "
          f"closed unserved {s.not_served}")
    return 0
