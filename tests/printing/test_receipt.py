"""Receipts on every paper: the text a verifier reads back (pypdf), the page sizes, COPY and VOID, the masked NIK,
payer labels, waivers, unverified tariffs, names in any script, and the rendered image (pdftoppm)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from ltsa_desktop.printing.common import (
    LAYOUTS,
    PAPERS,
    clean_text,
    paper,
    roll_paper,
    wrap_text,
)
from ltsa_desktop.printing.fonts import BOLD, CONDENSED, register_fonts
from ltsa_desktop.printing.receipt import ReceiptDoc, ReceiptLine, render_receipt

FULL_NIK = "3175094509950001"
TOKEN = "LTSA1.eyJuIjoiSktUMDEtSzAyLTIwMjYtMDAwMTIzIiwibyI6IkpLVDAxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU"
PAGE_SIZES = {"80mm": 80 * mm, "58mm": 58 * mm, "A5": A5[0], "A4": A4[0]}

LINES = (
    ReceiptLine("POL-01", "PNBP SKCK", "Police clearance certificate fee", "PP 76/2020", "applicant", 30_000),
    ReceiptLine("KES-01", "Pemeriksaan kesehatan", "Medical check-up", "Permenkes 29/2013", "employer", 950_000),
    ReceiptLine("JST-01", "Jaminan sosial PMI", "Social security", "PP 45/2024", "government", 370_000),
    ReceiptLine("INF-01", "Informasi dan konsultasi", "Information", "UU 18/2017", "free", 0),
    ReceiptLine("IMI-01", "Paspor elektronik", "E-passport", "PP 28/2019", "applicant", 650_000, unverified=True),
)


def make_doc(**changes: object) -> ReceiptDoc:
    doc = ReceiptDoc(
        office_name="LTSA P2MI Kota Jakarta Timur", office_code="JKT01", office_address="Jl. Raya Bekasi Km 18",
        number="JKT01-K02-2026-000123", issued_at=datetime(2026, 11, 22, 7, 5, tzinfo=UTC), tz_name="Asia/Jakarta",
        cashier="Siti Nurhaliza", applicant_name="Dewi Lestari", nik_masked="************0001",
        ticket_number="A-007", schedule_version="2026.1", lines=LINES, total_paid=680_000, method="cash",
        tendered=700_000, change=20_000, token=TOKEN)
    return replace(doc, **changes)  # type: ignore[arg-type]


# --- helpers shared by the printing tests --------------------------------------------------------------------

def pdf_text(pdf: bytes) -> str:
    """All pages' text, NFC-normalised (a PDF may hand combining marks back decomposed)."""
    reader = PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(io.BytesIO(pdf)).pages]


def render_pngs(pdf: bytes, name: str, folder: Path, dpi: int = 100) -> list[Image.Image]:
    """Every page as an 8-bit grey image. Kept in ``$LTSA_PRINT_PREVIEW`` when set, for a human look."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: apt-get install poppler-utils")
    keep = os.environ.get("LTSA_PRINT_PREVIEW")
    target = Path(keep) if keep else folder
    target.mkdir(parents=True, exist_ok=True)
    source = folder / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(source), str(target / name)], check=True)
    pages = sorted(target.glob(f"{name}-*.png"))
    assert pages, "pdftoppm produced no image"
    return [Image.open(p).convert("L") for p in pages]


def ink(image: Image.Image) -> float:
    """The share of dark pixels (0 = blank paper)."""
    histogram = image.histogram()
    return sum(histogram[:128]) / (image.width * image.height)


def band_is_blank(image: Image.Image, left: int, right: int) -> bool:
    """No dark pixel in the vertical band of columns [left, right): nothing printed outside the text area."""
    lightest_dark = image.crop((left, 0, right, image.height)).getextrema()[0]
    return lightest_dark > 160


def decode_qr(image: Image.Image, folder: Path) -> list[str]:
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed: apt-get install zbar-tools")
    path = folder / "qr.png"
    image.save(path)
    out = subprocess.run(["zbarimg", "--raw", "-q", str(path)], capture_output=True, text=True, check=False)
    return [line for line in out.stdout.splitlines() if line]


# --- content ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("layout", LAYOUTS)
def test_receipt_text_on_every_layout(layout: str) -> None:
    pdf = render_receipt(make_doc(), layout)  # type: ignore[arg-type]
    text = pdf_text(pdf)
    for expected in ("KUITANSI PEMBAYARAN", "Payment receipt", "JKT01-K02-2026-000123", "JKT01",
                     "22 November 2026 14:05 WIB", "Siti Nurhaliza", "Dewi Lestari", "A-007", "2026.1",
                     "PNBP SKCK", "Police clearance certificate fee", "PP 76/2020", "Permenkes 29/2013",
                     "Rp 30.000", "Rp 950.000", "Rp 370.000", "Rp 650.000", "Rp 680.000", "Rp 700.000", "Rp 20.000",
                     "Dibayar pemohon / Paid by applicant", "Ditanggung pemberi kerja / Borne by employer",
                     "Ditanggung pemerintah / Borne by government", "GRATIS / Free", "Tunai / Cash",
                     "tarif belum terverifikasi", "************0001", "Scan to verify"):
        assert expected in text.replace("\n", " ") or expected in text, (layout, expected)
    assert FULL_NIK not in text.replace("\n", "")
    assert "SALINAN" not in text and "VOID" not in text
    width, height = page_sizes(pdf)[0]
    assert abs(width - PAGE_SIZES[layout]) < 0.5
    if layout in ("A5", "A4"):
        assert abs(height - (A5 if layout == "A5" else A4)[1]) < 0.5


def test_applicant_total_is_the_payer_sum_and_paid_is_after_waivers() -> None:
    waived = ReceiptLine("IMI-03", "Biaya percepatan", "Express fee", "PP 28/2019", "applicant", 1_000_000,
                         waived=True, waived_reason="Korban TPPO", waiver_approver="Rina Koordinator")
    doc = make_doc(lines=(*LINES, waived))
    assert doc.payer_totals() == {"applicant": 1_680_000, "employer": 950_000, "government": 370_000, "free": 0}
    assert doc.waived_total == 1_000_000 and waived.applicant_pays == 0 and LINES[0].applicant_pays == 30_000
    text = pdf_text(render_receipt(doc, "80mm")).replace("\n", " ")
    for expected in ("Rp 1.680.000", "Dibebaskan / Waived", "-Rp 1.000.000", "Korban TPPO", "Rina Koordinator"):
        assert expected in text


def test_unverified_note_only_when_a_line_is_unverified() -> None:
    verified = make_doc(lines=LINES[:4], total_paid=30_000, tendered=30_000, change=0)
    assert "belum terverifikasi" not in pdf_text(render_receipt(verified, "80mm"))
    assert "belum terverifikasi" in pdf_text(render_receipt(make_doc(), "80mm"))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_copy_and_void(layout: str) -> None:
    copy = pdf_text(render_receipt(make_doc(is_copy=True), layout))  # type: ignore[arg-type]
    assert "SALINAN / COPY" in copy and "DIBATALKAN" not in copy
    negative = tuple(replace(ln, amount=-ln.amount, charged=-ln.applicant_pays) for ln in LINES)
    void = make_doc(number="JKT01-K02-2026-000124", lines=negative, total_paid=-680_000, tendered=0, change=0,
                    void_of="JKT01-K02-2026-000123", void_reason="Salah layanan", approver="Rina Koordinator")
    text = pdf_text(render_receipt(void, layout)).replace("\n", " ")  # type: ignore[arg-type]
    for expected in ("DIBATALKAN / VOID", "NOTA PEMBATALAN", "JKT01-K02-2026-000123", "JKT01-K02-2026-000124",
                     "Salah layanan", "Rina Koordinator", "-Rp 680.000", "-Rp 30.000"):
        assert expected in text, (layout, expected)
    assert "Diterima / Tendered" not in text  # nothing is tendered for a void


def test_transfer_shows_reference_and_no_change() -> None:
    text = pdf_text(render_receipt(make_doc(method="transfer", reference="BRI-778812", tendered=0, change=0)))
    assert "BRI-778812" in text and "Transfer bank" in text and "Kembali / Change" not in text


def test_refuses_unmasked_nik_float_money_unknown_payer_and_layout() -> None:
    with pytest.raises(ValueError, match="masked"):
        make_doc(nik_masked=FULL_NIK)
    with pytest.raises(TypeError, match="int"):
        make_doc(total_paid=680_000.0)
    with pytest.raises(TypeError, match="int"):
        ReceiptLine("X", "x", "x", "-", "applicant", 10.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="payer"):
        ReceiptLine("X", "x", "x", "-", "broker", 10)
    with pytest.raises(ValueError, match="issued_at"):
        make_doc(issued_at=None)
    with pytest.raises(ValueError, match="layout"):
        render_receipt(make_doc(), "A3")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="naive"):
        render_receipt(make_doc(issued_at=datetime(2026, 11, 22, 7, 5)))


def test_preformatted_time_label_still_accepted() -> None:
    doc = make_doc(issued_at=None, issued_label="22 November 2026 14:05 WIB")
    assert "22 November 2026 14:05 WIB" in pdf_text(render_receipt(doc))


PER_UNIT = ReceiptLine("JST-02", "Iuran tambahan per bulan", "Extra contract month", "PP 45/2024", "applicant",
                       40_500, quantity=3, unit_amount=13_500, unit="bulan")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_per_unit_line_shows_how_its_amount_is_made_up(layout: str, tmp_path: Path) -> None:
    doc = make_doc(lines=(LINES[0], PER_UNIT), total_paid=70_500, tendered=100_000, change=29_500)
    pdf = render_receipt(doc, layout)  # type: ignore[arg-type]
    text = pdf_text(pdf)
    lines = text.splitlines()
    assert "3 bulan × Rp 13.500" in lines  # on a line of its own, under the label
    assert "Rp 40.500" in text and "Rp 70.500" in text
    assert text.count("×") == 1  # the one-off line (POL-01) shows no quantity
    # with its own line: after that line's label, before the totals
    label = next(i for i, ln in enumerate(lines) if "JST-02" in ln)
    total = next(i for i, ln in enumerate(lines) if "TOTAL DIBAYAR" in ln)
    assert label < lines.index("3 bulan × Rp 13.500") < total
    assert len(page_sizes(pdf)) == 1
    images = render_pngs(pdf, f"receipt-per-unit-{layout}", tmp_path)
    band = int((PAPERS[layout].margin - 1.5 * mm) / 72 * 100)
    assert band_is_blank(images[0], 0, band) and band_is_blank(images[0], images[0].width - band, images[0].width)


def test_quantity_defaults_to_one_unit_and_is_checked() -> None:
    assert LINES[0].quantity == 1 and LINES[0].unit == "" and LINES[0].quantity_text == ""
    assert PER_UNIT.quantity_text == "3 bulan × Rp 13.500"
    assert "×" not in pdf_text(render_receipt(make_doc(), "80mm"))
    for bad in (0, -2, True, 1.5):
        with pytest.raises(ValueError, match="quantity"):
            replace(PER_UNIT, quantity=bad)
    with pytest.raises(TypeError, match="unit_amount"):
        replace(PER_UNIT, unit_amount=13_500.0)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_void_of_a_per_unit_line_keeps_its_quantity(layout: str) -> None:
    negative = replace(PER_UNIT, amount=-PER_UNIT.amount, charged=-PER_UNIT.amount)
    void = make_doc(number="JKT01-K02-2026-000124", lines=(negative,), total_paid=-40_500, tendered=0, change=0,
                    void_of="JKT01-K02-2026-000123", void_reason="Salah layanan", approver="Rina Koordinator")
    text = pdf_text(render_receipt(void, layout))  # type: ignore[arg-type]
    assert "3 bulan × Rp 13.500" in text and "-Rp 40.500" in text


# --- names in any script, long content --------------------------------------------------------------------

ARABIC = "محمد عبد الله"
VIETNAMESE_DECOMPOSED = unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung")
LONG = "Siti Aminah binti Muhammad " + "Abdurrahmanwahidaljawisekalipanjang" * 3 + " " + "Kusumawardhani " * 12


@pytest.mark.parametrize("layout", LAYOUTS)
def test_names_in_any_script_are_printed_and_stay_on_the_paper(layout: str, tmp_path: Path) -> None:
    name = f"{ARABIC} {VIETNAMESE_DECOMPOSED} {LONG}"
    pdf = render_receipt(make_doc(applicant_name=name, cashier="Ọlábísí Àdìgún"), layout)  # type: ignore[arg-type]
    text = pdf_text(pdf)
    squeezed = "".join(text.split())
    for word in ARABIC.split():  # pypdf reads right-to-left runs back either way round
        assert word in text or word[::-1] in text
    assert "NguyễnThịHồngNhung" in squeezed and "".join(LONG.split()) in squeezed
    assert "Ọlábísí Àdìgún" in text
    for width, _ in page_sizes(pdf):
        assert abs(width - PAGE_SIZES[layout]) < 0.5  # a long name never widens the page
    images = render_pngs(pdf, f"receipt-names-{layout}", tmp_path)
    band = int((PAPERS[layout].margin - 1.5 * mm) / 72 * 100)
    for image in images:  # the margins stay blank: no text runs off the printable area
        assert band_is_blank(image, 0, band) and band_is_blank(image, image.width - band, image.width)


def test_roll_grows_with_content_and_sheet_breaks_onto_pages() -> None:
    many = tuple(replace(LINES[0], service_code=f"S-{i:02d}") for i in range(60))
    short_roll = page_sizes(render_receipt(make_doc(lines=LINES[:1]), "80mm"))
    long_roll = page_sizes(render_receipt(make_doc(lines=many), "80mm"))
    assert len(short_roll) == len(long_roll) == 1 and long_roll[0][1] > short_roll[0][1] * 4
    sheets = render_receipt(make_doc(lines=many), "A5")
    sizes = page_sizes(sheets)
    assert len(sizes) >= 3 and all(abs(w - A5[0]) < 0.5 and abs(h - A5[1]) < 0.5 for w, h in sizes)
    text = pdf_text(sheets)
    assert f"Halaman / Page {len(sizes)} / {len(sizes)}" in text and "S-59" in text and "Rp 680.000" in text
    assert text.count("JKT01-K02-2026-000123") >= len(sizes)  # every page names its receipt


# --- rendering --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("layout", LAYOUTS)
def test_rendered_png_is_printed_paper_of_the_right_shape(layout: str, tmp_path: Path) -> None:
    pdf = render_receipt(make_doc(is_copy=layout == "A4"), layout)  # type: ignore[arg-type]
    images = render_pngs(pdf, f"receipt-{layout}", tmp_path)
    (width, height), image = page_sizes(pdf)[0], images[0]
    assert abs(image.width / image.height - width / height) < 0.01
    assert abs(image.width - PAGE_SIZES[layout] / 72 * 100) <= 2
    assert 0.01 < ink(image) < 0.5  # text and QR are there; the page is not a black slab
    assert TOKEN in decode_qr(images[-1], tmp_path)  # the printed code reads back as the token


# --- the shared helpers -----------------------------------------------------------------------------------

def test_wrap_keeps_marks_with_letters_and_amounts_whole() -> None:
    register_fonts()
    word = unicodedata.normalize("NFD", "ễ" * 40)
    lines = wrap_text(word, CONDENSED, 8, 60)
    assert len(lines) > 1 and "".join(lines) == word
    assert all(not unicodedata.combining(line[0]) for line in lines)  # no line starts with a loose mark
    lines = wrap_text("Dibebaskan / Waived: -Rp 1.000.000 alasan", BOLD, 8, 90)
    assert any("-Rp 1.000.000" in line for line in lines)
    assert wrap_text("", BOLD, 8, 90) == [""] and wrap_text("a\nb", BOLD, 8, 90) == ["a", "b"]


def test_clean_text_marks_control_characters() -> None:
    assert clean_text("Ani\x00 Budi\tC\x1b") == "Ani\ufffd Budi C\ufffd"
    pdf = render_receipt(make_doc(applicant_name="Ani\x00Budi"))
    assert "Ani\ufffdBudi" in pdf_text(pdf)


def test_papers() -> None:
    assert roll_paper(58).width == paper("58mm").width and paper("A4").height == A4[1]
    assert paper("80mm").is_roll and not paper("A5").is_roll
    with pytest.raises(ValueError):
        roll_paper(76)
