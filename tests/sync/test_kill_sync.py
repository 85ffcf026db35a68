"""RELIABILITY.md test 2: kill -9 the office's sync process at random moments — while a batch is on the wire,
after the centre committed it but before the acknowledgement was stored, or while acknowledgements are being
written — again and again, with the office issuing tickets between rounds. Restarted each time, the device
re-sends what it has not recorded as acknowledged; in the end the centre holds every record version exactly once
and every outbox row is acknowledged once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from ltsa_desktop.services import sync_setup
from ltsa_desktop.storage.db import Database
from ltsa_desktop.sync.agent import run_round
from ltsa_desktop.sync.client import CentralClient
from tests.central.support import snapshot
from tests.sync.test_agent_faults import _assert_exactly_once, _enrolled

WORKER = r"""
import sys
from pathlib import Path
from ltsa_desktop.services import queue
from ltsa_desktop.services.office import open_context
from ltsa_desktop.storage.db import Database
from ltsa_desktop.sync.agent import run_round
from ltsa_desktop.sync.client import CentralClient
data, url, token = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
ctx = open_context(Database(f"sqlite:///{data / 'ltsa.sqlite3'}"), data / "device.json", data_dir=data)
print("READY", flush=True)
with CentralClient(url, token, timeout=10) as client:
    while True:
        for _ in range(5):
            queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "A")
        summary = run_round(ctx.db, ctx.device_id, client, batch_size=4)
        print("ROUND", summary.error, flush=True)
"""


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_kill_nine_during_sync_never_loses_or_duplicates(office, keyring_memory, central) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _enrolled(office, central)
    token = sync_setup._load_token(office.ctx)
    assert token
    office.db.dispose()
    rng = random.Random(20261202)
    kills = int(os.environ.get("LTSA_KILL_LOOPS", "30"))
    for _ in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", WORKER, str(office.data_dir.root), central.url, token],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("READY"), proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.3, 2.5))  # start-up takes part of it; rounds take a few hundred ms
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    db = Database(f"sqlite:///{office.data_dir.database}")
    assert db.integrity_check() == ["ok"]
    db.dispose()
    before = len(snapshot(central.db)["records"])
    assert before > 0  # the killed processes did reach the centre
    # restarted once more, undisturbed: everything left is sent, re-sent rows come back as duplicates
    with CentralClient(central.url, token, timeout=10) as client:
        summary = run_round(office.db, office.ctx.device_id, client, batch_size=50)
    assert summary.error is None and summary.pending_after == 0
    _assert_exactly_once(office, central)
