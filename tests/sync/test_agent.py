"""The sync agent against an in-process fake server: order, idempotence, poison records, crashes."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from ltsa_desktop.services import queue
from ltsa_desktop.storage.models.core import Outbox
from ltsa_desktop.sync.agent import pending_count, run_round, sync_status


class FakeServer:
    """Applies records idempotently by (entity, id, version); rejects ids in ``poison``."""

    def __init__(self, poison: set[str] | None = None, fail_after_apply: int = 0) -> None:
        self.records: dict[tuple[str, str, int], dict[str, Any]] = {}
        self.poison = poison or set()
        self.fail_after_apply = fail_after_apply
        self.batches: list[str] = []

    def push(self, batch: dict[str, Any]) -> list[dict[str, Any]]:
        self.batches.append(batch["batch_id"])
        out = []
        for r in batch["records"]:
            key = (r["entity"], r["id"], r["version"])
            if r["id"] in self.poison:
                out.append({"device_seq": r["device_seq"], "status": "rejected", "reason": "invalid payload"})
            elif key in self.records:
                same = self.records[key] == r["payload"]
                out.append({"device_seq": r["device_seq"], "status": "duplicate" if same else "conflict",
                            "reason": None if same else "same id and version, different content"})
            else:
                self.records[key] = r["payload"]
                out.append({"device_seq": r["device_seq"], "status": "accepted", "reason": None})
        if self.fail_after_apply:
            self.fail_after_apply -= 1
            raise ConnectionError("connection dropped after the server committed")
        return out


def _states(office) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with office.db.read() as s:
        rows = s.execute(select(Outbox.state)).scalars().all()
    return {state: rows.count(state) for state in set(rows)}


def test_everything_reaches_the_server_once_in_order(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    for _ in range(30):
        queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")
    total = pending_count(office.db)
    server = FakeServer()
    summary = run_round(office.db, office.ctx.device_id, server, batch_size=25)
    assert summary.error is None and summary.acked == total and summary.pending_after == 0
    assert len(server.records) == total
    assert sync_status(office.db, office.ctx.device_id)["pending"] == 0
    assert run_round(office.db, office.ctx.device_id, server).sent == 0


def test_drop_after_commit_resends_same_batch_without_duplicates(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    server = FakeServer(fail_after_apply=1)
    first = run_round(office.db, office.ctx.device_id, server, batch_size=10)
    assert first.error and first.acked == 0
    applied = len(server.records)
    second = run_round(office.db, office.ctx.device_id, server, batch_size=10)
    assert second.error is None
    assert server.batches[0] == server.batches[1]  # the same batch id was resent
    assert second.pending_after == 0 and applied > 0
    # server count = unique records; every outbox row acknowledged exactly once
    assert _states(office) == {"acked": len(server.records)}


def test_poison_record_is_kept_and_the_rest_flows(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    t = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket
    server = FakeServer(poison={t.id})
    summary = run_round(office.db, office.ctx.device_id, server)
    assert summary.rejected == 1 and summary.pending_after == 0
    with office.db.read() as s:
        rejected = s.execute(select(Outbox).where(Outbox.state == "rejected")).scalars().all()
    assert [r.record_id for r in rejected] == [t.id] and rejected[0].reason == "invalid payload"
    assert sync_status(office.db, office.ctx.device_id)["problems"] == 1


def test_edit_while_in_flight_syncs_the_new_version(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    t = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket

    class EditingServer(FakeServer):
        def push(self, batch):  # type: ignore[no-untyped-def]
            if len(self.batches) == 0:
                queue.cancel(office.ctx, office.staff, t.id, "left")  # a new version while v1 is in flight
            return super().push(batch)

    server = EditingServer()
    run_round(office.db, office.ctx.device_id, server, max_batches=1)
    assert pending_count(office.db) > 0  # the edit is still pending after v1 was acknowledged
    run_round(office.db, office.ctx.device_id, server)
    versions = sorted(v for (e, i, v) in server.records if i == t.id and e == "ticket")
    assert versions == [1, 2]


@pytest.mark.parametrize("exc", [TimeoutError("timed out"), ValueError("<html>502</html>")])
def test_transport_failure_changes_nothing(office, exc) -> None:  # type: ignore[no-untyped-def]
    before = pending_count(office.db)

    class Broken:
        def push(self, batch):  # type: ignore[no-untyped-def]
            raise exc

    summary = run_round(office.db, office.ctx.device_id, Broken())
    assert summary.error and summary.acked == 0 and pending_count(office.db) == before
    assert sync_status(office.db, office.ctx.device_id)["last_error"]
