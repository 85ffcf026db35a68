"""Job information (AyoKerja): vacancies (job orders) and counselling sessions (bimbingan)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ltsa_desktop.storage.base import Base, SyncedMixin, UTCDateTime


class Vacancy(SyncedMixin, Base):
    """A job order: where, what, through whom, what it requires and how long it is valid. Never deleted: it is
    closed or withdrawn. Only a verified, valid vacancy with an accountable party is offered to applicants."""

    __tablename__ = "vacancy"
    __sync_entity__ = "vacancy"
    __table_args__ = (Index("ix_vacancy_status_valid", "status", "valid_until"),
                      UniqueConstraint("office_id", "central_id"))

    destination_country: Mapped[str] = mapped_column(String(60))
    position: Mapped[str] = mapped_column(String(120))
    scheme: Mapped[str] = mapped_column(String(20))  # p_to_p | g_to_g | sp2t | perseorangan
    employer_name: Mapped[str] = mapped_column(String(200), default="")
    p3mi_name: Mapped[str] = mapped_column(String(200), default="")
    p3mi_licence: Mapped[str] = mapped_column(String(60), default="")
    programme: Mapped[str] = mapped_column(String(80), default="")
    exempt_job: Mapped[str | None] = mapped_column(String(40), nullable=True)
    min_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sex: Mapped[str] = mapped_column(String(1), default="")  # "" any | M | F
    min_education: Mapped[str] = mapped_column(String(20), default="")
    certificates: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of certificate names
    health: Mapped[str] = mapped_column(Text, default="")
    min_height_cm: Mapped[int | None] = mapped_column(Integer, nullable=True)
    quota: Mapped[int] = mapped_column(Integer, default=1)
    salary_amount: Mapped[int] = mapped_column(Integer, default=0)  # whole units of salary_currency per month
    salary_currency: Mapped[str] = mapped_column(String(3), default="")
    contract_months: Mapped[int] = mapped_column(Integer, default=24)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(10), default="office")  # office | central
    # a vacancy received from the centre: the centre's id, who verified it there, and the list it came with
    central_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    central_verified_by: Mapped[str] = mapped_column(String(200), default="")
    central_list_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    verified_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | closed | withdrawn
    status_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CounsellingSession(SyncedMixin, Base):
    """One counselling (bimbingan) session with an applicant, and the vacancy it referred to, if any."""

    __tablename__ = "counselling_session"
    __sync_entity__ = "counselling_session"
    __table_args__ = (UniqueConstraint("office_id", "number"),)

    number: Mapped[str] = mapped_column(String(32))
    applicant_id: Mapped[str] = mapped_column(String(36), index=True)
    staff_id: Mapped[str] = mapped_column(String(36))
    held_at: Mapped[datetime] = mapped_column(UTCDateTime())
    held_day: Mapped[date] = mapped_column(Date, index=True)
    interests: Mapped[str] = mapped_column(Text, default="")
    advice: Mapped[str] = mapped_column(Text, default="")
    vacancy_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of vacancies discussed
    next_step: Mapped[str] = mapped_column(Text, default="")
    referral_vacancy_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
