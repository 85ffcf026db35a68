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
from ltsa_desktop.domain.bundle import BundleError, read_envelope
from ltsa_desktop.domain.vacancy_list import read_vacancy_envelope
from ltsa_desktop.sync.protocol import MAX_BUNDLE_BYTES


def publish_bundle(db: CentralDB, data: bytes, *, now: datetime | None = None) -> int:
    """Store ``data`` as the next reference version and return that version number."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise CentralError("bundle_too_large", f"a bundle is at most {MAX_BUNDLE_BYTES} bytes", 413)
    try:
        read_envelope(data)
    except BundleError as exc:
        if _is_vacancy_list(data):
            raise CentralError("wrong_kind", "this is a vacancy list, not a catalog bundle", 400) from exc
        raise CentralError(exc.code or "bundle_malformed", f"not a publishable catalog bundle: {exc}", 400) from exc
    digest = hashlib.sha256(data).hexdigest()
    with db.write() as s:
        latest = s.execute(select(CatalogBundle).order_by(CatalogBundle.version.desc()).limit(1)
                           ).scalar_one_or_none()
        if latest is not None and latest.sha256 == digest:
            raise CentralError("bundle_unchanged", f"this bundle is already version {latest.version}", 409)
        version = (latest.version if latest else 0) + 1
        s.add(CatalogBundle(version=version, data=data, sha256=digest, published_at=now or datetime.now(UTC)))
    return version


def latest_bundle(db: CentralDB, since: int) -> tuple[int, bytes | None]:
    """(the newest version, its bytes) — bytes only if newer than ``since``."""
    with db.read() as s:
        version = s.execute(select(func.max(CatalogBundle.version))).scalar() or 0
        if version <= since:
            return version, None
        data = s.execute(select(CatalogBundle.data).where(CatalogBundle.version == version)).scalar_one()
    return version, bytes(data)


def _is_vacancy_list(data: bytes) -> bool:
    """Whether ``data`` is a vacancy list (signed or not), for a clear ``wrong_kind`` refusal."""
    try:
        read_vacancy_envelope(data)
    except BundleError as exc:
        return exc.code == "bundle_unsigned"
    return True


def publish_vacancy_list(db: CentralDB, data: bytes, *, now: datetime | None = None) -> int:
    """Store a signed vacancy list as the next vacancy-list version and return that version number."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise CentralError("bundle_too_large", f"a vacancy list is at most {MAX_BUNDLE_BYTES} bytes", 413)
    try:
        read_vacancy_envelope(data)
    except BundleError as exc:
        raise CentralError(exc.code or "bundle_malformed", f"not a publishable vacancy list: {exc}", 400) from exc
    digest = hashlib.sha256(data).hexdigest()
    with db.write() as s:
        latest = s.execute(select(VacancyListBundle).order_by(VacancyListBundle.version.desc()).limit(1)
                           ).scalar_one_or_none()
        if latest is not None and latest.sha256 == digest:
            raise CentralError("bundle_unchanged", f"this vacancy list is already version {latest.version}", 409)
        version = (latest.version if latest else 0) + 1
        s.add(VacancyListBundle(version=version, data=data, sha256=digest, published_at=now or datetime.now(UTC)))
    return version


def latest_vacancy_list(db: CentralDB, since: int) -> tuple[int, bytes | None]:
    """(the newest vacancy-list version, its bytes) — bytes only if newer than ``since``."""
    with db.read() as s:
        version = s.execute(select(func.max(VacancyListBundle.version))).scalar() or 0
        if version <= since:
            return version, None
        data = s.execute(select(VacancyListBundle.data).where(VacancyListBundle.version == version)).scalar_one()
    return version, bytes(data)
