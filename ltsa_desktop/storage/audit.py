"""The append-only, hash-chained audit journal (DESIGN.md; RELIABILITY.md promise 4).

Each entry's hash is SHA-256 over the previous entry's hash and a canonical encoding of the entry. Changing
any stored byte of any entry breaks the chain at that entry, and ``verify_audit_chain`` names it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.storage.chain import GENESIS_HASH, canonical_json, link_hash, lock_chain
from ltsa_desktop.storage.models.core import AuditEntry

AUDIT_CHAIN = "audit"


def _fields(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "id": entry.id,
        "at": entry.at.astimezone(UTC).isoformat(timespec="microseconds"),
        "office_id": entry.office_id,
        "device_id": entry.device_id,
        "actor_id": entry.actor_id,
        "actor_name": entry.actor_name,
        "approver_id": entry.approver_id,
        "approver_name": entry.approver_name,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "details": entry.details_json,
    }


def append_audit(
    session: Session,
    *,
    at: datetime,
    action: str,
    office_id: str | None,
    device_id: str | None,
    actor_id: str | None,
    actor_name: str = "",
    entity: str | None = None,
    entity_id: str | None = None,
    details: dict[str, Any] | None = None,
    approver_id: str | None = None,
    approver_name: str | None = None,
) -> AuditEntry:
    """Append one entry in the caller's write transaction and advance the chain head."""
    head = lock_chain(session, AUDIT_CHAIN)
    entry = AuditEntry(
        seq=head.seq + 1,
        id=new_id(),
        at=at.astimezone(UTC),
        office_id=office_id,
        device_id=device_id,
        actor_id=actor_id,
        actor_name=actor_name,
        approver_id=approver_id,
        approver_name=approver_name,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details_json=canonical_json(details or {}),
        prev_hash=head.last_hash,
        hash="",
    )
    entry.hash = link_hash(head.last_hash, _fields(entry))
    head.seq = entry.seq
    head.last_hash = entry.hash
    session.add(entry)
    return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    broken_seq: int | None = None
    reason: str = ""

    def describe(self) -> str:
        if self.ok:
            return f"ok ({self.checked} entries)"
        return f"broken at entry {self.broken_seq}: {self.reason}"


def verify_audit_chain(session: Session) -> ChainReport:
    """Walk the whole journal in order; report the first entry whose link does not hold."""
    prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        if entry.seq != expected_seq:
            return ChainReport(False, checked, expected_seq, f"entry {expected_seq} is missing")
        if entry.prev_hash != prev:
            return ChainReport(False, checked, entry.seq, "previous-hash link does not match")
        if link_hash(prev, _fields(entry)) != entry.hash:
            return ChainReport(False, checked, entry.seq, "content does not match its hash")
        try:
            json.loads(entry.details_json)
        except ValueError:
            return ChainReport(False, checked, entry.seq, "details are not valid JSON")
        prev = entry.hash
        expected_seq += 1
        checked += 1
    return ChainReport(True, checked)
