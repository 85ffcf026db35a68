"""``fee_resolution`` (every service of the seed, one profile) and ``fee_poster_pdf`` (full poster), each
against a baseline measured in the same run.

- ``fee_resolution``: ``resolve_fees`` for all services of the seed catalog (exempt job, first-time CPMI, the
  BPJS contract length and JHT choice made) against summing the same services' amounts from a plain dict.
- ``fee_poster_pdf``: the poster against the same text as bare paragraphs in the same embedded font.
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
    return [
        {"name": "fee_resolution", "value": resolve, "unit": "ms", "baseline": baseline, "ratio": resolve / baseline,
         "target": "value <= 1", "note": f"{len(services)} services, {len(quote.lines)} lines; baseline: summing "
                                         "the same services' amounts from a plain dict"},
        {"name": "fee_poster_pdf", "value": poster_ms / 1000, "unit": "s", "baseline": bare_ms / 1000,
         "ratio": poster_ms / bare_ms, "target": "value <= 1, ratio <= 3"},
    ]
