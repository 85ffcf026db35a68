"""Supervisor reports on a month of 2,000 tickets a day (60,000 tickets, 400 receipts on the measured day):
``day_ledger_load`` (fees, approvals, cash, sync of one day), ``month_summary`` and ``month_summary_pdf``, and
``ticket_write_with_day_lock`` and ``day_lock_check`` (a ticket issued while 30 closed days are on record: the close-of-day check runs on
every write that touches a day's tickets or money)."""

from __future__ import annotations

import json
import os
import random
import sqlite3
from datetime import UTC, date, datetime, timedelta

from benchmarks._office import make_office, median_ms
from ltsa_desktop.domain.ids import new_id


def run() -> list[dict]:
    from sqlalchemy import text

    from ltsa_desktop.services import day_ledger, queue, reports, summaries, supervision
    from ltsa_desktop.storage.models.payments import Receipt
    from ltsa_desktop.storage.models.queue import Ticket
    from ltsa_desktop.storage.models.sync import DayClose

    quick = bool(os.environ.get("LTSA_BENCH_QUICK"))
    per_day = 500 if quick else 2000
    office = make_office()
    ctx = office.ctx
    queue.ensure_default_lines(ctx, office.admin)
    rng = random.Random(7)
    start = date(2026, 10, 1)
    tickets, closes = [], []
    for d in range(30):
        day = start + timedelta(days=d)
        base = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)
        for i in range(per_day):
            issued = base + timedelta(seconds=i * 14)
            called = issued + timedelta(minutes=rng.randint(0, 90))
            tickets.append(dict(
                id=new_id(), office_id=ctx.office_id, device_id=ctx.device_id, version=4, created_at=issued,
                updated_at=issued, service_day=day, prefix="A", line="A", seq=i + 1, number=f"A-{i + 1:03d}",
                arrival_seq=i + 1, priority=i % 9 == 0, channel="kiosk", status="done", issued_at=issued,
                called_at=called, serving_started_at=called, finished_at=called + timedelta(minutes=rng.randint(2, 15)),
                call_count=1, rejoined=False, transfers=0))
        closes.append(dict(id=new_id(), office_id=ctx.office_id, device_id=ctx.device_id, version=1,
                           created_at=base, updated_at=base, service_day=day, closed_by=office.admin.staff_id,
                           closed_at=base + timedelta(hours=10), note="", tickets_closed=0))
    day = start + timedelta(days=14)
    base = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)
    lines = json.dumps([{"service": "POL-01", "line": "POL-01/pnbp", "label_id": "PNBP SKCK", "payer": "applicant",
                         "amount": 30000, "charged": 30000, "waived": None},
                        {"service": "JST-01", "line": "JST-01/iuran", "label_id": "Iuran BPJS", "payer": "employer",
                         "amount": 37500, "charged": 0, "waived": None}])
    receipts = [dict(id=new_id(), office_id=ctx.office_id, device_id=ctx.device_id, version=1, created_at=base,
                     updated_at=base, number=f"B-{i:06d}", series="bench", seq=i + 1, kind="receipt",
                     request_id=new_id(), issued_at=base + timedelta(seconds=60 * i), applicant_name="",
                     nik_masked="", ticket_number="", case_ids="[]", schedule_version="v1", lines_json=lines,
                     total_applicant=30000, totals_json='{"applicant": 30000, "employer": 37500}', method="cash",
                     reference="", tendered=30000, change=0, cashier_id=office.admin.staff_id, cashier_name="Admin",
                     prev_hash="0" * 64, hash="0" * 64, token="", reprints=0) for i in range(400)]
    with office.db.engine.begin() as conn:
        conn.execute(Ticket.__table__.insert(), tickets)
        conn.execute(DayClose.__table__.insert(), closes)
        conn.execute(Receipt.__table__.insert(), receipts)
    raw = sqlite3.connect(office.data.database)
    count_ms = median_ms(lambda: raw.execute("SELECT count(*), sum(total_applicant) FROM receipt").fetchall(), 10)
    ledger_ms = median_ms(lambda: day_ledger.day_ledger(ctx, day), 10)
    view_ms = median_ms(lambda: supervision.day_view(ctx, day), 5)
    month = summaries.month_of(start)
    summary_ms = median_ms(lambda: summaries.period_summary(ctx, *month, "month"), 5)
    pdf_ms = median_ms(lambda: reports.period_report_pdf(ctx, "month", start), 3)

    def empty_write() -> None:
        with office.db.write() as session:
            session.execute(text("UPDATE office SET address = address"))

    empty_ms = median_ms(empty_write, 30)
    issue_ms = median_ms(lambda: queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "B"), 30)

    def lock_check() -> None:  # the query UnitOfWork adds to such a write
        with office.db.read() as session:
            supervision.is_day_closed(session, ctx.office_id, day)

    lock_ms = median_ms(lock_check, 50)
    raw.close()
    return [
        {"name": "day_ledger_load", "value": ledger_ms, "unit": "ms", "baseline": count_ms,
         "ratio": ledger_ms / count_ms, "target": "value <= 200"},
        {"name": "month_summary", "value": summary_ms, "unit": "ms", "baseline": view_ms,
         "ratio": summary_ms / view_ms, "target": "value <= 3000"},
        {"name": "month_summary_pdf", "value": pdf_ms / 1000, "unit": "s", "baseline": summary_ms / 1000,
         "ratio": pdf_ms / summary_ms, "target": "value <= 4"},
        {"name": "ticket_write_with_day_lock", "value": issue_ms, "unit": "ms", "baseline": empty_ms,
         "ratio": issue_ms / empty_ms, "target": "value <= 20"},
        {"name": "day_lock_check", "value": lock_ms, "unit": "ms", "baseline": issue_ms, "ratio": lock_ms / issue_ms,
         "target": "ratio <= 0.1"},
    ]
