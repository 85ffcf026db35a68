"""Sync state and close-of-day records."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ltsa_desktop.storage.base import Base, SyncedMixin, UTCDateTime


class DayClose(SyncedMixin, Base):
    """A supervisor's sign-off of one service day."""

    __tablename__ = "day_close"
    __sync_entity__ = "day_close"
    __table_args__ = (UniqueConstraint("office_id", "service_day"),)

    service_day: Mapped[date] = mapped_column(Date)
    closed_by: Mapped[str] = mapped_column(String(36))
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="")
    tickets_closed: Mapped[int] = mapped_column(Integer, default=0)
    # A supervisor may reopen a closed day (with a supervisor's approval and a reason); the day is closed
    # while ``reopened_at`` is empty. Closing again empties it; the last reopening stays in the other two.
    reopened_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    reopened_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    reopen_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
