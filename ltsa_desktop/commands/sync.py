"""Sync commands: ``enroll --server URL --code CODE`` and ``sync --once``."""

from __future__ import annotations

import argparse

from ltsa_desktop.commands._common import CLI_ACTOR, add_data_dir, open_office


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("enroll", help="enroll this PC with the central server (one-time code)")
    add_data_dir(p)
    p.add_argument("--server", required=True)
    p.add_argument("--code", required=True)
    p.add_argument("--insecure", action="store_true", help="do not verify TLS (testing only)")
    p.set_defaults(func=cmd_enroll)
    p = sub.add_parser("sync", help="push pending records and pull reference data")
    add_data_dir(p)
    p.add_argument("--once", action="store_true", required=True)
    p.set_defaults(func=cmd_sync)


def cmd_enroll(args: argparse.Namespace) -> int:
    from ltsa_desktop.services.sync_setup import enroll
    from ltsa_desktop.sync.client import SyncTransportError

    opened = open_office(args)
    assert opened.ctx is not None
    try:
        device = enroll(opened.ctx, CLI_ACTOR, args.server, args.code, verify_tls=not args.insecure)
    except SyncTransportError as exc:
        print(f"error: enrollment failed ({exc.code}): {exc}")
        return 1
    print(f"enrolled as central device {device}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from ltsa_desktop.domain.errors import LtsaError
    from ltsa_desktop.services.sync_setup import sync_once
    from ltsa_desktop.sync.agent import CLOCK_SKEW_WARN_SECONDS, clock_skew_warning

    opened = open_office(args)
    assert opened.ctx is not None
    try:
        outcome = sync_once(opened.ctx)
    except LtsaError as exc:
        print(f"error ({exc.code}): {exc.message}")
        return 1
    s = outcome.push
    print(f"sent {s.sent} in {s.batches} batches: acknowledged {s.acked}, conflicts {s.conflicts}, "
          f"rejected {s.rejected}; pending {s.pending_after}")
    if s.error:
        print(f"stopped: {s.error_code}: {s.error}")
    if clock_skew_warning(s.clock_skew_seconds):
        assert s.clock_skew_seconds is not None
        direction = "behind" if s.clock_skew_seconds > 0 else "ahead of"
        print(f"warning: this PC's clock is {abs(s.clock_skew_seconds) / 60:.0f} minutes {direction} the central "
              f"server's (more than {CLOCK_SKEW_WARN_SECONDS / 60:.0f}); correct the date, time and time zone")
    if s.conflicts or s.rejected:
        print("refused records are listed for a supervisor on the Sync page (Supervisor workspace)")
    if outcome.catalog_installed:
        print(f"reference data: catalog {outcome.catalog_installed} installed")
    if outcome.catalog_error:
        print(f"reference data refused: {outcome.catalog_error}")
    if outcome.vacancies_installed:
        print(f"reference data: vacancy list version {outcome.vacancies_installed} installed")
    if outcome.vacancies_error:
        print(f"vacancy list refused: {outcome.vacancies_error}")
    return 1 if s.error else 0
