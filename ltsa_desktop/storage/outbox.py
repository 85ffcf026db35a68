"""Appending outbox rows: one per change to a synced record, in the change's own transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ltsa_desktop.storage.base import SyncedMixin
from ltsa_desktop.storage.chain import canonical_json, next_in_series
from ltsa_desktop.storage.models.core import Outbox


def append_outbox(session: Session, record: SyncedMixin, *, device_id: str, at: datetime) -> Outbox:
    """Queue ``record`` (as it is now, at its current version) for sync."""
    return append_outbox_many(session, [record], device_id=device_id, at=at)[0]


def append_outbox_many(session: Session, records: list[SyncedMixin], *, device_id: str,
                       at: datetime) -> list[Outbox]:
    """Queue several records at once, in order. ``device_seq`` is gapless per device: the central server uses
    it to detect missing records."""
    if not records:
        return []
    last = next_in_series(session, f"outbox:{device_id}", len(records))
    rows = []
    for offset, record in enumerate(records):
        entity = type(record).__sync_entity__
        if not entity:
            raise TypeError(f"{type(record).__name__} has no __sync_entity__")
        rows.append(Outbox(
            device_id=device_id,
            device_seq=last - len(records) + 1 + offset,
            office_id=record.office_id,
            entity=entity,
            record_id=record.id,
            version=record.version,
            payload_json=canonical_json(record.sync_payload()),
            created_at=at,
            state="pending",
            attempts=0,
        ))
    session.add_all(rows)
    return rows


def pending_count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(Outbox).where(Outbox.state == "pending"))
               .scalar_one())
