"""Sync push throughput and wire size against ``ltsa-central`` on loopback.

``sync_push_100k``: records/s pushing 100,000 realistic ticket records (10,000 with ``LTSA_BENCH_QUICK=1``) in
batches of 500 through ``CentralClient`` to ``ltsa-central serve`` on a SQLite file. Baseline, same run: the
same batches, serialised and gzip-compressed the same way in the timed loop, posted with plain httpx to a
minimal FastAPI endpoint that decompresses, parses and does ``INSERT OR IGNORE`` into one SQLite table with the
same durability settings (WAL, ``synchronous=FULL``). Target ratio ≥ 0.3. The difference is everything the
real path adds: authentication, validation of every record, office/device checks, canonical hashing,
idempotency look-ups, sequence marks, per-record answers validated by the client.

``sync_bytes_per_record``: gzip-compressed bytes on the wire per record (target ≤ 200); baseline: the same
batches' uncompressed JSON bytes per record.

``sync_agent_100k`` and ``ui_lag_during_sync_ms``: the real desktop path — an office database holding the same
100,000 tickets as pending outbox rows, pushed by ``sync.agent.run_round`` (claiming batches, sending through
``CentralClient``, storing every acknowledgement) on the UI's background task runner, while the Qt event loop of
this process ticks a 5 ms timer. ``sync_agent_100k`` is records/s with the client-only push above as baseline;
``ui_lag_during_sync_ms`` is the largest delay of a tick beyond its interval (target ≤ 100 ms), with the same timer
on an idle event loop as baseline.

Each server runs in its own process (the client's CPU must not be the server's); the client is this process.
"""

from __future__ import annotations

import gc
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.sync.protocol import PushBatch, WireRecord, encode_body

BATCH = 500
ROOT = Path(__file__).resolve().parents[1]

BASELINE_APP = r'''
import gzip, json, sqlite3, sys, threading
import uvicorn
from fastapi import FastAPI, Request
db = sqlite3.connect(sys.argv[1], check_same_thread=False, isolation_level=None)
db.execute("PRAGMA journal_mode=WAL"); db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE IF NOT EXISTS record (entity TEXT, id TEXT, version INTEGER, payload TEXT, "
           "PRIMARY KEY (entity, id, version))")
lock = threading.Lock()
app = FastAPI()
@app.get("/health")
def health():
    return {"ok": True}
@app.post("/push")
async def push(request: Request):
    batch = json.loads(gzip.decompress(await request.body()))
    rows = [(r["entity"], r["id"], r["version"], json.dumps(r["payload"])) for r in batch["records"]]
    with lock:
        db.execute("BEGIN")
        db.executemany("INSERT OR IGNORE INTO record VALUES (?, ?, ?, ?)", rows)
        db.execute("COMMIT")
    return {"n": len(rows)}
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
'''


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _records(count: int, office_id: str, device_id: str) -> list[WireRecord]:
    """Tickets as the desktop's outbox holds them (the row's columns as JSON)."""
    start = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
    out = []
    for i in range(count):
        rid = new_id()
        at = start + timedelta(seconds=7 * i)
        day = (at + timedelta(hours=7)).date().isoformat()
        prefix = "ABCDEF"[i % 6]
        payload = {"id": rid, "office_id": office_id, "device_id": device_id, "version": 1,
                   "created_at": at.isoformat(), "updated_at": at.isoformat(), "service_day": day, "prefix": prefix,
                   "line": prefix, "seq": i % 400 + 1, "number": f"{prefix}-{i % 400 + 1:03d}",
                   "arrival_seq": i % 2400 + 1, "priority": i % 9 == 0, "channel": "kiosk", "status": "waiting",
                   "issued_at": at.isoformat(), "called_at": None, "serving_started_at": None, "finished_at": None,
                   "counter_id": None, "served_by": None, "call_count": 0, "rejoined": False, "transfers": 0,
                   "applicant_id": None, "note": ""}
        out.append(WireRecord(entity="ticket", id=rid, version=1, office_id=office_id, device_id=device_id,
                              device_seq=i + 1, created_at=at, payload=payload))
    return out


def _wait_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the benchmark server at {url} did not start")
        time.sleep(0.1)


def _spawn(args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()


def _central_push(work: Path, count: int) -> tuple[float, list[PushBatch]]:
    from ltsa_desktop.central import enrollment
    from ltsa_desktop.central.db import CentralDB
    from ltsa_desktop.sync.client import CentralClient
    from ltsa_desktop.sync.protocol import EnrollRequest

    url = f"sqlite:///{work / 'central.sqlite3'}"
    db = CentralDB.open(url)
    enrollment.create_office(db, "JKT01", "LTSA Jakarta")
    code, _ = enrollment.issue_enrollment_code(db, "JKT01")
    enrolled = enrollment.enroll(db, EnrollRequest(code=code, device_name="bench"))
    db.dispose()
    records = _records(count + BATCH, enrolled.office_id, enrolled.device_id)
    batches = [PushBatch(batch_id=new_id(), device_id=enrolled.device_id, sent_at=datetime.now(UTC),
                         records=records[i:i + BATCH]) for i in range(0, len(records), BATCH)]
    # The test data stays in memory for both runs; a real agent holds one batch. Keep the collector off it.
    gc.collect()
    gc.freeze()
    port = _free_port()
    server = _spawn(["-m", "ltsa_desktop.central.cli", "--database-url", url, "serve", "--port", str(port)])
    try:
        _wait_up(f"http://127.0.0.1:{port}/v1/health", server)
        with CentralClient(f"http://127.0.0.1:{port}", enrolled.token, timeout=60) as client:
            client.push(batches[0])  # warm-up, not timed
            started = time.perf_counter()
            for batch in batches[1:]:
                result = client.push(batch)
                if any(r.status != "accepted" for r in result.results):
                    raise RuntimeError("the benchmark push was not accepted")
            elapsed = time.perf_counter() - started
    finally:
        _stop(server)
    return count / elapsed, batches


def _baseline_push(work: Path, batches: list[PushBatch], count: int) -> float:
    port = _free_port()
    server = _spawn(["-c", BASELINE_APP, str(work / "baseline.sqlite3"), str(port)])
    try:
        _wait_up(f"http://127.0.0.1:{port}/health", server)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
            http.post("/push", content=encode_body(batches[0]), headers=headers).raise_for_status()
            started = time.perf_counter()
            for batch in batches[1:]:  # serialised and compressed in the loop, as the real client does
                http.post("/push", content=encode_body(batch), headers=headers).raise_for_status()
            elapsed = time.perf_counter() - started
    finally:
        _stop(server)
    return count / elapsed


TICK_MS = 5


def _max_tick_lag_ms(app: object, until: Callable[[], bool], min_seconds: float = 0.0) -> float:
    """Run the Qt event loop until ``until()`` (and at least ``min_seconds``); the largest tick delay in ms."""
    from PySide6.QtCore import QTimer

    worst, last = 0.0, time.perf_counter()
    started = last

    def tick() -> None:
        nonlocal worst, last
        now = time.perf_counter()
        worst = max(worst, (now - last) * 1000 - TICK_MS)
        last = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    while not until() or time.perf_counter() - started < min_seconds:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    timer.stop()
    return max(worst, 0.0)


def _fill_outbox(office: object, batches: list[PushBatch]) -> int:
    """The benchmark's tickets as this office's pending outbox rows, after the rows setup made."""
    from sqlalchemy import func, select

    from ltsa_desktop.storage.models.core import Outbox

    ctx = office.ctx  # type: ignore[attr-defined]
    with office.db.write() as session:  # type: ignore[attr-defined]
        first = int(session.execute(select(func.max(Outbox.device_seq))
                                    .where(Outbox.device_id == ctx.device_id)).scalar() or 0) + 1
    rows = []
    for batch in batches:
        for r in batch.records:
            payload = {**r.payload, "office_id": ctx.office_id, "device_id": ctx.device_id}
            rows.append({"device_id": ctx.device_id, "device_seq": first + len(rows), "office_id": ctx.office_id,
                         "entity": r.entity, "record_id": r.id, "version": r.version,
                         "payload_json": json.dumps(payload, separators=(",", ":"), sort_keys=True),
                         "created_at": r.created_at, "state": "pending", "attempts": 0})
    with office.db.engine.begin() as conn:  # type: ignore[attr-defined]
        for k in range(0, len(rows), 20_000):
            conn.execute(Outbox.__table__.insert(), rows[k:k + 20_000])
    return len(rows)


def _agent_push(work: Path, batches: list[PushBatch]) -> tuple[float, float, float, int]:
    """records/s of a full agent round, the worst UI tick lag during it and on an idle loop (ms), records."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from benchmarks._office import make_office
    from ltsa_desktop.central import enrollment
    from ltsa_desktop.central.db import CentralDB
    from ltsa_desktop.sync.agent import pending_count, run_round
    from ltsa_desktop.sync.client import CentralClient
    from ltsa_desktop.sync.protocol import EnrollRequest
    from ltsa_desktop.ui.tasks import run_in_background, task_runner

    app = QApplication.instance() or QApplication([])
    office = make_office(work / "office")
    ctx = office.ctx
    url = f"sqlite:///{work / 'central-agent.sqlite3'}"
    db = CentralDB.open(url)
    enrollment.create_office(db, "JKT01", "LTSA Jakarta")
    code, _ = enrollment.issue_enrollment_code(db, "JKT01")
    enrolled = enrollment.enroll(db, EnrollRequest(code=code, device_name="bench", office_id=ctx.office_id,
                                                   device_id=ctx.device_id))
    db.dispose()
    _fill_outbox(office, batches)
    total = pending_count(office.db, ctx.device_id)
    idle_lag = _max_tick_lag_ms(app, lambda: True, min_seconds=1.0)
    port = _free_port()
    server = _spawn(["-m", "ltsa_desktop.central.cli", "--database-url", url, "serve", "--port", str(port)])
    outcome: list[object] = []
    try:
        _wait_up(f"http://127.0.0.1:{port}/v1/health", server)
        with CentralClient(f"http://127.0.0.1:{port}", enrolled.token, timeout=60) as client:
            started = time.perf_counter()
            run_in_background(lambda: run_round(office.db, ctx.device_id, client, batch_size=BATCH),
                              outcome.append, outcome.append)
            lag = _max_tick_lag_ms(app, lambda: bool(outcome))
            elapsed = time.perf_counter() - started
            task_runner().wait_idle()
    finally:
        _stop(server)
        office.db.dispose()
    summary = outcome[0]
    if getattr(summary, "error", "x") is not None or getattr(summary, "acked", 0) != total:
        raise RuntimeError(f"the agent round did not acknowledge every record: {summary!r}")
    return total / elapsed, lag, idle_lag, total


def run() -> list[dict]:
    count = 10_000 if os.environ.get("LTSA_BENCH_QUICK") == "1" else 100_000
    with tempfile.TemporaryDirectory(prefix="ltsa-bench-sync-") as tmp:
        work = Path(tmp)
        ours, batches = _central_push(work, count)
        baseline = _baseline_push(work, batches, count)
        agent, lag, idle_lag, agent_records = _agent_push(work, batches[1:])
        gc.unfreeze()
    timed = batches[1:]
    compressed = sum(len(encode_body(b)) for b in timed) / count
    plain = sum(len(b.model_dump_json().encode("utf-8")) for b in timed) / count
    return [
        {"name": "sync_push_100k", "value": ours, "unit": "records/s", "baseline": baseline,
         "ratio": ours / baseline, "records": count, "batch": BATCH},
        {"name": "sync_bytes_per_record", "value": compressed, "unit": "bytes", "baseline": plain,
         "ratio": compressed / plain},
        {"name": "sync_agent_100k", "value": agent, "unit": "records/s", "baseline": ours, "ratio": agent / ours,
         "records": agent_records, "batch": BATCH},
        {"name": "ui_lag_during_sync_ms", "value": lag, "unit": "ms", "baseline": idle_lag,
         "ratio": lag / idle_lag if idle_lag else None},
    ]


if __name__ == "__main__":  # pragma: no cover
    for figure in run():
        print(figure)
