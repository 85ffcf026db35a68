"""Daily report and CSV exports for one service day (``ltsa-admin report``, the supervisor's Print button)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from ltsa_desktop.domain.formatting import format_date, format_datetime_local
from ltsa_desktop.printing.day_report import DayReport, render_day_report
from ltsa_desktop.services import supervision
from ltsa_desktop.services.context import ServiceContext
from ltsa_desktop.services.office import office_info


def _m(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def build_day_report(ctx: ServiceContext, day: date) -> DayReport:
    view = supervision.day_view(ctx, day)
    info = office_info(ctx)
    figures = [
        ("Tiket diterbitkan", str(view.issued)), ("Dilayani", str(view.served)),
        ("Tidak hadir", str(view.no_show)), ("Dibatalkan", str(view.cancelled)),
        ("Dialihkan", str(view.transferred)), ("Tidak terlayani (hari ditutup)", str(view.not_served)),
        ("Waktu tunggu median / p90 / maks (menit)",
         f"{_m(view.wait.median)} / {_m(view.wait.p90)} / {_m(view.wait.max)}"),
        ("Waktu layanan median / p90 / maks (menit)",
         f"{_m(view.service.median)} / {_m(view.service.p90)} / {_m(view.service.max)}"),
        ("Jalur prioritas: porsi / tunggu median", f"{view.priority_share:.0%} / {_m(view.priority_wait.median)}"),
        ("Melewati target waktu tunggu", str(len(view.breaches))),
    ]
    counters: dict[str, int] = {}
    for t in view.tickets:
        if t.counter and t.wait_minutes is not None:
            counters[t.counter] = counters.get(t.counter, 0) + 1
    served_by_staff: dict[str, int] = {}
    for t in view.tickets:
        if t.staff and t.status == "done":
            served_by_staff[t.staff] = served_by_staff.get(t.staff, 0) + 1
    hours = sorted(set(view.arrivals_by_hour) | set(view.served_by_hour))
    return DayReport(
        office_name=info.name, office_code=info.code, day=day, day_label=format_date(day),
        generated_label=format_datetime_local(ctx.now(), ctx.tz_name), closed_by=view.closed_by,
        figures=figures,
        by_line=[(line, _m(s.median), _m(s.p90), _m(view.service_by_line.get(line, supervision.Stats.of([])).median))
                 for line, s in view.wait_by_line.items()],
        by_counter=[(c, str(counters.get(c, 0)), _m(s.median)) for c, s in view.wait_by_counter.items()],
        by_staff=[(name, str(served_by_staff.get(name, 0)), _m(s.median)) for name, s in view.service_by_staff.items()],
        hours=[(h, view.arrivals_by_hour.get(h, 0), view.served_by_hour.get(h, 0)) for h in hours],
        breaches=[(t.number, t.line, _m(t.wait_minutes)) for t in view.breaches],
    )


def day_report_pdf(ctx: ServiceContext, day: date) -> bytes:
    return render_day_report(build_day_report(ctx, day))


def tickets_csv(ctx: ServiceContext, day: date) -> str:
    """The day's tickets (no personal data) as CSV text."""
    view = supervision.day_view(ctx, day)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["number", "line", "status", "priority", "issued_at_utc", "wait_minutes", "service_minutes",
                     "counter", "staff"])
    for t in view.tickets:
        writer.writerow([t.number, t.line, t.status, int(t.priority), t.issued_at.isoformat(),
                         "" if t.wait_minutes is None else f"{t.wait_minutes:.1f}",
                         "" if t.service_minutes is None else f"{t.service_minutes:.1f}", t.counter, t.staff])
    return out.getvalue()


def write_csv_exports(ctx: ServiceContext, day: date, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"tickets-{day.isoformat()}.csv"
    path.write_text(tickets_csv(ctx, day), encoding="utf-8")
    return [path]
