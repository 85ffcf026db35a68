"""Foundation tables: office, devices, staff, counters, settings, the audit journal, series and the outbox."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ltsa_desktop.storage.base import Base, SyncedMixin, UTCDateTime


class Office(SyncedMixin, Base):
    """The LTSA office this database belongs to (one per local database)."""

    __tablename__ = "office"
    __sync_entity__ = "office"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    province_code: Mapped[str] = mapped_column(String(2))
    regency_code: Mapped[str] = mapped_column(String(4))
    tz_name: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(Text, default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class Device(SyncedMixin, Base):
    """A PC that writes to this database. ``code`` appears in receipt numbers (``JKT01-K02-…``)."""

    __tablename__ = "device"
    __sync_entity__ = "device"
    __table_args__ = (UniqueConstraint("office_id", "code"),)

    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(100))
    receipt_public_key: Mapped[str] = mapped_column(Text, default="")  # base64 Ed25519 public key
    central_device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Staff(SyncedMixin, Base):
    """A staff account. Never deleted: deactivated. The password hash never leaves the office."""

    __tablename__ = "staff"
    __sync_entity__ = "staff"
    __sync_exclude__ = frozenset({"password_hash", "failed_signins", "locked_until"})

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_signins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)


class Counter(SyncedMixin, Base):
    """A service counter (loket). Which services it serves is configured by the queue."""

    __tablename__ = "counter"
    __sync_entity__ = "counter"
    __table_args__ = (UniqueConstraint("office_id", "number"),)

    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class OfficeSetting(Base):
    """Office-wide settings shared by every counter (key → JSON text). Changes are audited."""

    __tablename__ = "office_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class AuditEntry(Base):
    """One line of the append-only, hash-chained audit journal (see storage/audit.py)."""

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    office_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    actor_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    approver_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    approver_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    action: Mapped[str] = mapped_column(String(80), index=True)
    entity: Mapped[str | None] = mapped_column(String(40), nullable=True)
    entity_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    details_json: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ChainHead(Base):
    """The last link of a hash chain (``audit``, ``receipt:<device>:<year>``). Locked while appending."""

    __tablename__ = "chain_head"

    chain: Mapped[str] = mapped_column(String(120), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class SeriesCounter(Base):
    """Gapless number series (tickets per service and day, receipts per device and year, outbox per device).

    Allocated inside the caller's transaction by an UPDATE that locks the row, so a rolled-back transaction
    gives its number back and two counters never receive the same one. Never a database sequence.
    """

    __tablename__ = "series_counter"

    series: Mapped[str] = mapped_column(String(160), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Outbox(Base):
    """One row per change to a synced record, written in the same transaction as the change."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("device_id", "device_seq"),
        Index("ix_outbox_state_seq", "state", "device_seq"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36), ForeignKey("device.id"))
    device_seq: Mapped[int] = mapped_column(Integer)
    office_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    payload_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # pending → acked (accepted or duplicate) | conflict | rejected. Never deleted.
    state: Mapped[str] = mapped_column(String(16), default="pending")
    batch_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    acked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    result: Mapped[str | None] = mapped_column(String(16), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
