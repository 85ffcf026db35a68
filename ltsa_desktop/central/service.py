"""What the central server does, independent of HTTP: offices, enrollment, applying batches, stats.

Applying a batch is one transaction. Each record is idempotent by (entity, id, version); a device writes only
records of its own office and its own device id; arrival of device sequence numbers is tracked to detect gaps.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from ltsa_desktop.central.models import (
    CatalogBundle,
    CentralBase,
    CentralDevice,
    CentralOffice,
    CentralRecord,
    Conflict,
    DeviceSeq,
    EnrollmentCode,
)
from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.sync.protocol import PushBatch, PushResult, RecordResult


class CentralError(LtsaError):
    """``code`` becomes the HTTP error's ``error`` field; ``status`` its status code."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        self.status = status
        super().__init__(code, message)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now() -> datetime:
    return datetime.now(UTC)


class Central:
    def __init__(self, url: str) -> None:
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}} if url.startswith("sqlite") else {}
        self.engine: Engine = create_engine(url, **kwargs)
        CentralBase.metadata.create_all(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    # -- administration ---------------------------------------------------------------------------------
    def create_office(self, code: str, name: str, office_id: str | None = None) -> str:
        with self.sessions.begin() as s:
            if s.execute(select(CentralOffice).where(CentralOffice.code == code)).first():
                raise CentralError("office_exists", f"office {code} exists", 409)
            office = CentralOffice(id=office_id or new_id(), code=code, name=name)
            s.add(office)
            return office.id

    def enrollment_code(self, office_code: str, hours: int = 24) -> str:
        code = secrets.token_urlsafe(9)
        with self.sessions.begin() as s:
            office = s.execute(select(CentralOffice).where(CentralOffice.code == office_code)).scalars().first()
            if office is None:
                raise CentralError("unknown_office", f"no office {office_code}", 404)
            s.add(EnrollmentCode(code_hash=_hash(code), office_id=office.id, expires_at=now() + timedelta(hours=hours)))
        return code

    def revoke(self, device_id: str) -> None:
        with self.sessions.begin() as s:
            device = s.get(CentralDevice, device_id)
            if device is None:
                raise CentralError("unknown_device", "no such device", 404)
            device.revoked = True

    def publish_catalog(self, data: bytes) -> int:
        json.loads(data.decode("utf-8"))  # at least a JSON envelope
        with self.sessions.begin() as s:
            version = (s.execute(select(func.max(CatalogBundle.version))).scalar() or 0) + 1
            s.add(CatalogBundle(version=version, data=data, published_at=now()))
            return version

    # -- device API -------------------------------------------------------------------------------------
    def enroll(self, code: str, device_name: str, public_key: str, office_device_id: str | None = None,
               office_local_id: str | None = None) -> tuple[CentralDevice, CentralOffice, str]:
        with self.sessions.begin() as s:
            row = s.get(EnrollmentCode, _hash(code))
            if row is None:
                raise CentralError("enrollment_code_invalid", "unknown enrollment code", 401)
            if row.used_at is not None:
                raise CentralError("enrollment_code_used", "this enrollment code was already used", 401)
            if row.expires_at < now():
                raise CentralError("enrollment_code_expired", "this enrollment code has expired", 401)
            office = s.get(CentralOffice, row.office_id)
            assert office is not None
            if office_local_id:
                if office.local_id is None:
                    office.local_id = office_local_id  # the first device binds the office's own id
                elif office.local_id != office_local_id:
                    raise CentralError("office_mismatch", "this code belongs to another office", 403)
            row.used_at = now()
            token = secrets.token_urlsafe(32)
            device = CentralDevice(id=new_id(), office_id=row.office_id, name=device_name, token_hash=_hash(token),
                                   public_key=public_key, revoked=False, enrolled_at=now(),
                                   office_device_id=office_device_id, office_local_id=office.local_id)
            s.add(device)
            return device, office, token

    def authenticate(self, token: str) -> CentralDevice:
        with self.sessions() as s:
            device = s.execute(select(CentralDevice).where(CentralDevice.token_hash == _hash(token))).scalars().first()
        if device is None:
            raise CentralError("unauthorized", "unknown device token", 401)
        if device.revoked:
            raise CentralError("device_revoked", "this device was revoked", 401)
        return device

    def push(self, device: CentralDevice, batch: PushBatch) -> PushResult:
        results: list[RecordResult] = []
        with self.sessions.begin() as s:
            for r in batch.records:
                base = {"device_seq": r.device_seq, "entity": r.entity, "id": r.id, "version": r.version}
                if r.office_id != (device.office_local_id or device.office_id):
                    results.append(RecordResult(**base, status="rejected", reason="record of another office"))
                    continue
                if device.office_device_id and r.device_id != device.office_device_id:
                    results.append(RecordResult(**base, status="rejected", reason="record of another device"))
                    continue
                payload = json.dumps(r.payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                content = _hash(payload)
                existing = s.execute(select(CentralRecord).where(
                    CentralRecord.entity == r.entity, CentralRecord.record_id == r.id,
                    CentralRecord.version == r.version)).scalars().first()
                if existing is None:
                    s.add(CentralRecord(entity=r.entity, record_id=r.id, version=r.version, office_id=r.office_id,
                                        device_id=r.device_id, device_seq=r.device_seq, content_hash=content,
                                        payload=payload, received_at=now()))
                    status, reason = "accepted", None
                elif existing.content_hash == content:
                    status, reason = "duplicate", None
                else:
                    s.add(Conflict(entity=r.entity, record_id=r.id, version=r.version, device_id=r.device_id,
                                   payload=payload, received_at=now()))
                    status, reason = "conflict", "same id and version with different content"
                if s.get(DeviceSeq, (r.device_id, r.device_seq)) is None:
                    s.add(DeviceSeq(device_id=r.device_id, seq=r.device_seq))
                s.flush()
                results.append(RecordResult(**base, status=status, reason=reason))  # type: ignore[arg-type]
            device_id = batch.records[0].device_id
            high, gaps = self._marks(s, device_id)
        return PushResult(batch_id=batch.batch_id, results=results, contiguous_high_water=high, gaps=gaps,
                          server_time=now())

    @staticmethod
    def _marks(s: Session, device_id: str) -> tuple[int, list[tuple[int, int]]]:
        seqs = list(s.execute(select(DeviceSeq.seq).where(DeviceSeq.device_id == device_id)
                              .order_by(DeviceSeq.seq)).scalars())
        high, gaps, expected = 0, [], 1
        for seq in seqs:
            if seq > expected:
                gaps.append((expected, seq - 1))
            if not gaps:
                high = seq
            expected = seq + 1
        return high, gaps

    def pull(self, since: int) -> tuple[int, bytes | None]:
        with self.sessions() as s:
            latest = s.execute(select(CatalogBundle).order_by(CatalogBundle.version.desc())).scalars().first()
        if latest is None or latest.version <= since:
            return since, None
        return latest.version, latest.data

    def stats(self, office_code: str) -> dict[str, Any]:
        with self.sessions() as s:
            office = s.execute(select(CentralOffice).where(CentralOffice.code == office_code)).scalars().first()
            if office is None:
                raise CentralError("unknown_office", f"no office {office_code}", 404)
            oid = office.local_id or office.id
            counts = dict(s.execute(select(CentralRecord.entity, func.count()).where(
                CentralRecord.office_id == oid).group_by(CentralRecord.entity)).all())
            unique = dict(s.execute(select(CentralRecord.entity, func.count(func.distinct(CentralRecord.record_id)))
                                    .where(CentralRecord.office_id == oid).group_by(CentralRecord.entity)).all())
            devices = {}
            for d in s.execute(select(CentralRecord.device_id).where(CentralRecord.office_id == oid)
                               .distinct()).scalars():
                high, gaps = self._marks(s, d)
                devices[d] = {"high_water": high, "gaps": gaps}
            conflicts = s.execute(select(func.count()).select_from(Conflict)).scalar_one()
        return {"office": office_code, "record_versions": counts, "records": unique, "devices": devices,
                "conflicts": conflicts}

    def find_receipt(self, number: str) -> tuple[dict[str, Any] | None, bool]:
        """The latest stored version of a receipt by number, and whether a void refers to it."""
        with self.sessions() as s:
            rows = s.execute(select(CentralRecord).where(CentralRecord.entity == "receipt")).scalars().all()
        found = None
        voided = False
        for row in rows:
            payload = json.loads(row.payload)
            if payload.get("number") == number:
                found = payload
        if found is not None:
            voided = any(json.loads(r.payload).get("voids_receipt_id") == found.get("id") for r in rows)
        return found, voided

    def device_public_key(self, office_device_id: str) -> bytes | None:
        import base64

        with self.sessions() as s:
            device = s.execute(select(CentralDevice).where(CentralDevice.office_device_id == office_device_id)
                               ).scalars().first()
        return base64.b64decode(device.public_key) if device and device.public_key else None
