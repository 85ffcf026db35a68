"""Queue tables: queue lines (one ticket prefix each), which counters serve them, tickets and their events."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ltsa_desktop.storage.base import Base, SyncedMixin, UTCDateTime


class QueueLine(SyncedMixin, Base):
    """A kiosk button and its ticket prefix (``A`` → ``A-001``), grouping catalog services of one desk."""

    __tablename__ = "queue_line"
    __sync_entity__ = "queue_line"
    __table_args__ = (UniqueConstraint("office_id", "prefix"),)

    prefix: Mapped[str] = mapped_column(String(2))
    name_id: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    service_codes: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of catalog service codes
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CounterLine(SyncedMixin, Base):
    """Counter ``counter_id`` serves queue line ``prefix``."""

    __tablename__ = "counter_line"
    __sync_entity__ = "counter_line"
    __table_args__ = (UniqueConstraint("counter_id", "prefix"),)

    counter_id: Mapped[str] = mapped_column(String(36))
    prefix: Mapped[str] = mapped_column(String(2))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CounterSession(SyncedMixin, Base):
    """A staff member working at a counter, from opening to closing."""

    __tablename__ = "counter_session"
    __sync_entity__ = "counter_session"
    __table_args__ = (Index("ix_counter_session_open", "counter_id", "closed_at"),)

    counter_id: Mapped[str] = mapped_column(String(36))
    staff_id: Mapped[str] = mapped_column(String(36))
    service_day: Mapped[date] = mapped_column(Date)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    consecutive_priority: Mapped[int] = mapped_column(Integer, default=0)


class Ticket(SyncedMixin, Base):
    """A queue ticket. Its number is unique and gapless per prefix and office service day."""

    __tablename__ = "ticket"
    __sync_entity__ = "ticket"
    __table_args__ = (
        UniqueConstraint("office_id", "service_day", "prefix", "seq"),
        Index("ix_ticket_waiting", "office_id", "service_day", "status", "line"),
    )

    service_day: Mapped[date] = mapped_column(Date)
    prefix: Mapped[str] = mapped_column(String(2))  # of the number: never changes
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(12))
    line: Mapped[str] = mapped_column(String(2))  # the queue line it waits in now (changes on transfer)
    arrival_seq: Mapped[int] = mapped_column(Integer)  # per office and day; orders arrivals, not wall time
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    priority_reason: Mapped[str | None] = mapped_column(String(40), nullable=True)
    channel: Mapped[str] = mapped_column(String(12), default="kiosk")  # kiosk | staff
    status: Mapped[str] = mapped_column(String(16), default="waiting")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    serving_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    counter_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    rejoined: Mapped[bool] = mapped_column(Boolean, default=False)
    transfers: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    applicant_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class TicketEvent(SyncedMixin, Base):
    """One thing that happened to a ticket (issued, called, recalled, started, missed, rejoined, transferred,
    finished, cancelled, closed at end of day). Kept forever: the day's history and the display board's source."""

    __tablename__ = "ticket_event"
    __sync_entity__ = "ticket_event"
    __table_args__ = (Index("ix_ticket_event_day", "office_id", "service_day", "at"),)

    ticket_id: Mapped[str] = mapped_column(String(36), index=True)
    service_day: Mapped[date] = mapped_column(Date)
    action: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    counter_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    from_prefix: Mapped[str | None] = mapped_column(String(2), nullable=True)
    to_prefix: Mapped[str | None] = mapped_column(String(2), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
