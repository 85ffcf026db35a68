"""Applying one pushed batch: idempotent per record, one transaction per batch, gaps tracked per device.

Contract:
- ``apply_batch`` runs inside the caller's write transaction and either all of its effects commit or none do;
  ``push`` opens that transaction (and retries it if a concurrent writer won a unique-key race);
- every record is keyed by (entity, id, version): new → ``accepted`` and stored; the same content again →
  ``duplicate``; other content → ``conflict``, quarantined once per distinct content, the stored version kept;
- a record of another office or another device, or with an inconsistent payload, is ``rejected`` with a reason
  and never stored; the other records of the batch still apply;
- every ``device_seq`` in the batch counts as delivered (whatever its status); the device's contiguous
  high-water mark only moves over a complete run, so a missing record stays visible as a gap until it arrives;
- pushes of the same device are serialised by a row lock on its mark (SQLite: the database write lock), so
  replays from several threads or processes end in the same state as one in-order delivery.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from ltsa_desktop.central.db import CentralDB
from ltsa_desktop.central.models import (
    CentralDevice,
    CentralDeviceKey,
    CentralRecord,
    Conflict,
    DeviceMark,
    DeviceRange,
    ReceiptIndex,
    ReceiptVoid,
)
from ltsa_desktop.sync.protocol import PushBatch, PushResult, WireRecord

log = logging.getLogger(__name__)
RETRYABLE_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock (PostgreSQL)


@dataclass(frozen=True)
class DeviceIdentity:
    """The authenticated device: the ids its records must carry, and the codes in its receipt numbers."""

    device_id: str
    office_id: str  # the office id in records (``central_office.record_office_id``)
    office_code: str
    device_code: str


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False)


def canonical_payload(payload: dict[str, Any]) -> str:
    """Deterministic JSON (sorted keys, ASCII escapes), the stored form and the input of ``content_hash``.

    This form must never change: a replay is recognised as a duplicate by comparing its hash.
    """
    return _CANONICAL.encode(payload)


def content_hash(canonical: str) -> str:
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _has_float(value: dict[str, Any] | list[Any]) -> bool:
    """Whether a parsed JSON value holds a float anywhere (nesting is bounded by the JSON parser)."""
    items = list(value.values()) if type(value) is dict else cast(list[Any], value)
    kinds = set(map(type, items))
    if float in kinds:
        return True
    if dict in kinds or list in kinds:
        return any(_has_float(item) for item in items if type(item) is dict or type(item) is list)
    return False


def check_record(record: WireRecord, device: DeviceIdentity) -> str | None:
    """Why ``record`` may not be stored for ``device`` (``"code: explanation"``), or None if it may."""
    if record.office_id != device.office_id:
        return "office_mismatch: the record belongs to another office than this device's"
    if record.device_id != device.device_id:
        return "device_mismatch: a device may only send records it made itself"
    payload = record.payload
    for key, expected in (("id", record.id), ("office_id", record.office_id), ("version", record.version)):
        if key in payload and payload[key] != expected:
            return f"payload_mismatch: payload {key} differs from the record's {key}"
    if _has_float(payload):
        return "payload_float: numbers in records are integers (money is whole rupiah)"
    return None


def _lock_mark(session: Session, device_id: str, now: datetime) -> DeviceMark:
    mark = session.execute(select(DeviceMark).where(DeviceMark.device_id == device_id)
                           .with_for_update()).scalar_one_or_none()
    if mark is None:
        mark = DeviceMark(device_id=device_id, high_water=0, updated_at=now)
        session.add(mark)
        session.flush()
    return mark


def _runs(values: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted, merged [lo, hi] runs covering ``values`` and any runs given as pairs."""
    out: list[tuple[int, int]] = []
    for value in sorted(set(values)):
        if out and value <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], value))
        else:
            out.append((value, value))
    return out


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def gaps_of(high_water: int, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The missing runs between the high-water mark and the received runs above it."""
    gaps, expected = [], high_water + 1
    for lo, hi in ranges:
        if lo > expected:
            gaps.append((expected, lo - 1))
        expected = hi + 1
    return gaps


def record_delivery(session: Session, mark: DeviceMark, seqs: Iterable[int],
                    now: datetime) -> tuple[int, list[tuple[int, int]]]:
    """Note ``seqs`` as delivered; return the new contiguous high-water mark and the gaps above it."""
    stored = [(lo, hi) for lo, hi in session.execute(
        select(DeviceRange.lo, DeviceRange.hi).where(DeviceRange.device_id == mark.device_id)
        .order_by(DeviceRange.lo)).all()]
    fresh = [s for s in seqs if s > mark.high_water]
    merged = _merge(stored + _runs(fresh))
    high = mark.high_water
    if merged and merged[0][0] == high + 1:
        high = merged.pop(0)[1]
    if merged != stored or high != mark.high_water:
        session.execute(delete(DeviceRange).where(DeviceRange.device_id == mark.device_id))
        if merged:
            session.execute(insert(DeviceRange), [{"device_id": mark.device_id, "lo": lo, "hi": hi}
                                                  for lo, hi in merged])
        mark.high_water = high
        mark.updated_at = now
    return high, gaps_of(high, merged)


def _index_receipts(session: Session, device: DeviceIdentity, records: list[WireRecord]) -> None:
    """Keep the receipt index, the voids and the device's receipt keys in step with accepted records."""
    for r in records:
        p = r.payload
        if r.entity == "receipt" and isinstance(p.get("number"), str) and isinstance(p.get("hash"), str):
            total = p.get("total_applicant", p.get("total_paid"))
            total = total if isinstance(total, int) and not isinstance(total, bool) else None
            row = session.get(ReceiptIndex, r.id)
            if row is None:
                session.add(ReceiptIndex(record_id=r.id, number=p["number"][:64], office_id=r.office_id,
                                         device_id=r.device_id, version=r.version, receipt_hash=p["hash"][:128],
                                         total_paid=total))
            elif r.version >= row.version:  # newer, or the same version replaced by its earlier copy
                row.number, row.receipt_hash, row.total_paid, row.version = (p["number"][:64], p["hash"][:128],
                                                                             total, r.version)
        voided_id = p.get("voids_receipt_id") if r.entity == "receipt" else (
            p.get("receipt_id") or p.get("voids_receipt_id") if r.entity == "receipt_void" else None)
        voided_number = p.get("receipt_number") if r.entity == "receipt_void" else None
        if (isinstance(voided_id, str) or isinstance(voided_number, str)) and session.get(ReceiptVoid, r.id) is None:
            session.add(ReceiptVoid(void_record_id=r.id,
                                    voided_receipt_id=voided_id[:36] if isinstance(voided_id, str) else None,
                                    voided_number=voided_number[:64] if isinstance(voided_number, str) else None,
                                    void_number=str(p.get("number"))[:64] if p.get("number") else None,
                                    office_id=r.office_id))
        if r.entity == "device" and p.get("id") == device.device_id:
            key = p.get("receipt_public_key")
            if isinstance(key, str) and len(key) <= 64 and _is_ed25519(key) and session.get(
                    CentralDeviceKey, (device.device_id, key)) is None:
                session.add(CentralDeviceKey(device_id=device.device_id, public_key_b64=key,
                                             source="device_record", added_at=datetime.now(UTC)))


def _is_ed25519(key_b64: str) -> bool:
    try:
        return len(base64.b64decode(key_b64, validate=True)) == 32
    except ValueError:
        return False


@dataclass
class _Stored:
    """What the batch knows of one (entity, id, version): its content and the copy that holds it."""

    digest: str
    device_id: str
    device_seq: int
    row: dict[str, Any] | None = None  # set when the row is inserted by this batch
    changed: bool = False  # an existing row to update at the end


_RECORD_COLUMNS = ("entity", "record_id", "version", "office_id", "device_id", "device_seq", "created_at",
                   "content_hash", "payload", "received_at")
_INSERT_RECORD = text(f"INSERT INTO central_record ({', '.join(_RECORD_COLUMNS)}) "
                      f"VALUES ({', '.join(':' + c for c in _RECORD_COLUMNS)})")


def _insert_records(session: Session, rows: list[dict[str, Any]], received_at: datetime) -> None:
    """One executemany of new records (the hot path of every push), all received at ``received_at``.

    Plain SQL, with timestamps converted by the column type's own bind processor (the stored form the ORM
    writes), so 500 rows do not each go through the full typed-parameter machinery.
    """
    conn = session.connection()
    stamp = CentralRecord.__table__.c.created_at.type.bind_processor(conn.dialect) or (lambda v: v)
    received = stamp(received_at)
    for row in rows:
        row["created_at"] = stamp(row["created_at"])
        row["received_at"] = received
    conn.execute(_INSERT_RECORD, rows)


def _rank(device_id: str, device_seq: int) -> tuple[str, int]:
    return device_id, device_seq


def apply_batch(session: Session, device: DeviceIdentity, batch: PushBatch, *, now: datetime) -> PushResult:
    """Apply ``batch`` for the authenticated ``device`` inside the caller's transaction (see module contract).

    Order independence: of several copies of one (entity, id, version), the one earliest in device order
    (device id, then ``device_seq``) is the record of truth, whatever order they arrive in; a later-arriving
    earlier copy replaces the stored one, which then goes to quarantine.
    """
    mark = _lock_mark(session, device.device_id, now)
    session.execute(update(CentralDevice).where(CentralDevice.id == device.device_id).values(last_seen_at=now))
    verdicts: list[tuple[str, str | None]] = []
    prepared: list[tuple[WireRecord, str, str] | None] = []
    for record in batch.records:
        reason = check_record(record, device)
        if reason is not None:
            prepared.append(None)
            verdicts.append(("rejected", reason))
            continue
        text = canonical_payload(record.payload)
        prepared.append((record, text, content_hash(text)))
        verdicts.append(("", None))
    by_entity: dict[str, set[str]] = {}
    for p in prepared:
        if p is not None:
            by_entity.setdefault(p[0].entity, set()).add(p[0].id)
    known: dict[tuple[str, str, int], _Stored] = {}
    for entity, id_set in by_entity.items():  # (entity, record_id) leads the unique index: no table scan
        ids = sorted(id_set)
        for chunk in (ids[i:i + 400] for i in range(0, len(ids), 400)):
            for rid, version, digest, dev, seq in session.execute(
                    select(CentralRecord.record_id, CentralRecord.version, CentralRecord.content_hash,
                           CentralRecord.device_id, CentralRecord.device_seq)
                    .where(CentralRecord.entity == entity, CentralRecord.record_id.in_(chunk))):
                known[(entity, rid, version)] = _Stored(digest, dev, seq)
    texts: dict[tuple[str, str, int, str], tuple[str, str, int, str]] = {}  # office, device, seq, payload
    quarantine: list[tuple[tuple[str, str, int], str, str]] = []  # key, displaced digest, stored digest
    released: list[tuple[tuple[str, str, int], str]] = []  # contents that became the record of truth
    for i, item in enumerate(prepared):
        if item is None:
            continue
        record, text, digest = item
        key = (record.entity, record.id, record.version)
        texts.setdefault((*key, digest), (record.office_id, record.device_id, record.device_seq, text))
        row = {"entity": record.entity, "record_id": record.id, "version": record.version,
               "office_id": record.office_id, "device_id": record.device_id, "device_seq": record.device_seq,
               "created_at": record.created_at, "content_hash": digest, "payload": text, "received_at": now}
        stored = known.get(key)
        if stored is None:
            known[key] = _Stored(digest, record.device_id, record.device_seq, row=row)
            verdicts[i] = ("accepted", None)
            continue
        earlier = _rank(record.device_id, record.device_seq) < _rank(stored.device_id, stored.device_seq)
        if stored.digest == digest:
            verdicts[i] = ("duplicate", None)
        elif earlier:
            quarantine.append((key, stored.digest, digest))
            released.append((key, digest))
            verdicts[i] = ("accepted", "replaced: an earlier-arrived copy with other content was quarantined")
        else:
            quarantine.append((key, digest, stored.digest))
            verdicts[i] = ("conflict", "conflict: this id and version were already received with other content; "
                                       "quarantined at the centre")
            continue
        if earlier:
            if stored.row is not None:
                stored.row.update(row)
            else:
                if not stored.changed:  # keep the text being displaced before the row is rewritten
                    old = session.execute(select(CentralRecord).where(
                        CentralRecord.entity == key[0], CentralRecord.record_id == key[1],
                        CentralRecord.version == key[2])).scalar_one()
                    texts.setdefault((*key, old.content_hash), (old.office_id, old.device_id, old.device_seq,
                                                                old.payload))
                stored.changed = True
            stored.digest, stored.device_id, stored.device_seq = digest, record.device_id, record.device_seq
            stored.row = stored.row or row
    inserts = [st.row for st in known.values() if st.row is not None and not st.changed]
    if inserts:
        _insert_records(session, inserts, now)
    for key, st in known.items():
        if st.changed and st.row is not None:
            session.execute(update(CentralRecord).where(
                CentralRecord.entity == key[0], CentralRecord.record_id == key[1], CentralRecord.version == key[2])
                .values({k: v for k, v in st.row.items() if k not in ("entity", "record_id", "version")}))
    if quarantine or released:
        _quarantine(session, quarantine, released, texts, known, now)
    accepted = [item[0] for item, (status, _r) in zip(prepared, verdicts, strict=True)
                if item is not None and status == "accepted"]
    if accepted:
        _index_receipts(session, device, accepted)
    high, gaps = record_delivery(session, mark, (r.device_seq for r in batch.records), now)
    # One validation pass over plain dicts (in pydantic-core) is far cheaper than 500 model constructions.
    results = [{"device_seq": r.device_seq, "entity": r.entity, "id": r.id, "version": r.version,
                "status": status, "reason": reason}
               for r, (status, reason) in zip(batch.records, verdicts, strict=True)]
    return PushResult.model_validate({"batch_id": batch.batch_id, "results": results,
                                      "contiguous_high_water": high, "gaps": gaps, "server_time": now})


def _quarantine(session: Session, quarantine: list[tuple[tuple[str, str, int], str, str]],
                released: list[tuple[tuple[str, str, int], str]],
                texts: dict[tuple[str, str, int, str], tuple[str, str, int, str]],
                known: dict[tuple[str, str, int], _Stored], now: datetime) -> None:
    """Keep one quarantined copy of every content that is not the record of truth."""
    keys = {key for key, *_ in quarantine} | {key for key, _ in released}
    seen: set[tuple[str, str, int, str]] = set()
    for entity in {k[0] for k in keys}:
        ids = sorted({k[1] for k in keys if k[0] == entity})
        seen.update((entity, rid, version, digest) for rid, version, digest in session.execute(
            select(Conflict.record_id, Conflict.version, Conflict.content_hash)
            .where(Conflict.entity == entity, Conflict.record_id.in_(ids))))
    for key, digest in released:
        if (*key, digest) in seen:
            session.execute(delete(Conflict).where(
                Conflict.entity == key[0], Conflict.record_id == key[1], Conflict.version == key[2],
                Conflict.content_hash == digest))
            seen.discard((*key, digest))
    truth = {key: st.digest for key, st in known.items()}
    for key, digest, _stored in quarantine:
        if (*key, digest) in seen or truth.get(key) == digest:
            continue
        office_id, device_id, device_seq, text = texts[(*key, digest)]
        seen.add((*key, digest))
        session.add(Conflict(entity=key[0], record_id=key[1], version=key[2], office_id=office_id,
                             device_id=device_id, device_seq=device_seq, content_hash=digest,
                             stored_hash=truth[key], payload=text, received_at=now))
    log.warning("quarantined %d conflicting record copy(ies)", len(quarantine))


def _retryable(exc: DBAPIError) -> bool:
    if isinstance(exc, IntegrityError):
        return True
    return getattr(exc.orig, "sqlstate", None) in RETRYABLE_SQLSTATES


def push(db: CentralDB, device: DeviceIdentity, batch: PushBatch, *, now: datetime | None = None,
         attempts: int = 3) -> PushResult:
    """Apply ``batch`` in one write transaction; a lost unique-key or serialization race is retried whole."""
    for attempt in range(1, attempts + 1):
        try:
            with db.write() as session:
                return apply_batch(session, device, batch, now=now or datetime.now(UTC))
        except DBAPIError as exc:
            if attempt == attempts or not _retryable(exc):
                raise
            log.info("push of batch %s raced another writer; retrying (%d)", batch.batch_id, attempt)
    raise AssertionError("unreachable")
