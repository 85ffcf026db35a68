"""The supervisor's day view, cross-checked against an independent computation from the raw tickets."""

from __future__ import annotations

import sqlite3
import statistics
from datetime import date, datetime

import pytest

from ltsa_desktop.domain.errors import InvalidState, PermissionDenied, ValidationFailed
from ltsa_desktop.services import queue, supervision
from ltsa_desktop.services.simulation import simulate_day

DAY = date(2026, 11, 20)


def _raw(office):  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(office.data_dir.database)
    rows = conn.execute("SELECT status, issued_at, called_at, serving_started_at, finished_at, priority "
                        "FROM ticket WHERE service_day=?", (DAY.isoformat(),)).fetchall()
    conn.close()
    return rows


def _mins(a: str | None, b: str | None) -> float | None:
    if a is None or b is None:
        return None
    return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 60


def test_day_view_matches_raw_tickets(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    simulate_day(office.ctx, DAY, 150, seed=5, counters=3, close_day=False)
    view = supervision.day_view(office.ctx, DAY)
    raw = _raw(office)
    assert view.issued == len(raw) == 150
    assert view.served == sum(1 for r in raw if r[0] == "done")
    waits = [w for r in raw if (w := _mins(r[1], r[2])) is not None]
    services = [s for r in raw if r[0] == "done" and (s := _mins(r[3], r[4])) is not None]
    assert view.wait.count == len(waits)
    assert view.wait.median == pytest.approx(statistics.median(waits))
    assert view.wait.max == pytest.approx(max(waits))
    assert view.service.median == pytest.approx(statistics.median(services))
    assert sum(view.arrivals_by_hour.values()) == 150
    assert set(view.arrivals_by_hour) <= set(range(8, 17))  # office-local hours (WIB)
    assert view.priority_share == pytest.approx(sum(1 for r in raw if r[5]) / 150)
    assert all(b.wait_minutes > 30 for b in view.breaches)
    assert len(view.breaches) == sum(1 for w in waits if w > 30)
    assert view.longest_waits[0].wait_minutes == pytest.approx(max(waits))


def test_empty_and_future_days(office) -> None:  # type: ignore[no-untyped-def]
    empty = supervision.day_view(office.ctx, date(2026, 1, 5))
    assert (empty.issued, empty.wait.median, empty.priority_share) == (0, None, 0.0)
    with pytest.raises(ValidationFailed):
        supervision.close_day(office.ctx, office.supervisor, date(2026, 12, 31))


def test_close_day_checklist_sign_off_and_roles(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    counter = queue.list_counters(office.ctx)[0][0]
    queue.open_counter(office.ctx, office.staff, counter)
    t = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket
    queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")
    today = t.service_day
    with pytest.raises(InvalidState) as info:
        supervision.close_day(office.ctx, office.supervisor, today)
    assert info.value.code == "close_checklist" and "Loket 1" in info.value.params["counters"]
    queue.close_counter(office.ctx, office.staff, counter)
    with pytest.raises(PermissionDenied):
        supervision.close_day(office.ctx, office.staff, today)
    assert supervision.close_day(office.ctx, office.supervisor, today, "hari normal").value == 2
    view = supervision.day_view(office.ctx, today)
    assert view.closed and view.closed_by == office.supervisor.full_name and view.not_served == 2
    with pytest.raises(InvalidState):
        supervision.close_day(office.ctx, office.supervisor, today)
