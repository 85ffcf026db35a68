"""The fee poster: every service, amounts, payers, legal bases, the schedule version, unverified marks."""

from __future__ import annotations

import io

from pypdf import PdfReader

from ltsa_desktop.services import catalog


def test_poster_text(office) -> None:  # type: ignore[no-untyped-def]
    pdf = catalog.fee_poster_pdf(office.ctx)
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")
    for code in ("INF-01", "NAK-01", "POL-01", "IMI-01", "IMI-03", "JST-02", "PGD-02"):
        assert code in text
    assert "Rp 30.000" in text and "Rp 950.000" in text and "GRATIS" in text
    assert "Ditanggung pemerintah" in text and "PP 45/2024" in text and "2026.1" in text
    assert "tarif belum terverifikasi" in text
    assert float(reader.pages[0].mediabox.width) < float(reader.pages[0].mediabox.height)  # A4 portrait


def test_poster_keeps_each_service_on_one_sheet(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.domain.formatting import format_money
    from tests.printing.test_receipt import render_pngs

    data = catalog.fee_poster_data(office.ctx)
    pdf = catalog.fee_poster_pdf(office.ctx)
    pages = [page.extract_text().replace("\n", " ") for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) > 1
    for service in data.services:
        holding = [text for text in pages if f"{service.code} · " in text]
        assert len(holding) == 1, service.code
        for line in service.lines:
            assert format_money(line.amount) in holding[0], (service.code, line.label)
    assert all("Halaman / Page" in text and data.schedule_version in text for text in pages)
    images = render_pngs(pdf, "poster", tmp_path, dpi=60)
    assert len(images) == len(pages)
