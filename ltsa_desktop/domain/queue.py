"""Queue rules: ticket states and actions, ticket numbers, the calling policy and the waiting-time estimate.

Pure: no I/O, no clock (callers pass ``now``), no Qt, SQL or HTTP. Priority groups and their free-of-charge rule
come from UU 25/2009 Pasal 29 and its elucidation (DOMAIN.md §4).
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType

from ltsa_desktop.domain.errors import InvalidState

ELDERLY_AGE = 60  # lansia, UU 13/1998
DAY_CLOSED_REASON = "day_closed"


class PriorityReason(StrEnum):
    """Why a ticket is in the priority lane. A priority never carries a fee (UU 25/2009 Ps 29)."""

    LANSIA = "lansia"  # age >= ELDERLY_AGE
    DISABILITAS = "disabilitas"
    IBU_HAMIL_MENYUSUI = "ibu_hamil_menyusui"  # pregnant or nursing
    ANAK = "anak"
    KORBAN_BENCANA = "korban_bencana"  # natural or social disaster


# -- ticket life ------------------------------------------------------------------------------------------
class TicketStatus(StrEnum):
    """Where a ticket is in its day. A transfer is an action (back to ``waiting`` on another line), not a status."""

    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    MISSED = "missed"
    DONE = "done"
    CANCELLED = "cancelled"
    NOT_SERVED = "not_served"  # still open when the day was closed (reason DAY_CLOSED_REASON)


class TicketAction(StrEnum):
    """What staff (or the end-of-day job) can do to a ticket."""

    CALL = "call"
    RECALL = "recall"
    START = "start"
    SKIP = "skip"  # no-show
    REJOIN = "rejoin"  # once per day
    TRANSFER = "transfer"  # to another line or counter; keeps number and original arrival order
    FINISH = "finish"  # with an outcome
    CANCEL = "cancel"  # with a reason
    CLOSE_DAY = "close_day"


@dataclass(frozen=True)
class ActionRule:
    """An action is allowed from any of ``sources`` and leads to ``target``."""

    sources: frozenset[TicketStatus]
    target: TicketStatus


_S = TicketStatus
ACTIONS: Mapping[TicketAction, ActionRule] = MappingProxyType({
    TicketAction.CALL: ActionRule(frozenset({_S.WAITING}), _S.CALLED),
    TicketAction.RECALL: ActionRule(frozenset({_S.CALLED}), _S.CALLED),
    TicketAction.START: ActionRule(frozenset({_S.CALLED}), _S.SERVING),
    TicketAction.SKIP: ActionRule(frozenset({_S.CALLED}), _S.MISSED),
    TicketAction.REJOIN: ActionRule(frozenset({_S.MISSED}), _S.WAITING),
    TicketAction.TRANSFER: ActionRule(frozenset({_S.CALLED, _S.SERVING}), _S.WAITING),
    TicketAction.FINISH: ActionRule(frozenset({_S.SERVING}), _S.DONE),
    TicketAction.CANCEL: ActionRule(frozenset({_S.WAITING, _S.CALLED, _S.MISSED}), _S.CANCELLED),
    TicketAction.CLOSE_DAY: ActionRule(frozenset({_S.WAITING, _S.CALLED, _S.MISSED}), _S.NOT_SERVED),
})


def _transitions() -> Mapping[TicketStatus, frozenset[TicketStatus]]:
    table: dict[TicketStatus, set[TicketStatus]] = {s: set() for s in TicketStatus}
    for rule in ACTIONS.values():
        for source in rule.sources:
            table[source].add(rule.target)
    return MappingProxyType({s: frozenset(targets) for s, targets in table.items()})


TRANSITIONS: Mapping[TicketStatus, frozenset[TicketStatus]] = _transitions()
"""Every status change some action allows, derived from ``ACTIONS``."""

FINAL_STATES = frozenset(s for s, targets in TRANSITIONS.items() if not targets)
OPEN_STATES = frozenset(TicketStatus) - FINAL_STATES


def can_transition(current: TicketStatus, target: TicketStatus) -> bool:
    """Whether some action moves a ticket from ``current`` to ``target``.

    Status-level only: ``called → waiting`` is allowed (a transfer) although a called ticket may not *rejoin*.
    Use ``next_status`` to check a specific action.
    """
    return target in TRANSITIONS[current]


def next_status(action: TicketAction, current: TicketStatus, *, rejoined: bool = False) -> TicketStatus:
    """The status after ``action`` on a ticket in ``current``.

    ``rejoined`` is whether the ticket already rejoined today. Raises ``InvalidState`` with code
    ``ticket_state`` when the action is not allowed from ``current``, and ``already_rejoined`` for a second rejoin.
    """
    rule = ACTIONS[action]
    if current not in rule.sources:
        raise InvalidState("ticket_state", f"cannot {action.value} a {current.value} ticket",
                           action=action.value, status=current.value)
    if action is TicketAction.REJOIN and rejoined:
        raise InvalidState("already_rejoined", "a missed ticket may rejoin only once a day")
    return rule.target


# -- ticket numbers ---------------------------------------------------------------------------------------
_PREFIX = re.compile(r"[A-Z][A-Z0-9]{0,3}")
_NUMBER = re.compile(r"([A-Z][A-Z0-9]{0,3})-([1-9][0-9]{3,}|[0-9]{3})")


def format_ticket_number(prefix: str, seq: int) -> str:
    """``format_ticket_number("A", 7) == "A-007"``: at least three digits, more past 999 (``A-1000``).

    ``prefix`` is 1–4 ASCII capitals or digits starting with a capital; ``seq`` starts at 1. Raises
    ``ValueError`` otherwise. ``parse_ticket_number`` inverts it.
    """
    if not _PREFIX.fullmatch(prefix):
        raise ValueError(f"not a queue-line prefix: {prefix!r}")
    if isinstance(seq, bool) or seq < 1:
        raise ValueError(f"ticket sequence starts at 1, got {seq!r}")
    return f"{prefix}-{seq:03d}"


def parse_ticket_number(number: str) -> tuple[str, int]:
    """``"A-007"`` → ``("A", 7)``. Accepts only what ``format_ticket_number`` produces; else ``ValueError``."""
    match = _NUMBER.fullmatch(number)
    if match is None or int(match.group(2)) < 1:
        raise ValueError(f"not a ticket number: {number!r}")
    return match.group(1), int(match.group(2))


# -- calling policy ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CallingPolicy:
    """Priority first, then arrival order. Anti-starvation: once ``max_consecutive_priority`` priority tickets
    were called in a row, a regular ticket that has waited longer than ``regular_max_wait_minutes`` goes next.
    Both must be ≥ 0 (``ValueError``); 0 consecutive means an overdue regular ticket always goes first."""

    max_consecutive_priority: int = 3
    regular_max_wait_minutes: int = 30

    def __post_init__(self) -> None:
        if self.max_consecutive_priority < 0 or self.regular_max_wait_minutes < 0:
            raise ValueError("calling-policy limits must be >= 0")


@dataclass(frozen=True)
class QueueEntry:
    """A waiting ticket as the calling policy sees it.

    ``arrival_seq`` is the stored per-day arrival order and is what orders arrivals (wall clocks drift and jump).
    ``arrived_at`` is an aware datetime used only for the waiting-time threshold.
    """

    ticket_id: str
    service_code: str
    priority: bool
    arrival_seq: int
    arrived_at: datetime


def _arrival_key(entry: QueueEntry) -> tuple[int, str]:
    return entry.arrival_seq, entry.ticket_id  # ticket_id only breaks (unexpected) ties deterministically


def regular_is_overdue(waiting: Sequence[QueueEntry], *, now: datetime, policy: CallingPolicy) -> bool:
    """Whether the oldest regular entry (lowest ``arrival_seq``) has waited longer than the policy allows."""
    regular = [e for e in waiting if not e.priority]
    if not regular:
        return False
    oldest = min(regular, key=_arrival_key)
    return (now - oldest.arrived_at).total_seconds() > policy.regular_max_wait_minutes * 60


def choose_next(waiting: Sequence[QueueEntry], *, now: datetime, consecutive_priority_calls: int,
                policy: CallingPolicy) -> QueueEntry | None:
    """The entry a counter should call next, or ``None`` when ``waiting`` is empty.

    ``waiting`` holds only entries this counter may serve. ``consecutive_priority_calls`` is how many priority
    tickets this counter called in a row (see ``next_consecutive_priority_count``). Contract:

    * the result is one of ``waiting``;
    * if ``consecutive_priority_calls >= policy.max_consecutive_priority`` and ``regular_is_overdue``, the result
      is the oldest regular entry;
    * otherwise any priority entry beats every regular one;
    * within the chosen class the lowest ``arrival_seq`` wins (ties broken by ``ticket_id``).
    """
    if not waiting:
        return None
    priority = [e for e in waiting if e.priority]
    regular = [e for e in waiting if not e.priority]
    if not regular:
        return min(priority, key=_arrival_key)
    oldest_regular = min(regular, key=_arrival_key)
    if not priority:
        return oldest_regular
    if (consecutive_priority_calls >= policy.max_consecutive_priority
            and regular_is_overdue(regular, now=now, policy=policy)):
        return oldest_regular
    return min(priority, key=_arrival_key)


def next_consecutive_priority_count(previous: int, chosen: QueueEntry) -> int:
    """The counter's run of priority calls after calling ``chosen``: one more if priority, else 0."""
    return previous + 1 if chosen.priority else 0


# -- waiting-time estimate ---------------------------------------------------------------------------------
def estimate_wait_minutes(recent_service_minutes: Sequence[float], people_ahead: int, open_counters: int,
                          default_service_minutes: float = 10.0, window: int = 20) -> int:
    """Estimated minutes before a new ticket is called, rounded up.

    Per-person time is the median of the last ``window`` entries of ``recent_service_minutes`` (oldest first),
    ignoring negative or non-finite values (clock jumps), or ``default_service_minutes`` when none remain.
    Multiplied by ``people_ahead`` and shared over ``open_counters`` (at least 1). 0 when nobody is ahead.
    Raises ``ValueError`` for ``window < 1`` or a negative or non-finite default.
    """
    if window < 1:
        raise ValueError("window must be >= 1")
    if not math.isfinite(default_service_minutes) or default_service_minutes < 0:
        raise ValueError("default_service_minutes must be a finite number >= 0")
    if people_ahead <= 0:
        return 0
    usable = [float(m) for m in recent_service_minutes if math.isfinite(m) and m >= 0]
    recent = usable[-window:]
    per_person = statistics.median(recent) if recent else default_service_minutes
    minutes = per_person * people_ahead / max(1, open_counters)
    return math.ceil(round(minutes, 6))  # round first so 1.1 × 10 counts as 11, not 12


# -- priority eligibility ----------------------------------------------------------------------------------
def age_on(birth_date: date, on_date: date) -> int:
    """Completed years on ``on_date``. Someone born on 29 February gains a year on 1 March in common years."""
    before_birthday = (on_date.month, on_date.day) < (birth_date.month, birth_date.day)
    return on_date.year - birth_date.year - int(before_birthday)


def is_elderly(birth_date: date, on_date: date) -> bool:
    """Lansia (priority): ``ELDERLY_AGE`` (60) or older on ``on_date``, from the 60th birthday on."""
    return age_on(birth_date, on_date) >= ELDERLY_AGE
