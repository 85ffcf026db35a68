"""The simulated day drives the real services and its figures match what is stored."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from ltsa_desktop.services import queue
from ltsa_desktop.services.simulation import simulate_day
from ltsa_desktop.storage.audit import verify_audit_chain
from ltsa_desktop.storage.models.queue import Ticket


def test_simulated_day_is_consistent_and_deterministic(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    day = date(2026, 11, 20)
    s = simulate_day(office.ctx, day, 120, seed=3, counters=3)
    with office.db.read() as session:
        tickets = session.execute(select(Ticket).where(Ticket.service_day == day)).scalars().all()
        assert verify_audit_chain(session).ok
    states = Counter(t.status for t in tickets)
    assert s.issued == len(tickets) == 120
    assert states["done"] == s.served
    assert states["not_served"] == s.not_served
    assert sum(states.values()) == 120 and set(states) <= {"done", "not_served"}
    for prefix in {t.prefix for t in tickets}:  # numbers gapless per prefix
        seqs = sorted(t.seq for t in tickets if t.prefix == prefix)
        assert seqs == list(range(1, len(seqs) + 1))
    assert all(t.issued_at.date() == day for t in tickets)  # 08:00–17:00 WIB is the same UTC date
    transferred = [t for t in tickets if t.transfers]
    assert len(transferred) == s.transferred and all(t.line != t.prefix or t.transfers > 1 for t in transferred)
