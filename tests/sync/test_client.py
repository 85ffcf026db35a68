"""CentralClient against a real ltsa-central on 127.0.0.1, through a fault-injecting proxy: every failure gives
a clear error code, transient ones are retried with backoff, and a retried push is never applied twice."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from ltsa_desktop.central import enrollment
from ltsa_desktop.central.db import CentralDB
from ltsa_desktop.sync.client import (
    BadResponse,
    CentralClient,
    RequestRejected,
    ResponseTooLarge,
    ServerError,
    ServerUnreachable,
    SyncTransportError,
    TransportTimeout,
    Unauthorized,
    is_transient,
    retrying,
)
from ltsa_desktop.sync.protocol import PushResult
from tests.central.support import Device as SimDevice
from tests.central.support import (
    FaultProxy,
    LiveServer,
    active_server,
    make_batches,
    make_records,
    shuffled_replays,
    snapshot,
)


@pytest.fixture()
def server(central: LiveServer) -> LiveServer:
    """The live centre (tests/conftest.py)."""
    return central


@pytest.fixture()
def proxy(server: LiveServer) -> Iterator[FaultProxy]:
    with FaultProxy(server.url, hold_seconds=1.5) as p:
        yield p


def _enroll(server: LiveServer) -> SimDevice:
    code, _ = enrollment.issue_enrollment_code(server.db, "JKT01")
    with CentralClient(server.url) as client:
        return SimDevice(client.enroll(code, "Loket 1"))


def _no_sleep(_seconds: float) -> None:
    return None


def test_happy_path_and_measured_clock_skew(server: LiveServer) -> None:
    device = _enroll(server)
    assert device.enrolled.device_code == "K01" and device.enrolled.office_code == "JKT01"
    with CentralClient(server.url, lambda: device.token, timeout=5) as client:
        assert client.health().protocol == 1
        (batch,) = make_batches(device, make_records(device, 30), 30)
        result = client.push(batch)
        assert [r.status for r in result.results] == ["accepted"] * 30
        assert result.contiguous_high_water == 30
        assert result.clock_skew_seconds is not None and abs(result.clock_skew_seconds) < 2
        assert client.pull(0) == (0, None)
        assert client.verify_receipt("LTSA1.x.y").status == "forged"


@pytest.mark.parametrize(("faults", "attempts_used"), [
    (("500",), 2), (("html_502", "500"), 3), (("drop_before",), 2), (("timeout",), 2),
    (("drop_after_commit",), 2), (("timeout_after_commit",), 2), (("truncate",), 2),
    (("drop_after_commit", "500", "drop_after_commit"), 4),
])
def test_transient_faults_are_retried_and_nothing_is_applied_twice(server, proxy, faults, attempts_used) -> None:  # type: ignore[no-untyped-def]
    device = _enroll(server)
    records = make_records(device, 40)
    (batch,) = make_batches(device, records, 40)
    proxy.schedule(*faults)
    slept: list[float] = []
    with CentralClient(proxy.url, device.token, timeout=0.75) as client:
        result = retrying(client.push, attempts=6, initial_wait=0.01, max_wait=0.05, sleep=slept.append)(batch)
    assert len(proxy.seen) == attempts_used and len(slept) == attempts_used - 1
    committed_before = any(f in ("drop_after_commit", "timeout_after_commit", "truncate") for f in faults)
    expected = "duplicate" if committed_before else "accepted"
    assert {r.status for r in result.results} == {expected}  # per-record answers of the final attempt
    assert len(snapshot(server.db)["records"]) == 40 and result.contiguous_high_water == 40


@pytest.mark.parametrize(("fault", "error", "code"), [
    ("html_200", BadResponse, "bad_response"),
    ("truncate_json", BadResponse, "bad_response"),
    ("redirect", BadResponse, "bad_response"),
    ("oversize", ResponseTooLarge, "too_large"),
    ("oversize_chunked", ResponseTooLarge, "too_large"),
    ("gzip_bomb", ResponseTooLarge, "too_large"),
    ("401", Unauthorized, "unauthorized"),
])
def test_bad_answers_are_clear_errors_and_not_retried(server, proxy, fault, error, code) -> None:  # type: ignore[no-untyped-def]
    device = _enroll(server)
    (batch,) = make_batches(device, make_records(device, 5), 5)
    proxy.schedule(fault)
    with CentralClient(proxy.url, device.token, timeout=5, max_response_bytes=1024 * 1024) as client:
        with pytest.raises(error) as info:
            retrying(client.push, attempts=5, sleep=_no_sleep)(batch)
    assert info.value.code == code and not is_transient(info.value)
    assert len(proxy.seen) == 1  # not retried


def test_unreachable_server() -> None:
    with CentralClient("http://127.0.0.1:9", "token", timeout=1) as client:
        with pytest.raises(ServerUnreachable) as info:
            client.health()
    assert info.value.retryable and info.value.code == "server_unreachable"


def test_timeout_has_its_own_code(server, proxy) -> None:  # type: ignore[no-untyped-def]
    proxy.schedule("timeout")
    with CentralClient(proxy.url, timeout=0.3) as client:
        with pytest.raises(TransportTimeout) as info:
            client.health()
    assert info.value.code == "timeout"


def test_401_mid_run_stops_and_revoked_device_is_refused(server, proxy) -> None:  # type: ignore[no-untyped-def]
    device = _enroll(server)
    batches = make_batches(device, make_records(device, 60), 20)
    calls = []
    with CentralClient(proxy.url, device.token, timeout=5) as client:
        push = retrying(client.push, attempts=5, sleep=calls.append)
        push(batches[0])
        enrollment.revoke_device(server.db, device.device_id)
        with pytest.raises(Unauthorized) as info:
            push(batches[1])
    assert info.value.server_code == "device_revoked" and info.value.status == 401
    assert calls == [] and len(proxy.seen) == 2
    assert len(snapshot(server.db)["records"]) == 20
    with CentralClient(server.url, None) as anonymous, pytest.raises(Unauthorized):
        anonymous.push(batches[1])  # no token at all: refused before any request


def test_enrollment_errors_carry_the_server_code(server) -> None:  # type: ignore[no-untyped-def]
    code, _ = enrollment.issue_enrollment_code(server.db, "JKT01")
    with CentralClient(server.url) as client:
        client.enroll(code, "PC")
        for attempt, expected in ((code, "enrollment_code_used"), ("WRONG-CODE-0000", "enrollment_code_invalid")):
            with pytest.raises(RequestRejected) as info:
                client.enroll(attempt, "PC")
            assert info.value.code == expected and info.value.status == 403 and not info.value.retryable
        with pytest.raises(RequestRejected) as info:
            client.enroll("x", "PC")  # refused locally, nothing sent
        assert info.value.code == "invalid_request"


def test_replays_from_two_threads_equal_one_in_order_delivery(server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    device = _enroll(server)
    records = make_records(device, 600)
    batches = make_batches(device, records, 50)
    # reference: the same batches once, in order, into a fresh server
    ref_db = CentralDB.open(f"sqlite:///{tmp_path / 'reference.sqlite3'}")
    enrollment.create_office(ref_db, "JKT01", "LTSA Jakarta")
    with active_server(ref_db) as ref:
        code, _ = enrollment.issue_enrollment_code(ref_db, "JKT01")
        with CentralClient(ref.url) as c:
            ref_token = c.enroll(code, "PC", office_id=device.office_id, device_id=device.device_id).token
        with CentralClient(ref.url, ref_token) as c:
            for b in batches:
                c.push(b)
    rng = random.Random(7)
    plans = [shuffled_replays(batches, rng) for _ in range(2)]
    errors: list[BaseException] = []
    answers: list[PushResult] = []

    def deliver(plan) -> None:  # type: ignore[no-untyped-def]
        try:
            with CentralClient(server.url, device.token, timeout=30) as c:
                answers.extend(c.push(b) for b in plan)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=deliver, args=(plan,)) for plan in plans]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    assert snapshot(server.db) == snapshot(ref_db)
    accepted = sum(r.status == "accepted" for a in answers for r in a.results)
    assert accepted == 600  # each record accepted exactly once over all replays
    assert max(a.contiguous_high_water for a in answers) == 600
    ref_db.dispose()


def test_gaps_are_reported_to_the_client(server) -> None:  # type: ignore[no-untyped-def]
    device = _enroll(server)
    first, second, third = make_batches(device, make_records(device, 30), 10)
    with CentralClient(server.url, device.token) as client:
        client.push(first)
        held = client.push(third)
        assert (held.contiguous_high_water, held.gaps) == (10, [(11, 20)])
        assert client.push(second).contiguous_high_water == 30


def test_skew_and_answer_checks_with_a_scripted_server() -> None:
    device = SimDevice.__new__(SimDevice)
    from ltsa_desktop.domain.ids import new_id
    from ltsa_desktop.sync.protocol import EnrollResponse

    device.enrolled = EnrollResponse(device_id=new_id(), office_id=new_id(), office_code="JKT01",
                                     device_code="K01", token="t")
    (batch,) = make_batches(device, make_records(device, 3), 3)
    ahead = datetime.now(UTC) + timedelta(days=1)
    mode = {"v": "ok"}

    def handler(request: httpx.Request) -> httpx.Response:
        results = [{"device_seq": r.device_seq, "entity": r.entity, "id": r.id, "version": r.version,
                    "status": "accepted"} for r in batch.records]
        if mode["v"] == "mismatch":
            results = results[:2]
        return httpx.Response(200, json={"batch_id": batch.batch_id, "results": results,
                                         "contiguous_high_water": 3, "gaps": [],
                                         "server_time": ahead.isoformat()})

    with CentralClient("http://central.test", "t", transport=httpx.MockTransport(handler)) as client:
        skew = client.push(batch).clock_skew_seconds
        assert skew is not None and abs(skew - 86_400) < 5
        mode["v"] = "mismatch"
        with pytest.raises(BadResponse):  # an answer that does not cover the batch is never half-applied
            client.push(batch)


def test_backoff_grows_with_jitter_and_gives_up() -> None:
    slept: list[float] = []
    calls = {"n": 0}

    def always_down() -> None:
        calls["n"] += 1
        raise ServerError("down", status=503)

    with pytest.raises(ServerError):
        retrying(always_down, attempts=6, initial_wait=1, max_wait=8, sleep=slept.append)()
    assert calls["n"] == 6 and len(slept) == 5
    assert all(0 <= s <= 8 for s in slept) and len(set(slept)) > 1  # jittered, capped


def test_errors_are_ltsa_errors_with_codes() -> None:
    from ltsa_desktop.domain.errors import LtsaError

    error = RequestRejected("refused", code="enrollment_code_expired", status=403)
    assert isinstance(error, SyncTransportError) and isinstance(error, LtsaError)
    assert error.code == "enrollment_code_expired" and error.params["status"] == 403
