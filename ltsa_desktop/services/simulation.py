"""A realistic day at the counters, driven through the real services with a simulated clock.

Used for demos, screenshots, tests and benchmarks (``ltsa-admin simulate-day``). Arrivals follow a morning peak,
the service mix and the priority share follow typical LTSA traffic, some applicants do not show up, some are
transferred, and several counters work in parallel. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ltsa_desktop.domain.errors import InvalidState
from ltsa_desktop.domain.queue import PriorityReason
from ltsa_desktop.domain.roles import Role
from ltsa_desktop.services import queue
from ltsa_desktop.services.context import Actor, ServiceContext
from ltsa_desktop.storage.models.core import Staff

# share of arrivals per hour from 08:00 to 15:00 local time (morning peak)
HOURLY_WEIGHTS = (0.20, 0.22, 0.17, 0.12, 0.08, 0.11, 0.07, 0.03)
LINE_WEIGHTS = {"A": 0.26, "B": 0.22, "C": 0.14, "D": 0.10, "E": 0.10, "F": 0.08, "G": 0.06, "H": 0.03, "I": 0.01}
MEAN_SERVICE_MINUTES = {"A": 5, "B": 6, "C": 4, "D": 6, "E": 4, "F": 6, "G": 7, "H": 5, "I": 5}


@dataclass(frozen=True)
class SimulationSummary:
    day: date
    issued: int
    served: int
    missed: int
    transferred: int
    cancelled: int
    not_served: int


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _staff_actors(ctx: ServiceContext) -> list[Actor]:
    with ctx.read() as session:
        rows = session.execute(select(Staff).where(Staff.active.is_(True), Staff.role.in_(
            [Role.COUNTER_STAFF.value, Role.SUPERVISOR.value])).order_by(Staff.username)).scalars().all()
        actors = [Actor(s.id, s.username, s.full_name, Role(s.role)) for s in rows]
    # counter staff take the first counters; a supervisor helps out only when counters outnumber them
    return sorted(actors, key=lambda a: (a.role is not Role.COUNTER_STAFF, a.username))


def simulate_day(ctx: ServiceContext, day: date, tickets: int, seed: int = 1, *, counters: int = 4,
                 close_day: bool = True, until: time | None = None) -> SimulationSummary:
    """Run a day of ``tickets`` arrivals on ``day``. ``until`` stops early (a "live" day still in progress)."""
    rng = random.Random(seed)
    tz = ZoneInfo(ctx.tz_name)
    start = datetime.combine(day, time(8, 0), tz).astimezone(UTC)
    clock = _Clock(start)
    sim = replace(ctx, clock=clock)
    staff = _staff_actors(sim)
    supervisor = next((a for a in staff if a.role is Role.SUPERVISOR), None)
    counter_ids = [c[0] for c in queue.list_counters(sim)][:counters]
    workers = list(zip(counter_ids, staff, strict=False))
    if not workers:
        raise InvalidState(message="the office needs counters and counter staff to simulate a day")
    hours = rng.choices(range(len(HOURLY_WEIGHTS)), HOURLY_WEIGHTS, k=tickets)
    arrivals = sorted(start + timedelta(hours=h, seconds=rng.uniform(0, 3600)) for h in hours)
    stop_at = datetime.combine(day, until, tz).astimezone(UTC) if until else None
    lines, weights = zip(*LINE_WEIGHTS.items(), strict=True)
    reasons = [r.value for r in PriorityReason]
    busy_until = {cid: start for cid, _ in workers}
    current: dict[str, str | None] = {cid: None for cid, _ in workers}
    for cid, actor in workers:
        queue.open_counter(sim, actor, cid)
    summary = dict(issued=0, served=0, missed=0, transferred=0, cancelled=0)
    i = 0
    end = start + timedelta(hours=9)
    while clock.now < end and (stop_at is None or clock.now < stop_at):
        while i < len(arrivals) and arrivals[i] <= clock.now:
            prefix = rng.choices(lines, weights)[0]
            reason = rng.choice(reasons) if rng.random() < 0.1 else None
            queue.issue_ticket(sim, queue.KIOSK_ACTOR, prefix, priority_reason=reason)
            summary["issued"] += 1
            i += 1
        for cid, actor in workers:
            if busy_until[cid] > clock.now:
                continue
            ticket_id = current[cid]
            if ticket_id is not None:  # the service time is over
                queue.finish(sim, actor, ticket_id)
                summary["served"] += 1
                current[cid] = None
            called = queue.call_next(sim, actor, cid).value
            if called is None:
                continue
            roll = rng.random()
            if roll < 0.05:
                queue.mark_missed(sim, actor, called.id)
                summary["missed"] += 1
                busy_until[cid] = clock.now + timedelta(minutes=1)
                continue
            queue.start_serving(sim, actor, called.id)
            minutes = max(2.0, rng.lognormvariate(0, 0.45) * MEAN_SERVICE_MINUTES.get(called.line, 9))
            if roll < 0.10:
                target = rng.choice([p for p in lines if p != called.line])
                clock.now += timedelta(minutes=min(minutes, 4))
                queue.transfer(sim, actor, called.id, target, "simulated referral")
                summary["transferred"] += 1
                busy_until[cid] = clock.now
                continue
            current[cid] = called.id
            busy_until[cid] = clock.now + timedelta(minutes=minutes)
        clock.now += timedelta(minutes=1)
    not_served = 0
    if stop_at is None:
        for cid, actor in workers:
            if current[cid] is not None:
                queue.finish(sim, actor, current[cid] or "")
                summary["served"] += 1
            queue.close_counter(sim, actor, cid)
        if close_day and supervisor is not None:
            not_served = queue.close_day_tickets(sim, supervisor, day).value
    return SimulationSummary(day, summary["issued"], summary["served"], summary["missed"],
                             summary["transferred"], summary["cancelled"], not_served)
