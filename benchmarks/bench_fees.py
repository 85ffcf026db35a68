"""``fee_resolution`` (every service of the seed, one profile) and ``fee_poster_pdf`` (full poster), each
against a baseline measured in the same run.

- ``fee_resolution``: ``resolve_fees`` for all services of the seed catalog (exempt job, first-time CPMI, the
  BPJS contract length and JHT choice made) against summing the same services' amounts from a plain dict.
- ``fee_poster_pdf``: the poster against the same text as bare paragraphs in the same embedded font.
- ``fee_quote_pdf``: the printed quote (A4) of every service for one profile against a bare canvas drawing the
  same strings in the same font, one line each, without wrapping, measuring or pagination.
"""

from __future__ import annotations

import io
import os
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks._office import median_ms
from ltsa_desktop.domain.catalog_seed import catalog_from_toml_text
from ltsa_desktop.domain.fees import ApplicantProfile, resolve_fees
from ltsa_desktop.paths import resources_dir


def run() -> list[dict]:
    catalog = catalog_from_toml_text((resources_dir() / "catalog" / "catalog.toml").read_text("utf-8"))
    services = [s.code for s in catalog.services]
    profile = ApplicantProfile(scheme="p_to_p", job="pengasuh_lansia", first_time_cpmi=True)
    day = date(2026, 11, 23)
    options = ("JST-02/24bln", "JST-02/jht-tidak", "IMI-03/pnbp-5")
    schedule = catalog.schedule_in_force(day)
    quote = resolve_fees(catalog, services, profile, day, chosen_optional=options)
    amounts = {code: sum(ln.amount for ln in quote.lines if ln.service_code == code) for code in services}
    repeat = 500 if os.environ.get("LTSA_BENCH_QUICK") else 3000
    resolve = median_ms(lambda: resolve_fees(catalog, services, profile, day, chosen_optional=options), repeat)
    baseline = median_ms(lambda: sum(amounts[code] for code in services), repeat)

    from ltsa_desktop.printing.fee_poster import FeePoster, PosterLine, PosterService, render_fee_poster

    poster = FeePoster("LTSA Benchmark", schedule.version, "18 Desember 2024", "23 November 2026 08:00 WIB", tuple(
        PosterService(s.code, s.name_id, s.desk, s.time_standard, tuple(
            PosterLine(ln.label_id, ln.amount, ln.payer.value, ln.legal_basis, ln.unverified, "", ln.optional)
            for ln in schedule.lines_for(s.code))) for s in catalog.services))
    text = [f"{s.code} {s.name} " + " ".join(f"{ln.label} {ln.amount} {ln.payer} {ln.legal_basis}"
                                                 for ln in s.lines) for s in poster.services]

    from reportlab.lib.styles import ParagraphStyle

    from ltsa_desktop.printing.fonts import REGULAR, register_fonts

    register_fonts()

    def bare() -> bytes:
        # the same text in the same embedded Unicode font (the built-in fonts cannot print "–", "≤" or names
        # in other scripts), as plain paragraphs: what remains in the ratio is the poster's own layout
        buffer = io.BytesIO()
        style = ParagraphStyle("bare", parent=getSampleStyleSheet()["BodyText"], fontName=REGULAR)
        SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(t, style) for t in text])
        return buffer.getvalue()

    render_fee_poster(poster)  # fonts registered once, outside the timing
    poster_ms = median_ms(lambda: render_fee_poster(poster), 15)
    bare_ms = median_ms(bare, 15)
    quote_ms, quote_bare_ms, quote_pages = _quote_figures(catalog, quote, day)
    return [
        {"name": "fee_resolution", "value": resolve, "unit": "ms", "baseline": baseline, "ratio": resolve / baseline,
         "target": "value <= 1", "note": f"{len(services)} services, {len(quote.lines)} lines; baseline: summing "
                                         "the same services' amounts from a plain dict"},
        {"name": "fee_poster_pdf", "value": poster_ms / 1000, "unit": "s", "baseline": bare_ms / 1000,
         "ratio": poster_ms / bare_ms, "target": "value <= 1, ratio <= 3"},
        {"name": "fee_quote_pdf", "value": quote_ms, "unit": "ms", "baseline": quote_bare_ms,
         "ratio": quote_ms / quote_bare_ms, "note": f"A4, {len(quote.lines)} lines, {quote_pages} pages; baseline: "
                                                    "the same strings on a bare canvas, one line each"},
    ]


def _quote_figures(catalog, quote, day: date) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    from ltsa_desktop.printing.fee_quote import (
        FeeQuoteDoc,
        QuoteDocLine,
        QuoteDocNotice,
        QuoteDocService,
        render_fee_quote,
    )
    from ltsa_desktop.printing.fonts import REGULAR

    schedule = catalog.schedule_in_force(day)
    doc = FeeQuoteDoc(
        office_name="LTSA Benchmark", schedule_version=schedule.version, schedule_from=schedule.effective_from,
        on=day, issued_at=datetime(2026, 11, 23, 1, 0, tzinfo=UTC), officer="Petugas", applicant_name="Pemohon",
        profile_text="Skema: P to P", services=tuple(QuoteDocService(s.code, s.name_id, s.name_en)
                                                     for s in catalog.services),
        lines=tuple(QuoteDocLine(ln.service_code, ln.label_id, ln.label_en, ln.amount, ln.payer.value,
                                 ln.legal_basis, ln.unverified, ln.note, ln.quantity, ln.unit_amount, ln.unit,
                                 ln.exempt_moved) for ln in quote.lines),
        notices=tuple(QuoteDocNotice(f"{n.service_code}: {n.code}") for n in quote.notices))
    strings = [doc.office_name, doc.profile_text, *(f"{s.code} {s.name_id}" for s in doc.services)]
    for ln in doc.lines:
        strings += [ln.label_id, ln.label_en, ln.legal_basis, ln.payer, str(ln.amount), ln.note]

    def bare() -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
        canvas.setFont(REGULAR, 9.5)
        y = A4[1] - 50
        for text in strings:
            if y < 50:
                canvas.showPage()
                canvas.setFont(REGULAR, 9.5)
                y = A4[1] - 50
            canvas.drawString(50, y, text)
            y -= 12
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    pdf = render_fee_quote(doc, "A4")
    bare()
    return (median_ms(lambda: render_fee_quote(doc, "A4"), 15), median_ms(bare, 15),
            len(PdfReader(io.BytesIO(pdf)).pages))


if __name__ == "__main__":
    for figure in run():
        print(figure)
