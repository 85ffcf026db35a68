"""The HTTP API of ltsa-central on a real server (127.0.0.1, port 0): enrollment rules, authentication,
office boundaries, size limits, structured errors, reference data and receipt verification."""

from __future__ import annotations

import base64
import gzip
import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from ltsa_desktop.central import catalog, enrollment
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.domain.receipt_token import ReceiptClaims, encode_receipt_token
from ltsa_desktop.sync.protocol import MAX_PUSH_COMPRESSED_BYTES, ErrorBody, PushBatch, encode_body
from tests.central.support import BASE_TIME, Device, LiveServer, active_server, make_batches, make_records

ENVELOPE = {"format": "ltsa-bundle/1", "key_id": "issuer-1", "payload": "{}", "signature": "c2lnbmF0dXJl"}


def _office(live: LiveServer, code: str = "JKT01") -> str:
    return enrollment.create_office(live.db, code, f"LTSA {code}")


def _code(live: LiveServer, office: str = "JKT01", **kw) -> str:  # type: ignore[no-untyped-def]
    return enrollment.issue_enrollment_code(live.db, office, **kw)[0]


def _enroll(http: httpx.Client, code: str, **body) -> httpx.Response:  # type: ignore[no-untyped-def]
    return http.post("/v1/enroll", json={"code": code, "device_name": "Loket 1", **body})


def _error(response: httpx.Response, status: int, code: str) -> ErrorBody:
    assert response.status_code == status, response.text
    body = ErrorBody.model_validate_json(response.content)
    assert body.error == code and body.message and "Traceback" not in response.text
    return body


def _push(http: httpx.Client, token: str, batch: PushBatch) -> httpx.Response:
    return http.post("/v1/push", content=encode_body(batch), headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json", "Content-Encoding": "gzip"})


@pytest.fixture()
def http(live: LiveServer):  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=live.url, timeout=10) as client:
        yield client


def test_enrollment_codes_work_once_and_expire(live, http) -> None:  # type: ignore[no-untyped-def]
    _office(live)
    code = _code(live)
    first = _enroll(http, code.lower().replace("-", " "))  # as typed: case and separators do not matter
    assert first.status_code == 200
    body = first.json()
    assert body["office_code"] == "JKT01" and body["device_code"] == "K01" and len(body["token"]) >= 40
    _error(_enroll(http, code), 403, "enrollment_code_used")
    _error(_enroll(http, "ZZZZ-ZZZZ-ZZZZ"), 403, "enrollment_code_invalid")
    old = _code(live, now=datetime.now(UTC) - timedelta(hours=25))
    _error(_enroll(http, old), 403, "enrollment_code_expired")
    second = _enroll(http, _code(live)).json()
    assert second["device_code"] == "K02" and second["office_id"] == body["office_id"]


def test_a_device_keeps_its_own_ids_and_an_office_binds_once(live, http) -> None:  # type: ignore[no-untyped-def]
    _office(live)
    _office(live, "SBY01")
    office_id, device_id = new_id(), new_id()
    body = _enroll(http, _code(live), office_id=office_id, device_id=device_id, device_code="K07").json()
    assert (body["office_id"], body["device_id"], body["device_code"]) == (office_id, device_id, "K07")
    _error(_enroll(http, _code(live), office_id=new_id()), 409, "office_mismatch")
    _error(_enroll(http, _code(live, "SBY01"), office_id=office_id), 409, "office_mismatch")
    _error(_enroll(http, _code(live), device_code="K07"), 409, "device_code_taken")
    _error(_enroll(http, _code(live, "SBY01"), device_id=device_id), 409, "device_id_taken")
    again = _code(live)  # a refused enrollment leaves the code unused
    _error(_enroll(http, again, device_code="K07"), 409, "device_code_taken")
    assert _enroll(http, again).status_code == 200


def test_revoked_device_is_refused_until_enrolled_again(live, http) -> None:  # type: ignore[no-untyped-def]
    _office(live)
    device = Device(enrollment.enroll(live.db, _request(_code(live))))
    (batch,) = make_batches(device, make_records(device, 3), 3)
    assert _push(http, device.token, batch).status_code == 200
    enrollment.revoke_device(live.db, device.device_id)
    response = _push(http, device.token, batch)
    _error(response, 401, "device_revoked")
    assert response.headers["www-authenticate"] == "Bearer"
    renewed = _enroll(http, _code(live), device_id=device.device_id).json()
    assert renewed["device_code"] == device.enrolled.device_code
    _error(_push(http, device.token, batch), 401, "unauthorized")  # the old token stays dead
    assert {r["status"] for r in _push(http, renewed["token"], batch).json()["results"]} == {"duplicate"}


def _request(code: str, **kw):  # type: ignore[no-untyped-def]
    from ltsa_desktop.sync.protocol import EnrollRequest

    return EnrollRequest(code=code, device_name="PC", **kw)


def test_enrollment_is_rate_limited(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    with active_server(sqlite_db, enroll_rate=(3, 60.0)) as live, httpx.Client(base_url=live.url) as http:
        statuses = [_enroll(http, "WRONG-CODE-0000").status_code for _ in range(5)]
        assert statuses == [403, 403, 403, 429, 429]
        limited = _enroll(http, "WRONG-CODE-0000")
        _error(limited, 429, "rate_limited")
        assert int(limited.headers["retry-after"]) >= 1


def test_cross_office_writes_are_rejected_per_record(live, http) -> None:  # type: ignore[no-untyped-def]
    _office(live)
    _office(live, "SBY01")
    jakarta = Device(enrollment.enroll(live.db, _request(_code(live))))
    surabaya = Device(enrollment.enroll(live.db, _request(_code(live, "SBY01"))))
    records = make_records(jakarta, 3)
    records[1] = make_records(jakarta, 1, start_seq=2, office_id=surabaya.office_id)[0]
    (batch,) = make_batches(jakarta, records, 3)
    results = _push(http, jakarta.token, batch).json()["results"]
    assert [r["status"] for r in results] == ["accepted", "rejected", "accepted"]
    assert results[1]["reason"].startswith("office_mismatch")
    foreign = PushBatch(batch_id=new_id(), device_id=surabaya.device_id, sent_at=BASE_TIME,
                        records=make_records(surabaya, 1))
    _error(_push(http, jakarta.token, foreign), 403, "device_mismatch")  # a batch in another device's name


def test_body_limits_and_encodings(live, http) -> None:  # type: ignore[no-untyped-def]
    _office(live)
    device = Device(enrollment.enroll(live.db, _request(_code(live))))
    auth = {"Authorization": f"Bearer {device.token}", "Content-Type": "application/json"}
    (batch,) = make_batches(device, make_records(device, 2), 2)
    plain = http.post("/v1/push", content=batch.model_dump_json(), headers=auth)  # uncompressed is fine
    assert plain.status_code == 200
    bomb = gzip.compress(b" " * (40 * 1024 * 1024))
    _error(http.post("/v1/push", content=bomb, headers={**auth, "Content-Encoding": "gzip"}), 413, "too_large")
    big = b"x" * (MAX_PUSH_COMPRESSED_BYTES + 1)
    _error(http.post("/v1/push", content=big, headers={**auth, "Content-Encoding": "gzip"}), 413, "too_large")
    chunked = http.post("/v1/push", content=iter([b"x" * 1_000_000] * 5), headers=auth)  # no Content-Length
    _error(chunked, 413, "too_large")
    _error(http.post("/v1/push", content=b"\x1f\x8bjunk", headers={**auth, "Content-Encoding": "gzip"}), 400,
           "bad_encoding")
    _error(http.post("/v1/push", content=b"{}", headers={**auth, "Content-Encoding": "br"}), 415,
           "unsupported_encoding")
    _error(http.post("/v1/push", content=b"{}", headers={**auth, "Content-Type": "text/plain"}), 415,
           "unsupported_media_type")
    _error(http.post("/v1/push", content=b'{"batch_id": "x"', headers=auth), 400, "invalid_batch")
    future = json.loads(batch.model_dump_json()) | {"protocol": 2}
    _error(http.post("/v1/push", content=json.dumps(future), headers=auth), 400, "protocol_unsupported")
    _error(http.post("/v1/enroll", content=b"{" * 100_000, headers={"Content-Type": "application/json"}), 413,
           "too_large")


def test_errors_are_structured(live, http) -> None:  # type: ignore[no-untyped-def]
    _error(http.post("/v1/push", content=b"{}"), 401, "unauthorized")
    _error(http.get("/v1/pull", headers={"Authorization": "Bearer nope"}), 401, "unauthorized")
    _error(http.get("/v1/nowhere"), 404, "not_found")
    _error(http.delete("/v1/health"), 405, "method_not_allowed")
    _error(http.post("/v1/enroll", json={"code": 1}), 422, "invalid_request")
    _error(http.post("/v1/receipts/verify", content=b"not json", headers={"Content-Type": "application/json"}),
           422, "invalid_request")
    health = http.get("/v1/health").json()
    assert health["status"] == "ok" and health["protocol"] == 1


def test_unexpected_failures_become_a_plain_500(live, http, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.central import receipts

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(receipts, "verify_receipt", broken)
    response = http.post("/v1/receipts/verify", json={"token": "LTSA1.a.b"})
    _error(response, 500, "server_error")
    assert "secret" not in response.text


def test_reference_data_is_served_byte_for_byte(live, http) -> None:  # type: ignore[no-untyped-def]
    _office(live)
    device = Device(enrollment.enroll(live.db, _request(_code(live))))
    auth = {"Authorization": f"Bearer {device.token}"}
    assert http.get("/v1/pull", params={"since": 0}, headers=auth).json() == {"version": 0, "bundle_b64": None}
    data = json.dumps(ENVELOPE, indent=1).encode()
    assert catalog.publish_bundle(live.db, data) == 1
    pulled = http.get("/v1/pull", params={"since": 0}, headers=auth).json()
    assert pulled["version"] == 1 and base64.b64decode(pulled["bundle_b64"]) == data
    assert http.get("/v1/pull", params={"since": 1}, headers=auth).json() == {"version": 1, "bundle_b64": None}
    _error(http.get("/v1/pull", params={"since": -1}, headers=auth), 422, "invalid_request")
    _error(http.get("/v1/pull", params={"since": 2**70}, headers=auth), 422, "invalid_request")


def _keys() -> tuple[bytes, str]:
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()), base64.b64encode(public).decode()


def _receipt(device: Device, seq: int, number: str, total: int, digest: str, **extra):  # type: ignore[no-untyped-def]
    record = make_records(device, 1, start_seq=seq, entity="receipt")[0]
    payload = {**record.payload, "number": number, "hash": digest, "total_applicant": total, **extra}
    return record.model_copy(update={"payload": payload})


def test_receipts_are_verified_genuine_voided_forged_or_unknown(live, http) -> None:  # type: ignore[no-untyped-def]
    _office(live)
    private, public = _keys()
    device = Device(enrollment.enroll(live.db, _request(_code(live), public_key_b64=public)))
    number = "JKT01-K01-2026-000001"
    claims = ReceiptClaims(number, "JKT01", device.device_id, BASE_TIME.isoformat(), 150_000, "ab" * 32)
    token = encode_receipt_token(claims, private)

    def verify(t: str) -> dict:  # type: ignore[type-arg]
        return http.post("/v1/receipts/verify", json={"token": t}).json()

    assert verify(token)["status"] == "unknown"  # signature fine, not received yet
    receipt = _receipt(device, 1, number, 150_000, "ab" * 32)
    _push(http, device.token, PushBatch(batch_id=new_id(), device_id=device.device_id, sent_at=BASE_TIME,
                                        records=[receipt]))
    answer = verify(token)
    assert (answer["status"], answer["number"], answer["total_paid"]) == ("genuine", number, 150_000)
    assert verify(encode_receipt_token(ReceiptClaims(number, "JKT01", device.device_id, claims.issued_at,
                                                     1_500_000, "ab" * 32), private))["status"] == "forged"
    assert verify(token[:-2] + ("AA" if token[-2:] != "AA" else "BA"))["status"] == "forged"
    other_private, _ = _keys()
    forged = verify(encode_receipt_token(claims, other_private))  # a forger without the device's key
    assert (forged["status"], forged["reason"]) == ("forged", "bad_signature")
    void = make_records(device, 1, start_seq=2, entity="receipt_void")[0]
    void = void.model_copy(update={"payload": {**void.payload, "receipt_id": receipt.id,
                                               "number": "JKT01-K01-2026-000002"}})
    _push(http, device.token, PushBatch(batch_id=new_id(), device_id=device.device_id, sent_at=BASE_TIME,
                                        records=[void]))
    answer = verify(token)
    assert (answer["status"], answer["voided_by"]) == ("voided", "JKT01-K01-2026-000002")


def test_a_new_receipt_key_from_the_device_record_keeps_old_receipts_valid(live, http) -> None:  # type: ignore[no-untyped-def]
    _office(live)
    old_private, old_public = _keys()
    device = Device(enrollment.enroll(live.db, _request(_code(live), public_key_b64=old_public)))
    new_private, new_public = _keys()
    device_record = make_records(device, 1, start_seq=1, entity="device")[0]
    device_record = device_record.model_copy(update={
        "id": device.device_id, "payload": {**device_record.payload, "id": device.device_id,
                                            "receipt_public_key": new_public}})
    tokens = []
    records = [device_record]
    for seq, private in ((2, old_private), (3, new_private)):
        number = f"JKT01-K01-2026-00000{seq}"
        tokens.append(encode_receipt_token(ReceiptClaims(number, "JKT01", device.device_id, BASE_TIME.isoformat(),
                                                         10_000, "cd" * 32), private))
        records.append(_receipt(device, seq, number, 10_000, "cd" * 32))
    _push(http, device.token, PushBatch(batch_id=new_id(), device_id=device.device_id, sent_at=BASE_TIME,
                                        records=records))
    assert [http.post("/v1/receipts/verify", json={"token": t}).json()["status"] for t in tokens] == [
        "genuine", "genuine"]
    # a void in the desktop's own style: a receipt of kind "void" referring to the receipt it cancels
    local_void = _receipt(device, 4, "JKT01-K01-2026-000004", -10_000, "ef" * 32, kind="void",
                          voids_receipt_id=records[1].id)
    _push(http, device.token, PushBatch(batch_id=new_id(), device_id=device.device_id, sent_at=BASE_TIME,
                                        records=[local_void]))
    assert http.post("/v1/receipts/verify", json={"token": tokens[0]}).json()["status"] == "voided"


def _push_outbox(office, url: str, token: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Everything pending in the desktop's outbox, as the agent would send it; returns the statuses."""
    from sqlalchemy import select

    from ltsa_desktop.storage.models.core import Outbox
    from ltsa_desktop.sync.client import CentralClient
    from ltsa_desktop.sync.protocol import WireRecord

    with office.db.read() as s:
        rows = s.execute(select(Outbox).where(Outbox.state == "pending").order_by(Outbox.device_seq)).scalars().all()
    records = [WireRecord(entity=r.entity, id=r.record_id, version=r.version, office_id=r.office_id,
                          device_id=r.device_id, device_seq=r.device_seq, created_at=r.created_at,
                          payload=json.loads(r.payload_json)) for r in rows]
    statuses: list[str] = []
    with CentralClient(url, token) as client:
        for i in range(0, len(records), 200):
            batch = PushBatch(batch_id=new_id(), device_id=office.ctx.device_id, sent_at=datetime.now(UTC),
                              records=records[i:i + 200])
            statuses += [r.status for r in client.push(batch).results]
    return statuses


def test_a_desktop_office_syncs_and_its_receipts_verify(live, paying_office) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from ltsa_desktop.central.stats import office_stats
    from ltsa_desktop.services import auth, payments, sync_setup
    from ltsa_desktop.storage.models.core import Outbox
    from ltsa_desktop.sync.client import CentralClient
    from tests.conftest import PASSWORD

    office = paying_office
    _office(live)
    central_device = sync_setup.enroll(office.ctx, office.admin, live.url, _code(live))
    assert central_device == office.ctx.device_id  # the device keeps its own id
    token = sync_setup._load_token(office.ctx)
    rid = payments.take_payment(office.ctx, office.staff, payments.PaymentRequest(
        new_id(), ("POL-01",), "cash", 30_000)).value
    receipt_token = payments.receipt_doc(office.ctx, rid).token
    with CentralClient(live.url) as client:
        assert client.verify_receipt(receipt_token).status == "unknown"
        assert set(_push_outbox(office, live.url, token)) == {"accepted"}  # real payloads pass every check
        answer = client.verify_receipt(receipt_token)
        assert (answer.status, answer.total_paid) == ("genuine", 30_000)
        approval = auth.approve(office.ctx, "koordinator", PASSWORD, "void_receipt")
        payments.void_receipt(office.ctx, office.staff, rid, "salah layanan", approval)
        # nothing was acknowledged locally here, so the earlier rows come again: duplicates, never conflicts
        assert set(_push_outbox(office, live.url, token)) == {"accepted", "duplicate"}
        assert client.verify_receipt(receipt_token).status == "voided"
    with office.db.read() as s:
        local = dict(s.execute(select(Outbox.entity, func.count(func.distinct(Outbox.record_id)))
                               .group_by(Outbox.entity)).all())
    stats = office_stats(live.db, "JKT01")
    assert stats["records"] == local and stats["devices"][0]["gaps"] == []
