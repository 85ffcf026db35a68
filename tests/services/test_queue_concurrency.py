"""RELIABILITY.md test 9: several processes calling next on one database never call the same ticket."""

from __future__ import annotations

import multiprocessing as mp
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import auth, queue
from ltsa_desktop.services.office import open_context
from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.models.queue import Ticket, TicketEvent
from tests.conftest import PASSWORD

PROCESSES = 4
CALLS = int(os.environ.get("LTSA_CONCURRENCY_CALLS", "2500"))


def _worker(url: str, device_file: str, username: str, counter_id: str, calls: int, out: mp.Queue) -> None:
    try:
        _work(url, device_file, username, counter_id, calls, out)
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails the test
        out.put(("error", repr(exc)))


def _work(url: str, device_file: str, username: str, counter_id: str, calls: int, out: mp.Queue) -> None:
    ctx = open_context(Database(url), Path(device_file))
    actor = auth.sign_in(ctx, username, PASSWORD)
    queue.open_counter(ctx, actor, counter_id)
    got = 0
    for _ in range(calls):
        while True:
            try:
                ticket = queue.call_next(ctx, actor, counter_id).value
                break
            except Exception as exc:  # noqa: BLE001 - a busy database is retried, anything else fails
                if getattr(exc, "code", "") != "database_busy":
                    out.put(("error", repr(exc)))
                    return
        if ticket is None:
            break
        got += 1
        queue.finish(ctx, actor, ticket.id)
    out.put(("ok", got))


def _prepare(url: str, device_file: Path, tickets: int) -> list[str]:
    db = Database(url)
    ctx = open_context(db, device_file)
    admin = auth.sign_in(ctx, "admin", PASSWORD)
    while len(queue.list_counters(ctx)) < PROCESSES:
        from ltsa_desktop.services.office import add_counter

        add_counter(ctx, admin, f"Loket {len(queue.list_counters(ctx)) + 1}")
    queue.ensure_default_lines(ctx, admin)  # every counter serves every line
    for i in range(PROCESSES):
        auth.create_staff(ctx, admin, username=f"konk{i}", full_name=f"K {i}", role="counter_staff",
                          password=PASSWORD)
    day = queue.today(ctx)
    now = datetime.now(UTC) - timedelta(minutes=5)
    # the tickets themselves are test data: inserted in bulk, not the subject of this test
    with db.engine.begin() as conn:
        conn.execute(Ticket.__table__.insert(), [dict(
            id=new_id(), office_id=ctx.office_id, device_id=ctx.device_id, version=1, created_at=now,
            updated_at=now, service_day=day, prefix="A", line="A", seq=i + 1, number=f"A-{i + 1:03d}", arrival_seq=i + 1,
            priority=(i % 7 == 0), priority_reason="lansia" if i % 7 == 0 else None, channel="kiosk",
            status="waiting", issued_at=now, call_count=0, rejoined=False, transfers=0)
            for i in range(tickets)])
    return [c[0] for c in queue.list_counters(ctx)][:PROCESSES]


def _run(url: str, device_file: Path) -> None:
    tickets = PROCESSES * CALLS
    counters = _prepare(url, device_file, tickets)
    ctx = mp.get_context("spawn")
    out: mp.Queue = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(url, str(device_file), f"konk{i}", counters[i], CALLS, out))
             for i in range(PROCESSES)]
    for p in procs:
        p.start()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(60)
    assert all(kind == "ok" for kind, _ in results), results
    per_counter = [n for _, n in results]
    assert sum(per_counter) == tickets
    assert min(per_counter) > 0, f"a counter starved: {per_counter}"
    db = Database(url)
    with db.read() as s:
        calls = s.execute(select(TicketEvent.ticket_id, func.count()).where(TicketEvent.action == "called")
                          .group_by(TicketEvent.ticket_id)).all()
        done = s.execute(select(func.count()).select_from(Ticket).where(Ticket.status == "done")).scalar_one()
    assert len(calls) == tickets and all(n == 1 for _, n in calls)  # each ticket called exactly once
    assert done == tickets


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_four_processes_on_one_sqlite_file(office) -> None:  # type: ignore[no-untyped-def]
    office.db.dispose()
    _run(f"sqlite:///{office.data_dir.database}", office.data_dir.device_file)


@pytest.mark.postgres
@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_four_processes_on_one_postgresql_database(postgres_office) -> None:  # type: ignore[no-untyped-def]
    _run(postgres_office.url, postgres_office.device_file)
