"""Applicants, their document-service cases (checklists, steps, attachments), non-procedural PMI records,
complaints and consultations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ltsa_desktop.storage.base import Base, SyncedMixin, UTCDateTime


class Applicant(SyncedMixin, Base):
    """A walk-in applicant (PMI / CPMI). One record per NIK per office."""

    __tablename__ = "applicant"
    __sync_entity__ = "applicant"
    __table_args__ = (
        UniqueConstraint("office_id", "nik"),
        Index("ix_applicant_search_name", "search_name"),
        Index("ix_applicant_birth_date", "birth_date"),
    )

    nik: Mapped[str] = mapped_column(String(16))
    full_name: Mapped[str] = mapped_column(String(200))
    search_name: Mapped[str] = mapped_column(String(200))  # accent- and case-folded, for search
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))  # M | F
    address: Mapped[str] = mapped_column(Text, default="")
    province_code: Mapped[str] = mapped_column(String(2), default="")
    regency_code: Mapped[str] = mapped_column(String(4), default="")
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)  # E.164
    email: Mapped[str] = mapped_column(String(200), default="")
    education: Mapped[str] = mapped_column(String(20), default="")
    marital_status: Mapped[str] = mapped_column(String(20), default="")
    family_permission_from: Mapped[str] = mapped_column(String(20), default="")
    family_permission_acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    destination_country: Mapped[str] = mapped_column(String(60), default="")
    job_position: Mapped[str] = mapped_column(String(120), default="")
    exempt_job: Mapped[str | None] = mapped_column(String(40), nullable=True)
    scheme: Mapped[str] = mapped_column(String(20), default="")
    p3mi_name: Mapped[str] = mapped_column(String(200), default="")
    passport_number: Mapped[str] = mapped_column(String(20), default="", index=True)
    first_time_cpmi: Mapped[bool] = mapped_column(Boolean, default=True)
    nik_warnings: Mapped[str] = mapped_column(String(200), default="")


class Case(SyncedMixin, Base):
    """One document service for one applicant, tracked from received to handed over."""

    __tablename__ = "service_case"
    __sync_entity__ = "case"
    __table_args__ = (
        UniqueConstraint("office_id", "number"),
        Index("ix_case_status_due", "status", "due_date"),
    )

    number: Mapped[str] = mapped_column(String(32))
    applicant_id: Mapped[str] = mapped_column(String(36), index=True)
    service_code: Mapped[str] = mapped_column(String(16))
    service_name: Mapped[str] = mapped_column(String(200))
    ticket_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="received")
    status_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opened_day: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    assigned_staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class CaseRequirement(SyncedMixin, Base):
    """One line of a case's document checklist, copied from the catalog when the case was opened."""

    __tablename__ = "case_requirement"
    __sync_entity__ = "case_requirement"

    case_id: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    label_id: Mapped[str] = mapped_column(String(300))
    label_en: Mapped[str] = mapped_column(String(300))
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    state: Mapped[str] = mapped_column(String(16), default="pending")  # pending|received|verified|not_applicable
    changed_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class CaseStep(SyncedMixin, Base):
    """A procedure step of the service standard, with its due date from the working calendar."""

    __tablename__ = "case_step"
    __sync_entity__ = "case_step"

    case_id: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name_id: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    working_days: Mapped[int] = mapped_column(Integer, default=0)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    done_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Attachment(SyncedMixin, Base):
    """A scanned document kept in the data directory, addressed by its SHA-256."""

    __tablename__ = "attachment"
    __sync_entity__ = "attachment"

    owner_entity: Mapped[str] = mapped_column(String(30))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))


class NonProceduralRecord(SyncedMixin, Base):
    """SISPOPMI: a prevented non-procedural departure or indicated trafficking victim, with its facilitation."""

    __tablename__ = "nonprocedural_record"
    __sync_entity__ = "nonprocedural_record"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    applicant_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    person_name: Mapped[str] = mapped_column(String(200))
    nik: Mapped[str] = mapped_column(String(16), default="")
    prevented_at_place: Mapped[str] = mapped_column(String(30))  # airport | seaport | border | other
    prevented_location: Mapped[str] = mapped_column(String(200), default="")
    prevented_by: Mapped[str] = mapped_column(String(20))  # imigrasi | polri | other
    prevented_on: Mapped[date] = mapped_column(Date)
    intended_destination: Mapped[str] = mapped_column(String(100), default="")
    tppo_indicators: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of indicator codes
    broker_details: Mapped[str] = mapped_column(Text, default="")
    family_contact: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(String(40), nullable=True)
    follow_up: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of {date, step, done}
    replacement_applicant_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Complaint(SyncedMixin, Base):
    """A complaint (pengaduan) with its service levels, assignment, follow-ups and resolution."""

    __tablename__ = "complaint"
    __sync_entity__ = "complaint"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    channel: Mapped[str] = mapped_column(String(12))  # counter | phone
    complainant_type: Mapped[str] = mapped_column(String(12))  # pmi | family | other
    complainant_name: Mapped[str] = mapped_column(String(200))
    complainant_contact: Mapped[str] = mapped_column(String(200), default="")
    applicant_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    category: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(300))
    chronology: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    file_complete_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    acknowledge_due: Mapped[date] = mapped_column(Date)
    resolve_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    assigned_staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="received")
    follow_ups: Mapped[str] = mapped_column(Text, default="[]")
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Consultation(SyncedMixin, Base):
    """A short consultation log entry."""

    __tablename__ = "consultation"
    __sync_entity__ = "consultation"

    applicant_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    visitor_name: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())
