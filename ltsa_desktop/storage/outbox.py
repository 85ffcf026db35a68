"""Appending outbox rows: one per change to a synced record, in the change's own transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ltsa_desktop.storage.base import SyncedMixin
from ltsa_desktop.storage.chain import canonical_json, next_in_series
from ltsa_desktop.storage.models.core import Outbox


def append_outbox(session: Session, record: SyncedMixin, *, device_id: str, at: datetime) -> int:
    """Queue ``record`` (as it is now, at its current version) for sync; returns its ``device_seq``."""
    return append_outbox_many(session, [record], device_id=device_id, at=at)[0]


def append_outbox_many(session: Session, records: list[SyncedMixin], *, device_id: str,
                       at: datetime) -> list[int]:
    """Queue several records at once, in order; returns their ``device_seq`` numbers. ``device_seq`` is
    gapless per device: the central server uses it to detect missing records.

    One Core INSERT of all rows (no ORM objects): this runs in nearly every write transaction."""
    if not records:
        return []
    for record in records:
        if not type(record).__sync_entity__:
            raise TypeError(f"{type(record).__name__} has no __sync_entity__")
    last = next_in_series(session, f"outbox:{device_id}", len(records))
    first = last - len(records) + 1
    rows = [{"device_id": device_id, "device_seq": first + offset, "office_id": record.office_id,
             "entity": type(record).__sync_entity__, "record_id": record.id, "version": record.version,
             "payload_json": canonical_json(record.sync_payload()), "created_at": at, "state": "pending",
             "attempts": 0}
            for offset, record in enumerate(records)]
    session.execute(insert(_OUTBOX), rows)
    return [row["device_seq"] for row in rows]


_OUTBOX = Outbox.__table__


def pending_count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(Outbox).where(Outbox.state == "pending"))
               .scalar_one())
