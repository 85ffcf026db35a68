"""Applying batches at the centre (no HTTP): idempotence, conflicts, office boundaries, gap tracking, one
transaction per batch, and replays from several threads. Runs on SQLite and, when configured, PostgreSQL."""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from ltsa_desktop.central import apply
from ltsa_desktop.central.apply import push
from ltsa_desktop.central.enrollment import authenticate
from ltsa_desktop.central.models import CentralRecord, Conflict
from ltsa_desktop.central.stats import office_stats
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.sync.protocol import PushBatch
from tests.central.support import (
    BASE_TIME,
    Device,
    enroll_device,
    make_batches,
    make_records,
    snapshot,
)


def _count(db, model=CentralRecord) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def _batch(device: Device, records) -> PushBatch:  # type: ignore[no-untyped-def]
    return PushBatch(batch_id=new_id(), device_id=device.device_id, sent_at=BASE_TIME, records=records)


def test_accepted_then_duplicate_in_order(any_db) -> None:  # type: ignore[no-untyped-def]
    device = enroll_device(any_db)
    who = authenticate(any_db, device.token)
    batch = _batch(device, make_records(device, 20))
    first = push(any_db, who, batch)
    assert [r.status for r in first.results] == ["accepted"] * 20
    assert [r.device_seq for r in first.results] == list(range(1, 21))
    assert first.contiguous_high_water == 20 and first.gaps == [] and first.batch_id == batch.batch_id
    again = push(any_db, who, batch)
    assert [r.status for r in again.results] == ["duplicate"] * 20
    assert _count(any_db) == 20
    with any_db.read() as s:  # timestamps come back aware and unchanged on every engine
        stored = s.execute(select(CentralRecord).where(CentralRecord.record_id == batch.records[3].id)).scalar_one()
    assert stored.created_at == batch.records[3].created_at and stored.created_at.tzinfo is not None
    assert stored.received_at == first.server_time


def test_conflict_is_quarantined_once_and_the_rest_flows(any_db) -> None:  # type: ignore[no-untyped-def]
    device = enroll_device(any_db)
    who = authenticate(any_db, device.token)
    records = make_records(device, 5)
    push(any_db, who, _batch(device, records[:3]))
    changed = records[1].model_copy(update={"payload": {**records[1].payload, "status": "tampered"}})
    mixed = [changed, *records[3:]]
    for _ in range(3):  # replayed: still one quarantined copy
        result = push(any_db, who, _batch(device, mixed))
        assert [r.status for r in result.results][0] == "conflict"
    assert [r.status for r in push(any_db, who, _batch(device, records[3:])).results] == ["duplicate"] * 2
    assert "quarantined" in (result.results[0].reason or "")
    assert _count(any_db) == 5 and _count(any_db, Conflict) == 1
    with any_db.read() as s:  # the first content stays the record of truth
        stored = s.execute(select(CentralRecord.payload).where(CentralRecord.record_id == records[1].id)).scalar()
    assert '"status":"waiting"' in stored
    stats = office_stats(any_db, "JKT01")
    assert stats["conflicts"]["count"] == 1 and stats["conflicts"]["items"][0]["id"] == records[1].id


def test_other_office_and_other_device_records_are_rejected_not_applied(any_db) -> None:  # type: ignore[no-untyped-def]
    mine = enroll_device(any_db, "JKT01")
    other = enroll_device(any_db, "SBY01")
    who = authenticate(any_db, mine.token)
    records = make_records(mine, 4)
    records[1] = make_records(mine, 1, start_seq=2, office_id=other.office_id)[0]
    records[2] = records[2].model_copy(update={"device_id": other.device_id})
    result = push(any_db, who, _batch(mine, records))
    assert [r.status for r in result.results] == ["accepted", "rejected", "rejected", "accepted"]
    assert result.results[1].reason.startswith("office_mismatch")  # type: ignore[union-attr]
    assert result.results[2].reason.startswith("device_mismatch")  # type: ignore[union-attr]
    with any_db.read() as s:
        stored = set(s.execute(select(CentralRecord.record_id)).scalars())
    assert stored == {records[0].id, records[3].id}
    assert office_stats(any_db, "SBY01")["total_records"] == 0


def test_inconsistent_payloads_are_rejected(any_db) -> None:  # type: ignore[no-untyped-def]
    device = enroll_device(any_db)
    who = authenticate(any_db, device.token)
    a, b, c, d = make_records(device, 4)
    bad = [a.model_copy(update={"payload": {**a.payload, "fee": 2.5}}),
           b.model_copy(update={"payload": {**b.payload, "id": new_id()}}),
           c.model_copy(update={"payload": {**c.payload, "version": 7}}), d]
    result = push(any_db, who, _batch(device, bad))
    assert [r.status for r in result.results] == ["rejected", "rejected", "rejected", "accepted"]
    assert [r.reason.split(":")[0] for r in result.results[:3]] == [  # type: ignore[union-attr]
        "payload_float", "payload_mismatch", "payload_mismatch"]
    assert result.contiguous_high_water == 4  # a refused record was still delivered: not a gap


def test_same_record_twice_in_one_batch(any_db) -> None:  # type: ignore[no-untyped-def]
    device = enroll_device(any_db)
    who = authenticate(any_db, device.token)
    (rec,) = make_records(device, 1)
    twin = rec.model_copy(update={"device_seq": 2})
    other = rec.model_copy(update={"device_seq": 3, "payload": {**rec.payload, "status": "done"}})
    result = push(any_db, who, _batch(device, [rec, twin, other]))
    assert [r.status for r in result.results] == ["accepted", "duplicate", "conflict"]


def test_gaps_are_reported_and_held_until_filled(any_db) -> None:  # type: ignore[no-untyped-def]
    device = enroll_device(any_db)
    who = authenticate(any_db, device.token)
    b1, b2, b3, b4 = make_batches(device, make_records(device, 40), 10)
    assert push(any_db, who, b1).contiguous_high_water == 10
    r = push(any_db, who, b3)
    assert (r.contiguous_high_water, r.gaps) == (10, [(11, 20)])
    r = push(any_db, who, b4.model_copy(update={"records": b4.records[5:]}))
    assert (r.contiguous_high_water, r.gaps) == (10, [(11, 20), (31, 35)])
    assert office_stats(any_db, "JKT01")["devices"][0]["gaps"] == [[11, 20], [31, 35]]
    r = push(any_db, who, b2)
    assert (r.contiguous_high_water, r.gaps) == (30, [(31, 35)])
    r = push(any_db, who, b4)
    assert (r.contiguous_high_water, r.gaps) == (40, [])
    assert _count(any_db) == 40


def test_a_failure_inside_the_batch_leaves_nothing(any_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    device = enroll_device(any_db)
    who = authenticate(any_db, device.token)
    before = snapshot(any_db)

    def boom(*_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(apply, "record_delivery", boom)
    with pytest.raises(RuntimeError):
        push(any_db, who, _batch(device, make_records(device, 10)))
    assert snapshot(any_db) == before


def test_concurrent_shuffled_replays_equal_one_in_order_delivery(any_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.central.support import open_sqlite

    device = enroll_device(any_db)
    who = authenticate(any_db, device.token)
    records = make_records(device, 300)
    records[7] = records[7].model_copy(update={"office_id": new_id()})  # one poison record
    batches = make_batches(device, records, 25)
    conflicting = records[3].model_copy(update={"payload": {**records[3].payload, "status": "x"},
                                                "device_seq": 301})
    batches.append(_batch(device, [conflicting]))
    # reference: one in-order delivery into a separate database, with the same device identity
    reference = open_sqlite(tmp_path / "reference.sqlite3")
    ref_device = enroll_device(reference, device_id=device.device_id, office_id=device.office_id)
    ref_who = authenticate(reference, ref_device.token)
    for batch in batches:
        push(reference, ref_who, batch)
    rng = random.Random(20261123)
    plans = [[b for b in batches for _ in range(rng.randint(2, 4))] for _ in range(2)]
    for plan in plans:
        rng.shuffle(plan)
    errors: list[BaseException] = []

    def deliver(plan: list[PushBatch]) -> None:
        try:
            for batch in plan:
                push(any_db, who, batch, now=datetime.now(UTC))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=deliver, args=(plan,)) for plan in plans]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    assert snapshot(any_db) == snapshot(reference)
    assert _count(any_db) == 299 and _count(any_db, Conflict) == 1
    reference.dispose()


def test_the_earliest_copy_in_device_order_wins_whatever_arrives_first(any_db) -> None:  # type: ignore[no-untyped-def]
    device = enroll_device(any_db)
    who = authenticate(any_db, device.token)
    (original,) = make_records(device, 1, start_seq=5)
    later_copy = original.model_copy(update={"device_seq": 9, "payload": {**original.payload, "status": "late"}})
    assert push(any_db, who, _batch(device, [later_copy])).results[0].status == "accepted"
    result = push(any_db, who, _batch(device, [original])).results[0]
    assert result.status == "accepted" and (result.reason or "").startswith("replaced")
    with any_db.read() as s:
        stored = s.execute(select(CentralRecord).where(CentralRecord.record_id == original.id)).scalar_one()
        quarantined = s.execute(select(Conflict.device_seq)).scalars().all()
    assert (stored.device_seq, '"status":"waiting"' in stored.payload) == (5, True)
    assert quarantined == [9]
    assert push(any_db, who, _batch(device, [later_copy])).results[0].status == "conflict"
    assert _count(any_db, Conflict) == 1
