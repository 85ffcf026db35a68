"""Queue rules: ticket states, numbering, the calling policy and the waiting-time estimate. Pure."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class PriorityReason(StrEnum):
    """Groups with a right to special treatment (UU 25/2009 Ps 29). A priority never carries a fee."""

    LANSIA = "lansia"  # age >= 60
    DISABILITAS = "disabilitas"
    IBU_HAMIL_MENYUSUI = "ibu_hamil_menyusui"
    ANAK = "anak"
    KORBAN_BENCANA = "korban_bencana"


class TicketStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    MISSED = "missed"
    DONE = "done"
    CANCELLED = "cancelled"
    NOT_SERVED = "not_served"  # still open when the day was closed


_TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    TicketStatus.WAITING: frozenset({TicketStatus.CALLED, TicketStatus.CANCELLED, TicketStatus.NOT_SERVED}),
    TicketStatus.CALLED: frozenset({TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.MISSED,
                                    TicketStatus.WAITING, TicketStatus.CANCELLED, TicketStatus.NOT_SERVED}),
    TicketStatus.SERVING: frozenset({TicketStatus.DONE, TicketStatus.WAITING, TicketStatus.NOT_SERVED}),
    TicketStatus.MISSED: frozenset({TicketStatus.WAITING, TicketStatus.CANCELLED, TicketStatus.NOT_SERVED}),
    TicketStatus.DONE: frozenset(),
    TicketStatus.CANCELLED: frozenset(),
    TicketStatus.NOT_SERVED: frozenset(),
}
FINAL_STATES = frozenset({TicketStatus.DONE, TicketStatus.CANCELLED, TicketStatus.NOT_SERVED})


def can_transition(current: TicketStatus, target: TicketStatus) -> bool:
    """Whether a ticket in ``current`` may move to ``target`` (called→waiting is a transfer)."""
    return target in _TRANSITIONS[current]


def format_ticket_number(prefix: str, seq: int) -> str:
    """``A-007``: three digits, more past 999."""
    if seq < 1:
        raise ValueError("ticket sequence starts at 1")
    return f"{prefix}-{seq:03d}"


def parse_ticket_number(number: str) -> tuple[str, int]:
    prefix, _, digits = number.partition("-")
    if not prefix or not digits.isascii() or not digits.isdigit():
        raise ValueError(f"not a ticket number: {number!r}")
    return prefix, int(digits)


@dataclass(frozen=True)
class CallingPolicy:
    """Priority first; after ``max_consecutive_priority`` priority calls in a row, a regular ticket that has
    waited longer than ``regular_max_wait_minutes`` goes next (anti-starvation)."""

    max_consecutive_priority: int = 3
    regular_max_wait_minutes: int = 30


@dataclass(frozen=True)
class QueueEntry:
    ticket_id: str
    service_code: str
    priority: bool
    arrival_seq: int  # the stored per-day arrival order: what orders arrivals (not wall time)
    arrived_at: datetime  # only for waiting-time thresholds


def choose_next(waiting: Sequence[QueueEntry], *, now: datetime, consecutive_priority_calls: int,
                policy: CallingPolicy) -> QueueEntry | None:
    """The ticket a counter should call next among ``waiting`` (the entries it may serve)."""
    if not waiting:
        return None
    priority = [e for e in waiting if e.priority]
    regular = [e for e in waiting if not e.priority]
    oldest_regular = min(regular, key=lambda e: e.arrival_seq) if regular else None
    if priority:
        if (oldest_regular is not None and consecutive_priority_calls >= policy.max_consecutive_priority
                and (now - oldest_regular.arrived_at).total_seconds() > policy.regular_max_wait_minutes * 60):
            return oldest_regular
        return min(priority, key=lambda e: e.arrival_seq)
    return oldest_regular


def next_consecutive_priority_count(previous: int, chosen: QueueEntry) -> int:
    return previous + 1 if chosen.priority else 0


def estimate_wait_minutes(recent_service_minutes: Sequence[float], people_ahead: int, open_counters: int,
                          default_service_minutes: float = 10.0, window: int = 20) -> int:
    """Rolling median of recent service times × people ahead ÷ open counters, rounded up (0 if nobody)."""
    if people_ahead <= 0:
        return 0
    recent = list(recent_service_minutes)[-window:] if window > 0 else []
    per_person = statistics.median(recent) if recent else default_service_minutes
    return int(math.ceil(per_person * people_ahead / max(1, open_counters)))


def is_elderly(birth_date: date, on_date: date) -> bool:
    """Lansia: 60 or older on ``on_date`` (UU 13/1998). A 29 February birthday counts from 1 March."""
    try:
        sixtieth = birth_date.replace(year=birth_date.year + 60)
    except ValueError:
        sixtieth = date(birth_date.year + 60, 3, 1)
    return on_date >= sixtieth
