"""The daily report PDF and CSV export for a simulated day."""

from __future__ import annotations

import csv
import io
from datetime import date

from pypdf import PdfReader

from ltsa_desktop.services import queue, reports, supervision
from ltsa_desktop.services.simulation import simulate_day


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
