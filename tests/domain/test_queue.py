"""Queue rules: the calling policy (property-tested), ticket states, numbers, waiting estimate, elderly age."""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ltsa_desktop.domain.errors import InvalidState
from ltsa_desktop.domain.queue import (
    ACTIONS,
    FINAL_STATES,
    TRANSITIONS,
    CallingPolicy,
    PriorityReason,
    QueueEntry,
    TicketAction,
    TicketStatus,
    age_on,
    can_transition,
    choose_next,
    estimate_wait_minutes,
    format_ticket_number,
    is_elderly,
    next_consecutive_priority_count,
    next_status,
    parse_ticket_number,
)

T0 = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)  # 08:00 WIB


def entry(seq: int, *, priority: bool = False, minutes_ago: float = 0.0, now: datetime = T0,
          ticket_id: str | None = None) -> QueueEntry:
    return QueueEntry(ticket_id=ticket_id or f"t{seq}", service_code="A", priority=priority, arrival_seq=seq,
                      arrived_at=now - timedelta(minutes=minutes_ago))


@st.composite
def waiting_lists(draw: st.DrawFn, min_size: int = 0) -> list[QueueEntry]:
    """Entries with unique arrival_seq and ids; arrival times unrelated to arrival_seq (clocks jump)."""
    seqs = draw(st.lists(st.integers(1, 10_000), min_size=min_size, max_size=25, unique=True))
    return [entry(seq, priority=draw(st.booleans()), minutes_ago=draw(st.floats(0, 240))) for seq in seqs]


policies = st.builds(CallingPolicy, max_consecutive_priority=st.integers(0, 6),
                     regular_max_wait_minutes=st.integers(0, 120))


def overdue(entries: list[QueueEntry], now: datetime, policy: CallingPolicy) -> bool:
    """The anti-starvation condition, restated independently of the module."""
    regular = [e for e in entries if not e.priority]
    if not regular:
        return False
    oldest = min(regular, key=lambda e: e.arrival_seq)
    return now - oldest.arrived_at > timedelta(minutes=policy.regular_max_wait_minutes)


# -- choose_next ------------------------------------------------------------------------------------------
@given(waiting_lists(), st.integers(0, 10), policies)
def test_choice_is_one_of_the_waiting_entries(waiting: list[QueueEntry], run: int, policy: CallingPolicy) -> None:
    chosen = choose_next(waiting, now=T0, consecutive_priority_calls=run, policy=policy)
    if waiting:
        assert chosen in waiting
    else:
        assert chosen is None


@given(waiting_lists(min_size=1), st.integers(0, 10), policies)
def test_without_priority_entries_the_lowest_arrival_seq_goes(waiting: list[QueueEntry], run: int,
                                                              policy: CallingPolicy) -> None:
    regular = [QueueEntry(e.ticket_id, e.service_code, False, e.arrival_seq, e.arrived_at) for e in waiting]
    chosen = choose_next(regular, now=T0, consecutive_priority_calls=run, policy=policy)
    assert chosen is not None and chosen.arrival_seq == min(e.arrival_seq for e in regular)


@given(waiting_lists(min_size=1), st.integers(0, 10), policies)
def test_priority_beats_regular_unless_a_regular_is_overdue_after_a_full_run(
        waiting: list[QueueEntry], run: int, policy: CallingPolicy) -> None:
    chosen = choose_next(waiting, now=T0, consecutive_priority_calls=run, policy=policy)
    assert chosen is not None
    priority = [e for e in waiting if e.priority]
    regular = [e for e in waiting if not e.priority]
    starving = bool(priority) and run >= policy.max_consecutive_priority and overdue(waiting, T0, policy)
    if starving:
        assert chosen == min(regular, key=lambda e: e.arrival_seq)
    elif priority:
        assert chosen.priority
        assert all(chosen.arrival_seq < e.arrival_seq for e in priority if e != chosen)
    else:
        assert all(chosen.arrival_seq < e.arrival_seq for e in regular if e != chosen)


@given(waiting_lists(min_size=1), st.integers(0, 10), policies, st.randoms(use_true_random=False))
def test_choice_does_not_depend_on_input_order(waiting: list[QueueEntry], run: int, policy: CallingPolicy,
                                               rnd) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(waiting)
    rnd.shuffle(shuffled)
    kwargs = {"now": T0, "consecutive_priority_calls": run, "policy": policy}
    assert choose_next(waiting, **kwargs) == choose_next(shuffled, **kwargs)  # type: ignore[arg-type]


def test_arrival_seq_orders_arrivals_not_wall_time() -> None:
    # The clock was set back after ticket 1 was issued: ticket 2 looks older but arrived later.
    first, second = entry(1, minutes_ago=5), entry(2, minutes_ago=50)
    assert choose_next([second, first], now=T0, consecutive_priority_calls=0, policy=CallingPolicy()) == first


def test_anti_starvation_examples() -> None:
    policy = CallingPolicy(max_consecutive_priority=3, regular_max_wait_minutes=30)
    old_regular, fresh_regular, prio = entry(1, minutes_ago=31), entry(2, minutes_ago=1), entry(9, priority=True)
    waiting = [prio, fresh_regular, old_regular]
    assert choose_next(waiting, now=T0, consecutive_priority_calls=2, policy=policy) == prio
    assert choose_next(waiting, now=T0, consecutive_priority_calls=3, policy=policy) == old_regular
    # exactly 30 minutes is not "longer than 30"
    at_limit = [prio, entry(1, minutes_ago=30)]
    assert choose_next(at_limit, now=T0, consecutive_priority_calls=5, policy=policy) == prio
    # only the oldest regular counts: a later one that looks older (clock jump) does not trigger
    jumped = [prio, entry(1, minutes_ago=10), entry(2, minutes_ago=45)]
    assert choose_next(jumped, now=T0, consecutive_priority_calls=5, policy=policy) == prio


def test_a_transferred_ticket_keeps_its_place_by_original_arrival() -> None:
    transferred = entry(3, minutes_ago=40, ticket_id="moved")  # arrived third today, transferred later
    newer = [entry(10, minutes_ago=2), entry(11, minutes_ago=1)]
    chosen = choose_next([*newer, transferred], now=T0, consecutive_priority_calls=0, policy=CallingPolicy())
    assert chosen == transferred


@given(n=st.integers(1, 5), m=st.integers(0, 60), regulars=st.integers(1, 6),
       priority_per_call=st.integers(1, 3), service=st.lists(st.integers(1, 15), min_size=1, max_size=8))
def test_anti_starvation_bound_under_a_constant_priority_stream(
        n: int, m: int, regulars: int, priority_per_call: int, service: list[int]) -> None:
    """One counter, regular tickets waiting from the start, priority tickets arriving before every call.

    Once the oldest regular ticket has waited longer than M minutes, at most N priority calls happen before a
    regular one is called; and every regular ticket is eventually called.
    """
    policy = CallingPolicy(max_consecutive_priority=n, regular_max_wait_minutes=m)
    now = T0
    seq = 0
    waiting: list[QueueEntry] = []
    for _ in range(regulars):
        seq += 1
        waiting.append(QueueEntry(f"r{seq}", "A", False, seq, now))
    run = 0
    priority_calls_while_overdue = 0
    called_regular = 0
    steps = (n + 1) * (regulars + 1) + m + 5  # every call takes ≥ 1 minute, so the wait passes M in ≤ M+1 calls
    for step in range(steps):
        for _ in range(priority_per_call):
            seq += 1
            waiting.append(QueueEntry(f"p{seq}", "A", True, seq, now))
        was_overdue = overdue(waiting, now, policy)
        chosen = choose_next(waiting, now=now, consecutive_priority_calls=run, policy=policy)
        assert chosen is not None
        waiting.remove(chosen)
        run = next_consecutive_priority_count(run, chosen)
        if chosen.priority:
            priority_calls_while_overdue += int(was_overdue)
            assert priority_calls_while_overdue <= n
        else:
            assert chosen.arrival_seq == min(e.arrival_seq for e in waiting + [chosen] if not e.priority)
            called_regular += 1
            priority_calls_while_overdue = 0
        now += timedelta(minutes=service[step % len(service)])
    assert called_regular == regulars


def test_consecutive_priority_count() -> None:
    assert next_consecutive_priority_count(2, entry(1, priority=True)) == 3
    assert next_consecutive_priority_count(2, entry(1)) == 0


def test_policy_rejects_negative_limits() -> None:
    with pytest.raises(ValueError):
        CallingPolicy(max_consecutive_priority=-1)
    with pytest.raises(ValueError):
        CallingPolicy(regular_max_wait_minutes=-1)


def test_priority_reasons() -> None:
    assert {r.value for r in PriorityReason} == {
        "lansia", "disabilitas", "ibu_hamil_menyusui", "anak", "korban_bencana"}


# -- ticket states ----------------------------------------------------------------------------------------
W, C, S, M, D, X, N = (TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.MISSED,
                       TicketStatus.DONE, TicketStatus.CANCELLED, TicketStatus.NOT_SERVED)
EXPECTED = {
    W: {C, X, N},
    C: {C, S, M, W, X, N},  # recall, start, skip, transfer, cancel, close day
    S: {D, W},  # finish, transfer
    M: {W, X, N},  # rejoin, cancel, close day
    D: set(), X: set(), N: set(),
}


def test_transition_table_is_exactly_the_documented_one() -> None:
    assert {s: set(t) for s, t in TRANSITIONS.items()} == EXPECTED
    for a in TicketStatus:
        for b in TicketStatus:
            assert can_transition(a, b) == (b in EXPECTED[a]), (a, b)
    assert set(FINAL_STATES) == {D, X, N}


@pytest.mark.parametrize(("action", "sources", "target"), [
    (TicketAction.CALL, {W}, C), (TicketAction.RECALL, {C}, C), (TicketAction.START, {C}, S),
    (TicketAction.SKIP, {C}, M), (TicketAction.REJOIN, {M}, W), (TicketAction.TRANSFER, {C, S}, W),
    (TicketAction.FINISH, {S}, D), (TicketAction.CANCEL, {W, C, M}, X), (TicketAction.CLOSE_DAY, {W, C, M}, N),
])
def test_each_action_from_each_status(action: TicketAction, sources: set[TicketStatus],
                                      target: TicketStatus) -> None:
    assert ACTIONS[action].target == target
    for status in TicketStatus:
        if status in sources:
            assert next_status(action, status) == target
        else:
            with pytest.raises(InvalidState) as err:
                next_status(action, status)
            assert err.value.code == "ticket_state"


def test_rejoin_only_once() -> None:
    assert next_status(TicketAction.REJOIN, M, rejoined=False) == W
    with pytest.raises(InvalidState) as err:
        next_status(TicketAction.REJOIN, M, rejoined=True)
    assert err.value.code == "already_rejoined"


@given(st.lists(st.sampled_from(TicketAction), max_size=40))
def test_random_action_walks_stay_inside_the_table(actions: list[TicketAction]) -> None:
    status, rejoined, rejoins = W, False, 0
    for action in actions:
        try:
            new = next_status(action, status, rejoined=rejoined)
        except InvalidState:
            assert status not in ACTIONS[action].sources or (action is TicketAction.REJOIN and rejoined)
            continue
        assert can_transition(status, new)
        assert status not in FINAL_STATES
        if action is TicketAction.REJOIN:
            rejoined, rejoins = True, rejoins + 1
        status = new
    assert rejoins <= 1


# -- ticket numbers ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("prefix", "seq", "text"), [
    ("A", 1, "A-001"), ("A", 7, "A-007"), ("B", 42, "B-042"), ("A", 999, "A-999"), ("A", 1000, "A-1000"),
    ("C", 12345, "C-12345"), ("AB1", 7, "AB1-007"),
])
def test_format_examples(prefix: str, seq: int, text: str) -> None:
    assert format_ticket_number(prefix, seq) == text
    assert parse_ticket_number(text) == (prefix, seq)


@given(st.from_regex(r"[A-Z][A-Z0-9]{0,3}", fullmatch=True), st.integers(1, 10**7))
def test_number_round_trip_and_width(prefix: str, seq: int) -> None:
    text = format_ticket_number(prefix, seq)
    assert parse_ticket_number(text) == (prefix, seq)
    assert len(text.partition("-")[2]) == max(3, len(str(seq)))


@pytest.mark.parametrize(("prefix", "seq"), [("", 1), ("a", 1), ("A-B", 1), ("ABCDE", 1), ("1A", 1),
                                             ("A", 0), ("A", -3), ("Á", 1)])
def test_format_rejects_bad_input(prefix: str, seq: int) -> None:
    with pytest.raises(ValueError):
        format_ticket_number(prefix, seq)


@pytest.mark.parametrize("text", ["", "A", "A-", "A-7", "A-07", "A-0007", "A-000", "a-007", "A007", "A-00a",
                                  "A-\u0660\u0660\u0667", " A-007", "A-007\n", "A--007", "-007"])
def test_parse_rejects_anything_format_does_not_produce(text: str) -> None:
    with pytest.raises(ValueError):
        parse_ticket_number(text)


# -- waiting-time estimate --------------------------------------------------------------------------------
def test_estimate_examples() -> None:
    assert estimate_wait_minutes([], 3, 1) == 30  # default 10 minutes each
    assert estimate_wait_minutes([], 3, 2) == 15
    assert estimate_wait_minutes([], 1, 3) == 4  # 3.33 rounded up
    assert estimate_wait_minutes([5, 7, 9], 0, 1) == 0
    assert estimate_wait_minutes([5, 7, 9], -2, 1) == 0
    assert estimate_wait_minutes([], 2, 0) == 20  # no open counter counts as one
    assert estimate_wait_minutes([], 2, -1) == 20
    assert estimate_wait_minutes([], 2, 1, default_service_minutes=6) == 12
    assert estimate_wait_minutes([1.1], 10, 1) == 11  # not 12 from float noise


def test_estimate_uses_the_median_of_the_latest_window() -> None:
    assert estimate_wait_minutes([4, 100, 6], 1, 1) == 6  # one slow case does not move it
    assert estimate_wait_minutes([4, 6], 1, 1) == 5  # even count: mean of the middle two
    assert estimate_wait_minutes([60] * 5 + [2] * 20, 1, 1) == 2  # older than the window: ignored
    assert estimate_wait_minutes([60] * 5 + [2] * 20, 1, 1, window=25) == 2
    assert estimate_wait_minutes([2, 60, 60], 1, 1, window=2) == 60
    assert estimate_wait_minutes([-30, float("nan"), float("inf"), 8], 1, 1) == 8  # clock jumps ignored
    assert estimate_wait_minutes([-30, float("nan")], 1, 1) == 10


def test_estimate_rejects_bad_parameters() -> None:
    with pytest.raises(ValueError):
        estimate_wait_minutes([5], 1, 1, window=0)
    with pytest.raises(ValueError):
        estimate_wait_minutes([5], 1, 1, default_service_minutes=-1)


service_times = st.lists(st.floats(0, 240, allow_nan=False), max_size=40)


@given(service_times, st.integers(1, 200), st.integers(1, 20), st.integers(1, 30))
def test_estimate_is_the_rounded_up_share_of_the_median(times: list[float], ahead: int, counters: int,
                                                       window: int) -> None:
    result = estimate_wait_minutes(times, ahead, counters, window=window)
    per_person = statistics.median(times[-window:]) if times else 10.0
    exact = per_person * ahead / counters
    assert result >= 0
    assert result >= exact - 1e-6
    assert result - 1 < exact


@given(service_times, st.integers(0, 100), st.integers(0, 100), st.integers(1, 10), st.integers(1, 10))
def test_estimate_grows_with_people_and_shrinks_with_counters(times: list[float], a: int, b: int, c1: int,
                                                              c2: int) -> None:
    assume(a <= b and c1 <= c2)
    assert estimate_wait_minutes(times, a, c1) <= estimate_wait_minutes(times, b, c1)
    assert estimate_wait_minutes(times, b, c2) <= estimate_wait_minutes(times, b, c1)


# -- elderly ----------------------------------------------------------------------------------------------
def test_elderly_from_the_sixtieth_birthday() -> None:
    born = date(1965, 8, 17)
    assert not is_elderly(born, date(2025, 8, 16))
    assert is_elderly(born, date(2025, 8, 17))
    assert is_elderly(born, date(2040, 1, 1))
    assert not is_elderly(born, date(1960, 1, 1))  # before birth


def test_elderly_born_on_29_february() -> None:
    assert not is_elderly(date(1964, 2, 29), date(2024, 2, 28))
    assert is_elderly(date(1964, 2, 29), date(2024, 2, 29))  # 2024 is a leap year
    # 2100 and 1900 are not leap years: the birthday falls on 1 March
    assert not is_elderly(date(2040, 2, 29), date(2100, 2, 28))
    assert is_elderly(date(2040, 2, 29), date(2100, 3, 1))
    assert not is_elderly(date(1840, 2, 29), date(1900, 2, 28))
    assert is_elderly(date(1840, 2, 29), date(1900, 3, 1))
    assert age_on(date(2000, 2, 29), date(2001, 2, 28)) == 0
    assert age_on(date(2000, 2, 29), date(2001, 3, 1)) == 1


def sixtieth_birthday(born: date) -> date:
    try:
        return born.replace(year=born.year + 60)
    except ValueError:  # 29 February in a common year
        return date(born.year + 60, 3, 1)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
       st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_elderly_exactly_from_the_sixtieth_birthday_on(born: date, on: date) -> None:
    assert is_elderly(born, on) == (on >= sixtieth_birthday(born))


@given(st.dates(min_value=date(1, 1, 2), max_value=date(9000, 1, 1)), st.integers(1, 500))
def test_age_steps_up_on_each_birthday(born: date, years: int) -> None:
    assume(not (born.month == 2 and born.day == 29))
    birthday = born.replace(year=born.year + years)
    assert age_on(born, born) == 0
    assert age_on(born, birthday) == years
    assert age_on(born, birthday - timedelta(days=1)) == years - 1
