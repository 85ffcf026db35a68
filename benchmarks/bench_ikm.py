"""``ikm_month``: the satisfaction index of a busy month (``survey.ikm_summary`` over every response, with the
comments) and ``ikm_month_report``: the same month's report tables (per element, per service, per counter).

Baseline: a raw ``sqlite3`` read of the same month's scores and comments on the same database file, averaged by
hand in plain Python (no exact fractions, no grade, no grouping): what remains in the ratio is the service
layer's own cost. Service and baseline calls alternate in one loop, so both see the same machine load.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from benchmarks._office import make_office
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import queue, survey
from ltsa_desktop.storage.models.survey import SCORE_COLUMNS, SurveyResponse

DAYS = 22  # working days of a month
PER_DAY = 250  # ratings per day at a busy office


def _month(office, start: date) -> int:  # type: ignore[no-untyped-def]
    ctx = office.ctx
    rng = random.Random(3)
    counters = [c[0] for c in queue.list_counters(ctx)]
    rows = []
    for d in range(DAYS):
        day = start + timedelta(days=d)
        at = datetime(day.year, day.month, day.day, 2, tzinfo=UTC)
        for i in range(PER_DAY):
            row = dict(id=new_id(), office_id=ctx.office_id, device_id=ctx.device_id, version=1, created_at=at,
                       updated_at=at, ticket_id=new_id(), service_day=day, line=rng.choice("ABCDEFGHI"),
                       counter_id=rng.choice(counters), answered_at=at + timedelta(seconds=i * 90),
                       comment="Antrean agak lama di pagi hari." if rng.random() < 0.1 else None)
            row.update({c: rng.choices((1, 2, 3, 4), weights=(1, 4, 30, 20))[0] for c in SCORE_COLUMNS})
            rows.append(row)
    with office.db.write() as session:
        session.execute(insert(SurveyResponse), rows)
    return len(rows)


def run() -> list[dict]:
    office = make_office()
    queue.ensure_default_lines(office.ctx, office.admin)
    start = date(2026, 10, 1)
    end = start + timedelta(days=DAYS - 1)
    count = _month(office, start)
    conn = sqlite3.connect(office.data.database)
    cols = ", ".join(SCORE_COLUMNS)

    def baseline() -> tuple[float, list[str]]:
        rows = conn.execute(f"SELECT {cols}, comment FROM survey_response WHERE office_id = ? AND service_day "
                            "BETWEEN ? AND ? ORDER BY answered_at, id",
                            (office.ctx.office_id, start.isoformat(), end.isoformat())).fetchall()
        sums = [0] * len(SCORE_COLUMNS)
        for r in rows:
            for i in range(len(SCORE_COLUMNS)):
                sums[i] += r[i]
        index = sum(s / len(rows) for s in sums) / len(SCORE_COLUMNS) * 25
        return index, [r[-1] for r in rows if r[-1]]

    repeat = 5 if os.environ.get("LTSA_BENCH_QUICK") else 15
    summary_ms, report_ms, base_ms = [], [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        s = survey.ikm_summary(office.ctx, start, end)
        t1 = time.perf_counter()
        survey.report_sections(survey.ikm_report(office.ctx, start, end))
        t2 = time.perf_counter()
        index, _comments = baseline()
        t3 = time.perf_counter()
        summary_ms.append((t1 - t0) * 1000)
        report_ms.append((t2 - t1) * 1000)
        base_ms.append((t3 - t2) * 1000)
    assert s.count == count and s.index is not None and abs(float(s.index) - index) < 0.01
    conn.close()
    base = statistics.median(base_ms)
    value, report = statistics.median(summary_ms), statistics.median(report_ms)
    note = f"{count} responses over {DAYS} days; baseline: raw sqlite3 read of the same scores, averaged by hand"
    return [
        {"name": "ikm_month", "value": value, "unit": "ms", "baseline": base, "ratio": value / base, "note": note},
        {"name": "ikm_month_report", "value": report, "unit": "ms", "baseline": base, "ratio": report / base,
         "note": note},
    ]
