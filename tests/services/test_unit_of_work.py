"""One call = one transaction: change + audit + outbox, all or nothing; stale edits refused."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ltsa_desktop.domain.errors import StaleRecord
from ltsa_desktop.domain.roles import ADMINS
from ltsa_desktop.storage.models.core import AuditEntry, Counter, Outbox


def _counts(office):  # type: ignore[no-untyped-def]
    with office.db.read() as s:
        return tuple(s.execute(select(func.count()).select_from(t)).scalar_one()
                     for t in (Counter, AuditEntry, Outbox))


def test_crash_inside_a_service_leaves_nothing(office) -> None:  # type: ignore[no-untyped-def]
    before = _counts(office)
    with pytest.raises(RuntimeError):
        with office.ctx.write(office.admin, "add_counter", roles=ADMINS) as uow:
            uow.add(Counter(number=99, name="X"))
            uow.audit(entity="counter")
            raise RuntimeError("power cut")
    assert _counts(office) == before


def test_add_and_update_write_outbox_rows_with_gapless_device_seq(office) -> None:  # type: ignore[no-untyped-def]
    with office.ctx.write(office.admin, "add_counter", roles=ADMINS) as uow:
        counter = uow.add(Counter(number=50, name="Loket 50"))
    with office.ctx.write(office.admin, "rename_counter", roles=ADMINS) as uow:
        c = uow.session.get(Counter, counter.id)
        c.name = "Loket Lima Puluh"
        uow.update(c, expected_version=1)
    with office.db.read() as s:
        rows = s.execute(select(Outbox).order_by(Outbox.device_seq)).scalars().all()
    seqs = [r.device_seq for r in rows]
    assert seqs == list(range(1, len(seqs) + 1))
    mine = [r for r in rows if r.record_id == counter.id]
    assert [r.version for r in mine] == [1, 2]
    assert "Lima Puluh" in mine[-1].payload_json


def test_stale_version_is_refused_and_nothing_changes(office) -> None:  # type: ignore[no-untyped-def]
    with office.ctx.write(office.admin, "add_counter", roles=ADMINS) as uow:
        counter = uow.add(Counter(number=51, name="A"))
    with office.ctx.write(office.admin, "rename_counter", roles=ADMINS) as uow:
        c = uow.session.get(Counter, counter.id)
        c.name = "B"
        uow.update(c, expected_version=1)
    before = _counts(office)
    with pytest.raises(StaleRecord) as info:
        with office.ctx.write(office.admin, "rename_counter", roles=ADMINS) as uow:
            c = uow.session.get(Counter, counter.id)
            c.name = "C (typed over an old copy)"
            uow.update(c, expected_version=1)
    assert info.value.params["current_version"] == 2
    assert _counts(office) == before
    with office.db.read() as s:
        assert s.get(Counter, counter.id).name == "B"
