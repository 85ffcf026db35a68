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
