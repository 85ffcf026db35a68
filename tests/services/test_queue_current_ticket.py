"""A counter's current ticket: one called or being served holds the counter (a double click gives one call), also
across midnight, and the look-up reads only recent service days, not the whole ticket history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from ltsa_desktop.domain.errors import InvalidState
from ltsa_desktop.services import queue
from ltsa_desktop.storage.models.queue import Ticket


def _age(office, ticket_id: str, days: int) -> None:  # type: ignore[no-untyped-def]
    """Move a ticket back by ``days`` service days, as if it had been called then."""
    with office.ctx.db.write() as session:
        day = queue.today(office.ctx) - timedelta(days=days)
        session.execute(update(Ticket).where(Ticket.id == ticket_id).values(service_day=day))


def test_second_call_is_refused_while_a_ticket_is_current(q) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "A")
    first = queue.call_next(q.ctx, q.staff, q.counter1).value
    with pytest.raises(InvalidState) as info:
        queue.call_next(q.ctx, q.staff, q.counter1)
    assert info.value.code == "counter_busy" and info.value.params["number"] == first.number
    view = queue.counter_view(q.ctx, q.staff, q.counter1)
    assert view.current is not None and view.current.id == first.id


@pytest.mark.parametrize("days, holds", [(1, True), (queue.CURRENT_TICKET_LOOKBACK_DAYS, True),
                                         (queue.CURRENT_TICKET_LOOKBACK_DAYS + 1, False)])
def test_a_ticket_left_serving_on_an_earlier_day(q, days: int, holds: bool) -> None:  # type: ignore[no-untyped-def]
    queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "A")
    left = queue.call_next(q.ctx, q.staff, q.counter1).value
    _age(q, left.id, days)
    queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "A")
    view = queue.counter_view(q.ctx, q.staff, q.counter1)
    if holds:
        assert view.current is not None and view.current.id == left.id
        with pytest.raises(InvalidState):
            queue.call_next(q.ctx, q.staff, q.counter1)
    else:
        assert view.current is None
        assert queue.call_next(q.ctx, q.staff, q.counter1).value.id != left.id


def test_current_ticket_lookup_uses_the_service_day_index(q) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, params, context, many) -> None:  # type: ignore[no-untyped-def]
        if "ticket.counter_id = " in statement and "ticket.status IN" in statement:
            statements.append((statement, params))

    engine = q.ctx.db.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        queue.counter_view(q.ctx, q.staff, q.counter1)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert statements
    with engine.connect() as conn:
        for statement, params in statements:
            plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement,
                                                                          params).fetchall())
            assert "USING INDEX ix_ticket_waiting" in plan, plan
