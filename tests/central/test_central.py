"""A real ltsa-central on 127.0.0.1 (port 0): enrollment, pushes through the agent, idempotence, office
boundaries, receipt verification, and the end-to-end count check against the office."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import func, select

from ltsa_desktop.central.app import create_app
from ltsa_desktop.central.service import Central
from ltsa_desktop.services import queue, sync_setup
from ltsa_desktop.storage.models.core import Outbox
from ltsa_desktop.sync.client import CentralClient, SyncTransportError


@contextmanager
def active_server(url: str) -> Iterator[tuple[str, Central]]:
    central = Central(url)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(create_app(central), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", central
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture()
def central(tmp_path: Path):  # type: ignore[no-untyped-def]
    with active_server(f"sqlite:///{tmp_path / 'central.sqlite3'}") as (base, c):
        c.create_office("JKT01", "LTSA Uji Jakarta")
        yield base, c


def test_enroll_sync_and_counts_match(office, keyring_memory, central) -> None:  # type: ignore[no-untyped-def]
    base, c = central
    queue.ensure_default_lines(office.ctx, office.admin)
    for _ in range(25):
        queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")
    code = c.enrollment_code("JKT01")
    sync_setup.enroll(office.ctx, office.admin, base, code)
    with pytest.raises(SyncTransportError) as info:  # a code works once
        sync_setup.enroll(office.ctx, office.admin, base, code)
    assert info.value.code == "unauthorized"
    outcome = sync_setup.sync_once(office.ctx, batch_size=40)
    assert outcome.push.error is None and outcome.push.pending_after == 0
    stats = c.stats("JKT01")
    with office.db.read() as s:
        local = dict(s.execute(select(Outbox.entity, func.count(func.distinct(Outbox.record_id)))
                               .group_by(Outbox.entity)).all())
    assert stats["records"] == local  # the centre holds every record exactly once
    assert stats["devices"][office.ctx.device_id]["gaps"] == []
    again = sync_setup.sync_once(office.ctx)
    assert again.push.sent == 0


def test_replays_are_duplicates_and_other_offices_are_refused(office, keyring_memory, central) -> None:  # type: ignore[no-untyped-def]
    base, c = central
    sync_setup.enroll(office.ctx, office.admin, base, c.enrollment_code("JKT01"))
    token = sync_setup._load_token(office.ctx)
    client = CentralClient(base, token)
    from ltsa_desktop.sync.agent import _claim_batch, build_batch

    batch_id, rows = _claim_batch(office.db, office.ctx.device_id, 50)
    batch = build_batch(batch_id, office.ctx.device_id, rows)
    first = client.push(batch)
    assert {r["status"] for r in first} == {"accepted"}
    assert {r["status"] for r in client.push(batch)} == {"duplicate"}
    changed = dict(batch, records=[dict(batch["records"][0], payload={"tampered": True})])
    assert client.push(changed)[0]["status"] == "conflict"
    foreign = dict(batch, records=[dict(batch["records"][0], office_id="another-office")])
    result = client.push(foreign)[0]
    assert result["status"] == "rejected" and "office" in result["reason"]
    with pytest.raises(SyncTransportError) as info:
        CentralClient(base, "wrong-token").push(batch)
    assert info.value.code == "unauthorized"


def test_unreachable_server_keeps_everything(office, keyring_memory, central) -> None:  # type: ignore[no-untyped-def]
    base, c = central
    sync_setup.enroll(office.ctx, office.admin, base, c.enrollment_code("JKT01"))
    from ltsa_desktop.sync.agent import pending_count

    before = pending_count(office.db)
    dead = CentralClient("http://127.0.0.1:9", "x", timeout=1)
    outcome = sync_setup.sync_once(office.ctx, client=dead)
    assert outcome.push.error_code == "server_unreachable" and pending_count(office.db) == before


def test_receipt_verified_by_the_centre(paying_office, central) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.domain.ids import new_id
    from ltsa_desktop.services import payments

    base, c = central
    office = paying_office
    sync_setup.enroll(office.ctx, office.admin, base, c.enrollment_code("JKT01"))
    rid = payments.take_payment(office.ctx, office.staff, payments.PaymentRequest(new_id(), ("POL-01",), "cash",
                                                                                  30_000)).value
    token = payments.receipt_doc(office.ctx, rid).token
    client = CentralClient(base)
    assert client.verify_receipt(token).status == "unknown"  # not synced yet, signature fine
    sync_setup.sync_once(office.ctx)
    assert client.verify_receipt(token).status == "genuine"
    assert client.verify_receipt(token[:-3] + "AAA").status == "forged"
