"""The sync agent: pushes outbox rows in device order, in batches, and records each record's answer.

Contract (DESIGN.md "Sync, in one paragraph"; RELIABILITY.md promises 1–2):
- rows are read in ``device_seq`` order, at most ``batch_size`` at a time, only for this device;
- a batch id is fixed before sending and kept on the rows, so a resend after a crash repeats the same batch;
- acknowledgements are stored in ONE local transaction after the server answered; a crash before that simply
  resends (the server answers ``duplicate``), a crash after it sends nothing twice;
- ``accepted`` and ``duplicate`` mark a row acknowledged; ``conflict`` and ``rejected`` keep the row, with the
  reason, for the supervisor — never dropped; the rest keep flowing;
- a transport failure changes nothing locally; the caller retries later with backoff;
- the clock skew the transport measured (server clock minus this PC's, ``clock_skew_seconds`` on the answer) is
  kept with the round's status; beyond ``CLOCK_SKEW_WARN_SECONDS`` the status carries ``clock_skew_warning``.
No Qt here: progress is reported through a plain callback.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import func, select, update

from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.models.core import OfficeSetting, Outbox

log = logging.getLogger(__name__)
ACK_STATES = {"accepted": "acked", "duplicate": "acked", "conflict": "conflict", "rejected": "rejected"}
PROBLEM_STATES = ("conflict", "rejected")
CLOCK_SKEW_WARN_SECONDS = 300.0  # RELIABILITY.md: a skew over 5 minutes against the server is warned


class Transport(Protocol):
    """Sends one batch; returns one result per record: {device_seq, status, reason}."""

    def push(self, batch: dict[str, Any]) -> list[dict[str, Any]]: ...


@dataclass
class RoundSummary:
    sent: int = 0
    acked: int = 0
    conflicts: int = 0
    rejected: int = 0
    batches: int = 0
    pending_after: int = 0
    error: str | None = None
    error_code: str | None = None
    clock_skew_seconds: float | None = None
    details: list[str] = field(default_factory=list)


def _claim_batch(db: Database, device_id: str, batch_size: int) -> tuple[str, list[Outbox]]:
    """The next rows to send: an unfinished batch first (resent as it was), else the oldest pending rows."""
    with db.write() as session:
        open_batch = session.execute(select(Outbox.batch_id).where(
            Outbox.device_id == device_id, Outbox.state == "pending", Outbox.batch_id.is_not(None))
            .order_by(Outbox.device_seq).limit(1)).scalar()
        if open_batch:
            rows = session.execute(select(Outbox).where(Outbox.batch_id == open_batch, Outbox.state == "pending")
                                   .order_by(Outbox.device_seq)).scalars().all()
            return open_batch, list(rows)
        rows = session.execute(select(Outbox).where(Outbox.device_id == device_id, Outbox.state == "pending")
                               .order_by(Outbox.device_seq).limit(batch_size)).scalars().all()
        if not rows:
            return "", []
        batch_id = new_id()
        session.execute(update(Outbox).where(Outbox.seq.in_([r.seq for r in rows]))
                        .values(batch_id=batch_id, attempts=Outbox.attempts + 1)
                        .execution_options(synchronize_session=False))  # the rows are only read afterwards
        return batch_id, list(rows)


def build_batch(batch_id: str, device_id: str, rows: list[Outbox]) -> dict[str, Any]:
    return {
        "protocol": 1, "batch_id": batch_id, "device_id": device_id,
        "sent_at": datetime.now(UTC).isoformat(),
        "records": [{"entity": r.entity, "id": r.record_id, "version": r.version, "office_id": r.office_id,
                     "device_id": r.device_id, "device_seq": r.device_seq,
                     "created_at": r.created_at.isoformat(), "payload": json.loads(r.payload_json)}
                    for r in rows],
    }


def _answers(answer: Any) -> list[dict[str, Any]]:
    """The per-record answers as plain dicts, from a list of dicts or from ``CentralClient.push``'s ``PushResult``."""
    records = getattr(answer, "results", answer)
    return [r.model_dump() if hasattr(r, "model_dump") else dict(r) for r in records]


def _store_results(db: Database, batch_id: str, rows: list[Outbox], results: list[dict[str, Any]],
                   summary: RoundSummary) -> None:
    by_seq = {int(r["device_seq"]): r for r in _answers(results)}
    now = datetime.now(UTC)
    resend: list[int] = []  # no usable answer for these: send them again later
    answered: dict[tuple[str, str, str | None], list[int]] = {}  # (state, status, reason) → outbox seqs
    for row in rows:
        result = by_seq.get(row.device_seq)
        status = str(result.get("status")) if result is not None else ""
        state = ACK_STATES.get(status)
        if result is None or state is None:
            resend.append(row.seq)
            if result is not None:
                summary.details.append(f"unknown status {status!r} for {row.device_seq}")
            continue
        answered.setdefault((state, status, result.get("reason")), []).append(row.seq)
        if state == "acked":
            summary.acked += 1
        elif state == "conflict":
            summary.conflicts += 1
        else:
            summary.rejected += 1
    with db.write() as session:  # one local transaction for the whole answer
        for chunk in _chunks(resend):
            session.execute(update(Outbox).where(Outbox.seq.in_(chunk)).values(batch_id=None)
                            .execution_options(synchronize_session=False))
        for (state, status, reason), seqs in answered.items():
            for chunk in _chunks(seqs):
                session.execute(update(Outbox).where(Outbox.seq.in_(chunk), Outbox.batch_id == batch_id).values(
                    state=state, acked_at=now, result=status, reason=reason)
                    .execution_options(synchronize_session=False))


def _chunks(values: list[int], size: int = 500) -> list[list[int]]:
    return [values[i:i + size] for i in range(0, len(values), size)]


def pending_count(db: Database, device_id: str | None = None) -> int:
    with db.read() as session:
        stmt = select(func.count()).select_from(Outbox).where(Outbox.state == "pending")
        if device_id:
            stmt = stmt.where(Outbox.device_id == device_id)
        return int(session.execute(stmt).scalar_one())


def run_round(db: Database, device_id: str, transport: Transport, *, batch_size: int = 200,
              max_batches: int | None = None, progress: Callable[[RoundSummary], None] | None = None) -> RoundSummary:
    """Push until nothing is pending (or ``max_batches``). Transport errors end the round; nothing is lost."""
    summary = RoundSummary()
    while max_batches is None or summary.batches < max_batches:
        batch_id, rows = _claim_batch(db, device_id, batch_size)
        if not rows:
            break
        try:
            results = transport.push(build_batch(batch_id, device_id, rows))
        except Exception as exc:  # noqa: BLE001 - any transport failure: keep the rows, report, stop the round
            summary.error = str(exc) or type(exc).__name__
            summary.error_code = getattr(exc, "code", "transport_error")
            log.warning("sync round stopped: %s", summary.error)
            break
        summary.sent += len(rows)
        summary.batches += 1
        skew = getattr(results, "clock_skew_seconds", None)
        if skew is not None:
            summary.clock_skew_seconds = float(skew)
        _store_results(db, batch_id, rows, results, summary)
        if progress:
            progress(summary)
    summary.pending_after = pending_count(db, device_id)
    record_status(db, device_id, summary)
    return summary


def record_status(db: Database, device_id: str, summary: RoundSummary) -> None:
    """Keep the last round's outcome for the status bar (telemetry, not audited)."""
    now = datetime.now(UTC).isoformat()
    key = f"sync.status.{device_id}"
    with db.write() as session:
        row = session.get(OfficeSetting, key)
        previous = json.loads(row.value_json) if row else {}
        status = {**previous, "last_attempt": now, "pending": summary.pending_after}
        if summary.error:
            status.update(last_error=summary.error, last_error_code=summary.error_code)
        else:
            status.update(last_success=now, last_error=None, last_error_code=None)
        if summary.clock_skew_seconds is not None:
            status.update(clock_skew_seconds=round(summary.clock_skew_seconds, 1), clock_skew_measured_at=now)
        if row is None:
            row = OfficeSetting(key=key, value_json="{}", updated_at=datetime.now(UTC))
            session.add(row)
        row.value_json = json.dumps(status)
        row.updated_at = datetime.now(UTC)


def clock_skew_warning(skew_seconds: float | None, threshold: float = CLOCK_SKEW_WARN_SECONDS) -> bool:
    """Whether this PC's clock is off the server's by more than ``threshold`` seconds (either way)."""
    return skew_seconds is not None and abs(skew_seconds) > threshold


def sync_status(db: Database, device_id: str) -> dict[str, Any]:
    """The last round's outcome plus live counts: ``pending``, ``problems`` (conflict or rejected rows), and
    ``clock_skew_seconds`` / ``clock_skew_warning`` from the last answer that carried the server's time."""
    with db.read() as session:
        row = session.get(OfficeSetting, f"sync.status.{device_id}")
    status = json.loads(row.value_json) if row else {}
    status["pending"] = pending_count(db, device_id)
    with db.read() as session:
        status["problems"] = int(session.execute(select(func.count()).select_from(Outbox).where(
            Outbox.device_id == device_id, Outbox.state.in_(PROBLEM_STATES))).scalar_one())
    status["clock_skew_warning"] = clock_skew_warning(status.get("clock_skew_seconds"))
    return status
