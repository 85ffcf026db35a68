"""Payments and their receipts (hash-chained per device and year), voids as counter-entries, cash sessions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ltsa_desktop.storage.base import Base, SyncedMixin, UTCDateTime


class Receipt(SyncedMixin, Base):
    """A payment receipt or a void (counter-entry). Never edited after issue except the reprint count."""

    __tablename__ = "receipt"
    __sync_entity__ = "receipt"
    __table_args__ = (
        UniqueConstraint("number"),
        UniqueConstraint("series", "seq"),
        Index("ix_receipt_issued", "office_id", "issued_at"),
    )
    __sync_exclude__ = frozenset({"reprints"})

    number: Mapped[str] = mapped_column(String(40))
    series: Mapped[str] = mapped_column(String(80))  # receipt:<device>:<year>
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # receipt | void
    request_id: Mapped[str] = mapped_column(String(36), unique=True)  # one payment per Pay press
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    applicant_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    applicant_name: Mapped[str] = mapped_column(String(200), default="")
    nik_masked: Mapped[str] = mapped_column(String(16), default="")
    ticket_number: Mapped[str] = mapped_column(String(12), default="")
    case_ids: Mapped[str] = mapped_column(Text, default="[]")
    schedule_version: Mapped[str] = mapped_column(String(40))
    lines_json: Mapped[str] = mapped_column(Text)  # the itemised lines as charged (with waivers)
    total_applicant: Mapped[int] = mapped_column(Integer)  # what the applicant pays (negative for a void)
    totals_json: Mapped[str] = mapped_column(Text)  # totals per payer
    method: Mapped[str] = mapped_column(String(12))  # cash | transfer | qris
    reference: Mapped[str] = mapped_column(String(80), default="")
    tendered: Mapped[int] = mapped_column(Integer, default=0)
    change: Mapped[int] = mapped_column(Integer, default=0)
    cashier_id: Mapped[str] = mapped_column(String(36))
    cashier_name: Mapped[str] = mapped_column(String(200))
    approver_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    approver_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    voids_receipt_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    void_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    cash_session_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    token: Mapped[str] = mapped_column(Text)  # signed QR payload
    reprints: Mapped[int] = mapped_column(Integer, default=0)


class CashSession(SyncedMixin, Base):
    """A counter's cash drawer from opening (float) to closing (counted by denomination, supervisor sign-off)."""

    __tablename__ = "cash_session"
    __sync_entity__ = "cash_session"

    counter_id: Mapped[str] = mapped_column(String(36))
    staff_id: Mapped[str] = mapped_column(String(36))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    float_amount: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    counted_json: Mapped[str] = mapped_column(Text, default="{}")
    expected: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counted: Mapped[int | None] = mapped_column(Integer, nullable=True)
    difference: Mapped[int | None] = mapped_column(Integer, nullable=True)
    signed_off_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class CashMovement(SyncedMixin, Base):
    """Cash put in or taken out of a drawer outside payments (with a note)."""

    __tablename__ = "cash_movement"
    __sync_entity__ = "cash_movement"

    session_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # in | out
    amount: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
