"""Offices, one-time enrollment codes, device enrollment, token authentication and revocation.

Contract: every function is one transaction on ``CentralDB`` and may be called from any thread. Codes and
tokens are random; only their SHA-256 digests are stored, so a copy of the database enrolls nothing and
authenticates no one. An enrollment code works once, for 24 hours by default; a failed enrollment (wrong office,
taken device code) leaves the code unused. Too many unknown tokens from one address are refused for a while
(``FailedSignInLimiter``); enrollment itself is rate-limited in ``app.py``.
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, select, update

from ltsa_desktop.central.apply import DeviceIdentity
from ltsa_desktop.central.db import CentralDB
from ltsa_desktop.central.errors import CentralError
from ltsa_desktop.central.models import (
    CentralDevice,
    CentralDeviceKey,
    CentralOffice,
    DeviceMark,
    EnrollmentCode,
)
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.sync.protocol import EnrollRequest, EnrollResponse

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
CODE_LENGTH = 12
CODE_VALIDITY = timedelta(hours=24)
OFFICE_CODE_RE = re.compile(r"^[A-Z0-9]{2,16}$")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalize_code(code: str) -> str:
    """What the administrator typed, as issued: case, spaces and dashes ignored; O→0, I/L→1."""
    cleaned = re.sub(r"[\s-]", "", code).upper()
    return cleaned.translate(str.maketrans("OIL", "011"))


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def create_office(db: CentralDB, code: str, name: str, *, now: datetime | None = None) -> str:
    """A new office; returns its id. ``code`` (e.g. JKT01) starts every receipt number of the office."""
    code = code.strip().upper()
    if not OFFICE_CODE_RE.match(code):
        raise CentralError("office_code_invalid", "an office code is 2–16 letters or digits (e.g. JKT01)")
    if not name.strip():
        raise CentralError("office_name_required", "an office needs a name")
    with db.write() as s:
        if s.execute(select(CentralOffice.id).where(CentralOffice.code == code)).first():
            raise CentralError("office_exists", f"office {code} already exists", 409)
        office = CentralOffice(id=new_id(), code=code, name=name.strip()[:200], record_office_id=None,
                               created_at=_now(now))
        s.add(office)
        return office.id


def issue_enrollment_code(db: CentralDB, office_code: str, *, valid_for: timedelta = CODE_VALIDITY,
                          now: datetime | None = None) -> tuple[str, datetime]:
    """A new one-time code for ``office_code`` (shown once, stored hashed) and when it expires."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    issued = _now(now)
    with db.write() as s:
        office = s.execute(select(CentralOffice).where(CentralOffice.code == office_code.strip().upper())
                           ).scalar_one_or_none()
        if office is None:
            raise CentralError("unknown_office", f"no office {office_code}", 404)
        s.add(EnrollmentCode(code_hash=_sha256(raw), office_id=office.id, created_at=issued,
                             expires_at=issued + valid_for))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4)), issued + valid_for


def _next_device_code(taken: set[str]) -> str:
    n = 1
    while f"K{n:02d}" in taken:
        n += 1
    return f"K{n:02d}"


def enroll(db: CentralDB, request: EnrollRequest, *, now: datetime | None = None) -> EnrollResponse:
    """Consume the code and register (or re-register) the device; the token in the answer is shown once."""
    at = _now(now)
    code_hash = _sha256(normalize_code(request.code))
    token = secrets.token_urlsafe(32)
    with db.write() as s:
        row = s.get(EnrollmentCode, code_hash)
        if row is None:
            raise CentralError("enrollment_code_invalid", "this enrollment code does not exist", 403)
        # Consume first: of two simultaneous enrollments with one code, exactly one matches this update.
        used = s.execute(update(EnrollmentCode).where(
            EnrollmentCode.code_hash == code_hash, EnrollmentCode.used_at.is_(None),
            EnrollmentCode.expires_at > at).values(used_at=at))
        if cast(CursorResult[Any], used).rowcount != 1:
            s.refresh(row)
            if row.used_at is not None:
                raise CentralError("enrollment_code_used", "this enrollment code was already used", 403)
            raise CentralError("enrollment_code_expired", "this enrollment code has expired; ask for a new one",
                               403)
        office = s.get(CentralOffice, row.office_id)
        assert office is not None
        _bind_office(s, office, request.office_id)
        device = s.get(CentralDevice, request.device_id) if request.device_id else None
        if device is not None:
            if device.office_id != office.id:
                raise CentralError("device_id_taken", "this device id is enrolled with another office", 409)
            if request.device_code and request.device_code != device.code:
                raise CentralError("device_code_mismatch",
                                   f"this device is registered as {device.code}, not {request.device_code}", 409)
            device.token_hash, device.revoked, device.revoked_at = _sha256(token), False, None
            device.name, device.app_version = request.device_name, request.app_version
        else:
            taken = set(s.execute(select(CentralDevice.code).where(CentralDevice.office_id == office.id)).scalars())
            if request.device_code and request.device_code in taken:
                raise CentralError("device_code_taken",
                                   f"device code {request.device_code} is already used in office {office.code}", 409)
            device = CentralDevice(id=request.device_id or new_id(), office_id=office.id,
                                   code=request.device_code or _next_device_code(taken), name=request.device_name,
                                   token_hash=_sha256(token), public_key_b64="", app_version=request.app_version,
                                   revoked=False, enrolled_at=at)
            s.add(device)
            s.flush()
            s.add(DeviceMark(device_id=device.id, high_water=0, updated_at=at))
        if request.public_key_b64:
            device.public_key_b64 = request.public_key_b64
            if s.get(CentralDeviceKey, (device.id, request.public_key_b64)) is None:
                s.add(CentralDeviceKey(device_id=device.id, public_key_b64=request.public_key_b64,
                                       source="enrollment", added_at=at))
        row.used_by_device_id = device.id
        assert office.record_office_id is not None
        return EnrollResponse(device_id=device.id, office_id=office.record_office_id, office_code=office.code,
                              device_code=device.code, token=token)


def _bind_office(s, office: CentralOffice, requested: str | None) -> None:  # type: ignore[no-untyped-def]
    """The first enrollment fixes the office id that records carry; later ones must agree."""
    if office.record_office_id is None:
        wanted = requested or office.id
        if s.execute(select(CentralOffice.id).where(CentralOffice.record_office_id == wanted)).first():
            raise CentralError("office_mismatch", "this office id is already bound to another office", 409)
        office.record_office_id = wanted
    elif requested and requested != office.record_office_id:
        raise CentralError("office_mismatch",
                           f"this device's data belongs to another office than {office.code}", 409)


class FailedSignInLimiter:
    """Unknown tokens per client address: after ``limit`` of them within ``window`` seconds, further unknown tokens
    from that address get 429 ``rate_limited`` instead of 401 until the oldest failure is ``window`` old; a known
    token is never refused by it.

    A token is the central server's sign-in; this stops anyone from trying tokens in bulk. Thread-safe, in-process.
    """

    def __init__(self, limit: int = 20, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

    def wait(self, key: str) -> float:
        """0 when ``key`` may try a token now, else the seconds until it may."""
        now = self.clock()
        with self._lock:
            failures = self._recent(key, now)
            if len(failures) < self.limit:
                return 0.0
            return failures[0] + self.window - now

    def failed(self, key: str) -> None:
        now = self.clock()
        with self._lock:
            if len(self._failures) > 10_000:  # forget addresses with no recent failure
                self._failures = {k: v for k, v in self._failures.items() if v and v[-1] > now - self.window}
            self._recent(key, now).append(now)


def authenticate(db: CentralDB, token: str | None, *, client: str | None = None,
                 limiter: FailedSignInLimiter | None = None) -> DeviceIdentity:
    """The device holding ``token``; 401 ``unauthorized`` or ``device_revoked`` otherwise.

    With a ``limiter``, unknown tokens count against ``client`` (its address); past the limit they get 429.
    """
    if not token:
        raise CentralError("unauthorized", "a device token is required (Authorization: Bearer …)", 401)
    with db.read() as s:
        found = s.execute(select(
            CentralDevice.id, CentralDevice.revoked, CentralDevice.code, CentralOffice.id,
            CentralOffice.record_office_id, CentralOffice.code).join(
            CentralOffice, CentralOffice.id == CentralDevice.office_id).where(
            CentralDevice.token_hash == _sha256(token))).first()
    if found is None:
        if limiter is not None and client is not None:
            # a known token always gets through: offices share one address, and one PC with a stale token
            # must not lock the others out of sync
            wait = limiter.wait(client)
            if wait > 0:
                raise CentralError("rate_limited", "too many failed sign-ins from this address; wait and try again",
                                   429, retry_after=max(1, math.ceil(wait)))
            limiter.failed(client)
        raise CentralError("unauthorized", "this device token is not known; enroll the device again", 401)
    device_id, revoked, device_code, office_id, record_office_id, office_code = found
    if revoked:
        raise CentralError("device_revoked", "this device was revoked; enroll it again with a new code", 401)
    return DeviceIdentity(device_id=device_id, office_id=record_office_id or office_id, office_code=office_code,
                          device_code=device_code)


def revoke_device(db: CentralDB, device_id: str, *, now: datetime | None = None) -> None:
    with db.write() as s:
        device = s.get(CentralDevice, device_id)
        if device is None:
            raise CentralError("unknown_device", f"no device {device_id}", 404)
        device.revoked, device.revoked_at = True, _now(now)


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    code: str
    name: str
    revoked: bool
    enrolled_at: datetime
    last_seen_at: datetime | None


def list_devices(db: CentralDB, office_code: str) -> list[DeviceRow]:
    with db.read() as s:
        office = s.execute(select(CentralOffice).where(CentralOffice.code == office_code.strip().upper())
                           ).scalar_one_or_none()
        if office is None:
            raise CentralError("unknown_office", f"no office {office_code}", 404)
        rows = s.execute(select(CentralDevice).where(CentralDevice.office_id == office.id)
                         .order_by(CentralDevice.code)).scalars().all()
    return [DeviceRow(d.id, d.code, d.name, d.revoked, d.enrolled_at, d.last_seen_at) for d in rows]

