"""Queue ticket slips at 58 and 80 mm, in Indonesian and English: text, a large number, roll width, the image."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from ltsa_desktop.printing.ticket_slip import TicketSlipDoc, render_ticket_slip
from tests.printing.test_receipt import band_is_blank, decode_qr, ink, page_sizes, pdf_text, render_pngs

PAYLOAD = "LTSA-T:0193b2a4-7c1e-7def-8a00-1234567890ab"


def make_slip(**changes: object) -> TicketSlipDoc:
    doc = TicketSlipDoc(office_name="LTSA P2MI Kota Jakarta Timur", number="A-007",
                        service_name="Imigrasi (Paspor)", priority_label="Lanjut usia",
                        issued_at=datetime(2026, 11, 22, 1, 5, tzinfo=UTC), tz_name="Asia/Jakarta",
                        people_ahead=3, wait_minutes=15, qr_payload=PAYLOAD)
    return replace(doc, **changes)  # type: ignore[arg-type]


def font_sizes(pdf: bytes) -> dict[str, float]:
    """Each drawn string and the font size it was set in."""
    sizes: dict[str, float] = {}

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes[text.strip()] = max(sizes.get(text.strip(), 0.0), size * abs(tm[3]))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return sizes


@pytest.mark.parametrize("width", [58, 80])
def test_indonesian_slip(width: int) -> None:
    pdf = render_ticket_slip(make_slip(), width)
    text = pdf_text(pdf)
    for expected in ("LTSA P2MI Kota Jakarta Timur", "NOMOR ANTREAN", "A-007", "Imigrasi (Paspor)",
                     "Prioritas: Lanjut usia", "Diambil: 22 November 2026 08:05 WIB", "Orang di depan Anda: 3",
                     "Perkiraan tunggu: ± 15 menit", "tidak dipungut biaya"):
        assert expected in text, expected
    sizes = font_sizes(pdf)
    assert sizes["A-007"] >= 30 and sizes["A-007"] == max(sizes.values())  # the number dominates the slip
    (page_w, page_h), = page_sizes(pdf)
    assert abs(page_w - width * mm) < 0.5 and page_h > page_w  # one roll page, as long as its content


@pytest.mark.parametrize("width", [58, 80])
def test_english_slip_without_priority(width: int) -> None:
    doc = make_slip(lang="en", service_name="Immigration (passport)", priority_label=None, people_ahead=0)
    text = pdf_text(render_ticket_slip(doc, width))
    for expected in ("QUEUE NUMBER", "A-007", "Immigration (passport)", "Taken: 22 November 2026 08:05 WIB",
                     "People ahead of you: 0", "You are next"):
        assert expected in text, expected
    assert "Priority" not in text and "NOMOR" not in text


def test_long_number_and_service_fit_the_roll(tmp_path: Path) -> None:
    doc = make_slip(number="PRIORITAS-1234", service_name="Pelayanan pengaduan dan konsultasi " * 4)
    pdf = render_ticket_slip(doc, 58)
    assert "PRIORITAS-1234" in pdf_text(pdf)
    image = render_pngs(pdf, "ticket-long", tmp_path)[0]
    band = int(3.5 * mm / 72 * 100)
    assert band_is_blank(image, 0, band) and band_is_blank(image, image.width - band, image.width)


def test_refuses_bad_input() -> None:
    with pytest.raises(ValueError):
        render_ticket_slip(make_slip(), 76)
    with pytest.raises(ValueError):
        make_slip(people_ahead=-1)
    with pytest.raises(ValueError):
        make_slip(lang="fr")
    with pytest.raises(ValueError):
        make_slip(issued_at=None)
    assert "08:05" in pdf_text(render_ticket_slip(make_slip(issued_at=None, issued_label="22 Nov 08:05")))


@pytest.mark.parametrize("width", [58, 80])
def test_rendered_slip(width: int, tmp_path: Path) -> None:
    pdf = render_ticket_slip(make_slip(), width)
    image = render_pngs(pdf, f"ticket-{width}mm", tmp_path, dpi=150)[0]
    (page_w, page_h), = page_sizes(pdf)
    assert abs(image.width - width / 25.4 * 150) <= 2
    assert abs(image.width / image.height - page_w / page_h) < 0.01
    assert 0.02 < ink(image) < 0.5
    assert decode_qr(image, tmp_path) == [PAYLOAD]
