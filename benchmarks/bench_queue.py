"""``call_next``: service-layer call-next (policy, audit, outbox, committed) on a year of history.

Baseline: a raw ``sqlite3`` transaction on the same database file doing the same work by hand: the same reads
(open counter session, the counter's current ticket, its lines, the calling policy, the oldest waiting priority and
regular ticket, the ticket itself, the audit chain head, the counter, the day close — the service reads the
counter's number together with its open session, one statement fewer), the same writes (ticket,
counter session, ticket event, queue revision, hash-chained audit entry, chain head, three outbox rows with their
JSON payloads, outbox sequence) and the same ``synchronous=FULL`` commit.

Service calls and baseline calls alternate in one loop on the same database, so both see the same data and the
same machine load; each figure's baseline is the same statistic (median, p99) of the baseline's timings.
"""

from __future__ import annotations

import hashlib
import json
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
    from sqlalchemy import insert

    from ltsa_desktop.storage.models.queue import Ticket

    with office.db.engine.begin() as conn:
        for chunk in range(0, len(rows), 20000):
            conn.execute(insert(Ticket), rows[chunk:chunk + 20000])
    return len(rows)


class RawCaller:
    """call-next written by hand against the same tables, in one ``BEGIN IMMEDIATE`` transaction."""

    def __init__(self, path: str, office_id: str, device_id: str, staff_id: str, counter_id: str) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.office_id, self.device_id, self.staff_id, self.counter_id = office_id, device_id, staff_id, counter_id

    def call(self, day: str) -> str | None:
        c = self.conn
        now = datetime.now(UTC).isoformat(sep=" ").replace("+00:00", "")
        c.execute("BEGIN IMMEDIATE")
        session = c.execute("SELECT * FROM counter_session WHERE counter_id=? AND closed_at IS NULL",
                            (self.counter_id,)).fetchone()
        since = (date.fromisoformat(day) - timedelta(days=queue.CURRENT_TICKET_LOOKBACK_DAYS)).isoformat()
        c.execute("SELECT * FROM ticket WHERE office_id=? AND service_day>=? AND counter_id=? AND "
                  "status IN ('called','serving')", (self.office_id, since, self.counter_id)).fetchone()
        lines = [r[0] for r in c.execute("SELECT prefix FROM counter_line WHERE counter_id=? AND active IS 1",
                                         (self.counter_id,))]
        c.execute("SELECT * FROM office_setting WHERE key='queue.calling_policy'").fetchone()
        marks = ",".join("?" * len(lines))
        oldest = [c.execute(f"SELECT id, line, priority, arrival_seq, issued_at FROM ticket WHERE office_id=? AND "
                            f"service_day=? AND status='waiting' AND line IN ({marks}) AND priority IS ? "
                            f"ORDER BY arrival_seq LIMIT 1", (self.office_id, day, *lines, p)).fetchone()
                  for p in (1, 0)]
        chosen = next((o for o in oldest if o is not None), None)
        if chosen is None:
            c.execute("COMMIT")
            return None
        ticket = dict(c.execute("SELECT * FROM ticket WHERE id=? AND status='waiting'", (chosen["id"],)).fetchone())
        head = c.execute("SELECT seq, last_hash FROM chain_head WHERE chain='audit'").fetchone()
        c.execute("UPDATE series_counter SET last_value=last_value+1 WHERE series=? RETURNING last_value",
                  (f"queue_rev:{self.office_id}",)).fetchall()
        details = json.dumps({"counter_id": self.counter_id, "number": ticket["number"]}, sort_keys=True,
                             separators=(",", ":"))
        entry = [head["seq"] + 1, new_id(), now, self.office_id, self.device_id, self.staff_id, "admin", None,
                 None, "ticket_called", "ticket", ticket["id"], details, head["last_hash"]]
        digest = hashlib.sha256((head["last_hash"] + json.dumps(entry, sort_keys=True)).encode()).hexdigest()
        c.execute("INSERT INTO audit_entry (seq, id, at, office_id, device_id, actor_id, actor_name, approver_id, "
                  "approver_name, action, entity, entity_id, details_json, prev_hash, hash) VALUES "
                  "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (*entry, digest))
        c.execute("UPDATE chain_head SET seq=?, last_hash=? WHERE chain='audit'", (head["seq"] + 1, digest))
        c.execute("UPDATE counter_session SET version=version+1, updated_at=? WHERE id=?", (now, session["id"]))
        ticket.update(status="called", called_at=now, counter_id=self.counter_id, staff_id=self.staff_id,
                      call_count=ticket["call_count"] + 1, version=ticket["version"] + 1, updated_at=now)
        c.execute("UPDATE ticket SET status=?, called_at=?, counter_id=?, staff_id=?, call_count=?, version=?, "
                  "updated_at=? WHERE id=?", (ticket["status"], now, self.counter_id, self.staff_id,
                                              ticket["call_count"], ticket["version"], now, ticket["id"]))
        event = {"id": new_id(), "office_id": self.office_id, "device_id": self.device_id, "version": 1,
                 "created_at": now, "updated_at": now, "ticket_id": ticket["id"], "service_day": day,
                 "action": "called", "at": now, "counter_id": self.counter_id, "staff_id": self.staff_id}
        c.execute(f"INSERT INTO ticket_event ({','.join(event)}) VALUES ({','.join('?' * len(event))})",
                  tuple(event.values()))
        c.execute("SELECT * FROM counter WHERE id=?", (self.counter_id,)).fetchone()
        c.execute("SELECT service_day, reopened_at FROM day_close WHERE office_id=? AND service_day IN (?)",
                  (self.office_id, day)).fetchall()
        last = c.execute("UPDATE series_counter SET last_value=last_value+3 WHERE series=? RETURNING last_value",
                         (f"outbox:{self.device_id}",)).fetchone()[0]
        session_row = dict(session)
        for k, (entity, record) in enumerate((("ticket", ticket), ("counter_session", session_row),
                                              ("ticket_event", event))):
            c.execute("INSERT INTO outbox (device_id, device_seq, office_id, entity, record_id, version, "
                      "payload_json, created_at, state, attempts) VALUES (?,?,?,?,?,?,?,?,'pending',0) RETURNING seq",
                      (self.device_id, last - 2 + k, self.office_id, entity, record["id"], record["version"],
                       json.dumps(record, sort_keys=True, default=str, separators=(",", ":")), now)).fetchall()
        c.execute("COMMIT")
        return str(ticket["id"])

    def finish(self, ticket_id: str) -> None:
        """Untimed: take the baseline's ticket off the counter so the next service call is not refused."""
        self.conn.execute("UPDATE ticket SET status='done', counter_id=NULL WHERE id=?", (ticket_id,))


def _p99(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.99) - 1)]


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
    rng = random.Random(2)
    # a busy morning: about 50 people waiting at any moment, one new arrival per call on either side
    for _ in range(50):
        queue.issue_ticket(ctx, queue.KIOSK_ACTOR, rng.choice("ABC"))
    raw = RawCaller(str(office.data.database), ctx.office_id, ctx.device_id, staff.staff_id, counter_id)
    day = queue.today(ctx).isoformat()
    service_times, raw_times = [], []
    for _ in range(calls):
        for _ in range(2):
            queue.issue_ticket(ctx, queue.KIOSK_ACTOR, rng.choice("ABC"))
        t0 = time.perf_counter()
        ticket = queue.call_next(ctx, staff, counter_id).value
        service_times.append((time.perf_counter() - t0) * 1000)
        queue.finish(ctx, staff, ticket.id)
        t0 = time.perf_counter()
        called = raw.call(day)
        raw_times.append((time.perf_counter() - t0) * 1000)
        assert called is not None
        raw.finish(called)
    raw.conn.close()
    office.db.dispose()
    med, base = statistics.median(service_times), statistics.median(raw_times)
    p99, base_p99 = _p99(service_times), _p99(raw_times)
    return [
        {"name": "call_next", "value": med, "unit": "ms", "baseline": base, "ratio": med / base,
         "history_tickets": history, "calls": calls, "target": "ratio <= 3"},
        {"name": "call_next_p99", "value": p99, "unit": "ms", "baseline": base_p99, "ratio": p99 / base_p99,
         "history_tickets": history, "calls": calls, "target": "value < 20"},
    ]
