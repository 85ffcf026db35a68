"""The append-only, hash-chained audit journal (DESIGN.md; RELIABILITY.md promise 4).

Each entry's hash is SHA-256 over the previous entry's hash and a canonical encoding of the entry. Changing
any stored byte of any entry breaks the chain at that entry, and ``verify_audit_chain`` names it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.storage.chain import GENESIS_HASH, canonical_json, insert_ignore, link_hash
from ltsa_desktop.storage.models.core import AuditEntry, ChainHead

AUDIT_CHAIN = "audit"


_LINKED = ("seq", "id", "office_id", "device_id", "actor_id", "actor_name", "approver_id", "approver_name", "action",
           "entity", "entity_id")


def _link_fields(values: dict[str, Any]) -> dict[str, Any]:
    """What an entry's hash covers (the same for writing and verifying)."""
    fields = {name: values[name] for name in _LINKED}
    fields["at"] = values["at"].astimezone(UTC).isoformat(timespec="microseconds")
    fields["details"] = values["details_json"]
    return fields


def _fields(entry: AuditEntry) -> dict[str, Any]:
    return _link_fields({name: getattr(entry, name) for name in (*_LINKED, "at", "details_json")})


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
) -> int:
    """Append one entry in the caller's write transaction, advance the chain head and return the entry's seq.

    Written with Core statements (no ORM objects): this runs in every write transaction, so it is kept cheap.
    """
    seq, prev_hash = _lock_audit_head(session)
    fields = {
        "seq": seq + 1,
        "id": new_id(),
        "at": at.astimezone(UTC),
        "office_id": office_id,
        "device_id": device_id,
        "actor_id": actor_id,
        "actor_name": actor_name,
        "approver_id": approver_id,
        "approver_name": approver_name,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "details_json": canonical_json(details or {}),
    }
    digest = link_hash(prev_hash, _link_fields(fields))
    session.execute(insert(_AUDIT), [{**fields, "prev_hash": prev_hash, "hash": digest}])
    session.execute(_ADVANCE_HEAD, {"new_seq": seq + 1, "new_hash": digest})
    session.info[_HEAD_KEY] = (seq + 1, digest)
    return seq + 1


_AUDIT = AuditEntry.__table__
_HEAD = ChainHead.__table__
_HEAD_KEY = "audit_head"
_READ_HEAD = (select(_HEAD.c.seq, _HEAD.c.last_hash).where(_HEAD.c.chain == AUDIT_CHAIN).with_for_update())
_ADVANCE_HEAD = (update(_HEAD).where(_HEAD.c.chain == AUDIT_CHAIN)
                 .values(seq=bindparam("new_seq"), last_hash=bindparam("new_hash")))


def _lock_audit_head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the journal's last entry, its head row locked for this transaction (read once per
    transaction; ``storage.db`` forgets it when the transaction ends)."""
    cached = session.info.get(_HEAD_KEY)
    if cached is not None:
        return cached
    with session.no_autoflush:
        row = session.execute(_READ_HEAD).first()
        if row is None:
            insert_ignore(session, ChainHead, {"chain": AUDIT_CHAIN, "seq": 0, "last_hash": GENESIS_HASH})
            row = session.execute(_READ_HEAD).one()
    head = (int(row[0]), str(row[1]))
    session.info[_HEAD_KEY] = head
    return head


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
