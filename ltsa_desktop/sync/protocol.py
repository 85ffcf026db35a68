"""The wire protocol shared by the desktop client and ``ltsa-central`` (pydantic v2). Version 1.

Bodies of pushes are gzip-compressed JSON. Every record is applied idempotently by (entity, id, version):
the same content again is ``duplicate``; different content under the same id and version is ``conflict``.
"""

from __future__ import annotations

import gzip
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

PROTOCOL_VERSION = 1
MAX_RECORDS_PER_BATCH = 1000
MAX_COMPRESSED_BYTES = 8 * 1024 * 1024
MAX_BODY_BYTES = 64 * 1024 * 1024


class WireRecord(BaseModel):
    entity: str = Field(min_length=1, max_length=40)
    id: str = Field(min_length=1, max_length=36)
    version: int = Field(ge=1)
    office_id: str = Field(max_length=36)
    device_id: str = Field(max_length=36)
    device_seq: int = Field(ge=1)
    created_at: datetime
    payload: dict[str, Any]


class PushBatch(BaseModel):
    protocol: int = PROTOCOL_VERSION
    batch_id: str = Field(min_length=1, max_length=36)
    device_id: str = Field(max_length=36)
    sent_at: datetime
    records: list[WireRecord] = Field(min_length=1, max_length=MAX_RECORDS_PER_BATCH)


class RecordResult(BaseModel):
    device_seq: int
    entity: str
    id: str
    version: int
    status: Literal["accepted", "duplicate", "conflict", "rejected"]
    reason: str | None = None


class PushResult(BaseModel):
    batch_id: str
    results: list[RecordResult]
    contiguous_high_water: int
    gaps: list[tuple[int, int]]
    server_time: datetime


class EnrollRequest(BaseModel):
    code: str = Field(min_length=6, max_length=64)
    device_name: str = Field(min_length=1, max_length=100)
    public_key_b64: str = Field(default="", max_length=100)
    app_version: str = Field(default="", max_length=40)


class EnrollResponse(BaseModel):
    device_id: str
    office_id: str
    office_code: str
    token: str


class PullResponse(BaseModel):
    version: int
    bundle_b64: str | None = None


class VerifyRequest(BaseModel):
    token: str = Field(min_length=1, max_length=4000)


class VerifyResponse(BaseModel):
    status: Literal["genuine", "voided", "forged", "unknown"]
    number: str = ""
    detail: str = ""


class ErrorBody(BaseModel):
    error: str
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


def encode_body(model: BaseModel) -> bytes:
    return gzip.compress(model.model_dump_json().encode("utf-8"), compresslevel=6)


def decode_gzip(data: bytes, limit: int = MAX_BODY_BYTES) -> bytes:
    """Decompress at most ``limit`` bytes (a zip bomb is refused, not expanded)."""
    import zlib

    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = decompressor.decompress(data, limit + 1)
    if len(out) > limit or decompressor.unconsumed_tail:
        raise ValueError("body too large")
    return out
