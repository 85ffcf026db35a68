"""Queue services: numbering, fair calling, the ticket's life, end of day, the board's view."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from ltsa_desktop.domain.errors import InvalidState, ValidationFailed
from ltsa_desktop.services import queue
from ltsa_desktop.storage.models.queue import Ticket, TicketEvent


@pytest.fixture()
def q(office):  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    counters = queue.list_counters(office.ctx)
    office.counter1, office.counter2 = counters[0][0], counters[1][0]
    queue.open_counter(office.ctx, office.staff, office.counter1)
    queue.open_counter(office.ctx, office.staff2, office.counter2)
    return office


def issue(office, prefix="A", reason=None):  # type: ignore[no-untyped-def]
    return queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, prefix, priority_reason=reason).value.ticket


def test_numbers_are_gapless_per_line_and_restart_each_office_day(q) -> None:  # type: ignore[no-untyped-def]
    assert [issue(q, "A").number for _ in range(3)] == ["A-001", "A-002", "A-003"]
    assert issue(q, "B").number == "B-001"
    # 16:59 UTC is 23:59 WIB: still the same service day; 17:00 UTC is the next day in Jakarta
    q.clock.now = datetime(2026, 11, 23, 16, 59, tzinfo=UTC)
    assert issue(q, "A").number == "A-004"
    q.clock.now = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)
    t = issue(q, "A")
    assert (t.number, t.service_day.isoformat()) == ("A-001", "2026-11-24")


def test_clock_set_back_keeps_numbering_and_order(q) -> None:  # type: ignore[no-untyped-def]
    first = issue(q, "A")
    q.clock.advance(minutes=-30)  # someone set the PC clock back
    second = issue(q, "A")
    assert second.number == "A-002"
    called = queue.call_next(q.ctx, q.staff, q.counter1).value
    assert called.id == first.id  # arrival order follows the stored sequence, not wall time


def test_priority_first_then_arrival_with_anti_starvation(q) -> None:  # type: ignore[no-untyped-def]
    regular = issue(q, "A")
    q.clock.advance(minutes=31)
    prio = [issue(q, "A", "lansia") for _ in range(5)]
    called = []
    for _ in range(4):
        t = queue.call_next(q.ctx, q.staff, q.counter1).value
        called.append(t.id)
        queue.finish(q.ctx, q.staff, t.id)
    # three priority calls in a row, then the regular ticket that has waited > 30 minutes
    assert called == [prio[0].id, prio[1].id, prio[2].id, regular.id]


def test_double_click_gives_one_call_and_counter_rules(q) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = issue(q, "A"), issue(q, "A")
    first = queue.call_next(q.ctx, q.staff, q.counter1).value
    assert first.id == a1.id
    with pytest.raises(InvalidState) as info:
        queue.call_next(q.ctx, q.staff, q.counter1)
    assert info.value.code == "counter_busy"
    with pytest.raises(InvalidState) as info:  # a counter open for someone else
        queue.call_next(q.ctx, q.staff, q.counter2)
    assert info.value.code == "counter_in_use"
    with q.db.read() as s:
        assert s.get(Ticket, a2.id).status == "waiting"


def test_calling_with_no_open_counter_and_unserved_lines(q) -> None:  # type: ignore[no-untyped-def]
    queue.close_counter(q.ctx, q.staff, q.counter1)
    issue(q, "A")
    with pytest.raises(InvalidState) as info:
        queue.call_next(q.ctx, q.staff, q.counter1)
    assert info.value.code == "counter_not_open"
    queue.open_counter(q.ctx, q.staff, q.counter1)
    queue.set_counter_lines(q.ctx, q.admin, q.counter1, {"B"})
    assert queue.call_next(q.ctx, q.staff, q.counter1).value is None  # only A waits, this counter serves B
    with pytest.raises(ValidationFailed):
        queue.set_counter_lines(q.ctx, q.admin, q.counter1, {"ZZ"})


def test_missed_rejoins_once_and_transfer_keeps_number(q) -> None:  # type: ignore[no-untyped-def]
    t1, t2 = issue(q, "A"), issue(q, "A")
    queue.call_next(q.ctx, q.staff, q.counter1)
    queue.mark_missed(q.ctx, q.staff, t1.id)
    queue.rejoin(q.ctx, q.staff, t1.id)
    again = queue.call_next(q.ctx, q.staff, q.counter1).value
    assert again.id == t1.id  # original arrival order kept
    queue.mark_missed(q.ctx, q.staff, t1.id)
    with pytest.raises(InvalidState) as info:
        queue.rejoin(q.ctx, q.staff, t1.id)
    assert info.value.code == "already_rejoined"
    served = queue.call_next(q.ctx, q.staff, q.counter1).value
    assert served.id == t2.id
    queue.start_serving(q.ctx, q.staff, t2.id)
    moved = queue.transfer(q.ctx, q.staff, t2.id, "C", "needs SKCK").value
    assert (moved.number, moved.line, moved.status) == ("A-002", "C", "waiting")
    queue.set_counter_lines(q.ctx, q.admin, q.counter2, {"C"})
    assert queue.call_next(q.ctx, q.staff2, q.counter2).value.id == t2.id


def test_cancel_needs_reason_and_close_day(q) -> None:  # type: ignore[no-untyped-def]
    t1, t2, _t3 = issue(q), issue(q), issue(q)
    with pytest.raises(ValidationFailed):
        queue.cancel(q.ctx, q.staff, t1.id, "  ")
    queue.cancel(q.ctx, q.staff, t1.id, "applicant left")
    queue.call_next(q.ctx, q.staff, q.counter1)
    closed = queue.close_day_tickets(q.ctx, q.supervisor, t2.service_day).value
    assert closed == 2
    with q.db.read() as s:
        states = dict(s.execute(select(Ticket.number, Ticket.status)).all())
        reasons = set(s.execute(select(Ticket.reason).where(Ticket.status == "not_served")).scalars())
    assert states == {"A-001": "cancelled", "A-002": "not_served", "A-003": "not_served"}
    assert reasons == {"day_closed"}
    from ltsa_desktop.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        queue.close_day_tickets(q.ctx, q.staff, t2.service_day)


def test_board_shows_numbers_only_and_every_change_bumps_revision(q) -> None:  # type: ignore[no-untyped-def]
    before = queue.queue_revision(q.ctx)
    t = issue(q, "A", "disabilitas")
    queue.call_next(q.ctx, q.staff, q.counter1)
    queue.recall(q.ctx, q.staff, t.id)
    board = queue.board_state(q.ctx)
    assert board.revision > before
    assert [c.number for c in board.now_serving] == [t.number]
    assert [c.action for c in board.recent_calls] == ["recalled", "called"]
    assert dict((p, n) for p, _, n in board.waiting)["A"] == 0
    text = repr(board)
    assert "Budi" not in text and "petugas" not in text


def test_issue_reports_people_ahead_and_estimate(q) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        issue(q, "A")
    result = queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "A").value
    assert result.people_ahead == 3
    # no service finished yet today: 10 minutes each by default, 3 people over the 2 open counters serving A
    assert result.estimated_wait_minutes == 15
    t = queue.call_next(q.ctx, q.staff, q.counter1).value
    queue.start_serving(q.ctx, q.staff, t.id)
    q.clock.advance(minutes=4)
    queue.finish(q.ctx, q.staff, t.id)
    assert queue.estimate_wait(q.ctx, "A") == (3, 6)  # median 4 min × 3 people / 2 counters, rounded up
    prio = queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "A", priority_reason="anak").value
    assert prio.people_ahead == 0 and prio.estimated_wait_minutes == 0
    with pytest.raises(ValidationFailed):
        queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "A", priority_reason="vip")


def test_every_action_is_an_event_and_in_the_outbox(q) -> None:  # type: ignore[no-untyped-def]
    t = issue(q)
    queue.call_next(q.ctx, q.staff, q.counter1)
    queue.start_serving(q.ctx, q.staff, t.id)
    queue.finish(q.ctx, q.staff, t.id)
    with q.db.read() as s:
        actions = list(s.execute(select(TicketEvent.action).where(TicketEvent.ticket_id == t.id)
                                 .order_by(TicketEvent.at, TicketEvent.created_at)).scalars())
        from ltsa_desktop.storage.models.core import Outbox

        versions = list(s.execute(select(Outbox.version).where(Outbox.record_id == t.id)
                                  .order_by(Outbox.device_seq)).scalars())
        done = s.execute(select(func.count()).select_from(Ticket).where(Ticket.status == "done")).scalar_one()
    assert actions == ["issued", "called", "started", "finished"]
    assert versions == [1, 2, 3, 4] and done == 1


def test_rejoin_is_only_for_missed_tickets(q) -> None:  # type: ignore[no-untyped-def]
    t = issue(q)
    queue.call_next(q.ctx, q.staff, q.counter1)
    with pytest.raises(InvalidState) as info:
        queue.rejoin(q.ctx, q.staff, t.id)  # a called ticket is not missed
    assert info.value.code == "ticket_state"
    with q.db.read() as s:
        assert (s.get(Ticket, t.id).status, s.get(Ticket, t.id).rejoined) == ("called", False)
