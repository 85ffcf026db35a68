"""Hash chains and gapless series, allocated inside the caller's write transaction.

Both rely on the caller holding a write transaction: on SQLite ``BEGIN IMMEDIATE`` already serialises writers;
on PostgreSQL the row of the chain head or series is locked (``UPDATE … RETURNING`` / ``FOR UPDATE``) until
commit, so two counters never get the same number and a rollback leaves no gap.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from ltsa_desktop.storage.models.core import ChainHead, SeriesCounter

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 kept. Floats are refused (money is int)."""

    def _reject(obj: Any) -> Any:
        raise TypeError(f"not canonically encodable: {type(obj).__name__}")

    def _check(obj: Any) -> None:
        if isinstance(obj, float):
            raise TypeError("floats are not allowed in hashed records")
        if isinstance(obj, dict):
            for v in obj.values():
                _check(v)
        elif isinstance(obj, list | tuple):
            for v in obj:
                _check(v)

    _check(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_reject)


def link_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """SHA-256 over the previous hash and the canonical encoding of this link's fields."""
    digest = hashlib.sha256()
    digest.update(prev_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical_json(fields).encode("utf-8"))
    return digest.hexdigest()


def insert_ignore(session: Session, model: type, values: dict[str, Any]) -> None:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(model).values(**values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(model).values(**values).on_conflict_do_nothing())


def next_in_series(session: Session, series: str, count: int = 1) -> int:
    """Allocate the next ``count`` numbers of ``series`` in the current transaction; returns the last one.

    With ``count=3`` and a series at 10, numbers 11, 12 and 13 are taken and 13 is returned.
    """
    params = {"series_name": series, "count": count}
    with session.no_autoflush:  # a series row is independent of the caller's pending ORM changes
        value = session.execute(_ADVANCE_SERIES, params).scalar()
        if value is None:  # first use of this series
            insert_ignore(session, SeriesCounter, {"series": series, "last_value": 0})
            value = session.execute(_ADVANCE_SERIES, params).scalar_one()
    return int(value)


# built once: this runs in nearly every write transaction
_SERIES = SeriesCounter.__table__
_ADVANCE_SERIES = (update(_SERIES).where(_SERIES.c.series == bindparam("series_name"))
                   .values(last_value=_SERIES.c.last_value + bindparam("count")).returning(_SERIES.c.last_value))


def peek_series(session: Session, series: str) -> int:
    """The last number allocated in ``series`` (0 when none)."""
    value = session.execute(select(SeriesCounter.last_value).where(SeriesCounter.series == series)).scalar()
    return int(value or 0)


def lock_chain(session: Session, chain: str) -> ChainHead:
    """Lock and return the head of ``chain`` (created at the genesis hash on first use).

    Within one transaction the head is read once; later appends use the locked, in-memory head.
    """
    locked: dict[str, ChainHead] = session.info.setdefault("locked_chains", {})
    if chain in locked:
        return locked[chain]
    stmt = (select(ChainHead).where(ChainHead.chain == chain).with_for_update()
            .execution_options(populate_existing=True))
    with session.no_autoflush:
        head = session.execute(stmt).scalar()
        if head is None:
            insert_ignore(session, ChainHead, {"chain": chain, "seq": 0, "last_hash": GENESIS_HASH})
            head = session.execute(stmt).scalar_one()
    locked[chain] = head
    return head
