"""The fee quote (rincian biaya) on every paper: lines with payer and legal basis, totals per payer, unverified
marks, the schedule version and its date, notices still to settle, and the rendered image (pdftoppm)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from ltsa_desktop.domain.catalog import Payer
from ltsa_desktop.domain.fees import ApplicantProfile
from ltsa_desktop.printing.common import LAYOUTS, PAPERS
from ltsa_desktop.printing.fee_quote import (
    FeeQuoteDoc,
    QuoteDocLine,
    QuoteDocNotice,
    QuoteDocService,
    render_fee_quote,
)
from ltsa_desktop.services import catalog
from tests.printing.test_receipt import PAGE_SIZES, band_is_blank, ink, page_sizes, pdf_text, render_pngs

SERVICES = (QuoteDocService("POL-01", "Penerbitan SKCK", "Police clearance"),
            QuoteDocService("KES-01", "Pemeriksaan kesehatan", "Medical check-up"),
            QuoteDocService("JST-02", "BPJS Ketenagakerjaan PMI", "Social security"),
            QuoteDocService("INF-01", "Informasi", "Information"))
LINES = (
    QuoteDocLine("POL-01", "PNBP SKCK", "Police clearance fee", 30_000, "applicant", "PP 76/2020"),
    QuoteDocLine("KES-01", "Pemeriksaan kesehatan", "Medical check-up", 950_000, "employer", "Permenkes 26/2015",
                 unverified=True, exempt_moved=True),
    QuoteDocLine("JST-02", "Tambahan iuran per bulan", "Extra per month", 40_500, "applicant", "Permenaker 4/2023",
                 quantity=3, unit_amount=13_500, unit="bulan"),
    QuoteDocLine("JST-02", "Iuran JKK + JKM pra penempatan", "JKK + JKM", 37_500, "government", "PP 45/2024"),
    QuoteDocLine("INF-01", "Informasi dan konsultasi", "Information", 0, "free", "UU 18/2017"),
)
NOTICE = QuoteDocNotice("JST-02: pilih salah satu — kontrak 6 bulan; kontrak 12 bulan.",
                        "JST-02: choose one of these lines.")


def make_doc(**changes: object) -> FeeQuoteDoc:
    doc = FeeQuoteDoc(office_name="LTSA P2MI Kota Jakarta Timur", office_address="Jl. Raya Bekasi Km 18",
                      schedule_version="2026.1", schedule_from=date(2024, 12, 18), on=date(2026, 11, 22),
                      issued_at=datetime(2026, 11, 22, 7, 5, tzinfo=UTC), officer="Siti Nurhaliza",
                      applicant_name="Dewi Lestari", profile_text="Skema: P to P · CPMI pertama kali",
                      services=SERVICES, lines=LINES, notices=())
    return replace(doc, **changes)  # type: ignore[arg-type]


def flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


@pytest.mark.parametrize("layout", LAYOUTS)
def test_quote_text_on_every_layout(layout: str) -> None:
    pdf = render_fee_quote(make_doc(), layout)  # type: ignore[arg-type]
    text = flat(pdf)
    for expected in ("RINCIAN BIAYA LAYANAN", "Fee quote", "LTSA P2MI Kota Jakarta Timur", "Dewi Lestari",
                     "2026.1", "18 Desember 2024", "22 November 2026 14:05 WIB", "Siti Nurhaliza",
                     "POL-01", "KES-01", "JST-02", "INF-01", "PNBP SKCK", "PP 76/2020", "Permenkes 26/2015",
                     "Rp 30.000", "Rp 950.000", "Rp 40.500", "3 bulan × Rp 13.500", "Rp 37.500",
                     "Dibayar pemohon", "Ditanggung pemberi kerja", "Ditanggung pemerintah", "GRATIS",
                     "tarif belum terverifikasi", "Perban 9/2020", "bukan kuitansi", "SP4N-LAPOR"):
        assert expected in text, (layout, expected)
    assert "Rp 70.500" in text  # applicant: 30.000 + 40.500
    assert "BELUM FINAL" not in text
    width, _height = page_sizes(pdf)[0]
    assert abs(width - PAGE_SIZES[layout]) < 0.5


def test_totals_per_payer_add_up() -> None:
    doc = make_doc()
    totals = doc.payer_totals()
    assert list(totals) == ["applicant", "employer", "government", "free"]
    assert totals == {"applicant": 70_500, "employer": 950_000, "government": 37_500, "free": 0}
    assert sum(totals.values()) == sum(ln.amount for ln in doc.lines)


def test_notices_mark_the_quote_not_final() -> None:
    doc = make_doc(notices=(NOTICE,))
    assert not doc.final
    for layout in ("A4", "80mm"):
        text = flat(render_fee_quote(doc, layout))
        assert "BELUM FINAL / NOT FINAL" in text and "pilih salah satu" in text and "choose one" in text


def test_verified_quote_has_no_unverified_mark() -> None:
    lines = tuple(replace(ln, unverified=False) for ln in LINES)
    assert "belum terverifikasi" not in flat(render_fee_quote(make_doc(lines=lines), "A4"))


def test_refuses_bad_values() -> None:
    with pytest.raises(ValueError):
        QuoteDocLine("POL-01", "x", "x", 1, "agency", "PP 1")  # unknown payer
    with pytest.raises(TypeError):
        QuoteDocLine("POL-01", "x", "x", 1.5, "applicant", "PP 1")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        make_doc(issued_at=datetime(2026, 11, 22, 7, 5))  # naive
    with pytest.raises(ValueError):
        render_fee_quote(make_doc(), "letter")  # type: ignore[arg-type]


@pytest.mark.parametrize("layout", ["A4", "80mm"])
def test_rendered_quote(layout: str, tmp_path: Path) -> None:
    many = tuple(QuoteDocLine("JST-02", f"Komponen tambahan nomor {i} dengan nama yang cukup panjang", "Extra",
                              1_000 * i, "applicant", "Permenaker 4/2023") for i in range(1, 30))
    pdf = render_fee_quote(make_doc(lines=LINES + many, notices=(NOTICE,)), layout)  # type: ignore[arg-type]
    images = render_pngs(pdf, f"quote-{layout}", tmp_path)
    (width, height), image = page_sizes(pdf)[0], images[0]
    assert abs(image.width / image.height - width / height) < 0.01
    if layout == "A4":
        assert len(images) >= 2  # long quotes break onto further sheets
    else:
        assert len(images) == 1  # a roll is one page, as long as its content
    assert all(0.005 < ink(im) < 0.5 for im in images)
    band = int((PAPERS[layout].margin - 1.5 * mm) / 72 * 100)
    assert all(band_is_blank(im, 0, band) and band_is_blank(im, im.width - band, im.width) for im in images)


def test_office_quote_from_the_seed(office) -> None:  # type: ignore[no-untyped-def]
    profile = ApplicantProfile(scheme="p_to_p", job="pengasuh_lansia", first_time_cpmi=True)
    services = ["POL-01", "IMI-01", "JST-02"]
    doc = catalog.fee_quote_doc(office.ctx, profile, services, chosen_optional=("JST-02/12bln",),
                                applicant_name="Dewi Lestari", officer="Siti")
    quote = catalog.quote(office.ctx, profile, services, chosen_optional=("JST-02/12bln",))
    assert doc.payer_totals()["applicant"] == quote.applicant_total
    assert doc.payer_totals()["employer"] == quote.total_for(Payer.EMPLOYER) > 0
    assert doc.schedule_version == quote.schedule_version and [n.text_id for n in doc.notices]
    text = flat(catalog.fee_quote_pdf(office.ctx, profile, services, layout="A4",
                                      chosen_optional=("JST-02/12bln",), applicant_name="Dewi Lestari"))
    assert "pengasuh lansia" in text and "Ditanggung pemberi kerja" in text and "Perban 9/2020" in text
    assert "JST-02 (BPJS" in text and "pilih salah satu" in text and "BELUM FINAL" in text  # JHT left open
    assert "Dewi Lestari" in text and doc.schedule_version in text
    # every choice made: final, and the choice group's other lines are not on it
    done = catalog.fee_quote_pdf(office.ctx, profile, services, chosen_optional=("JST-02/12bln", "JST-02/jht-tidak"))
    text = flat(done)
    assert "BELUM FINAL" not in text and "kontrak 12 bulan" in text and "kontrak 24 bulan" not in text
