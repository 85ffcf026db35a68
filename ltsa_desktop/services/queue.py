"""Queue use cases: issue tickets, open counters, call next fairly and safely, and the ticket's life after that.

Concurrency (RELIABILITY.md promise 5): calling next never gives one ticket to two counters. On SQLite every
write transaction holds the write lock from its first statement (``BEGIN IMMEDIATE``); on PostgreSQL the chosen
ticket is locked with ``FOR UPDATE SKIP LOCKED`` and re-checked, and the next candidate is tried if another
counter took it first. Numbers come from gapless series in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.errors import FieldError, InvalidState, NotFound, ValidationFailed
from ltsa_desktop.domain.queue import (
    DAY_CLOSED_REASON,
    CallingPolicy,
    PriorityReason,
    QueueEntry,
    TicketAction,
    TicketStatus,
    choose_next,
    estimate_wait_minutes,
    format_ticket_number,
    next_consecutive_priority_count,
    next_status,
)
from ltsa_desktop.domain.roles import ADMINS, STAFF_AND_UP, SUPERVISORS, Role
from ltsa_desktop.services.context import Actor, OpResult, ServiceContext, UnitOfWork
from ltsa_desktop.storage.chain import next_in_series, peek_series
from ltsa_desktop.storage.models.core import Counter, OfficeSetting, Staff
from ltsa_desktop.storage.models.queue import CounterLine, CounterSession, QueueLine, Ticket, TicketEvent

KIOSK_ACTOR = Actor(staff_id="", username="kiosk", full_name="Kiosk", role=Role.COUNTER_STAFF)
AREA = "queue"

# The kiosk's default lines: one per desk of PP 59/2021 Pasal 31(1), grouping the catalog's services.
DEFAULT_LINES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("A", "Ketenagakerjaan", "Employment", ("NAK-01", "NAK-02", "LAT-01")),
    ("B", "Imigrasi (Paspor)", "Immigration (passport)", ("IMI-01", "IMI-02", "IMI-03", "IMI-04")),
    ("C", "Kepolisian (SKCK)", "Police (SKCK)", ("POL-01",)),
    ("D", "Kesehatan", "Health", ("KES-01",)),
    ("E", "Jaminan Sosial (BPJS)", "Social security (BPJS)", ("JST-01", "JST-02")),
    ("F", "BP3MI", "BP3MI", ("BPM-01", "BPM-02", "BPM-03", "BPM-04", "PGD-02")),
    ("G", "Pengaduan & Informasi", "Complaints & information", ("INF-01", "PGD-01")),
    ("H", "Kependudukan (Dukcapil)", "Civil registry (Dukcapil)", ("DUK-01",)),
    ("I", "Perbankan", "Banking", ("BNK-01",)),
)


# -- plain rows returned to callers -------------------------------------------------------------------------
@dataclass(frozen=True)
class LineRow:
    prefix: str
    name_id: str
    name_en: str
    service_codes: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class TicketRow:
    id: str
    number: str
    prefix: str
    line: str
    service_day: date
    status: str
    priority: bool
    priority_reason: str | None
    issued_at: datetime
    called_at: datetime | None
    counter_id: str | None
    counter_number: int | None
    call_count: int
    rejoined: bool
    version: int


@dataclass(frozen=True)
class IssuedTicket:
    ticket: TicketRow
    line_name_id: str
    line_name_en: str
    people_ahead: int
    estimated_wait_minutes: int


def _row(t: Ticket, counter_number: int | None = None) -> TicketRow:
    return TicketRow(t.id, t.number, t.prefix, t.line, t.service_day, t.status, t.priority, t.priority_reason,
                     t.issued_at, t.called_at, t.counter_id, counter_number, t.call_count, t.rejoined, t.version)


def today(ctx: ServiceContext) -> date:
    return service_day(ctx.now(), ctx.tz_name)


def calling_policy(session: Session) -> CallingPolicy:
    value = session.execute(_CALLING_POLICY).scalar()
    if value is None:
        return CallingPolicy()
    try:
        data = json.loads(value)
        return CallingPolicy(max_consecutive_priority=int(data.get("max_consecutive_priority", 3)),
                             regular_max_wait_minutes=int(data.get("regular_max_wait_minutes", 30)))
    except (ValueError, TypeError, AttributeError):  # a damaged setting must not stop the counters
        return CallingPolicy()


_CALLING_POLICY = select(OfficeSetting.value_json).where(OfficeSetting.key == "queue.calling_policy")


def _bump_revision(uow: UnitOfWork) -> None:
    """Every queue change bumps a per-office revision that screens on any PC poll cheaply."""
    next_in_series(uow.session, f"queue_rev:{uow.ctx.office_id}")
    uow.changed(AREA)


def queue_revision(ctx: ServiceContext) -> int:
    with ctx.read() as session:
        return peek_series(session, f"queue_rev:{ctx.office_id}")


def _event(uow: UnitOfWork, ticket: Ticket, action: str, *, counter_id: str | None = None,
           from_prefix: str | None = None, to_prefix: str | None = None, note: str | None = None) -> None:
    uow.add(TicketEvent(ticket_id=ticket.id, service_day=ticket.service_day, action=action, at=uow.now,
                        counter_id=counter_id, staff_id=uow.actor.staff_id or None, from_prefix=from_prefix,
                        to_prefix=to_prefix, note=note))
    uow.audit(f"ticket_{action}", "ticket", ticket.id, number=ticket.number, counter_id=counter_id,
              note=note)


# -- configuration ------------------------------------------------------------------------------------------
def ensure_default_lines(ctx: ServiceContext, actor: Actor) -> OpResult:
    """Create the default queue lines and let every counter serve all of them (only where none exist)."""
    with ctx.write(actor, "configure_queue", roles=ADMINS) as uow:
        existing = set(uow.session.execute(select(QueueLine.prefix).where(QueueLine.office_id == ctx.office_id))
                       .scalars())
        for order, (prefix, name_id, name_en, codes) in enumerate(DEFAULT_LINES):
            if prefix not in existing:
                uow.add(QueueLine(prefix=prefix, name_id=name_id, name_en=name_en,
                                  service_codes=json.dumps(list(codes)), sort_order=order, active=True))
        counters = uow.session.execute(select(Counter).where(Counter.office_id == ctx.office_id)).scalars().all()
        assigned = {(c, p) for c, p in uow.session.execute(select(CounterLine.counter_id, CounterLine.prefix))}
        for counter in counters:
            for prefix, *_ in DEFAULT_LINES:
                if (counter.id, prefix) not in assigned:
                    uow.add(CounterLine(counter_id=counter.id, prefix=prefix, active=True))
        uow.audit(entity="queue_line")
        _bump_revision(uow)
        return uow.result()


def set_counter_lines(ctx: ServiceContext, actor: Actor, counter_id: str, prefixes: set[str]) -> OpResult:
    """Choose which lines a counter serves (admin)."""
    with ctx.write(actor, "configure_counter_lines", roles=ADMINS) as uow:
        if uow.session.get(Counter, counter_id) is None:
            raise NotFound(message="counter not found")
        known = set(uow.session.execute(select(QueueLine.prefix)).scalars())
        unknown = prefixes - known
        if unknown:
            raise ValidationFailed({"prefixes": FieldError("unknown_queue_line", {"prefixes": sorted(unknown)})})
        rows = {r.prefix: r for r in uow.session.execute(
            select(CounterLine).where(CounterLine.counter_id == counter_id)).scalars()}
        for prefix in known:
            want = prefix in prefixes
            row = rows.get(prefix)
            if row is None and want:
                uow.add(CounterLine(counter_id=counter_id, prefix=prefix, active=True))
            elif row is not None and row.active != want:
                row.active = want
                uow.update(row)
        uow.audit(entity="counter", entity_id=counter_id, prefixes=sorted(prefixes))
        _bump_revision(uow)
        return uow.result()


def list_lines(ctx: ServiceContext) -> list[LineRow]:
    with ctx.read() as session:
        rows = session.execute(select(QueueLine).where(QueueLine.office_id == ctx.office_id)
                               .order_by(QueueLine.sort_order)).scalars()
        return [LineRow(r.prefix, r.name_id, r.name_en, tuple(json.loads(r.service_codes)), r.active)
                for r in rows]


def counter_prefixes(session: Session, counter_id: str) -> set[str]:
    return set(session.execute(_COUNTER_PREFIXES, {"counter_id": counter_id}).scalars())


# The reads of call_next (the counter's busiest action) are built once, with bound parameters.
_COUNTER_PREFIXES = select(CounterLine.prefix).where(
    CounterLine.counter_id == bindparam("counter_id"), CounterLine.active.is_(True))
_OPEN_SESSION = select(CounterSession).where(
    CounterSession.counter_id == bindparam("counter_id"), CounterSession.closed_at.is_(None)).limit(1)
_CURRENT_AT_COUNTER = select(Ticket).where(
    Ticket.office_id == bindparam("office_id"), Ticket.service_day >= bindparam("since"),
    Ticket.counter_id == bindparam("counter_id"),
    Ticket.status.in_([TicketStatus.CALLED.value, TicketStatus.SERVING.value])).limit(1)
_CURRENT_NUMBER_AT_COUNTER = _CURRENT_AT_COUNTER.with_only_columns(Ticket.number)
_OLDEST_WAITING = select(Ticket.id, Ticket.line, Ticket.priority, Ticket.arrival_seq, Ticket.issued_at).where(
    Ticket.office_id == bindparam("office_id"), Ticket.service_day == bindparam("day"),
    Ticket.status == TicketStatus.WAITING.value, Ticket.line.in_(bindparam("lines", expanding=True)),
    Ticket.priority == bindparam("priority")).order_by(Ticket.arrival_seq).limit(1)
_OLDEST_WAITING_SKIPPING = _OLDEST_WAITING.where(Ticket.id.not_in(bindparam("skip", expanding=True)))
_WAITING_TICKET = select(Ticket).where(Ticket.id == bindparam("ticket_id"),
                                       Ticket.status == TicketStatus.WAITING.value)
_WAITING_TICKET_SKIP_LOCKED = _WAITING_TICKET.with_for_update(skip_locked=True)
_OPEN_SESSION_WITH_NUMBER = (_OPEN_SESSION.add_columns(Counter.number)
                             .join(Counter, Counter.id == CounterSession.counter_id))


# -- counters -----------------------------------------------------------------------------------------------
def _open_session(session: Session, counter_id: str) -> CounterSession | None:
    return session.execute(_OPEN_SESSION, {"counter_id": counter_id}).scalars().first()


def open_counter(ctx: ServiceContext, actor: Actor, counter_id: str) -> OpResult:
    """Staff sign in at a counter. Refused while another person has it open."""
    with ctx.write(actor, "open_counter", roles=STAFF_AND_UP) as uow:
        counter = uow.session.get(Counter, counter_id)
        if counter is None or not counter.active:
            raise NotFound(message="counter not found")
        current = _open_session(uow.session, counter_id)
        if current is not None:
            if current.staff_id == actor.staff_id:
                return uow.result(current.id)
            holder = uow.session.get(Staff, current.staff_id)
            raise InvalidState("counter_in_use", "counter is open for someone else",
                               holder=holder.full_name if holder else "?", counter=counter.number)
        for mine in uow.session.execute(select(CounterSession).where(
                CounterSession.staff_id == actor.staff_id, CounterSession.closed_at.is_(None))).scalars():
            mine.closed_at = uow.now  # one counter per person at a time
            uow.update(mine)
        row = uow.add(CounterSession(counter_id=counter_id, staff_id=actor.staff_id, service_day=today(ctx),
                                     opened_at=uow.now, consecutive_priority=0))
        uow.audit(entity="counter", entity_id=counter_id, number=counter.number)
        _bump_revision(uow)
        return uow.result(row.id)


def close_counter(ctx: ServiceContext, actor: Actor, counter_id: str) -> OpResult:
    with ctx.write(actor, "close_counter", roles=STAFF_AND_UP) as uow:
        current = _open_session(uow.session, counter_id)
        uow.require(current is not None, "counter is not open")
        assert current is not None
        if current.staff_id != actor.staff_id and actor.role not in SUPERVISORS:
            raise ctx.deny(actor, "close_counter", reason="not_your_counter")
        current.closed_at = uow.now
        uow.update(current)
        uow.audit(entity="counter", entity_id=counter_id)
        _bump_revision(uow)
        return uow.result()


# -- tickets ------------------------------------------------------------------------------------------------
def issue_ticket(ctx: ServiceContext, actor: Actor, prefix: str, *, priority_reason: str | None = None,
                 channel: str = "kiosk") -> OpResult:
    """Issue the next number of a line for today. A priority ticket asks only the reason category."""
    if priority_reason is not None and priority_reason not in {r.value for r in PriorityReason}:
        raise ValidationFailed({"priority_reason": FieldError("priority_reason_invalid")})
    with ctx.write(actor, "issue_ticket", roles=STAFF_AND_UP) as uow:
        line = uow.session.execute(select(QueueLine).where(
            QueueLine.office_id == ctx.office_id, QueueLine.prefix == prefix)).scalars().first()
        if line is None or not line.active:
            raise ValidationFailed({"prefix": FieldError("unknown_queue_line", {"prefixes": [prefix]})})
        day = today(ctx)
        seq = next_in_series(uow.session, f"ticket:{ctx.office_id}:{day.isoformat()}:{prefix}")
        arrival = next_in_series(uow.session, f"arrival:{ctx.office_id}:{day.isoformat()}")
        ticket = uow.add(Ticket(service_day=day, prefix=prefix, line=prefix, seq=seq, number=format_ticket_number(prefix, seq),
                                arrival_seq=arrival, priority=priority_reason is not None,
                                priority_reason=priority_reason, channel=channel,
                                status=TicketStatus.WAITING.value, issued_at=uow.now, call_count=0,
                                rejoined=False, transfers=0))
        _event(uow, ticket, "issued", note=priority_reason)
        ahead = _people_ahead(uow.session, ticket)
        wait = _estimate(uow.session, ctx, prefix, ahead)
        _bump_revision(uow)
        return uow.result(IssuedTicket(_row(ticket), line.name_id, line.name_en, ahead, wait))


def _people_ahead(session: Session, ticket: Ticket) -> int:
    q = select(func.count()).select_from(Ticket).where(
        Ticket.office_id == ticket.office_id, Ticket.service_day == ticket.service_day,
        Ticket.line == ticket.line, Ticket.status == TicketStatus.WAITING.value, Ticket.id != ticket.id)
    if ticket.priority:
        q = q.where(Ticket.priority.is_(True), Ticket.arrival_seq < ticket.arrival_seq)
    else:
        q = q.where((Ticket.priority.is_(True)) | (Ticket.arrival_seq < ticket.arrival_seq))
    return int(session.execute(q).scalar_one())


def _estimate(session: Session, ctx: ServiceContext, prefix: str, ahead: int) -> int:
    day = service_day(ctx.now(), ctx.tz_name)
    recent = session.execute(
        select(Ticket.serving_started_at, Ticket.finished_at).where(
            Ticket.office_id == ctx.office_id, Ticket.service_day == day, Ticket.line == prefix,
            Ticket.status == TicketStatus.DONE.value, Ticket.serving_started_at.is_not(None))
        .order_by(Ticket.finished_at.desc()).limit(20)).all()
    minutes = [(f - s).total_seconds() / 60 for s, f in reversed(recent) if f is not None and s is not None]
    open_counters = session.execute(
        select(func.count(func.distinct(CounterSession.counter_id))).select_from(CounterSession)
        .join(CounterLine, CounterLine.counter_id == CounterSession.counter_id)
        .where(CounterSession.closed_at.is_(None), CounterLine.prefix == prefix, CounterLine.active.is_(True))
    ).scalar_one()
    return estimate_wait_minutes(minutes, ahead, int(open_counters))


def estimate_wait(ctx: ServiceContext, prefix: str) -> tuple[int, int]:
    """(people waiting, estimated minutes) for a new ticket of ``prefix`` now."""
    with ctx.read() as session:
        waiting = int(session.execute(select(func.count()).select_from(Ticket).where(
            Ticket.office_id == ctx.office_id, Ticket.service_day == today(ctx), Ticket.line == prefix,
            Ticket.status == TicketStatus.WAITING.value)).scalar_one())
        return waiting, _estimate(session, ctx, prefix, waiting)


CURRENT_TICKET_LOOKBACK_DAYS = 7
"""How far back a called or serving ticket still holds its counter. A ticket being served at the end of the day
is left for its counter to finish (the close-of-day checklist shows it), so yesterday's may still be current; one
left for more than a week no longer blocks the counter. The bound keeps the look-up on the service-day index
instead of reading a year of ticket history on every call."""


def _current_at_counter(session: Session, ctx: ServiceContext, counter_id: str) -> Ticket | None:
    since = today(ctx) - timedelta(days=CURRENT_TICKET_LOOKBACK_DAYS)
    return session.execute(_CURRENT_AT_COUNTER, {"office_id": ctx.office_id, "since": since,
                                                 "counter_id": counter_id}).scalars().first()


def call_next(ctx: ServiceContext, actor: Actor, counter_id: str) -> OpResult:
    """Call the next ticket for this counter by policy (priority, arrival, anti-starvation). None if nobody waits.

    Refused while the counter still has a called or serving ticket, so a double click gives one call.
    """
    with ctx.write(actor, "call_next", roles=STAFF_AND_UP) as uow:
        session = uow.session
        opened = session.execute(_OPEN_SESSION_WITH_NUMBER, {"counter_id": counter_id}).first()
        if opened is None:
            raise InvalidState("counter_not_open", "open the counter before calling")
        counter_session, counter_number = opened
        if counter_session.staff_id != actor.staff_id:
            raise InvalidState("counter_in_use", "this counter is open for someone else")
        since = today(ctx) - timedelta(days=CURRENT_TICKET_LOOKBACK_DAYS)
        current = session.execute(_CURRENT_NUMBER_AT_COUNTER, {"office_id": ctx.office_id, "since": since,
                                                               "counter_id": counter_id}).scalar()
        if current is not None:
            raise InvalidState("counter_busy", "finish or skip the current ticket first", number=current)
        prefixes = counter_prefixes(session, counter_id)
        if not prefixes:
            raise InvalidState("counter_no_lines", "this counter serves no queue line")
        day = today(ctx)
        policy = calling_policy(session)
        tried: set[str] = set()
        ticket: Ticket | None = None
        while ticket is None:
            # the policy only ever needs the oldest waiting priority and the oldest waiting regular ticket
            entries = [_oldest_waiting(session, ctx.office_id, day, prefixes, priority, tried)
                       for priority in (True, False)]
            candidates = [e for e in entries if e is not None]
            chosen = choose_next(candidates, now=uow.now,
                                 consecutive_priority_calls=counter_session.consecutive_priority, policy=policy)
            if chosen is None:
                break
            ticket = _lock_waiting(session, chosen.ticket_id)
            if ticket is None:
                tried.add(chosen.ticket_id)  # another counter took it meanwhile: try the next one
            else:
                counter_session.consecutive_priority = next_consecutive_priority_count(
                    counter_session.consecutive_priority, chosen)
        if ticket is None:
            return uow.result(None)
        ticket.status = TicketStatus.CALLED.value
        ticket.called_at = uow.now
        ticket.counter_id = counter_id
        ticket.staff_id = actor.staff_id
        ticket.call_count += 1
        uow.update(ticket)
        uow.update(counter_session)
        _event(uow, ticket, "called", counter_id=counter_id)
        _bump_revision(uow)
        return uow.result(_row(ticket, counter_number))


def _oldest_waiting(session: Session, office_id: str, day: date, lines: set[str], priority: bool,
                    skip: set[str]) -> QueueEntry | None:
    params = {"office_id": office_id, "day": day, "lines": sorted(lines), "priority": priority}
    if skip:
        row = session.execute(_OLDEST_WAITING_SKIPPING, {**params, "skip": sorted(skip)}).first()
    else:
        row = session.execute(_OLDEST_WAITING, params).first()
    if row is None:
        return None
    return QueueEntry(ticket_id=row[0], service_code=row[1], priority=row[2], arrival_seq=row[3], arrived_at=row[4])


def _lock_waiting(session: Session, ticket_id: str) -> Ticket | None:
    q = _WAITING_TICKET_SKIP_LOCKED if session.get_bind().dialect.name == "postgresql" else _WAITING_TICKET
    return session.execute(q, {"ticket_id": ticket_id}).scalars().first()


def _get_ticket(uow: UnitOfWork, ticket_id: str) -> Ticket:
    ticket = uow.session.get(Ticket, ticket_id)
    if ticket is None or ticket.office_id != uow.ctx.office_id:
        raise NotFound(message="ticket not found")
    return ticket


def _act(ticket: Ticket, action: TicketAction) -> None:
    """Apply a ticket action by the domain's transition table (InvalidState when not allowed)."""
    ticket.status = next_status(action, TicketStatus(ticket.status), rejoined=ticket.rejoined).value


def recall(ctx: ServiceContext, actor: Actor, ticket_id: str) -> OpResult:
    """Announce the called ticket again (same counter)."""
    with ctx.write(actor, "recall_ticket", roles=STAFF_AND_UP) as uow:
        ticket = _get_ticket(uow, ticket_id)
        uow.require(ticket.status == TicketStatus.CALLED.value, "only a called ticket can be recalled")
        ticket.call_count += 1
        ticket.called_at = uow.now
        uow.update(ticket)
        _event(uow, ticket, "recalled", counter_id=ticket.counter_id)
        _bump_revision(uow)
        return uow.result(_row(ticket))


def start_serving(ctx: ServiceContext, actor: Actor, ticket_id: str) -> OpResult:
    with ctx.write(actor, "start_serving", roles=STAFF_AND_UP) as uow:
        ticket = _get_ticket(uow, ticket_id)
        _act(ticket, TicketAction.START)
        ticket.serving_started_at = uow.now
        uow.update(ticket)
        _event(uow, ticket, "started", counter_id=ticket.counter_id)
        _bump_revision(uow)
        return uow.result(_row(ticket))


def mark_missed(ctx: ServiceContext, actor: Actor, ticket_id: str) -> OpResult:
    """No-show: the ticket goes to the missed list (it may rejoin once that day)."""
    with ctx.write(actor, "mark_missed", roles=STAFF_AND_UP) as uow:
        ticket = _get_ticket(uow, ticket_id)
        _act(ticket, TicketAction.SKIP)
        counter_id = ticket.counter_id
        ticket.counter_id = None
        uow.update(ticket)
        _event(uow, ticket, "missed", counter_id=counter_id)
        _bump_revision(uow)
        return uow.result(_row(ticket))


def rejoin(ctx: ServiceContext, actor: Actor, ticket_id: str) -> OpResult:
    """A missed ticket rejoins the queue once, keeping its number and original arrival order."""
    with ctx.write(actor, "rejoin_ticket", roles=STAFF_AND_UP) as uow:
        ticket = _get_ticket(uow, ticket_id)
        uow.require(ticket.service_day == today(ctx), "only today's tickets may rejoin")
        _act(ticket, TicketAction.REJOIN)
        ticket.rejoined = True
        uow.update(ticket)
        _event(uow, ticket, "rejoined")
        _bump_revision(uow)
        return uow.result(_row(ticket))


def transfer(ctx: ServiceContext, actor: Actor, ticket_id: str, to_prefix: str, note: str = "") -> OpResult:
    """Send a called or serving ticket to another line. It keeps its number and original arrival order."""
    with ctx.write(actor, "transfer_ticket", roles=STAFF_AND_UP) as uow:
        ticket = _get_ticket(uow, ticket_id)
        line = uow.session.execute(select(QueueLine).where(
            QueueLine.office_id == ctx.office_id, QueueLine.prefix == to_prefix, QueueLine.active.is_(True))
        ).scalars().first()
        if line is None:
            raise ValidationFailed({"to_prefix": FieldError("unknown_queue_line", {"prefixes": [to_prefix]})})
        from_prefix, counter_id = ticket.line, ticket.counter_id
        _act(ticket, TicketAction.TRANSFER)
        ticket.line = to_prefix
        ticket.counter_id = None
        ticket.serving_started_at = None
        ticket.transfers += 1
        uow.update(ticket)
        _event(uow, ticket, "transferred", counter_id=counter_id, from_prefix=from_prefix, to_prefix=to_prefix,
               note=note or None)
        _bump_revision(uow)
        return uow.result(_row(ticket))


def finish(ctx: ServiceContext, actor: Actor, ticket_id: str, outcome: str = "served") -> OpResult:
    with ctx.write(actor, "finish_ticket", roles=STAFF_AND_UP) as uow:
        ticket = _get_ticket(uow, ticket_id)
        if ticket.status == TicketStatus.CALLED.value:  # served without pressing "start": start now
            ticket.serving_started_at = uow.now
            _act(ticket, TicketAction.START)
        _act(ticket, TicketAction.FINISH)
        ticket.finished_at = uow.now
        ticket.outcome = outcome
        uow.update(ticket)
        _event(uow, ticket, "finished", counter_id=ticket.counter_id, note=outcome)
        _bump_revision(uow)
        return uow.result(_row(ticket))


def cancel(ctx: ServiceContext, actor: Actor, ticket_id: str, reason: str) -> OpResult:
    if not reason.strip():
        raise ValidationFailed({"reason": FieldError("required")})
    with ctx.write(actor, "cancel_ticket", roles=STAFF_AND_UP) as uow:
        ticket = _get_ticket(uow, ticket_id)
        _act(ticket, TicketAction.CANCEL)
        ticket.reason = reason.strip()
        ticket.finished_at = uow.now
        uow.update(ticket)
        _event(uow, ticket, "cancelled", counter_id=ticket.counter_id, note=reason.strip())
        _bump_revision(uow)
        return uow.result(_row(ticket))


def close_day_tickets(ctx: ServiceContext, actor: Actor, day: date) -> OpResult:
    """End of day: every ticket still open is closed as not served with the reason "day closed"."""
    with ctx.write(actor, "close_day_tickets", roles=SUPERVISORS) as uow:
        return uow.result(close_open_tickets(uow, actor, day))


def close_open_tickets(uow: UnitOfWork, actor: Actor, day: date) -> int:
    """Inside ``uow``: close ``day``'s waiting, called and missed tickets as not served ("day closed").

    A ticket being served is left for its counter to finish; the close-of-day checklist shows it.
    """
    open_states = [TicketStatus.WAITING.value, TicketStatus.CALLED.value, TicketStatus.MISSED.value]
    tickets = uow.session.execute(select(Ticket).where(
        Ticket.office_id == uow.ctx.office_id, Ticket.service_day == day, Ticket.status.in_(open_states))
    ).scalars().all()
    for ticket in tickets:
        _act(ticket, TicketAction.CLOSE_DAY)
        ticket.reason = DAY_CLOSED_REASON
        ticket.finished_at = uow.now
        uow.update(ticket)
        uow.add(TicketEvent(ticket_id=ticket.id, service_day=ticket.service_day, action="day_closed",
                            at=uow.now, staff_id=actor.staff_id or None))
    uow.audit(entity="ticket", day=day.isoformat(), closed=len(tickets))
    _bump_revision(uow)
    return len(tickets)


# -- views for screens --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BoardCall:
    number: str
    counter_number: int
    counter_name: str
    at: datetime
    action: str  # called | recalled


@dataclass(frozen=True)
class BoardState:
    """What the display board shows: ticket numbers only, never a name."""

    revision: int
    now_serving: tuple[BoardCall, ...]  # one per counter with a called or serving ticket
    recent_calls: tuple[BoardCall, ...]  # last five calls, newest first
    waiting: tuple[tuple[str, str, int], ...]  # (prefix, line name, waiting count)


def board_state(ctx: ServiceContext, *, lang: str = "id") -> BoardState:
    day = today(ctx)
    with ctx.read() as session:
        revision = peek_series(session, f"queue_rev:{ctx.office_id}")
        counters = {c.id: c for c in session.execute(select(Counter).where(Counter.office_id == ctx.office_id))
                    .scalars()}
        current = session.execute(select(Ticket).where(
            Ticket.office_id == ctx.office_id, Ticket.service_day == day,
            Ticket.status.in_([TicketStatus.CALLED.value, TicketStatus.SERVING.value]))).scalars().all()
        now_serving = sorted((BoardCall(t.number, counters[t.counter_id].number, counters[t.counter_id].name,
                                        t.called_at or t.issued_at, t.status)
                              for t in current if t.counter_id in counters), key=lambda c: c.counter_number)
        events = session.execute(
            select(TicketEvent, Ticket.number).join(Ticket, Ticket.id == TicketEvent.ticket_id).where(
                TicketEvent.office_id == ctx.office_id, TicketEvent.service_day == day,
                TicketEvent.action.in_(["called", "recalled"])).order_by(TicketEvent.at.desc()).limit(5)).all()
        recent = tuple(BoardCall(number, counters[e.counter_id].number, counters[e.counter_id].name, e.at, e.action)
                       for e, number in events if e.counter_id in counters)
        counts = dict(session.execute(select(Ticket.line, func.count()).where(
            Ticket.office_id == ctx.office_id, Ticket.service_day == day,
            Ticket.status == TicketStatus.WAITING.value).group_by(Ticket.line)).all())
        lines = session.execute(select(QueueLine).where(QueueLine.office_id == ctx.office_id,
                                                        QueueLine.active.is_(True))
                                .order_by(QueueLine.sort_order)).scalars().all()
        waiting = tuple((ln.prefix, ln.name_id if lang == "id" else ln.name_en, int(counts.get(ln.prefix, 0)))
                        for ln in lines)
    return BoardState(revision, tuple(now_serving), recent, waiting)


@dataclass(frozen=True)
class CounterView:
    counter_id: str
    counter_number: int
    counter_name: str
    open_by: str | None  # staff full name
    open_by_me: bool
    current: TicketRow | None
    waiting_by_line: tuple[tuple[str, int], ...]
    missed: tuple[TicketRow, ...]
    revision: int


def counter_view(ctx: ServiceContext, actor: Actor, counter_id: str) -> CounterView:
    """The counter's own state. There is no pick list: calling follows the policy."""
    day = today(ctx)
    with ctx.read() as session:
        counter = session.get(Counter, counter_id)
        if counter is None:
            raise NotFound(message="counter not found")
        open_session = _open_session(session, counter_id)
        holder = session.get(Staff, open_session.staff_id) if open_session else None
        current = _current_at_counter(session, ctx, counter_id)
        prefixes = sorted(counter_prefixes(session, counter_id))
        counts = dict(session.execute(select(Ticket.line, func.count()).where(
            Ticket.office_id == ctx.office_id, Ticket.service_day == day, Ticket.line.in_(prefixes),
            Ticket.status == TicketStatus.WAITING.value).group_by(Ticket.line)).all())
        missed = session.execute(select(Ticket).where(
            Ticket.office_id == ctx.office_id, Ticket.service_day == day, Ticket.line.in_(prefixes),
            Ticket.status == TicketStatus.MISSED.value).order_by(Ticket.arrival_seq)).scalars().all()
        return CounterView(
            counter.id, counter.number, counter.name, holder.full_name if holder else None,
            bool(open_session and open_session.staff_id == actor.staff_id),
            _row(current, counter.number) if current else None,
            tuple((p, int(counts.get(p, 0))) for p in prefixes),
            tuple(_row(t) for t in missed),
            peek_series(session, f"queue_rev:{ctx.office_id}"),
        )


def list_counters(ctx: ServiceContext) -> list[tuple[str, int, str]]:
    with ctx.read() as session:
        return [(c.id, c.number, c.name) for c in session.execute(
            select(Counter).where(Counter.office_id == ctx.office_id, Counter.active.is_(True))
            .order_by(Counter.number)).scalars()]


def seed_demo_data(ctx: ServiceContext, admin: Actor) -> None:
    """Demo: the default lines on every counter, one simulated past working day and a live morning today."""
    from datetime import time, timedelta

    from ltsa_desktop.services.simulation import simulate_day

    ensure_default_lines(ctx, admin)
    day = today(ctx)
    past = day - timedelta(days=1)
    while past.weekday() >= 5:
        past -= timedelta(days=1)
    simulate_day(ctx, past, 200, seed=7)
    simulate_day(ctx, day, 170, seed=11, until=time(10, 0))  # a busy morning, still going
