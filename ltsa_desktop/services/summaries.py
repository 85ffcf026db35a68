"""Weekly and monthly summaries: one line per service day and the period's totals, from one read transaction.

Waiting and service times of the period are computed over all its tickets (not averaged from daily medians).
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.errors import FieldError, ValidationFailed
from ltsa_desktop.services.context import ServiceContext
from ltsa_desktop.services.day_ledger import day_bounds
from ltsa_desktop.services.supervision import DEFAULT_WAIT_TARGET_MINUTES, Stats, wait_targets
from ltsa_desktop.storage.models.payments import Receipt
from ltsa_desktop.storage.models.queue import Ticket
from ltsa_desktop.storage.models.sync import DayClose

MAX_DAYS = 31


@dataclass(frozen=True)
class DayLine:
    day: date
    issued: int
    served: int
    no_show: int
    cancelled: int
    not_served: int
    wait_median: float | None
    service_median: float | None
    breaches: int
    receipts: int
    voids: int
    collected: int  # rupiah, net of voids
    closed: bool


@dataclass(frozen=True)
class PeriodSummary:
    kind: str  # week | month
    start: date
    end: date  # inclusive
    days: tuple[DayLine, ...]
    issued: int
    served: int
    no_show: int
    cancelled: int
    not_served: int
    breaches: int
    receipts: int
    voids: int
    collected: int
    wait: Stats
    service: Stats
    tickets_by_line: dict[str, int]
    days_closed: int
    days_with_tickets: int


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of the week containing ``day``."""
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def month_of(day: date) -> tuple[date, date]:
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _minutes(a: datetime | None, b: datetime | None) -> float | None:
    return None if a is None or b is None else max(0.0, (b - a).total_seconds() / 60)


def period_summary(ctx: ServiceContext, start: date, end: date, kind: str = "week") -> PeriodSummary:
    """Figures per day from ``start`` to ``end`` (inclusive, at most 31 days) and for the whole period."""
    if end < start:
        raise ValidationFailed({"end": FieldError("date_order")})
    if (end - start).days >= MAX_DAYS:
        raise ValidationFailed({"end": FieldError("period_too_long", {"max": MAX_DAYS})})
    first, _ = day_bounds(start, ctx.tz_name)
    _, last = day_bounds(end, ctx.tz_name)
    with ctx.read() as session:
        tickets = session.execute(select(
            Ticket.service_day, Ticket.line, Ticket.status, Ticket.call_count, Ticket.issued_at, Ticket.called_at,
            Ticket.serving_started_at, Ticket.finished_at).where(
            Ticket.office_id == ctx.office_id, Ticket.service_day >= start, Ticket.service_day <= end)).all()
        receipts = session.execute(select(Receipt.issued_at, Receipt.kind, Receipt.total_applicant).where(
            Receipt.office_id == ctx.office_id, Receipt.issued_at >= first, Receipt.issued_at < last)).all()
        closes = session.execute(select(DayClose.service_day, DayClose.reopened_at).where(
            DayClose.office_id == ctx.office_id, DayClose.service_day >= start,
            DayClose.service_day <= end)).all()
        targets = wait_targets(session, ctx.office_id)
    closed = {d for d, reopened in closes if reopened is None}
    by_day: dict[date, list] = defaultdict(list)  # type: ignore[type-arg]
    for t in tickets:
        by_day[t.service_day].append(t)
    money: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0])
    for issued_at, kind_, total in receipts:
        acc = money[service_day(issued_at, ctx.tz_name)]
        acc[0 if kind_ == "receipt" else 1] += 1
        acc[2] += total
    lines: list[DayLine] = []
    all_waits: list[float] = []
    all_services: list[float] = []
    per_line: Counter[str] = Counter()
    for i in range((end - start).days + 1):
        day = start + timedelta(days=i)
        rows = by_day.get(day, [])
        waits, services, breaches = [], [], 0
        for t in rows:
            per_line[t.line] += 1
            wait = _minutes(t.issued_at, t.called_at)
            if wait is not None:
                waits.append(wait)
                breaches += wait > targets.get(t.line, DEFAULT_WAIT_TARGET_MINUTES)
            if t.status == "done" and (service := _minutes(t.serving_started_at, t.finished_at)) is not None:
                services.append(service)
        all_waits += waits
        all_services += services
        statuses = Counter(t.status for t in rows)
        r, v, collected = money.get(day, [0, 0, 0])
        lines.append(DayLine(
            day=day, issued=len(rows), served=statuses["done"],
            no_show=sum(1 for t in rows if t.status == "missed" or (t.status == "not_served" and t.call_count)),
            cancelled=statuses["cancelled"], not_served=statuses["not_served"],
            wait_median=Stats.of(waits).median, service_median=Stats.of(services).median, breaches=breaches,
            receipts=r, voids=v, collected=collected, closed=day in closed))
    return PeriodSummary(
        kind=kind, start=start, end=end, days=tuple(lines),
        issued=sum(d.issued for d in lines), served=sum(d.served for d in lines),
        no_show=sum(d.no_show for d in lines), cancelled=sum(d.cancelled for d in lines),
        not_served=sum(d.not_served for d in lines), breaches=sum(d.breaches for d in lines),
        receipts=sum(d.receipts for d in lines), voids=sum(d.voids for d in lines),
        collected=sum(d.collected for d in lines), wait=Stats.of(all_waits), service=Stats.of(all_services),
        tickets_by_line=dict(sorted(per_line.items())), days_closed=len(closed),
        days_with_tickets=sum(1 for d in lines if d.issued),
    )
