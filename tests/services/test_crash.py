"""RELIABILITY.md test 1: kill -9 a process issuing tickets, receipts and cases at random moments, 50+ times.

After every kill: the database passes its integrity check, the receipt series and ticket numbers are contiguous,
the hash chains verify, every receipt has its outbox row, every receipt reported as printed and every case
reported as saved is stored, and the case numbers are contiguous. (The same for sync: tests/sync/test_kill_sync.py.)
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from ltsa_desktop.services import applicants
from ltsa_desktop.storage.audit import verify_audit_chain
from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.receipt_chain import verify_receipt_chains

WORKER = r"""
import sys
from pathlib import Path
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import auth, cases, payments, queue
from ltsa_desktop.services.office import open_context
from ltsa_desktop.storage.db import Database
data = Path(sys.argv[1])
ctx = open_context(Database(f"sqlite:///{data / 'ltsa.sqlite3'}"), data / "device.json", data_dir=data)
staff = auth.sign_in(ctx, "petugas1", sys.argv[2])
print("READY", flush=True)
while True:
    queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "A")
    rid = payments.take_payment(ctx, staff, payments.PaymentRequest(new_id(), ("POL-01",), "cash", 50_000)).value
    print("PRINTED", payments.receipt_doc(ctx, rid).number, flush=True)  # printed only after the commit
    case = cases.open_cases(ctx, staff, sys.argv[3], ["NAK-01"]).value[0]
    print("SAVED", case.number, flush=True)  # shown to the clerk only after the commit
"""


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_kill_nine_never_loses_or_corrupts(paying_office) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSWORD

    office = paying_office
    office.db.dispose()
    conn = sqlite3.connect(office.data_dir.database)
    conn.execute("UPDATE office SET is_demo = 1")  # the worker processes keep the key in the demo file store
    conn.commit()
    conn.close()
    from ltsa_desktop.services import device_keys

    key = device_keys.load_private_key(office.ctx)
    (office.data_dir.root / "DEMO-receipt-key.txt").write_text(__import__("base64").b64encode(key).decode())
    from tests.services.test_applicants_cases import BASE

    person = applicants.register_applicant(office.ctx, office.staff, BASE).value
    office.db.dispose()
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    rng = random.Random(9)
    printed: list[str] = []
    saved: list[str] = []
    kills = int(os.environ.get("LTSA_KILL_LOOPS", "50"))
    for _ in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", WORKER, str(office.data_dir.root), PASSWORD, person.id], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("READY"), proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.01, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        # a kill can cut the last line short: only complete receipt numbers count as printed
        printed += re.findall(r"^PRINTED ([A-Z0-9]+-K\d{2}-\d{4}-\d{6})$", out, flags=re.M)
        saved += re.findall(r"^SAVED ([A-Z0-9]+-B-\d{4}-\d{6})$", out, flags=re.M)
    db = Database(f"sqlite:///{office.data_dir.database}")
    assert db.integrity_check() == ["ok"]
    with db.read() as s:
        assert verify_audit_chain(s).ok
        ok, text = verify_receipt_chains(s)
        assert ok, text
    raw = sqlite3.connect(office.data_dir.database)
    numbers = {r[0] for r in raw.execute("SELECT number FROM receipt")}
    assert set(printed) <= numbers  # nothing printed is missing
    orphans = raw.execute("SELECT count(*) FROM receipt r WHERE NOT EXISTS "
                          "(SELECT 1 FROM outbox o WHERE o.record_id = r.id)").fetchone()[0]
    assert orphans == 0
    seqs = sorted(r[0] for r in raw.execute("SELECT seq FROM ticket WHERE prefix = 'A'"))
    assert seqs == list(range(1, len(seqs) + 1))
    assert len(printed) > 0
    case_numbers = sorted(r[0] for r in raw.execute("SELECT number FROM service_case"))
    assert set(saved) <= set(case_numbers) and len(saved) > 0  # nothing saved is missing
    assert [int(n[-6:]) for n in case_numbers] == list(range(1, len(case_numbers) + 1))  # no gap
