"""The daily report PDF and CSV export for a simulated day."""

from __future__ import annotations

import csv
import io
import json
import statistics
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ltsa_desktop.domain.formatting import format_money
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import auth, day_ledger, payments, queue, reports, supervision
from ltsa_desktop.services.simulation import simulate_day
from ltsa_desktop.storage.models.payments import CashSession, Receipt
from tests.conftest import PASSWORD


def test_day_report_pdf_and_csv(office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    day = date(2026, 11, 20)
    simulate_day(office.ctx, day, 60, seed=4, counters=3)
    pdf = reports.day_report_pdf(office.ctx, day)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    view = supervision.day_view(office.ctx, day)
    assert "Laporan Harian Pelayanan" in text and "20 November 2026" in text
    assert f"Tiket diterbitkan {view.issued}" in text.replace("\n", " ")
    assert "Budi Petugas" in text  # staff names appear (they are not applicants' personal data)
    rows = list(csv.DictReader(io.StringIO(reports.tickets_csv(office.ctx, day))))
    assert len(rows) == 60 and {r["status"] for r in rows} <= {"done", "not_served"}


def test_empty_day_gives_an_honest_report(office) -> None:  # type: ignore[no-untyped-def]
    pdf = reports.day_report_pdf(office.ctx, date(2026, 1, 5))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text().replace("\n", " ")
    assert "Tiket diterbitkan 0" in text



def _money_day(office):  # type: ignore[no-untyped-def]
    """Today in ``paying_office``: two cash payments (one with a waiver), one voided, the drawer closed short."""
    def pay(services, tendered, approval=None, **kw):  # type: ignore[no-untyped-def]
        request = payments.PaymentRequest(request_id=new_id(), services=services, method="cash",
                                          tendered=tendered, **kw)
        return payments.take_payment(office.ctx, office.staff, request, approval).value

    first = pay(("POL-01", "JST-01"), 100_000, auth.approve(office.ctx, "koordinator", PASSWORD, "take_payment"),
                waivers=(("POL-01/pnbp", "korban bencana"),))
    second = pay(("JST-01",), 50_000)
    payments.void_receipt(office.ctx, office.staff, second, "salah layanan",
                          auth.approve(office.ctx, "koordinator", PASSWORD, "void_receipt"))
    payments.close_cash_session(office.ctx, office.staff, {100000: 2, 10000: 3},
                                auth.approve(office.ctx, "koordinator", PASSWORD, "close_cash_session"))
    return first, second


def test_day_ledger_matches_the_receipts(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    first, second = _money_day(office)
    day = queue.today(office.ctx)
    ledger = day_ledger.day_ledger(office.ctx, day)
    with office.db.read() as s:
        rows = s.execute(select(Receipt)).scalars().all()
        raw_lines = [(r.kind, line) for r in rows for line in json.loads(r.lines_json)]
        cash = s.execute(select(CashSession)).scalars().one()
    assert ledger.collected == sum(r.total_applicant for r in rows) == \
        next(r.total_applicant for r in rows if r.id == first)  # the second was voided
    assert [v.voided_number for v in ledger.voids] == [next(r.number for r in rows if r.id == second)]
    assert sum(f.collected for f in ledger.fees) == ledger.collected
    assert sum(f.amount for f in ledger.fees) == sum(int(ln["amount"]) for _, ln in raw_lines)
    assert sum(f.waived for f in ledger.fees) == 1
    assert ledger.by_payer == {p: sum(json.loads(r.totals_json).get(p, 0) for r in rows) for p in ledger.by_payer}
    assert ledger.by_method == {"cash": ledger.collected}
    assert {(a.action, a.approver, a.reason) for a in ledger.approvals} >= {
        ("void_receipt", "Siti Koordinator", "salah layanan"), ("close_cash_session", "Siti Koordinator", "")}
    assert any(a.action == "take_payment" and a.reason.endswith(": korban bencana") and a.actor == "Budi Petugas"
               for a in ledger.approvals)
    assert [(c.difference, c.signed_off_by) for c in ledger.cash] == [(cash.difference, "Siti Koordinator")]
    assert cash.difference != 0
    assert ledger.sync_by_state.get("pending", 0) > 0 and ledger.sync_pending_now >= ledger.sync_by_state["pending"]
    assert ledger.close_events == () and ledger.changes_after_close == 0


def test_day_report_has_fees_approvals_cash_and_sync(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")
    _money_day(office)
    day = queue.today(office.ctx)
    office.clock.advance(hours=8)
    supervision.close_day(office.ctx, office.supervisor, day, "hari normal")
    ledger = day_ledger.day_ledger(office.ctx, day)
    pdf = reports.day_report_pdf(office.ctx, day)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")
    for heading in ("Biaya per komponen", "Biaya per penanggung", "Pembatalan (void)", "Persetujuan koordinator",
                    "Sesi kas", "Sinkronisasi", "Penutupan hari"):
        assert heading in text
    assert f"Pembayaran pemohon diterima (neto) {format_money(ledger.collected)}" in text
    assert "salah layanan" in text and "korban bencana" in text  # the void's reason, the waiver's reason
    assert format_money(ledger.cash[0].difference) in text
    assert "Hari ditutup" in text and "Siti Koordinator" in text


def test_csv_exports_of_tickets_cases_and_payments(paying_office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import applicants, cases
    from tests.services.test_applicants_cases import BASE

    office = paying_office
    ticket = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket
    person = applicants.register_applicant(office.ctx, office.staff, BASE).value
    opened = cases.open_cases(office.ctx, office.staff, person.id, ["NAK-01", "POL-01"], ticket.id).value
    first, second = _money_day(office)
    day = queue.today(office.ctx)
    paths = reports.write_csv_exports(office.ctx, day, tmp_path / "out")
    assert [p.name for p in paths] == [f"{n}-{day.isoformat()}.csv" for n in ("tickets", "cases", "payments")]
    read = {p.name.split("-")[0]: list(csv.DictReader(io.StringIO(p.read_text(encoding="utf-8-sig"))))
            for p in paths}
    assert [r["number"] for r in read["tickets"]] == [ticket.number]
    assert [(r["number"], r["ticket"], r["status"]) for r in read["cases"]] == [
        (c.number, ticket.number, c.status) for c in opened]
    assert {r["service_code"] for r in read["cases"]} == {"NAK-01", "POL-01"}
    with office.db.read() as s:
        receipts = {r.number: r for r in s.execute(select(Receipt)).scalars()}
    assert {r["number"] for r in read["payments"]} == set(receipts)
    assert sum(int(r["total_applicant_idr"]) for r in read["payments"]) == \
        sum(r.total_applicant for r in receipts.values())
    void = next(r for r in read["payments"] if r["kind"] == "void")
    assert (void["void_reason"], void["approved_by"]) == ("salah layanan", "Siti Koordinator")
    everything = "".join(p.read_text(encoding="utf-8-sig") for p in paths)
    assert person.full_name not in everything and BASE.nik not in everything  # no applicant personal data
    assert reports.cases_csv(office.ctx, date(2026, 1, 5)).count("\n") == 1  # an empty day: the header only


def test_weekly_and_monthly_summaries_add_up_the_days(office) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.domain.errors import ValidationFailed
    from ltsa_desktop.services import summaries

    queue.ensure_default_lines(office.ctx, office.admin)
    days = [date(2026, 11, 16), date(2026, 11, 18), date(2026, 11, 20)]
    views = []
    for i, day in enumerate(days):
        simulate_day(office.ctx, day, 30 + 10 * i, seed=i, counters=2)
        views.append(supervision.day_view(office.ctx, day))
    start, end = summaries.week_of(date(2026, 11, 19))
    assert (start, end) == (date(2026, 11, 16), date(2026, 11, 22))
    week = summaries.period_summary(office.ctx, start, end)
    assert len(week.days) == 7 and week.days_with_tickets == 3
    assert [d.issued for d in week.days] == [30, 0, 40, 0, 50, 0, 0]
    for view, line in zip(views, (week.days[0], week.days[2], week.days[4]), strict=True):
        assert (line.served, line.no_show, line.not_served, line.breaches) == (
            view.served, view.no_show, view.not_served, len(view.breaches))
        assert line.wait_median == pytest.approx(view.wait.median)
    all_waits = [t.wait_minutes for v in views for t in v.tickets if t.wait_minutes is not None]
    assert week.wait.median == pytest.approx(statistics.median(all_waits))  # over all tickets, not of medians
    assert week.issued == 120 and sum(week.tickets_by_line.values()) == 120
    month = summaries.period_summary(office.ctx, *summaries.month_of(date(2026, 11, 5)), "month")
    assert (month.start, month.end, len(month.days), month.issued) == (date(2026, 11, 1), date(2026, 11, 30), 30, 120)
    with pytest.raises(ValidationFailed):
        summaries.period_summary(office.ctx, date(2026, 11, 1), date(2026, 12, 31))
    with pytest.raises(ValidationFailed):
        summaries.period_summary(office.ctx, end, start)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        reports.period_report_pdf(office.ctx, "week", date(2026, 11, 19)))).pages).replace("\n", " ")
    assert "Ringkasan Mingguan" in text and "16 November 2026 – 22 November 2026" in text
    assert "Tiket diterbitkan 120" in text and "Rab 18/11 40" in text
    empty = summaries.period_summary(office.ctx, *summaries.month_of(date(2027, 2, 1)), "month")
    assert (len(empty.days), empty.issued, empty.wait.median) == (28, 0, None)  # an honest empty month


def test_overdue_cases_by_day_and_in_the_report(office) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from ltsa_desktop.services import applicants, cases
    from tests.services.test_applicants_cases import BASE

    person = applicants.register_applicant(office.ctx, office.staff, BASE).value
    opened = cases.open_cases(office.ctx, office.staff, person.id, ["NAK-01", "POL-01"]).value
    nak = opened[0]
    assert nak.due_date == date(2026, 11, 26)
    due_today = day_ledger.overdue_cases(office.ctx, nak.due_date)
    assert nak.number not in [c.number for c in due_today]  # due that day: not late yet
    d27 = nak.due_date + timedelta(days=1)
    expected = sorted(c.number for c in opened if c.due_date and c.due_date < d27)
    assert sorted(c.number for c in day_ledger.overdue_cases(office.ctx, d27)) == expected
    office.clock.advance(days=5)  # 28 November: the applicant withdraws
    cases.set_status(office.ctx, office.staff, nak.id, "withdrawn", nak.version, "pindah kantor")
    assert nak.number in [c.number for c in day_ledger.overdue_cases(office.ctx, d27)]  # it was late on the 27th
    assert nak.number not in [c.number for c in day_ledger.overdue_cases(office.ctx, date(2026, 11, 28))]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        reports.day_report_pdf(office.ctx, d27))).pages).replace("\n", " ")
    assert f"Berkas layanan lewat tenggat (belum selesai) {len(expected)}" in text and nak.number in text


def test_csv_text_cannot_run_as_a_spreadsheet_formula() -> None:
    out = io.StringIO()
    writer = reports._SafeWriter(out)
    writer.writerow(["=HYPERLINK(\"http://x\")", "+62", "-1", "@SUM(A1)", "salah layanan", -67_500, 0])
    assert next(csv.reader(io.StringIO(out.getvalue()))) == [
        "'=HYPERLINK(\"http://x\")", "'+62", "'-1", "'@SUM(A1)", "salah layanan", "-67500", "0"]
