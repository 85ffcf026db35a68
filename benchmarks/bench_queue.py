"""``call_next``: service-layer call-next (policy, audit, outbox, committed) on a year of history.

Baseline: a raw ``sqlite3`` transaction on a copy of the same database doing the same kind of writes (select
the candidates, update the ticket, insert the event, the audit entry and three outbox rows, bump two series).
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import time
from datetime import UTC, date, datetime, timedelta

from benchmarks._office import make_office
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import auth, queue
from ltsa_desktop.services.demo import DEMO_PASSWORD


def _history(office, days: int, per_day: int) -> int:  # type: ignore[no-untyped-def]
    ctx = office.ctx
    rng = random.Random(1)
    start = date.today() - timedelta(days=days)
    rows = []
    for d in range(days):
        day = start + timedelta(days=d)
        base = datetime(day.year, day.month, day.day, 1, tzinfo=UTC)
        for i in range(per_day):
            prefix = rng.choice("ABCDEF")
            issued = base + timedelta(seconds=i * 60)
            rows.append(dict(id=new_id(), office_id=ctx.office_id, device_id=ctx.device_id, version=4,
                             created_at=issued, updated_at=issued, service_day=day, prefix=prefix, line=prefix,
                             seq=i + 1, number=f"{prefix}-{i + 1:03d}", arrival_seq=i + 1, priority=False,
                             channel="kiosk", status="done", issued_at=issued, called_at=issued,
                             serving_started_at=issued, finished_at=issued + timedelta(minutes=6), call_count=1,
                             rejoined=False, transfers=0))
    from ltsa_desktop.storage.models.queue import Ticket

    with office.db.engine.begin() as conn:
        for chunk in range(0, len(rows), 20000):
            conn.execute(Ticket.__table__.insert(), rows[chunk:chunk + 20000])
    return len(rows)


def _raw_call(path: str, ticket_ids: list[str], counter_id: str) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    times = []
    today = date.today().isoformat()
    for ticket_id in ticket_ids:
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("SELECT id, line, priority, arrival_seq, issued_at FROM ticket WHERE office_id=? AND "
                     "service_day=? AND status='waiting' AND line IN ('A','B','C')", ("x", today)).fetchall()
        conn.execute("UPDATE ticket SET status='called', version=version+1 WHERE id=?", (ticket_id,))
        conn.execute("UPDATE series_counter SET last_value=last_value+1 WHERE series='bench'")
        conn.execute("INSERT INTO ticket_event(id, office_id, device_id, version, created_at, updated_at, "
                     "ticket_id, service_day, action, at, counter_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     (new_id(), "x", "d", 1, "t", "t", ticket_id, today, "called", "t", counter_id))
        conn.execute("INSERT INTO audit_entry(seq, id, at, actor_name, action, details_json, prev_hash, hash) "
                     "VALUES ((SELECT coalesce(max(seq),0)+1 FROM audit_entry),?,?,?,?,?,?,?)",
                     (new_id(), "t", "bench", "call_next", "{}", "0" * 64, "0" * 64))
        for _ in range(3):
            conn.execute("INSERT INTO outbox(device_id, device_seq, office_id, entity, record_id, version, "
                         "payload_json, created_at, state, attempts) VALUES ((SELECT id FROM device LIMIT 1), "
                         "(SELECT coalesce(max(device_seq),0)+1 FROM outbox), 'x', 'ticket', ?, 1, '{}', 't', "
                         "'pending', 0)", (ticket_id,))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - t0)
    conn.close()
    return times


def run() -> list[dict]:
    quick = bool(os.environ.get("LTSA_BENCH_QUICK"))
    office = make_office()
    days, per_day = (60, 500) if quick else (365, 500)
    history = _history(office, days, per_day)
    ctx = office.ctx
    queue.ensure_default_lines(ctx, office.admin)
    staff = auth.sign_in(ctx, "admin", DEMO_PASSWORD)
    counter_id = queue.list_counters(ctx)[0][0]
    queue.open_counter(ctx, staff, counter_id)
    calls = 200 if quick else 500
    # a busy morning: about 50 people waiting at any moment, one new arrival per call
    issued = [queue.issue_ticket(ctx, queue.KIOSK_ACTOR, random.choice("ABC")).value.ticket.id for _ in range(50)]
    service_times = []
    for _ in range(calls):
        issued.append(queue.issue_ticket(ctx, queue.KIOSK_ACTOR, random.choice("ABC")).value.ticket.id)
        t0 = time.perf_counter()
        ticket = queue.call_next(ctx, staff, counter_id).value
        service_times.append(time.perf_counter() - t0)
        queue.finish(ctx, staff, ticket.id)
    office.db.dispose()
    with sqlite3.connect(office.data.database) as conn:
        conn.execute("INSERT OR IGNORE INTO series_counter(series, last_value) VALUES ('bench', 0)")
    raw_times = _raw_call(str(office.data.database), issued[-calls:], counter_id)
    med, base = statistics.median(service_times) * 1000, statistics.median(raw_times) * 1000
    p99 = sorted(service_times)[int(len(service_times) * 0.99) - 1] * 1000
    return [
        {"name": "call_next", "value": med, "unit": "ms", "baseline": base, "ratio": med / base,
         "history_tickets": history, "target": "ratio <= 3"},
        {"name": "call_next_p99", "value": p99, "unit": "ms", "baseline": base, "ratio": p99 / base,
         "target": "value < 20"},
    ]
