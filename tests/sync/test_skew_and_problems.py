"""Clock skew against the central server is measured, kept and warned about; records the centre refused are
listed for a supervisor with the reason and can be sent again after correction."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from ltsa_desktop.domain.errors import InvalidState, NotFound, PermissionDenied
from ltsa_desktop.services import queue, sync_setup
from ltsa_desktop.storage.models.core import AuditEntry, Outbox
from ltsa_desktop.storage.models.queue import Ticket
from ltsa_desktop.sync.agent import CLOCK_SKEW_WARN_SECONDS, clock_skew_warning, run_round, sync_status
from ltsa_desktop.sync.client import CentralClient
from ltsa_desktop.sync.protocol import PushResult
from tests.sync.test_agent import FakeServer


class SkewedServer:
    """A scripted central whose clock is ``skew`` ahead of this PC's; accepts everything."""

    def __init__(self, skew: timedelta) -> None:
        self.skew = skew
        self.pushed = 0

    def now(self) -> str:
        return (datetime.now(UTC) + self.skew).isoformat()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/v1/enroll":
            body = json.loads(request.content)
            return httpx.Response(200, json={"device_id": body["device_id"], "office_id": body["office_id"],
                                             "office_code": "JKT01", "device_code": "K01", "token": "t" * 40})
        if path == "/v1/health":
            return httpx.Response(200, json={"status": "ok", "protocol": 1, "server_time": self.now()})
        if path == "/v1/pull":
            return httpx.Response(200, json={"version": 0, "bundle_b64": None})
        if path == "/v1/push":
            import gzip

            batch = json.loads(gzip.decompress(request.content))
            self.pushed += len(batch["records"])
            results = [{"device_seq": r["device_seq"], "entity": r["entity"], "id": r["id"],
                        "version": r["version"], "status": "accepted"} for r in batch["records"]]
            return httpx.Response(200, json={"batch_id": batch["batch_id"], "results": results,
                                             "contiguous_high_water": 0, "gaps": [], "server_time": self.now()})
        return httpx.Response(404, json={"error": "not_found", "message": "no", "details": {}})


def _enrolled_with(office, server: SkewedServer) -> CentralClient:  # type: ignore[no-untyped-def]
    client = CentralClient("http://central.test", "t" * 40, transport=httpx.MockTransport(server))
    sync_setup.enroll(office.ctx, office.admin, "http://central.test", "ABCD-EFGH-JKMN", client=client)
    return client


# -- clock skew ------------------------------------------------------------------------------------------------
def test_threshold() -> None:
    assert CLOCK_SKEW_WARN_SECONDS == 300
    assert not clock_skew_warning(None) and not clock_skew_warning(299) and not clock_skew_warning(-300)
    assert clock_skew_warning(301) and clock_skew_warning(-3600)


@pytest.mark.parametrize(("skew", "warned"), [(timedelta(minutes=7), True), (timedelta(minutes=-20), True),
                                               (timedelta(seconds=40), False)])
def test_push_answer_skew_is_recorded_and_warned(office, keyring_memory, skew, warned) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    server = SkewedServer(skew)
    client = _enrolled_with(office, server)
    outcome = sync_setup.sync_once(office.ctx, client=client)
    assert server.pushed > 0 and outcome.push.error is None
    status = sync_status(office.db, office.ctx.device_id)
    assert status["clock_skew_seconds"] == pytest.approx(skew.total_seconds(), abs=5)
    assert status["clock_skew_warning"] is warned


def test_skew_is_measured_even_when_nothing_is_pending(office, keyring_memory) -> None:  # type: ignore[no-untyped-def]
    server = SkewedServer(timedelta(minutes=-9))
    client = _enrolled_with(office, server)
    sync_setup.sync_once(office.ctx, client=client)  # pushes the setup records
    server.skew = timedelta(minutes=12)
    outcome = sync_setup.sync_once(office.ctx, client=client)
    assert outcome.push.sent == 0
    status = sync_status(office.db, office.ctx.device_id)
    assert status["clock_skew_seconds"] == pytest.approx(720, abs=5) and status["clock_skew_warning"]


def test_a_failed_round_keeps_the_last_measured_skew(office) -> None:  # type: ignore[no-untyped-def]
    class Skewed(FakeServer):
        def push(self, batch: dict[str, Any]) -> Any:
            results = [{**r, "entity": rec["entity"], "id": rec["id"], "version": rec["version"]}
                       for r, rec in zip(super().push(batch), batch["records"], strict=True)]
            answer = PushResult(batch_id=batch["batch_id"], results=results, contiguous_high_water=0, gaps=[],
                                server_time=datetime.now(UTC))
            return answer.with_clock_skew(-400.0)

    class Broken:
        def push(self, batch: dict[str, Any]) -> Any:
            raise ConnectionError("down")

    run_round(office.db, office.ctx.device_id, Skewed())
    queue.ensure_default_lines(office.ctx, office.admin)
    assert run_round(office.db, office.ctx.device_id, Broken()).error
    status = sync_status(office.db, office.ctx.device_id)
    assert status["clock_skew_seconds"] == -400.0 and status["clock_skew_warning"] and status["last_error"]


# -- refused records ---------------------------------------------------------------------------------------------
def _ticket_rows(office, ticket_id: str) -> list[Outbox]:  # type: ignore[no-untyped-def]
    with office.db.read() as s:
        return list(s.execute(select(Outbox).where(Outbox.record_id == ticket_id).order_by(Outbox.device_seq))
                    .scalars())


def test_rejected_record_is_listed_and_resent_after_correction(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    ticket = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket
    server = FakeServer(poison={ticket.id})
    assert run_round(office.db, office.ctx.device_id, server).rejected == 1

    (problem,) = sync_setup.list_sync_problems(office.ctx, office.supervisor)
    assert (problem.entity, problem.record_id, problem.version, problem.state, problem.reason) == \
        ("ticket", ticket.id, 1, "rejected", "invalid payload")
    assert problem.current_version == 1 and problem.answered_at is not None
    with pytest.raises(PermissionDenied):
        sync_setup.list_sync_problems(office.ctx, office.staff)
    with pytest.raises(PermissionDenied):
        sync_setup.retry_sync_problem(office.ctx, office.staff, problem.outbox_seq)
    assert _ticket_rows(office, ticket.id)[0].state == "rejected"  # the refusal changed nothing

    # the cause is corrected here (a repaired column, same version), then the supervisor sends it again
    with office.db.write() as s:
        s.get(Ticket, ticket.id).line_code = "A"  # type: ignore[union-attr]
        s.get(Ticket, ticket.id).number = "A-901"  # type: ignore[union-attr]
    server.poison.clear()
    assert sync_setup.retry_sync_problem(office.ctx, office.supervisor, problem.outbox_seq).value == "pending"
    (row,) = _ticket_rows(office, ticket.id)
    assert row.state == "pending" and row.device_seq == problem.device_seq  # same place in the sequence
    assert json.loads(row.payload_json)["number"] == "A-901"
    assert sync_setup.list_sync_problems(office.ctx, office.supervisor) == []
    with office.db.read() as s:
        audit = s.execute(select(AuditEntry).where(AuditEntry.action == "retry_sync_record")).scalar_one()
    details = json.loads(audit.details_json)
    assert details["previous_reason"] == "invalid payload" and details["payload_refreshed"] is True

    summary = run_round(office.db, office.ctx.device_id, server)
    assert summary.acked == 1 and summary.pending_after == 0
    assert server.records[("ticket", ticket.id, 1)]["number"] == "A-901"
    assert sync_status(office.db, office.ctx.device_id)["problems"] == 0


def test_conflict_is_resolved_by_sending_a_new_version(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    ticket = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket
    server = FakeServer()
    server.records[("ticket", ticket.id, 1)] = {"other": "content"}  # the centre holds other content for v1
    assert run_round(office.db, office.ctx.device_id, server).conflicts == 1
    (problem,) = sync_setup.list_sync_problems(office.ctx, office.supervisor)
    assert problem.state == "conflict"

    assert sync_setup.retry_sync_problem(office.ctx, office.supervisor, problem.outbox_seq).value == "resolved"
    rows = _ticket_rows(office, ticket.id)
    assert [(r.version, r.state) for r in rows] == [(1, "resolved"), (2, "pending")]
    assert rows[0].reason  # the centre's reason is kept with the row
    with pytest.raises(InvalidState):  # only a refused record can be retried
        sync_setup.retry_sync_problem(office.ctx, office.supervisor, problem.outbox_seq)
    with pytest.raises(NotFound):
        sync_setup.retry_sync_problem(office.ctx, office.supervisor, 10**9)

    run_round(office.db, office.ctx.device_id, server)
    assert server.records[("ticket", ticket.id, 2)]["version"] == 2
    assert sync_status(office.db, office.ctx.device_id)["problems"] == 0
    assert sync_setup.list_sync_problems(office.ctx, office.supervisor) == []


def test_conflict_with_a_newer_version_already_queued_adds_nothing(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    ticket = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket
    server = FakeServer()
    server.records[("ticket", ticket.id, 1)] = {"other": "content"}
    run_round(office.db, office.ctx.device_id, server)
    queue.cancel(office.ctx, office.staff, ticket.id, "left")  # version 2, queued normally
    (problem,) = sync_setup.list_sync_problems(office.ctx, office.supervisor)
    assert problem.current_version == 2
    sync_setup.retry_sync_problem(office.ctx, office.supervisor, problem.outbox_seq)
    assert [(r.version, r.state) for r in _ticket_rows(office, ticket.id)] == [(1, "resolved"), (2, "pending")]
