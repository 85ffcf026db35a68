"""The wire protocol shared by the desktop client and ``ltsa-central`` (pydantic v2), version 1.

Contract (docs/SYNC_PROTOCOL.md):
- a device pushes ``PushBatch`` bodies as gzip-compressed JSON (``Content-Encoding: gzip``); the server applies
  each record idempotently by (entity, id, version) and answers one ``RecordResult`` per record, in order;
- ``device_seq`` is the device's gapless outbox sequence: the server reports the contiguous high-water mark and the
  missing ranges so a lost record is visible on both sides;
- every 4xx/5xx answer is an ``ErrorBody``;
- sizes are bounded on both sides: compressed and decompressed body sizes are checked without ever expanding more
  than the limit (a zip bomb is refused, not inflated).

Pure data and codecs: no I/O, safe to use from any thread.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import zlib
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
)

PROTOCOL_VERSION = 1
MAX_RECORDS_PER_BATCH = 500
MAX_PUSH_COMPRESSED_BYTES = 4 * 1024 * 1024  # on the wire
MAX_PUSH_BODY_BYTES = 16 * 1024 * 1024  # after decompression
MAX_SMALL_BODY_BYTES = 64 * 1024  # enroll and verify requests
MAX_BUNDLE_BYTES = 5 * 1024 * 1024  # a published catalog bundle (domain.bundle's limit)
MAX_INT = 2**53  # JSON-safe and fits every engine's BIGINT
MAX_VERSION = 2**31 - 1

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
ENTITY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
DEVICE_CODE_PATTERN = r"^[A-Z0-9]{1,8}$"

Uuid = Annotated[str, Field(pattern=UUID_PATTERN, min_length=36, max_length=36)]
Seq = Annotated[int, Field(ge=1, le=MAX_INT)]
Status = Literal["accepted", "duplicate", "conflict", "rejected"]

M = TypeVar("M", bound=BaseModel)


class _Request(BaseModel):
    """What the server receives: unknown fields are refused (a newer client must raise ``protocol``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class _Answer(BaseModel):
    """What the client receives: unknown fields are ignored, so a server may add fields within a version."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class WireRecord(_Request):
    """One version of one synced record. ``payload`` holds the row's columns as JSON (money as int rupiah)."""

    entity: Annotated[str, Field(pattern=ENTITY_PATTERN)]
    id: Uuid
    version: Annotated[int, Field(ge=1, le=MAX_VERSION)]
    office_id: Uuid
    device_id: Uuid
    device_seq: Seq
    created_at: AwareDatetime
    payload: dict[str, Any]


class PushBatch(_Request):
    protocol: int = PROTOCOL_VERSION
    batch_id: Uuid
    device_id: Uuid
    sent_at: AwareDatetime
    records: Annotated[list[WireRecord], Field(min_length=1, max_length=MAX_RECORDS_PER_BATCH)]


class RecordResult(_Answer):
    device_seq: int
    entity: str
    id: str
    version: int
    status: Status
    reason: str | None = None


class PushResult(_Answer):
    """The server's answer to one batch. ``clock_skew`` is measured by the client, never sent."""

    batch_id: str
    results: list[RecordResult]
    contiguous_high_water: int = Field(ge=0)
    gaps: list[tuple[int, int]]
    server_time: AwareDatetime
    _clock_skew_seconds: float | None = PrivateAttr(default=None)

    @property
    def clock_skew_seconds(self) -> float | None:
        """Server clock minus this PC's clock (seconds), measured at the request's midpoint; None if unknown."""
        return self._clock_skew_seconds

    def with_clock_skew(self, seconds: float | None) -> PushResult:
        copy = self.model_copy()
        copy._clock_skew_seconds = seconds
        return copy

    def by_seq(self) -> dict[int, RecordResult]:
        return {r.device_seq: r for r in self.results}


class EnrollRequest(_Request):
    """Exchange a one-time code for a device token.

    ``office_id``, ``device_id`` and ``device_code`` are the identity a device already uses locally (it may have
    made records before enrolling); when given, the server adopts them or refuses with a 409, never renames.
    """

    code: Annotated[str, Field(min_length=4, max_length=64)]
    device_name: Annotated[str, Field(min_length=1, max_length=100)]
    public_key_b64: Annotated[str, Field(max_length=64)] = ""
    app_version: Annotated[str, Field(max_length=40)] = ""
    office_id: Uuid | None = None
    device_id: Uuid | None = None
    device_code: Annotated[str, Field(pattern=DEVICE_CODE_PATTERN)] | None = None

    @field_validator("public_key_b64")
    @classmethod
    def _ed25519(cls, value: str) -> str:
        if value and len(decode_public_key(value) or b"") != 32:
            raise ValueError("not a base64 Ed25519 public key (32 bytes)")
        return value


class EnrollResponse(_Answer):
    device_id: str
    office_id: str
    office_code: str
    device_code: str
    token: str


class PullResponse(_Answer):
    """``bundle_b64``: the signed catalog bundle's bytes as published, or null when the client is current.

    ``vacancies_version`` / ``vacancies_b64``: the same for the signed vacancy list, present only when the
    request asked with ``vacancies_since`` (an older client gets exactly the two fields above)."""

    version: int = Field(ge=0)
    bundle_b64: str | None = None
    vacancies_version: int | None = Field(default=None, ge=0)
    vacancies_b64: str | None = None


class VerifyRequest(_Request):
    token: Annotated[str, Field(min_length=1, max_length=2000)]


class VerifyResponse(_Answer):
    """``unknown``: a valid signature of an enrolled device, for a receipt that has not reached the centre yet."""

    status: Literal["genuine", "voided", "forged", "unknown"]
    number: str | None = None
    office_code: str | None = None
    issued_at: str | None = None
    total_paid: int | None = None
    voided_by: str | None = None
    reason: str | None = None


class HealthResponse(_Answer):
    status: Literal["ok"] = "ok"
    protocol: int = PROTOCOL_VERSION
    server_time: AwareDatetime


class ErrorBody(_Answer):
    """Every 4xx/5xx answer. ``error`` is a stable snake_case code (see docs/SYNC_PROTOCOL.md)."""

    error: str
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


# -- codecs -------------------------------------------------------------------------------------------------
class BodyError(ValueError):
    """A body that cannot be read. ``code``: too_large, bad_encoding or invalid."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


def decode_public_key(value: str) -> bytes | None:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


GZIP_LEVEL = 3  # ids and timestamps dominate: higher levels cost CPU for a few bytes per record


def encode_body(model: BaseModel) -> bytes:
    """The model as gzip-compressed JSON (deterministic: no timestamp in the gzip header)."""
    return gzip.compress(model.model_dump_json().encode("utf-8"), compresslevel=GZIP_LEVEL, mtime=0)


def gunzip_limited(data: bytes, max_bytes: int) -> bytes:
    """Decompress one gzip member, producing at most ``max_bytes``; trailing data or a cut stream is refused."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise BodyError("bad_encoding", f"not a gzip stream ({exc})") from exc
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise BodyError("too_large", f"the body expands beyond {max_bytes} bytes")
    if not inflater.eof:
        raise BodyError("bad_encoding", "the gzip stream is truncated")
    if inflater.unused_data:
        raise BodyError("bad_encoding", "unexpected data after the gzip stream")
    return out


def decode_body(data: bytes, model: type[M], max_bytes: int, *, compressed: bool = True) -> M:
    """Parse ``data`` (gzip JSON, or plain JSON with ``compressed=False``) into ``model`` within ``max_bytes``.

    Raises ``BodyError`` (too_large, bad_encoding, invalid); never returns a partially valid model.
    """
    if compressed:
        data = gunzip_limited(data, max_bytes)
    elif len(data) > max_bytes:
        raise BodyError("too_large", f"the body is larger than {max_bytes} bytes")
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        raise BodyError("invalid", describe_validation_error(exc)) from exc


def describe_validation_error(exc: ValidationError, limit: int = 3) -> str:
    """A short, client-safe summary: field paths and messages, never the offending input."""
    parts = []
    for err in exc.errors(include_input=False, include_url=False)[:limit]:
        where = ".".join(str(p) for p in err.get("loc", ())) or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    more = exc.error_count() - limit
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")
