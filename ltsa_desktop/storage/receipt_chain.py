"""The receipts' hash chain: which fields are hashed, and the walk that verifies every series."""

from __future__ import annotations

from datetime import UTC

from sqlalchemy import select
from sqlalchemy.orm import Session

from ltsa_desktop.storage.chain import GENESIS_HASH, link_hash
from ltsa_desktop.storage.models.payments import Receipt


def receipt_fields(r: Receipt) -> dict[str, object]:
    return {"number": r.number, "kind": r.kind, "issued_at": r.issued_at.astimezone(UTC).isoformat(),
            "lines": r.lines_json, "total": r.total_applicant, "totals": r.totals_json, "method": r.method,
            "reference": r.reference, "tendered": r.tendered, "change": r.change, "cashier": r.cashier_id,
            "approver": r.approver_id, "voids": r.voids_receipt_id, "schedule": r.schedule_version,
            "applicant": r.applicant_id, "nik": r.nik_masked}


def verify_receipt_chains(session: Session) -> tuple[bool, str]:
    """Every series contiguous from 1 and every link intact; names the first broken receipt."""
    series = session.execute(select(Receipt.series).distinct()).scalars().all()
    checked = 0
    for name in sorted(series):
        prev, expected = GENESIS_HASH, 1
        for r in session.execute(select(Receipt).where(Receipt.series == name).order_by(Receipt.seq)).scalars():
            if r.seq != expected:
                return False, f"receipts: number {expected} of {name} is missing (gap before {r.number})"
            if r.prev_hash != prev or link_hash(prev, receipt_fields(r)) != r.hash:
                return False, f"receipts: broken at {r.number}"
            prev, expected = r.hash, expected + 1
            checked += 1
    return True, f"receipts: ok ({checked} in {len(series)} series)"
