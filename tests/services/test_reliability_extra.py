"""RELIABILITY.md tests 10, 11 and 16.

10: two counters (two devices, separate engines) issue receipts at once on one PostgreSQL database → each device's
    series is contiguous, no number twice, the chains verify.
11: a lock held beyond the busy timeout → ``DatabaseBusy`` with the "busy, nothing saved" message, nothing
    half-written, no number consumed; the same call succeeds once the lock is released.
16: an online backup taken while another thread writes, restored on a fresh data dir → integrity ok, audit and
    receipt chains verify, the restored tickets are a gap-free prefix of the live series, and sync resumes against
    the same server without conflicts or lost records.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ltsa_desktop.domain.errors import DatabaseBusy
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import auth, device_keys, payments, queue
from ltsa_desktop.services.office import open_context, register_device
from ltsa_desktop.storage import backup
from ltsa_desktop.storage.audit import verify_audit_chain
from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.models.core import AuditEntry, Outbox
from ltsa_desktop.storage.models.payments import Receipt
from ltsa_desktop.storage.models.queue import Ticket
from ltsa_desktop.storage.receipt_chain import verify_receipt_chains
from ltsa_desktop.sync.agent import run_round
from ltsa_desktop.ui.messages import message_for
from tests.conftest import PASSWORD
from tests.sync.test_agent import FakeServer

RECEIPTS_PER_COUNTER = 25


def _retry_busy(fn, *args, **kw):  # type: ignore[no-untyped-def]
    for _ in range(200):
        try:
            return fn(*args, **kw)
        except DatabaseBusy:
            time.sleep(0.01)
    raise AssertionError("the database stayed busy")


# -- 10 ------------------------------------------------------------------------------------------------------
@pytest.mark.postgres
def test_two_counters_issue_receipts_at_once_on_postgresql(postgres_office, keyring_memory, tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = postgres_office.url
    second_device = tmp_path / "device2.json"
    register_device(postgres_office.db, second_device, "PC Loket 2")
    setup_ctx = open_context(postgres_office.db, postgres_office.device_file)
    admin = auth.sign_in(setup_ctx, "admin", PASSWORD)
    queue.ensure_default_lines(setup_ctx, admin)
    from ltsa_desktop.services.office import add_counter

    add_counter(setup_ctx, admin, "Loket 2")
    counters = [c[0] for c in queue.list_counters(setup_ctx)][:2]
    for i in range(2):
        auth.create_staff(setup_ctx, admin, username=f"kasir{i}", full_name=f"Kasir {i}", role="counter_staff",
                          password=PASSWORD)

    barrier = threading.Barrier(2)
    issued: dict[int, list[str]] = {0: [], 1: []}
    errors: list[str] = []

    def counter_work(i: int, device_file: Path) -> None:
        db = Database(url)  # each counter has its own engine and connections, as two PCs would
        try:
            ctx = open_context(db, device_file)
            device_keys.register_new_key(ctx)
            staff = auth.sign_in(ctx, f"kasir{i}", PASSWORD)
            payments.open_cash_session(ctx, staff, counters[i], 100_000)
            barrier.wait(timeout=30)
            for _ in range(RECEIPTS_PER_COUNTER):
                request = payments.PaymentRequest(new_id(), ("POL-01",), "cash", 50_000)
                issued[i].append(_retry_busy(payments.take_payment, ctx, staff, request).value)
        except Exception as exc:  # noqa: BLE001 - reported and failed in the main thread
            errors.append(f"counter {i}: {exc!r}")
        finally:
            db.dispose()

    threads = [threading.Thread(target=counter_work, args=(i, f))
               for i, f in enumerate((postgres_office.device_file, second_device))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert all(len(v) == RECEIPTS_PER_COUNTER for v in issued.values())

    with postgres_office.db.read() as s:
        rows = s.execute(select(Receipt.id, Receipt.number, Receipt.device_id)).all()
        ok, text = verify_receipt_chains(s)
        assert ok, text
        assert verify_audit_chain(s).ok
        outboxed = set(s.execute(select(Outbox.record_id).where(Outbox.entity == "receipt")).scalars())
    assert len(rows) == 2 * RECEIPTS_PER_COUNTER
    assert len({n for _, n, _ in rows}) == len(rows)  # no number twice
    by_device: dict[str, list[int]] = defaultdict(list)
    prefixes: dict[str, set[str]] = defaultdict(set)
    for _, number, device in rows:
        head, seq = number.rsplit("-", 1)
        by_device[device].append(int(seq))
        prefixes[device].add(head)
    assert len(by_device) == 2
    for device, seqs in by_device.items():
        assert sorted(seqs) == list(range(1, RECEIPTS_PER_COUNTER + 1)), device  # contiguous from 1
        assert len(prefixes[device]) == 1
    assert prefixes[rows[0][2]] != prefixes[next(d for d in by_device if d != rows[0][2])]  # K01 vs K02
    assert {r for r, _, _ in rows} <= outboxed  # every receipt will sync


# -- 11 ------------------------------------------------------------------------------------------------------
def _counts(office) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with office.db.read() as s:
        return (s.execute(select(func.count()).select_from(Ticket)).scalar_one(),
                s.execute(select(func.count()).select_from(Outbox)).scalar_one(),
                s.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


def test_lock_beyond_busy_timeout_is_a_clear_refusal_and_writes_nothing(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    short = Database(f"sqlite:///{office.data_dir.database}", busy_timeout=0.4)
    ctx = open_context(short, office.data_dir.device_file, data_dir=office.data_dir.root, clock=office.clock)
    before = _counts(office)
    holder = sqlite3.connect(office.data_dir.database, timeout=0.1, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program (or a stuck PC) holds the write lock
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as info:
            queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "A")
        waited = time.monotonic() - started
        assert 0.35 <= waited < 3.0  # it waited for the timeout, then gave up instead of freezing
        assert info.value.code == "database_busy"
        text = message_for(info.value)
        assert "busy" in text.lower() and "nothing was saved" in text.lower()
        with pytest.raises(DatabaseBusy):  # a staff action too, not only the kiosk
            queue.open_counter(ctx, office.staff, queue.list_counters(ctx)[0][0])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _counts(office) == before  # nothing half-written: no ticket, no outbox row, no audit entry
    issued = queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "A").value
    assert issued.ticket.number == "A-001"  # the refused attempt consumed no number
    after = _counts(office)
    assert after[0] == before[0] + 1 and after[1] > before[1] and after[2] > before[2]
    with short.read() as s:
        assert verify_audit_chain(s).ok
    short.dispose()


def test_lock_released_within_the_timeout_just_waits(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    holder = sqlite3.connect(office.data_dir.database, timeout=0.1, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: holder.execute("ROLLBACK"))
    release.start()
    try:
        issued = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value  # default timeout: 5 s
    finally:
        release.join()
        holder.close()
    assert issued.ticket.number == "A-001"


# -- 16 ------------------------------------------------------------------------------------------------------
def test_restore_drill_under_write_load(office, keyring_memory, tmp_path) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    device_keys.register_new_key(office.ctx)
    counter = queue.list_counters(office.ctx)[0][0]
    payments.open_cash_session(office.ctx, office.staff, counter, 100_000)
    server = FakeServer()
    for _ in range(20):
        queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")
    first = run_round(office.db, office.ctx.device_id, server)  # part of the day already at the centre
    assert first.error is None and first.pending_after == 0

    stop = threading.Event()
    written: list[str] = []
    errors: list[str] = []

    def writer() -> None:
        db = Database(f"sqlite:///{office.data_dir.database}")
        ctx = open_context(db, office.data_dir.device_file, data_dir=office.data_dir.root, clock=office.clock)
        try:
            i = 0
            while not stop.is_set() or i < 40:
                i += 1
                if i % 5 == 0:
                    _retry_busy(payments.take_payment, ctx, office.staff,
                                payments.PaymentRequest(new_id(), ("POL-01",), "cash", 50_000))
                else:
                    written.append(_retry_busy(queue.issue_ticket, ctx, queue.KIOSK_ACTOR, "B").value.ticket.number)
        except Exception as exc:  # noqa: BLE001
            errors.append(repr(exc))
        finally:
            db.dispose()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 10:
            time.sleep(0.01)
        backups_dir = tmp_path / "backups"
        copies = []
        for _ in range(3):  # several generations, each taken mid-write
            copies.append(backup.make_backup(office.data_dir.database, backups_dir, generations=2))
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(120)
    assert not errors, errors
    assert len(backup.list_backups(backups_dir)) == 2  # generations pruned
    latest = backup.latest_good_backup(backups_dir)
    assert latest == copies[-1]

    with office.db.read() as s:
        live_b = set(s.execute(select(Ticket.number).where(Ticket.prefix == "B")).scalars())
    assert len(live_b) == len(written)

    fresh = tmp_path / "fresh" / "ltsa.sqlite3"
    fresh.parent.mkdir()
    outcome = backup.restore_backup(latest, fresh)
    assert outcome.previous_kept_as is None
    assert backup.check_sqlite_file(fresh) == ["ok"]
    restored = Database(f"sqlite:///{fresh}")
    try:
        assert restored.integrity_check() == ["ok"]
        with restored.read() as s:
            assert verify_audit_chain(s).ok
            ok, text = verify_receipt_chains(s)
            assert ok, text
            numbers = sorted(int(n.split("-")[1]) for n in s.execute(
                select(Ticket.number).where(Ticket.prefix == "B")).scalars())
            ticket_ids = set(s.execute(select(Ticket.id)).scalars())
            outboxed = set(s.execute(select(Outbox.record_id).where(Outbox.entity == "ticket")).scalars())
        # a consistent prefix: the restored B series is 1..k with no gap, and k is within what was written
        assert numbers == list(range(1, len(numbers) + 1)) and 0 < len(numbers) <= len(written)
        assert ticket_ids <= outboxed  # every restored ticket still has its outbox row
        # sync resumes from the restored copy: nothing the server already holds conflicts, nothing is lost
        again = run_round(restored, office.ctx.device_id, server)
        assert again.error is None and again.conflicts == 0 and again.rejected == 0 and again.pending_after == 0
        ids_at_server = {i for (_e, i, _v) in server.records}
        assert ticket_ids <= ids_at_server
    finally:
        restored.dispose()
