"""The wire models and codecs shared by client and server: what they accept, refuse, and how bodies are bounded."""

from __future__ import annotations

import gzip
import json
import resource
import zlib
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.sync.protocol import (
    MAX_RECORDS_PER_BATCH,
    PROTOCOL_VERSION,
    BodyError,
    EnrollRequest,
    ErrorBody,
    PushBatch,
    PushResult,
    VerifyResponse,
    WireRecord,
    decode_body,
    encode_body,
    gunzip_limited,
)

NOW = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


def record(seq: int = 1, **changes) -> dict:  # type: ignore[no-untyped-def]
    base = {"entity": "ticket", "id": new_id(), "version": 1, "office_id": new_id(), "device_id": new_id(),
            "device_seq": seq, "created_at": NOW.isoformat(), "payload": {"number": "A-001", "fee": 25_000}}
    return {**base, **changes}


def batch(n: int = 3) -> PushBatch:
    device = new_id()
    return PushBatch(batch_id=new_id(), device_id=device, sent_at=NOW,
                     records=[WireRecord.model_validate(record(i + 1, device_id=device)) for i in range(n)])


def test_protocol_version_is_one() -> None:
    assert PROTOCOL_VERSION == 1 and batch().protocol == 1


def test_round_trip_through_gzip_is_exact() -> None:
    original = batch(50)
    body = encode_body(original)
    assert body[:2] == b"\x1f\x8b"
    assert decode_body(body, PushBatch, 1_000_000) == original
    assert encode_body(original) == body  # deterministic (no gzip timestamp)


@pytest.mark.parametrize("change", [
    {"created_at": "2026-11-23T01:00:00"},  # naive time
    {"device_seq": 0}, {"version": 0}, {"version": 2**31},
    {"id": "not-a-uuid"}, {"id": new_id().upper()}, {"entity": "Ticket"}, {"entity": "x" * 41},
    {"payload": []}, {"unexpected": 1},
])
def test_invalid_records_are_refused(change: dict) -> None:
    with pytest.raises(ValidationError):
        WireRecord.model_validate(record(**change))


def test_batch_size_bounds() -> None:
    device = new_id()
    with pytest.raises(ValidationError):
        PushBatch(batch_id=new_id(), device_id=device, sent_at=NOW, records=[])
    too_many = [WireRecord.model_validate(record(i + 1)) for i in range(MAX_RECORDS_PER_BATCH + 1)]
    with pytest.raises(ValidationError):
        PushBatch(batch_id=new_id(), device_id=device, sent_at=NOW, records=too_many)


def test_answers_tolerate_new_fields_requests_do_not() -> None:
    answer = {"status": "genuine", "number": "JKT01-K01-2026-000001", "added_in_a_later_server": True}
    assert VerifyResponse.model_validate(answer).status == "genuine"
    with pytest.raises(ValidationError):
        EnrollRequest.model_validate({"code": "ABCD-EFGH", "device_name": "PC", "extra": 1})


def test_enroll_request_checks_the_public_key() -> None:
    import base64

    EnrollRequest(code="ABCD", device_name="PC", public_key_b64=base64.b64encode(b"k" * 32).decode())
    for bad in ("not base64!", base64.b64encode(b"short").decode()):
        with pytest.raises(ValidationError):
            EnrollRequest(code="ABCD", device_name="PC", public_key_b64=bad)


def test_clock_skew_is_client_side_only() -> None:
    result = PushResult(batch_id=new_id(), results=[], contiguous_high_water=0, gaps=[(3, 4)], server_time=NOW)
    measured = result.with_clock_skew(-86_400.0)
    assert measured.clock_skew_seconds == -86_400.0 and result.clock_skew_seconds is None
    assert "skew" not in measured.model_dump_json()
    assert json.loads(measured.model_dump_json())["gaps"] == [[3, 4]]


def test_zip_bomb_is_refused_without_expanding_it() -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # built in pieces: the test stays small
    zeros = b"\0" * (1024 * 1024)
    bomb = b"".join(packer.compress(zeros) for _ in range(200)) + packer.flush()  # 200 MB of zeros
    assert len(bomb) < 300_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(BodyError) as info:
        gunzip_limited(bomb, 1_000_000)
    assert info.value.code == "too_large"
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 50 * 1024  # never inflated the 200 MB


@pytest.mark.parametrize(("data", "code"), [
    (b"plain text", "bad_encoding"),
    (gzip.compress(b'{"a":1}')[:-6], "bad_encoding"),  # cut short
    (gzip.compress(b'{"a":1}') + b"tail", "bad_encoding"),
    (gzip.compress(b'{"a":1}') * 2, "bad_encoding"),  # a second member is not read silently
])
def test_broken_gzip_is_refused(data: bytes, code: str) -> None:
    with pytest.raises(BodyError) as info:
        gunzip_limited(data, 1000)
    assert info.value.code == code


def test_decode_body_reports_invalid_json_without_echoing_input() -> None:
    secret = "3175012345678901"  # an NIK must never be echoed back in an error
    body = gzip.compress(json.dumps({"batch_id": secret}).encode())
    with pytest.raises(BodyError) as info:
        decode_body(body, PushBatch, 10_000)
    assert info.value.code == "invalid" and secret not in str(info.value)
    with pytest.raises(BodyError) as info:
        decode_body(b"{" * 20_000, PushBatch, 10_000, compressed=False)
    assert info.value.code == "too_large"


def test_error_body_shape() -> None:
    body = ErrorBody(error="too_large", message="the batch is too large")
    assert json.loads(body.model_dump_json()) == {"error": "too_large", "message": "the batch is too large",
                                                  "details": {}}


def test_sent_at_may_be_any_zone_but_must_be_aware() -> None:
    b = batch(1)
    data = json.loads(b.model_dump_json())
    data["sent_at"] = (NOW + timedelta(hours=7)).astimezone().isoformat()
    PushBatch.model_validate(data)
    data["sent_at"] = "2026-11-23T08:00:00"
    with pytest.raises(ValidationError):
        PushBatch.model_validate(data)
