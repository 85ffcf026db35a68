"""The supervisor's day: figures computed from the day's tickets (and, where they exist, fees and approvals),
the close-of-day checklist and sign-off, and the lock on a closed day.

A day's figures are computed from one read transaction, so a report asked while counters write is a
consistent snapshot.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.errors import FieldError, InvalidState, ValidationFailed
from ltsa_desktop.domain.roles import SUPERVISORS
from ltsa_desktop.services.context import Actor, Approval, OpResult, ServiceContext
from ltsa_desktop.storage.models.core import Counter as CounterModel
from ltsa_desktop.storage.models.core import OfficeSetting, Staff
from ltsa_desktop.storage.models.queue import CounterSession, QueueLine, Ticket
from ltsa_desktop.storage.models.sync import DayClose

AREA = "supervision"
DEFAULT_WAIT_TARGET_MINUTES = 30


@dataclass(frozen=True)
class Stats:
    """Median, 90th percentile and maximum of a list of minutes (None when empty)."""

    count: int
    median: float | None
    p90: float | None
    max: float | None

    @staticmethod
    def of(values: list[float]) -> Stats:
        if not values:
            return Stats(0, None, None, None)
        ordered = sorted(values)
        p90 = ordered[max(0, int(round(0.9 * len(ordered) + 0.5)) - 1)]
        return Stats(len(ordered), statistics.median(ordered), p90, ordered[-1])


@dataclass(frozen=True)
class TicketLine:
    """One ticket as the drill-down shows it (no personal data)."""

    id: str
    number: str
    line: str
    status: str
    priority: bool
    issued_at: datetime
    wait_minutes: float | None
    service_minutes: float | None
    counter: str
    staff: str


@dataclass(frozen=True)
class DayView:
    day: date
    tz_name: str
    issued: int
    served: int
    no_show: int
    cancelled: int
    transferred: int
    not_served: int
    still_open: int
    wait: Stats
    service: Stats
    wait_by_line: dict[str, Stats]
    service_by_line: dict[str, Stats]
    wait_by_counter: dict[str, Stats]
    service_by_staff: dict[str, Stats]
    arrivals_by_hour: dict[int, int]
    served_by_hour: dict[int, int]
    longest_waits: tuple[TicketLine, ...]
    breaches: tuple[TicketLine, ...]
    priority_share: float
    priority_wait: Stats
    tickets: tuple[TicketLine, ...]
    closed: bool
    closed_by: str | None
    extra: dict[str, object] = field(default_factory=dict)


def _minutes(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return max(0.0, (b - a).total_seconds() / 60)


def wait_targets(session, office_id: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    row = session.get(OfficeSetting, "queue.wait_targets")
    return {k: int(v) for k, v in json.loads(row.value_json).items()} if row else {}


def day_view(ctx: ServiceContext, day: date) -> DayView:
    """Everything the supervisor's day screen and the daily report show, for one office-local day."""
    tz = ZoneInfo(ctx.tz_name)
    with ctx.read() as session:
        tickets = session.execute(select(Ticket).where(Ticket.office_id == ctx.office_id,
                                                       Ticket.service_day == day)).scalars().all()
        counters = {c.id: c.name for c in session.execute(select(CounterModel)).scalars()}
        staff = {s.id: s.full_name for s in session.execute(select(Staff)).scalars()}
        targets = wait_targets(session, ctx.office_id)
        lines = {ln.prefix: ln.name_id for ln in session.execute(select(QueueLine)).scalars()}
        closed = session.execute(select(DayClose).where(DayClose.office_id == ctx.office_id,
                                                        DayClose.service_day == day)).scalars().first()
        closer = staff.get(closed.closed_by) if closed else None
    rows: list[TicketLine] = []
    wait_by_line: dict[str, list[float]] = defaultdict(list)
    service_by_line: dict[str, list[float]] = defaultdict(list)
    wait_by_counter: dict[str, list[float]] = defaultdict(list)
    service_by_staff: dict[str, list[float]] = defaultdict(list)
    arrivals: Counter[int] = Counter()
    served_hours: Counter[int] = Counter()
    breaches = []
    for t in tickets:
        wait = _minutes(t.issued_at, t.called_at)
        service = _minutes(t.serving_started_at, t.finished_at) if t.status == "done" else None
        row = TicketLine(t.id, t.number, t.line, t.status, t.priority, t.issued_at, wait, service,
                         counters.get(t.counter_id or "", ""), staff.get(t.staff_id or "", ""))
        rows.append(row)
        arrivals[t.issued_at.astimezone(tz).hour] += 1
        if wait is not None:
            wait_by_line[t.line].append(wait)
            if row.counter:
                wait_by_counter[row.counter].append(wait)
            if wait > targets.get(t.line, DEFAULT_WAIT_TARGET_MINUTES):
                breaches.append(row)
        if service is not None:
            service_by_line[t.line].append(service)
            if row.staff:
                service_by_staff[row.staff].append(service)
            if t.finished_at is not None:
                served_hours[t.finished_at.astimezone(tz).hour] += 1
    statuses = Counter(t.status for t in tickets)
    waits = [r.wait_minutes for r in rows if r.wait_minutes is not None]
    services = [r.service_minutes for r in rows if r.service_minutes is not None]
    priority = [r for r in rows if r.priority]
    return DayView(
        day=day, tz_name=ctx.tz_name, issued=len(tickets), served=statuses["done"],
        no_show=sum(1 for t in tickets if t.status in ("missed",) or (t.status == "not_served" and t.call_count)),
        cancelled=statuses["cancelled"], transferred=sum(1 for t in tickets if t.transfers),
        not_served=statuses["not_served"],
        still_open=statuses["waiting"] + statuses["called"] + statuses["serving"] + statuses["missed"],
        wait=Stats.of(waits), service=Stats.of(services),
        wait_by_line={f"{k} {lines.get(k, '')}".strip(): Stats.of(v) for k, v in sorted(wait_by_line.items())},
        service_by_line={f"{k} {lines.get(k, '')}".strip(): Stats.of(v) for k, v in sorted(service_by_line.items())},
        wait_by_counter={k: Stats.of(v) for k, v in sorted(wait_by_counter.items())},
        service_by_staff={k: Stats.of(v) for k, v in sorted(service_by_staff.items())},
        arrivals_by_hour=dict(sorted(arrivals.items())), served_by_hour=dict(sorted(served_hours.items())),
        longest_waits=tuple(sorted((r for r in rows if r.wait_minutes is not None),
                                   key=lambda r: -(r.wait_minutes or 0))[:10]),
        breaches=tuple(sorted(breaches, key=lambda r: -(r.wait_minutes or 0))),
        priority_share=(len(priority) / len(rows)) if rows else 0.0,
        priority_wait=Stats.of([r.wait_minutes for r in priority if r.wait_minutes is not None]),
        tickets=tuple(sorted(rows, key=lambda r: r.issued_at)),
        closed=_is_closed(closed), closed_by=closer if _is_closed(closed) else None,
    )


@dataclass(frozen=True)
class CloseChecklist:
    open_counters: tuple[str, ...]
    open_tickets: int
    serving_tickets: int
    open_cash_sessions: int

    @property
    def ready(self) -> bool:
        return not self.open_counters and self.serving_tickets == 0 and self.open_cash_sessions == 0


def close_checklist(ctx: ServiceContext, day: date) -> CloseChecklist:
    with ctx.read() as session:
        open_counters = session.execute(
            select(CounterModel.name).join(CounterSession, CounterSession.counter_id == CounterModel.id)
            .where(CounterSession.closed_at.is_(None), CounterSession.service_day <= day)).scalars().all()
        tickets = session.execute(select(Ticket.status).where(
            Ticket.office_id == ctx.office_id, Ticket.service_day == day)).scalars().all()
        cash = 0
        try:
            from ltsa_desktop.storage.models.payments import CashSession

            cash = len(session.execute(select(CashSession.id).where(CashSession.closed_at.is_(None))).all())
        except ImportError:
            cash = 0
    return CloseChecklist(tuple(sorted(set(open_counters))),
                          sum(1 for s in tickets if s in ("waiting", "called", "missed")),
                          sum(1 for s in tickets if s == "serving"), cash)


def close_day(ctx: ServiceContext, actor: Actor, day: date, note: str = "") -> OpResult:
    """Close the day: waiting tickets become "not served (day closed)", then the supervisor signs off.

    Refused while a counter is open, a ticket is being served, or a cash session is open.
    """
    from ltsa_desktop.services import queue

    if day > service_day(ctx.now(), ctx.tz_name):
        raise ValidationFailed({"day": FieldError("date_in_future")})
    with ctx.read() as session:
        if is_day_closed(session, ctx.office_id, day):
            raise InvalidState("day_already_closed", "this day is already closed")
    checklist = close_checklist(ctx, day)
    if not checklist.ready:
        raise InvalidState("close_checklist", "the close-of-day checklist is not complete",
                           counters=", ".join(checklist.open_counters), serving=checklist.serving_tickets,
                           cash_sessions=checklist.open_cash_sessions)
    # one transaction: the open tickets are closed and the day signed off together, or nothing changes
    with ctx.write(actor, "close_day", roles=SUPERVISORS) as uow:
        exists = uow.session.execute(select(DayClose).where(DayClose.office_id == ctx.office_id,
                                                            DayClose.service_day == day)).scalars().first()
        if _is_closed(exists):
            raise InvalidState("day_already_closed", "this day is already closed")
        closed_tickets = queue.close_open_tickets(uow, actor, day)
        serving = uow.session.execute(select(Ticket.id).where(  # called to service since the checklist ran
            Ticket.office_id == ctx.office_id, Ticket.service_day == day, Ticket.status == "serving")).first()
        if serving is not None:
            raise InvalidState("close_checklist", "a ticket is being served", counters="", serving=1,
                               cash_sessions=0)
        if exists is not None:  # closing again after a reopening: the same sign-off record, a new version
            exists.closed_by, exists.closed_at, exists.note = actor.staff_id, uow.now, note.strip()
            exists.tickets_closed += closed_tickets
            exists.reopened_at = None  # the last reopening stays named in reopened_by / reopen_reason
            row = uow.update(exists)
        else:
            row = uow.add(DayClose(service_day=day, closed_by=actor.staff_id, closed_at=uow.now,
                                   note=note.strip(), tickets_closed=closed_tickets))
        uow.audit(entity="day_close", entity_id=row.id, day=day.isoformat(), tickets_closed=closed_tickets,
                  note=note.strip())
        uow.changed(AREA, "queue")
        return uow.result(closed_tickets)


def _is_closed(row: DayClose | None) -> bool:
    return row is not None and row.reopened_at is None


def is_day_closed(session, office_id: str, day: date) -> bool:  # type: ignore[no-untyped-def]
    """A closed day's tickets and money cannot change (``UnitOfWork`` refuses with code ``day_closed``) until a
    supervisor reopens it; changes made while reopened are flagged in the day's report."""
    return _is_closed(session.execute(select(DayClose).where(DayClose.office_id == office_id,
                                                             DayClose.service_day == day)).scalars().first())


def reopen_day(ctx: ServiceContext, actor: Actor, day: date, reason: str, approval: Approval | None) -> OpResult:
    """Reopen a closed day for a correction: a supervisor, a supervisor's approval given now, and a reason.

    Every change made while it is open again is flagged in the day's report; close it again when done.
    """
    if not reason.strip():
        raise ValidationFailed({"reason": FieldError("required")})
    with ctx.write(actor, "reopen_day", roles=SUPERVISORS, approval=approval, needs_approval=True) as uow:
        row = uow.session.execute(select(DayClose).where(DayClose.office_id == ctx.office_id,
                                                         DayClose.service_day == day)).scalars().first()
        if not _is_closed(row):
            raise InvalidState("day_not_closed", "this day is not closed")
        assert row is not None
        row.reopened_at, row.reopened_by, row.reopen_reason = uow.now, actor.staff_id, reason.strip()
        uow.update(row)
        uow.audit(entity="day_close", entity_id=row.id, day=day.isoformat(), reason=reason.strip())
        uow.changed(AREA, "queue")
        return uow.result(None)
