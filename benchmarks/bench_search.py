"""``applicant_search``: a name fragment over 200,000 applicants through the service layer (fold, query, rows).

Baseline: the same SQL statements run in raw ``sqlite3`` on the same database file in the same run. Two figures:
typical fragments people type (a first name, a surname, two word starts, a name with accents) and a fragment that
matches nobody (before the trigram index of migration 0013 it had to look at every name).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time

from benchmarks._office import make_office
from benchmarks.bench_counter import _bulk_applicants
from ltsa_desktop.services import applicants

TYPICAL = ("pratama kus", "siti", "rahayu", "Nguyễn", "santoso pra", "dewi hid", "eko", "kusuma santoso")
MISS = "zzq"

# What search_applicants sends for a name fragment of 3+ characters: how many names the trigram index finds (up
# to 500); if none, nothing more; if fewer, just those rows (folded LIKE, name order, 50 rows); else the walk of the
# name index.
_PROBE = "SELECT count(*) FROM (SELECT rowid FROM applicant_fts WHERE applicant_fts MATCH ? LIMIT 500)"
_WALK = ("SELECT * FROM applicant WHERE office_id || '' = ? AND search_name LIKE ? ESCAPE '\\' "
         "ORDER BY search_name, applicant.rowid LIMIT 50")
_FEW = ("SELECT * FROM applicant WHERE office_id || '' = ? AND search_name LIKE ? ESCAPE '\\' "
        "AND applicant.rowid IN (SELECT rowid FROM applicant_fts WHERE applicant_fts MATCH ?) "
        "ORDER BY search_name, applicant.rowid LIMIT 50")


def _times(fn, fragments: tuple[str, ...], rounds: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(rounds):
        for fragment in fragments:
            t0 = time.perf_counter()
            fn(fragment)
            out.append((time.perf_counter() - t0) * 1000)
    return out


def run() -> list[dict]:
    quick = bool(os.environ.get("LTSA_BENCH_QUICK"))
    office = make_office()
    n = 50_000 if quick else 200_000
    _bulk_applicants(office, n)
    ctx = office.ctx
    raw = sqlite3.connect(office.data.database)

    def service(fragment: str) -> None:
        applicants.search_applicants(ctx, fragment)

    def baseline(fragment: str) -> None:  # no backslash, %, _ or " to escape in these
        folded = applicants.fold(fragment)
        phrase = f'"{folded}"'
        found = raw.execute(_PROBE, (phrase,)).fetchone()[0]
        if found == 0:
            return
        if found < 500:
            raw.execute(_FEW, (ctx.office_id, f"%{folded}%", phrase)).fetchall()
        else:
            raw.execute(_WALK, (ctx.office_id, f"%{folded}%")).fetchall()

    found = {f: len(applicants.search_applicants(ctx, f)) for f in (*TYPICAL, MISS)}
    assert all(found[f] for f in TYPICAL) and not found[MISS], found
    rounds = 5 if quick else 10
    figures = []
    for name, fragments in (("applicant_search", TYPICAL), ("applicant_search_miss", (MISS,) * 4)):
        baseline(fragments[0])  # warm the page cache for both sides alike
        svc, base = _times(service, fragments, rounds), _times(baseline, fragments, rounds)
        med, base_med = statistics.median(svc), statistics.median(base)
        figures.append({"name": name, "value": med, "unit": "ms", "baseline": base_med, "ratio": med / base_med,
                        "p90": sorted(svc)[int(len(svc) * 0.9) - 1], "applicants": n, "target": "value <= 20"})
    raw.close()
    office.db.dispose()
    return figures
