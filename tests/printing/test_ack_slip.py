"""Acknowledgement slips (documents received, complaint received) on A5 and the rolls: text and image."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from ltsa_desktop.printing.ack_slip import AckRow, AckSlipDoc, render_ack_slip
from ltsa_desktop.printing.common import LAYOUTS, PAPERS
from tests.printing.test_receipt import band_is_blank, decode_qr, ink, page_sizes, pdf_text, render_pngs

PAYLOAD = "LTSA-C:0193b2a4-7c1e-7def-8a00-1234567890ab"
WIDTHS = {"80mm": 80 * mm, "58mm": 58 * mm, "A5": A5[0], "A4": A4[0]}


def make_ack(**changes: object) -> AckSlipDoc:
    doc = AckSlipDoc(
        title="TANDA TERIMA BERKAS", title_en="Document receipt", number="JKT01-B-2026-000045",
        office_name="LTSA P2MI Kota Jakarta Timur", office_address="Jl. Raya Bekasi Km 18",
        applicant_name="Nguyễn Thị Hồng Nhung", nik_masked="************1234",
        issued_at=datetime(2026, 11, 22, 3, 30, tzinfo=UTC),
        rows=(AckRow("KTP-el (asli)", "Diperiksa, dikembalikan / Checked, returned"),
              AckRow("Kartu Keluarga (fotokopi)", "Diterima / Received"),
              AckRow("Sertifikat kompetensi", "Kurang / Missing")),
        expected_completion=date(2026, 11, 27), notes="Sertifikat menyusul paling lambat 25 November 2026.",
        qr_payload=PAYLOAD, officer="Siti Nurhaliza")
    return replace(doc, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_ack_text(layout: str) -> None:
    pdf = render_ack_slip(make_ack(), layout)  # type: ignore[arg-type]
    text = pdf_text(pdf).replace("\n", " ")
    for expected in ("TANDA TERIMA BERKAS", "Document receipt", "JKT01-B-2026-000045", "Nguyễn Thị Hồng Nhung",
                     "************1234", "22 November 2026 10:30 WIB", "KTP-el (asli)", "Kartu Keluarga (fotokopi)",
                     "Kurang / Missing", "Diterima / Received", "27 November 2026", "Sertifikat menyusul",
                     "Siti Nurhaliza"):
        assert expected in text, (layout, expected)
    assert "SALINAN" not in text
    assert abs(page_sizes(pdf)[0][0] - WIDTHS[layout]) < 0.5


def test_complaint_ack_without_rows_or_date_and_as_copy() -> None:
    doc = make_ack(title="TANDA TERIMA PENGADUAN", title_en="Complaint acknowledgement", rows=(),
                   expected_completion=None, notes="", is_copy=True)
    for layout in ("A5", "80mm"):
        text = pdf_text(render_ack_slip(doc, layout))  # type: ignore[arg-type]
        assert "TANDA TERIMA PENGADUAN" in text and "Complaint acknowledgement" in text
        assert "SALINAN / COPY" in text and "—" in text


def test_refuses_unmasked_nik_and_unknown_layout() -> None:
    with pytest.raises(ValueError, match="masked"):
        make_ack(nik_masked="3175094509950001")
    with pytest.raises(ValueError):
        render_ack_slip(make_ack(), "letter")  # type: ignore[arg-type]


@pytest.mark.parametrize("layout", ["A5", "80mm"])
def test_rendered_ack(layout: str, tmp_path: Path) -> None:
    many = tuple(AckRow(f"Dokumen pendukung nomor {i} dengan nama yang cukup panjang", "Diterima / Received")
                 for i in range(12))
    pdf = render_ack_slip(make_ack(rows=make_ack().rows + many), layout)  # type: ignore[arg-type]
    images = render_pngs(pdf, f"ack-{layout}", tmp_path)
    (width, height), image = page_sizes(pdf)[0], images[0]
    assert abs(image.width / image.height - width / height) < 0.01
    assert all(0.005 < ink(im) < 0.5 for im in images)
    band = int((PAPERS[layout].margin - 1.5 * mm) / 72 * 100)
    assert all(band_is_blank(im, 0, band) and band_is_blank(im, im.width - band, im.width) for im in images)
    assert PAYLOAD in decode_qr(images[-1], tmp_path)
