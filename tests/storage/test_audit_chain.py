"""The audit journal is hash-chained and tamper-evident (RELIABILITY.md promise 4, test 17)."""

from __future__ import annotations

import sqlite3

from ltsa_desktop.storage.audit import append_audit, verify_audit_chain
from ltsa_desktop.storage.chain import next_in_series, peek_series


def _append(db, n: int, at) -> None:  # type: ignore[no-untyped-def]
    for i in range(n):
        with db.write() as session:
            append_audit(session, at=at, action="test_action", office_id="o", device_id="d", actor_id=None,
                         actor_name="tester", details={"i": i, "name": "Ñoño ٣"})


def _verify(db):  # type: ignore[no-untyped-def]
    with db.read() as session:
        return verify_audit_chain(session)


def test_chain_verifies_after_appends(office) -> None:  # type: ignore[no-untyped-def]
    before = _verify(office.db)
    _append(office.db, 5, office.clock())
    report = _verify(office.db)
    assert report.ok
    assert report.checked == before.checked + 5


def _raw(office):  # type: ignore[no-untyped-def]
    office.db.dispose()
    return sqlite3.connect(office.data_dir.database)


def test_one_changed_byte_is_named(office) -> None:  # type: ignore[no-untyped-def]
    _append(office.db, 3, office.clock())
    with office.db.read() as session:
        total = verify_audit_chain(session).checked
    target = total - 1
    conn = _raw(office)
    details = conn.execute("SELECT details_json FROM audit_entry WHERE seq=?", (target,)).fetchone()[0]
    tampered = details.replace('"i":1', '"i":7')
    assert tampered != details
    conn.execute("UPDATE audit_entry SET details_json=? WHERE seq=?", (tampered, target))
    conn.commit()
    conn.close()
    report = _verify(office.db)
    assert not report.ok
    assert report.broken_seq == target
    assert "hash" in report.reason


def test_changed_actor_or_time_is_detected(office) -> None:  # type: ignore[no-untyped-def]
    _append(office.db, 2, office.clock())
    conn = _raw(office)
    conn.execute("UPDATE audit_entry SET actor_name='someone else' WHERE seq=2")
    conn.commit()
    conn.close()
    report = _verify(office.db)
    assert (report.ok, report.broken_seq) == (False, 2)


def test_removed_entry_is_detected(office) -> None:  # type: ignore[no-untyped-def]
    _append(office.db, 3, office.clock())
    conn = _raw(office)
    conn.execute("DELETE FROM audit_entry WHERE seq=3")
    conn.commit()
    conn.close()
    report = _verify(office.db)
    assert not report.ok and report.broken_seq == 3 and "missing" in report.reason


def test_series_is_gapless_and_rollback_returns_the_number(office) -> None:  # type: ignore[no-untyped-def]
    with office.db.write() as session:
        assert next_in_series(session, "t:A") == 1
        assert next_in_series(session, "t:A") == 2
    try:
        with office.db.write() as session:
            assert next_in_series(session, "t:A") == 3
            raise RuntimeError("crash before commit")
    except RuntimeError:
        pass
    with office.db.write() as session:
        assert next_in_series(session, "t:A") == 3
        assert next_in_series(session, "t:B") == 1
    with office.db.read() as session:
        assert peek_series(session, "t:A") == 3
