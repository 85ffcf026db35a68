"""Reference data: signed catalog bundles and signed vacancy lists published centrally and pulled by devices.

The server stores a bundle's bytes exactly as the issuer signed them; it checks the envelope (format, size,
signature fields present, and the kind: a vacancy list is never published as a catalog or the other way round)
but cannot judge the signature: every office verifies it against its own trusted issuer keys before installing
anything. Catalogs and vacancy lists have separate version sequences. Each function is one transaction; any
thread.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import func, select

from ltsa_desktop.central.db import CentralDB
from ltsa_desktop.central.errors import CentralError
from ltsa_desktop.central.models import CatalogBundle, VacancyListBundle
from ltsa_desktop.domain.bundle import CATALOG_SEAL, VACANCY_LIST_SEAL, BundleError, SealKind, read_sealed
from ltsa_desktop.sync.protocol import MAX_BUNDLE_BYTES


def publish_bundle(db: CentralDB, data: bytes, *, now: datetime | None = None) -> int:
    """Store a signed catalog bundle as the next reference version and return that version number."""
    return _publish(db, CatalogBundle, CATALOG_SEAL, data, now)


def latest_bundle(db: CentralDB, since: int) -> tuple[int, bytes | None]:
    """(the newest version, its bytes) — bytes only if newer than ``since``."""
    return _latest(db, CatalogBundle, since)


def publish_vacancy_list(db: CentralDB, data: bytes, *, now: datetime | None = None) -> int:
    """Store a signed vacancy list as the next vacancy-list version and return that version number."""
    return _publish(db, VacancyListBundle, VACANCY_LIST_SEAL, data, now)


def latest_vacancy_list(db: CentralDB, since: int) -> tuple[int, bytes | None]:
    """(the newest vacancy-list version, its bytes) — bytes only if newer than ``since``."""
    return _latest(db, VacancyListBundle, since)


def _publish(db: CentralDB, model: type[CatalogBundle] | type[VacancyListBundle], kind: SealKind, data: bytes,
             now: datetime | None) -> int:
    """Each kind has its own version sequence; the same bytes twice are refused (``bundle_unchanged``), as is
    another kind's document (``wrong_kind``)."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise CentralError("bundle_too_large", f"a {kind.payload_name} is at most {MAX_BUNDLE_BYTES} bytes", 413)
    try:
        read_sealed(kind, data)
    except BundleError as exc:
        raise CentralError(exc.code or "bundle_malformed", f"not a publishable {kind.payload_name}: {exc}", 400) from exc
    digest = hashlib.sha256(data).hexdigest()
    with db.write() as s:
        latest = s.execute(select(model).order_by(model.version.desc()).limit(1)).scalar_one_or_none()
        if latest is not None and latest.sha256 == digest:
            raise CentralError("bundle_unchanged", f"this {kind.payload_name} is already version {latest.version}", 409)
        version = (latest.version if latest else 0) + 1
        s.add(model(version=version, data=data, sha256=digest, published_at=now or datetime.now(UTC)))
    return version


def _latest(db: CentralDB, model: type[CatalogBundle] | type[VacancyListBundle], since: int) -> tuple[int, bytes | None]:
    with db.read() as s:
        version = s.execute(select(func.max(model.version))).scalar() or 0
        if version <= since:
            return version, None
        data = s.execute(select(model.data).where(model.version == version)).scalar_one()
    return version, bytes(data)
