"""Tables of the reference central server: its own database and schema, created by its own Alembic migrations.

Secrets are never stored in clear: device tokens and enrollment codes are kept as SHA-256 digests (both are
high-entropy random strings, so a slow password hash adds nothing). Records are stored once per
(entity, id, version); a second arrival with other content goes to quarantine (``central_conflict``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ltsa_desktop.storage.base import NAMING_CONVENTION, UTCDateTime

# A 64-bit integer that is still SQLite's rowid alias when it is the primary key.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class CentralBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class CentralOffice(CentralBase):
    """An office. ``record_office_id`` is the office id its devices put in records; bound at first enrollment."""

    __tablename__ = "central_office"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    record_office_id: Mapped[str | None] = mapped_column(String(36), unique=True, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CentralDevice(CentralBase):
    """An enrolled PC. ``id`` is the device id its records carry; ``code`` (``K02``) is unique in the office."""

    __tablename__ = "central_device"
    __table_args__ = (UniqueConstraint("office_id", "code"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("central_office.id"), index=True)
    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    public_key_b64: Mapped[str] = mapped_column(String(64), default="")
    app_version: Mapped[str] = mapped_column(String(40), default="")
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class CentralDeviceKey(CentralBase):
    """Every receipt public key a device has used (enrollment or its own synced device record): old receipts
    still verify after a key change."""

    __tablename__ = "central_device_key"
    device_id: Mapped[str] = mapped_column(ForeignKey("central_device.id"), primary_key=True)
    public_key_b64: Mapped[str] = mapped_column(String(64), primary_key=True)
    source: Mapped[str] = mapped_column(String(20))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EnrollmentCode(CentralBase):
    __tablename__ = "central_enrollment_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("central_office.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    used_by_device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class CentralRecord(CentralBase):
    """One version of one record, exactly as the device sent it (``payload`` is canonical JSON)."""

    __tablename__ = "central_record"
    __table_args__ = (UniqueConstraint("entity", "record_id", "version"),
                      Index("ix_central_record_office_entity", "office_id", "entity"))
    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    office_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    content_hash: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DeviceMark(CentralBase):
    """The device's contiguous high-water mark: every ``device_seq`` up to it has arrived."""

    __tablename__ = "central_device_mark"
    device_id: Mapped[str] = mapped_column(ForeignKey("central_device.id"), primary_key=True)
    high_water: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DeviceRange(CentralBase):
    """A run ``lo..hi`` of sequence numbers received above the high-water mark (the holes between are gaps)."""

    __tablename__ = "central_device_range"
    device_id: Mapped[str] = mapped_column(ForeignKey("central_device.id"), primary_key=True)
    lo: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hi: Mapped[int] = mapped_column(BigInteger)


class Conflict(CentralBase):
    """Quarantine: a record whose (entity, id, version) was already stored with other content."""

    __tablename__ = "central_conflict"
    __table_args__ = (UniqueConstraint("entity", "record_id", "version", "content_hash"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    office_id: Mapped[str] = mapped_column(String(36), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int] = mapped_column(BigInteger)
    content_hash: Mapped[str] = mapped_column(String(64))
    stored_hash: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CatalogBundle(CentralBase):
    """A published reference-data bundle, kept byte for byte as signed by the issuer."""

    __tablename__ = "central_catalog_bundle"
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime())


class VacancyListBundle(CentralBase):
    """A published signed vacancy list (its own version sequence), kept byte for byte as signed by the issuer."""

    __tablename__ = "central_vacancy_list"
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReceiptIndex(CentralBase):
    """The newest stored version of each receipt, by number, for ``/v1/receipts/verify``."""

    __tablename__ = "central_receipt"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(64), index=True)
    office_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    receipt_hash: Mapped[str] = mapped_column(String(128))
    total_paid: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class ReceiptVoid(CentralBase):
    """A counter-entry voiding a receipt (by id or by number); it may arrive before the receipt itself."""

    __tablename__ = "central_receipt_void"
    void_record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    voided_receipt_id: Mapped[str | None] = mapped_column(String(36), index=True, nullable=True)
    voided_number: Mapped[str | None] = mapped_column(String(64), index=True, nullable=True)
    void_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    office_id: Mapped[str] = mapped_column(String(36))
