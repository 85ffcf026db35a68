"""Counter work on a large office database (200,000 applicants): ``case_open``, ``payment_commit``,
``day_view_load`` and ``day_report_pdf`` (a day of 2,000 tickets). ``applicant_search`` is in bench_search.py."""

from __future__ import annotations

import os
import random
import sqlite3
from datetime import UTC, date, datetime, timedelta

from benchmarks._office import make_office, median_ms
from ltsa_desktop.domain.ids import new_id


def _bulk_applicants(office, n: int) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services.applicants import fold
    from ltsa_desktop.storage.models.applicants import Applicant

    rng = random.Random(1)
    first = ["Siti", "Dewi", "Ani", "Rina", "Budi", "Agus", "Nur", "Eko", "Ṣîtî", "Nguyễn"]
    last = ["Rahayu", "Suryani", "Hidayat", "Saputra", "Kusuma", "Pratama", "Nurhaliza", "Santoso"]
    now = datetime.now(UTC)
    rows = []
    for i in range(n):
        name = f"{rng.choice(first)} {rng.choice(last)} {rng.choice(last)}"
        rows.append(dict(id=new_id(), office_id=office.ctx.office_id, device_id=office.ctx.device_id, version=1,
                         created_at=now, updated_at=now, nik=f"3212{i // 9999 % 100:02d}010190{i % 9999 + 1:04d}", full_name=name,
                         search_name=fold(name), birth_date=date(1990, 1, 1), sex="F"))
    with office.db.engine.begin() as conn:
        for k in range(0, n, 20000):
            conn.execute(Applicant.__table__.insert(), rows[k:k + 20000])


def run() -> list[dict]:
    quick = bool(os.environ.get("LTSA_BENCH_QUICK"))
    office = make_office()
    ctx = office.ctx
    n = 50_000 if quick else 200_000
    _bulk_applicants(office, n)
    from ltsa_desktop.services import (
        applicants,
        auth,
        cases,
        device_keys,
        payments,
        queue,
        reports,
        supervision,
    )
    from ltsa_desktop.services.demo import DEMO_PASSWORD

    raw = sqlite3.connect(office.data.database)  # applicant_search itself is measured in bench_search.py
    staff = auth.sign_in(ctx, "admin", DEMO_PASSWORD)
    person = applicants.search_applicants(ctx, "siti")[0]
    case_ms = median_ms(lambda: cases.open_cases(ctx, staff, person.id, ["NAK-01"]), 40)
    def empty_write() -> None:
        with office.db.write() as session:
            session.execute(__import__("sqlalchemy").text("UPDATE office SET address = address"))

    empty_tx = median_ms(empty_write, 40)

    import keyring

    class _Mem(keyring.backend.KeyringBackend):  # the benchmark never touches the real OS keyring
        priority = 1  # type: ignore[assignment]
        data: dict = {}

        def get_password(self, s, u):  # type: ignore[no-untyped-def]
            return self.data.get((s, u))

        def set_password(self, s, u, p):  # type: ignore[no-untyped-def]
            self.data[(s, u)] = p

        def delete_password(self, s, u):  # type: ignore[no-untyped-def]
            self.data.pop((s, u), None)

    keyring.set_keyring(_Mem())
    device_keys.register_new_key(ctx)
    queue.ensure_default_lines(ctx, office.admin)
    payments.open_cash_session(ctx, staff, queue.list_counters(ctx)[0][0], 0)
    pay_ms = median_ms(lambda: payments.take_payment(ctx, staff, payments.PaymentRequest(
        new_id(), ("POL-01", "JST-01"), "cash", 100_000)), 60)
    # a day of 2,000 tickets for the supervisor's view and report
    day = date(2026, 11, 20)
    base = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)
    from ltsa_desktop.storage.models.queue import Ticket

    rng = random.Random(5)
    rows = []
    for i in range(2000):
        issued = base + timedelta(seconds=i * 14)
        called = issued + timedelta(minutes=rng.randint(0, 90))
        rows.append(dict(id=new_id(), office_id=ctx.office_id, device_id=ctx.device_id, version=4, created_at=issued,
                         updated_at=issued, service_day=day, prefix="A", line="A", seq=i + 1, number=f"A-{i + 1:03d}",
                         arrival_seq=i + 1, priority=i % 9 == 0, channel="kiosk", status="done", issued_at=issued,
                         called_at=called, serving_started_at=called,
                         finished_at=called + timedelta(minutes=rng.randint(2, 15)), call_count=1, rejoined=False,
                         transfers=0))
    with office.db.engine.begin() as conn:
        conn.execute(Ticket.__table__.insert(), rows)
    view_ms = median_ms(lambda: supervision.day_view(ctx, day), 10)
    count_ms = median_ms(lambda: raw.execute("SELECT count(*) FROM ticket WHERE service_day=?",
                                              (day.isoformat(),)).fetchall(), 10)
    report_ms = median_ms(lambda: reports.day_report_pdf(ctx, day), 5)
    return [
        {"name": "case_open", "value": case_ms, "unit": "ms", "baseline": empty_tx, "ratio": case_ms / empty_tx,
         "target": "value <= 20"},
        {"name": "payment_commit", "value": pay_ms, "unit": "ms", "baseline": empty_tx, "ratio": pay_ms / empty_tx,
         "target": "value <= 10"},
        {"name": "day_view_load", "value": view_ms, "unit": "ms", "baseline": count_ms, "ratio": view_ms / count_ms,
         "target": "value <= 500"},
        {"name": "day_report_pdf", "value": report_ms / 1000, "unit": "s", "baseline": view_ms / 1000,
         "ratio": report_ms / view_ms, "target": "value <= 1.5"},
    ]
