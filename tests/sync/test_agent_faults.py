"""The whole sync path — office database → agent → CentralClient → fault-injecting proxy → a real ltsa-central on
127.0.0.1 — under dropped connections (before and after the server committed), delays, timeouts, truncated
answers and 5xx pages. RELIABILITY.md promises 1–2: after the agent's retries every record is at the centre
exactly once (no loss, no duplicate, no quarantined conflict, no sequence gap), and the office's outbox says so."""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import func, select

from ltsa_desktop.central import enrollment
from ltsa_desktop.central.models import CentralRecord
from ltsa_desktop.central.stats import office_stats
from ltsa_desktop.services import queue, sync_setup
from ltsa_desktop.storage.models.core import Outbox
from ltsa_desktop.sync.agent import sync_status
from ltsa_desktop.sync.client import CentralClient
from tests.central.support import FaultProxy, LiveServer, snapshot

TRANSIENT = ["500", "html_502", "drop_before", "drop_after_commit", "timeout", "timeout_after_commit", "truncate",
             "delay", "delay_after_commit"]
AFTER_COMMIT = {"drop_after_commit", "timeout_after_commit", "truncate"}




def _enrolled(office, central: LiveServer) -> None:  # type: ignore[no-untyped-def]
    code, _ = enrollment.issue_enrollment_code(central.db, "JKT01")
    assert sync_setup.enroll(office.ctx, office.admin, central.url, code) == office.ctx.device_id
    queue.ensure_default_lines(office.ctx, office.admin)


def _work(office, tickets: int) -> None:  # type: ignore[no-untyped-def]
    """Issue tickets and cancel some of them: new records and new versions of existing ones."""
    for i in range(tickets):
        ticket = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket
        if i % 3 == 0:
            queue.cancel(office.ctx, office.staff, ticket.id, "left")


def _outbox(office) -> list[Any]:  # type: ignore[no-untyped-def]
    with office.db.read() as s:
        return list(s.execute(select(Outbox.entity, Outbox.record_id, Outbox.version, Outbox.device_seq,
                                     Outbox.state).order_by(Outbox.device_seq)).all())


def _sync_until_done(office, client: CentralClient, *, rounds: int, more_work: bool) -> int:  # type: ignore[no-untyped-def]
    """Rounds like the window's timer does; returns how many rounds ended with a transport error."""
    failed = 0
    for n in range(rounds):
        outcome = sync_setup.sync_once(office.ctx, client=client, batch_size=7, attempts=3,
                                       initial_wait=0.001, max_wait=0.005, sleep=lambda _s: None)
        failed += outcome.push.error is not None
        if more_work and n < 4:
            _work(office, 5)  # the office keeps working between rounds
        elif outcome.push.error is None and outcome.push.pending_after == 0:
            return failed
    raise AssertionError(f"still pending after {rounds} rounds: {sync_status(office.db, office.ctx.device_id)}")


def _assert_exactly_once(office, central: LiveServer) -> None:  # type: ignore[no-untyped-def]
    rows = _outbox(office)
    assert rows and {r.state for r in rows} == {"acked"}
    sent = sorted((r.entity, r.record_id, r.version, r.device_seq) for r in rows)
    state = snapshot(central.db)
    stored = sorted((e, i, v, seq) for (e, i, v, _dev, seq, _h) in state["records"])
    assert stored == sent  # every version once: nothing lost, nothing twice
    assert state["conflicts"] == []
    assert state["marks"] == [(office.ctx.device_id, len(rows))] and state["ranges"] == []  # no gap
    with central.db.read() as s:
        assert s.execute(select(func.count()).select_from(CentralRecord)).scalar_one() == len(rows)
    stats = office_stats(central.db, "JKT01")
    local: dict[str, set[str]] = {}
    for r in rows:
        local.setdefault(r.entity, set()).add(r.record_id)
    assert stats["records"] == {entity: len(ids) for entity, ids in local.items()}
    assert stats["total_versions"] == len(rows)


def test_every_fault_once_then_everything_arrives_exactly_once(office, keyring_memory, central) -> None:  # type: ignore[no-untyped-def]
    _enrolled(office, central)
    _work(office, 20)
    token = sync_setup._load_token(office.ctx)
    with FaultProxy(central.url, hold_seconds=1.2, delay_seconds=0.15) as proxy, \
            CentralClient(proxy.url, token, timeout=0.8) as client:
        # batches of 7, three attempts per batch in a round: batch 1 gets through on its third attempt; batch 2
        # fails three times (the last after the centre committed) and ends round 1; round 2 finishes batch 2,
        # then batch 3 fails three times before reaching the centre and ends round 2; round 3 finishes the job
        proxy.schedule("500", "drop_after_commit", "delay",
                       "truncate", "html_502", "timeout_after_commit",
                       "drop_before", "delay_after_commit",
                       "timeout", "500", "drop_before",
                       "html_502")
        failed = _sync_until_done(office, client, rounds=12, more_work=True)
        assert not proxy.faults  # every scheduled fault was met
        seen = [fault for (_m, path, fault) in proxy.seen if path == "/v1/push"]
    assert failed == 2  # three faults in a row outlast a round's attempts: a later round finished the job
    assert {"drop_after_commit", "truncate", "timeout_after_commit"} <= set(seen)
    _assert_exactly_once(office, central)
    status = sync_status(office.db, office.ctx.device_id)
    assert status["pending"] == 0 and status["problems"] == 0 and status["last_error"] is None


@pytest.mark.parametrize("seed", [7, 2026])
def test_random_faults_no_loss_no_duplicates(office, keyring_memory, central, seed: int) -> None:  # type: ignore[no-untyped-def]
    _enrolled(office, central)
    _work(office, 25)
    rng = random.Random(seed)
    plan = [rng.choice(TRANSIENT) if rng.random() < 0.6 else "pass" for _ in range(40)]
    plan = ["delay" if f in ("timeout", "timeout_after_commit") and i % 2 else f for i, f in enumerate(plan)]
    token = sync_setup._load_token(office.ctx)
    with FaultProxy(central.url, hold_seconds=1.0, delay_seconds=0.05) as proxy, \
            CentralClient(proxy.url, token, timeout=0.7) as client:
        proxy.schedule(*plan)
        _sync_until_done(office, client, rounds=40, more_work=True)
        committed_then_failed = [f for (_m, path, f) in proxy.seen if path == "/v1/push" and f in AFTER_COMMIT]
    assert committed_then_failed  # the answer was lost after the centre had stored the batch at least once
    _assert_exactly_once(office, central)


@pytest.mark.parametrize(("fault", "code"), [("html_200", "bad_response"), ("redirect", "bad_response"),
                                             ("truncate_json", "bad_response"), ("401", "unauthorized"),
                                             ("oversize", "too_large")])
def test_a_bad_answer_stops_the_round_and_the_next_round_recovers(office, keyring_memory, central, fault,  # type: ignore[no-untyped-def]
                                                                   code) -> None:
    _enrolled(office, central)
    _work(office, 6)
    before = _outbox(office)
    token = sync_setup._load_token(office.ctx)
    with FaultProxy(central.url) as proxy, \
            CentralClient(proxy.url, token, timeout=2, max_response_bytes=1024 * 1024) as client:
        proxy.schedule(fault)
        outcome = sync_setup.sync_once(office.ctx, client=client, batch_size=7, sleep=lambda _s: None)
        assert outcome.push.error_code == code and outcome.push.acked == 0
        assert len(proxy.seen) == 1  # not retried: a bad answer is not a transient fault
        assert _outbox(office) == before  # nothing changed here, whatever the centre did
        assert sync_status(office.db, office.ctx.device_id)["last_error_code"] == code
        _sync_until_done(office, client, rounds=2, more_work=False)
    _assert_exactly_once(office, central)
