"""The catalog and fee schedule as installed bundles (every version kept), and the trusted issuer keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ltsa_desktop.storage.base import Base, SyncedMixin, UTCDateTime


class CatalogVersion(SyncedMixin, Base):
    """One installed catalog bundle. Never edited: a newer bundle supersedes it (``active`` moves)."""

    __tablename__ = "catalog_version"
    __sync_entity__ = "catalog_version"

    label: Mapped[str] = mapped_column(String(40))  # the bundle's own version, e.g. "2026.1"
    sequence: Mapped[int] = mapped_column(Integer)  # install order in this office
    source: Mapped[str] = mapped_column(String(20))  # seed | import | central
    key_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    bundle: Mapped[str] = mapped_column(Text)  # the signed envelope (or the seed's canonical JSON)
    sha256: Mapped[str] = mapped_column(String(64))
    installed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    active: Mapped[bool] = mapped_column(Boolean, default=False)


class IssuerKey(SyncedMixin, Base):
    """A catalog issuer's Ed25519 public key this office trusts."""

    __tablename__ = "issuer_key"
    __sync_entity__ = "issuer_key"

    key_id: Mapped[str] = mapped_column(String(64), unique=True)
    public_key: Mapped[str] = mapped_column(Text)  # base64
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
