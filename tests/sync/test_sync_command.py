"""``ltsa-admin sync --once``: a clear message when not enrolled, a summary after a round against a real
ltsa-central, and a warning when this PC's clock is off the server's by more than five minutes."""

from __future__ import annotations

import argparse

from ltsa_desktop.central import enrollment
from ltsa_desktop.commands.sync import cmd_sync
from ltsa_desktop.services import sync_setup
from ltsa_desktop.sync.agent import RoundSummary


def _args(office) -> argparse.Namespace:  # type: ignore[no-untyped-def]
    return argparse.Namespace(data_dir=office.data_dir.root, once=True)


def test_not_enrolled_is_a_clear_error(office, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cmd_sync(_args(office)) == 1
    assert "error (not_enrolled): this device is not enrolled" in capsys.readouterr().out


def test_one_round_against_a_real_central(office, keyring_memory, central, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _ = enrollment.issue_enrollment_code(central.db, "JKT01")
    sync_setup.enroll(office.ctx, office.admin, central.url, code)
    assert cmd_sync(_args(office)) == 0
    out = capsys.readouterr().out
    assert "pending 0" in out and "rejected 0" in out and "warning" not in out


def test_clock_skew_is_warned(office, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    summary = RoundSummary(sent=3, acked=3, batches=1, clock_skew_seconds=-900.0)
    monkeypatch.setattr(sync_setup, "sync_once", lambda _ctx: sync_setup.SyncOutcome(summary, None, None))
    assert cmd_sync(_args(office)) == 0
    assert "warning: this PC's clock is 15 minutes ahead of the central server's" in capsys.readouterr().out
