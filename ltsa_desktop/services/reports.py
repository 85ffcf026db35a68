"""Daily report and CSV exports for one service day (``ltsa-admin report``, the supervisor's Print button)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from ltsa_desktop.domain.calendar import to_local
from ltsa_desktop.domain.formatting import format_date, format_datetime_local, format_money
from ltsa_desktop.printing.day_report import DayReport, PeriodReport, render_day_report, render_period_report
from ltsa_desktop.services import day_ledger, queue, summaries, supervision, survey
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
    ledger = day_ledger.day_ledger(ctx, day)
    figures += ledger_figures(ledger)
    overdue = day_ledger.overdue_cases(ctx, day)
    figures.append(("Berkas layanan lewat tenggat (belum selesai)", str(len(overdue))))
    ikm_report = survey.ikm_report(ctx, day, day)  # satisfaction survey: index, elements, comments
    figures += survey.report_figures(ikm_report)
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
        sections=ledger_sections(ledger, ctx.tz_name) + overdue_section(overdue, day)
        + survey.report_sections(ikm_report),
        status_note=reopen_note(ledger, closed=view.closed),
    )


PAYERS = {"applicant": "Pemohon", "employer": "Pemberi kerja", "government": "Pemerintah", "free": "Gratis"}
METHODS = {"cash": "Tunai", "transfer": "Transfer", "qris": "QRIS"}
SYNC_STATES = {"pending": "Menunggu dikirim", "acked": "Diterima server", "conflict": "Konflik",
               "rejected": "Ditolak server"}
ACTIONS = {"take_payment": "Pembayaran dengan pembebasan biaya", "void_receipt": "Pembatalan kuitansi",
           "close_cash_session": "Penutupan sesi kas", "reopen_day": "Pembukaan kembali hari",
           "waive_fee": "Pembebasan biaya"}
CASE_STATUSES = {"received": "Diterima", "in_process": "Diproses", "ready": "Siap diambil",
                 "handed_over": "Diserahkan", "rejected": "Ditolak", "withdrawn": "Ditarik pemohon"}
CLOSE_ACTIONS = {"close_day": "Hari ditutup", "reopen_day": "Hari dibuka kembali",
                 "day_closed_refused": "Perubahan ditolak (hari sudah ditutup)"}


def _rp(amount: int | None) -> str:
    return "—" if amount is None else format_money(amount)


def reopen_note(ledger: day_ledger.DayLedger, *, closed: bool) -> str:
    """The report's status line names the last reopening of a closed day and the changes made meanwhile."""
    reopenings = [e for e in ledger.close_events if e.action == "reopen_day"]
    if not reopenings:
        return ""
    last = reopenings[-1]
    state = "ditutup lagi" if closed else "sedang dibuka kembali"
    return (f"dibuka kembali {len(reopenings)}× (terakhir oleh {last.actor}, disetujui {last.approver}: "
            f"{last.reason}); {state}; {ledger.changes_after_close} catatan diubah sesudah ditutup")


def overdue_section(cases: list[day_ledger.CaseEntry], day: date) -> list[tuple[str, list[tuple[str, ...]], list[str]]]:
    rows = [(c.number, f"{c.service_code} {c.service_name}", format_date(c.due_date) if c.due_date else "—",
             str((day - c.due_date).days) if c.due_date else "—", CASE_STATUSES.get(c.status, c.status), c.assigned_to)
            for c in cases[:60]]
    if len(cases) > 60:
        rows.append((f"… dan {len(cases) - 60} lagi", "", "", "", "", ""))
    return [("Berkas layanan lewat tenggat", rows, ["Nomor", "Layanan", "Tenggat", "Hari terlambat", "Status",
                                                     "Petugas"])]


def ledger_figures(ledger: day_ledger.DayLedger) -> list[tuple[str, str]]:
    """The money and control lines of the day report's summary table."""
    receipts = [r for r in ledger.receipts if r.kind == "receipt"]
    differences = [c.difference for c in ledger.cash if c.difference]
    return [
        ("Kuitansi diterbitkan / dibatalkan (void)", f"{len(receipts)} / {len(ledger.voids)}"),
        ("Pembayaran pemohon diterima (neto)", _rp(ledger.collected)),
        ("Persetujuan koordinator", str(len(ledger.approvals))),
        ("Sesi kas / dengan selisih", f"{len(ledger.cash)} / {len(differences)}"),
        ("Perubahan setelah hari ditutup", str(ledger.changes_after_close)),
    ]


def ledger_sections(ledger: day_ledger.DayLedger, tz_name: str) -> list[tuple[str, list[tuple[str, ...]], list[str]]]:
    """Fees, receipts and voids, approvals, cash sessions, sync state and the close history, as report tables."""

    def hm(at) -> str:  # type: ignore[no-untyped-def]
        return to_local(at, tz_name).strftime("%H:%M") if at else "—"

    sections: list[tuple[str, list[tuple[str, ...]], list[str]]] = [
        ("Biaya per komponen (neto setelah pembatalan)",
         [(f.component, PAYERS.get(f.payer, f.payer), str(f.count), _rp(f.amount), _rp(f.collected), str(f.waived))
          for f in ledger.fees],
         ["Komponen", "Penanggung", "Jumlah", "Tarif", "Dibayar pemohon", "Dibebaskan"]),
        ("Biaya per penanggung dan cara bayar",
         [(PAYERS.get(k, k), _rp(v)) for k, v in ledger.by_payer.items()]
         + [(f"Dibayar pemohon – {METHODS.get(k, k)}", _rp(v)) for k, v in ledger.by_method.items()],
         ["Penanggung / cara bayar", "Jumlah"]),
        ("Pembatalan (void)",
         [(v.number, v.voided_number, _rp(v.total), v.cashier, v.approver, v.void_reason) for v in ledger.voids],
         ["Dokumen", "Membatalkan", "Jumlah", "Kasir", "Disetujui", "Alasan"]),
        ("Persetujuan koordinator",
         [(hm(a.at), ACTIONS.get(a.action, a.action), a.actor, a.approver, a.reason) for a in ledger.approvals],
         ["Jam", "Tindakan", "Petugas", "Disetujui oleh", "Alasan"]),
        ("Sesi kas",
         [(c.counter, c.staff, hm(c.opened_at), hm(c.closed_at), _rp(c.float_amount), _rp(c.expected),
           _rp(c.counted), _rp(c.difference), c.signed_off_by) for c in ledger.cash],
         ["Loket", "Petugas", "Buka", "Tutup", "Modal", "Seharusnya", "Dihitung", "Selisih", "Paraf"]),
        ("Sinkronisasi",
         [(SYNC_STATES.get(k, k), str(v)) for k, v in ledger.sync_by_state.items()]
         + [("Semua catatan perangkat ini yang belum terkirim", str(ledger.sync_pending_now)),
            ("Semua catatan yang ditolak / konflik", str(ledger.sync_rejected_now))],
         ["Catatan hari ini", "Jumlah"]),
    ]
    if ledger.close_events or ledger.changes_after_close:
        sections.append((
            "Penutupan hari dan perubahan sesudahnya",
            [(hm(e.at), CLOSE_ACTIONS.get(e.action, e.action), e.actor, e.approver, e.reason)
             for e in ledger.close_events]
            + ([("", "Catatan diubah saat hari dibuka kembali", str(ledger.changes_after_close), "", "")]
               if ledger.changes_after_close else []),
            ["Jam", "Peristiwa", "Oleh", "Disetujui oleh", "Alasan / catatan"]))
    return sections


def day_report_pdf(ctx: ServiceContext, day: date) -> bytes:
    return render_day_report(build_day_report(ctx, day))


DAY_NAMES = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")


def build_period_report(ctx: ServiceContext, summary: summaries.PeriodSummary) -> PeriodReport:
    info = office_info(ctx)
    s = summary
    lines = {ln.prefix: ln.name_id for ln in queue.list_lines(ctx)}
    ikm_report = survey.ikm_report(ctx, s.start, s.end)  # satisfaction survey: index, elements, comments
    return PeriodReport(
        office_name=info.name, office_code=info.code,
        title="Ringkasan Mingguan" if s.kind == "week" else "Ringkasan Bulanan",
        period_label=f"{format_date(s.start)} – {format_date(s.end)}",
        generated_label=format_datetime_local(ctx.now(), ctx.tz_name),
        figures=[
            ("Hari dengan tiket / hari ditutup", f"{s.days_with_tickets} / {s.days_closed}"),
            ("Tiket diterbitkan", str(s.issued)), ("Dilayani", str(s.served)), ("Tidak hadir", str(s.no_show)),
            ("Dibatalkan", str(s.cancelled)), ("Tidak terlayani (hari ditutup)", str(s.not_served)),
            ("Waktu tunggu median / p90 / maks (menit)", f"{_m(s.wait.median)} / {_m(s.wait.p90)} / {_m(s.wait.max)}"),
            ("Waktu layanan median / p90 / maks (menit)",
             f"{_m(s.service.median)} / {_m(s.service.p90)} / {_m(s.service.max)}"),
            ("Melewati target waktu tunggu", str(s.breaches)),
            ("Kuitansi diterbitkan / dibatalkan (void)", f"{s.receipts} / {s.voids}"),
            ("Pembayaran pemohon diterima (neto)", _rp(s.collected)),
            *survey.report_figures(ikm_report),
        ],
        days=[(f"{DAY_NAMES[d.day.weekday()]} {d.day.day:02d}/{d.day.month:02d}", str(d.issued), str(d.served),
               str(d.no_show), str(d.not_served), _m(d.wait_median), str(d.breaches), str(d.receipts),
               _rp(d.collected), "ya" if d.closed else ("—" if not d.issued else "belum")) for d in s.days],
        by_line=[(f"{k} {lines.get(k, '')}".strip(), str(v)) for k, v in s.tickets_by_line.items()],
        daily=[(f"{d.day.day:02d}", d.issued, d.served) for d in s.days],
        sections=survey.report_sections(ikm_report),
    )


def period_report_pdf(ctx: ServiceContext, kind: str, day: date) -> bytes:
    """The weekly (Monday–Sunday) or monthly summary PDF of the period containing ``day``."""
    start, end = summaries.week_of(day) if kind == "week" else summaries.month_of(day)
    return render_period_report(build_period_report(ctx, summaries.period_summary(ctx, start, end, kind)))


class _SafeWriter:
    """A csv writer whose text cells cannot run as spreadsheet formulas: text starting with ``= + - @`` (or a tab
    or carriage return) gets a leading apostrophe; numbers are written as they are."""

    def __init__(self, out: io.StringIO) -> None:
        self._writer = csv.writer(out)

    def writerow(self, row: list[object]) -> None:
        self._writer.writerow([f"'{v}" if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v
                               for v in row])


def tickets_csv(ctx: ServiceContext, day: date) -> str:
    """The day's tickets (no personal data) as CSV text."""
    view = supervision.day_view(ctx, day)
    out = io.StringIO()
    writer = _SafeWriter(out)
    writer.writerow(["number", "line", "status", "priority", "issued_at_utc", "wait_minutes", "service_minutes",
                     "counter", "staff"])
    for t in view.tickets:
        writer.writerow([t.number, t.line, t.status, int(t.priority), t.issued_at.isoformat(),
                         "" if t.wait_minutes is None else f"{t.wait_minutes:.1f}",
                         "" if t.service_minutes is None else f"{t.service_minutes:.1f}", t.counter, t.staff])
    return out.getvalue()


def cases_csv(ctx: ServiceContext, day: date) -> str:
    """The cases opened on the day (service, status, dates, staff; no applicant data) as CSV text."""
    out = io.StringIO()
    writer = _SafeWriter(out)
    writer.writerow(["number", "service_code", "service_name", "status", "opened_at_utc", "due_date",
                     "closed_at_utc", "assigned_to", "ticket"])
    for c in day_ledger.day_cases(ctx, day):
        writer.writerow([c.number, c.service_code, c.service_name, c.status, c.opened_at.isoformat(),
                         c.due_date.isoformat() if c.due_date else "", c.closed_at.isoformat() if c.closed_at else "",
                         c.assigned_to, c.ticket_number])
    return out.getvalue()


def payments_csv(ctx: ServiceContext, day: date) -> str:
    """The day's receipts and voids (int rupiah; voids negative; no applicant data) as CSV text."""
    out = io.StringIO()
    writer = _SafeWriter(out)
    writer.writerow(["number", "kind", "issued_at_utc", "ticket", "total_applicant_idr", "method", "cashier",
                     "approved_by", "voids", "void_reason", "fee_schedule"])
    for r in day_ledger.day_ledger(ctx, day).receipts:
        writer.writerow([r.number, r.kind, r.issued_at.isoformat(), r.ticket_number, r.total, r.method, r.cashier,
                         r.approver, r.voided_number, r.void_reason, r.schedule_version])
    return out.getvalue()


def write_csv_exports(ctx: ServiceContext, day: date, folder: Path) -> list[Path]:
    """tickets-, cases- and payments-YYYY-MM-DD.csv (UTF-8 with a byte-order mark, so spreadsheets read it)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, make in (("tickets", tickets_csv), ("cases", cases_csv), ("payments", payments_csv)):
        path = folder / f"{name}-{day.isoformat()}.csv"
        path.write_text(make(ctx, day), encoding="utf-8-sig")
        paths.append(path)
    return paths
