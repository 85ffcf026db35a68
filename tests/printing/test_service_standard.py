"""The printable service standard (maklumat): requirements, steps with times, fees with payers and legal bases,
the unverified marking, the scheme filter, the CLI and the Catalog page's buttons."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from ltsa_desktop.domain.errors import ValidationFailed
from ltsa_desktop.printing.service_standard import (
    ServiceStandardDoc,
    StandardFee,
    StandardRequirement,
    StandardStep,
    render_service_standard,
)
from ltsa_desktop.services import catalog
from tests.printing.test_receipt import ink, render_pngs


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


def test_standard_has_requirements_steps_fees_and_unverified_mark(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = catalog.service_standard_pdf(office.ctx, "KES-01")
    text = _text(pdf)
    doc = catalog.service_standard_doc(office.ctx, "KES-01")
    assert "KES-01" in text and "Pemeriksaan Kesehatan" in text and "Medical & psychological" in text
    for req in doc.requirements:
        assert req.label_id in text
    assert "Wajib" in text and "Mandatory" in text
    for step in doc.steps:
        assert step.name_id in text and f"{step.days} hari kerja" in text
    assert "3 hari kerja / 3 working days" in text  # 1 + 2 days
    fee = doc.fees[0]
    assert fee.unverified and fee.payer == "applicant"
    assert "Dibayar pemohon" in text and "Permenkes 26/2015" in text and "tarif belum terverifikasi" in text
    assert "Jabatan dibebaskan (Perban 9/2020): ditanggung pemberi kerja" in text
    assert "SP4N-LAPOR!" in text and "Perpres 64/2011" in text  # complaint channel and legal basis
    assert "2026.1" in text and "18 Desember 2024" in text and "Dicetak 23 November 2026" in text
    reader = PdfReader(io.BytesIO(pdf))
    assert all("Halaman / Page" in p.extract_text() for p in reader.pages)
    assert float(reader.pages[0].mediabox.width) < float(reader.pages[0].mediabox.height)  # A4 portrait
    images = render_pngs(pdf, "standard-kes01", tmp_path, dpi=60)
    assert len(images) == len(reader.pages) and all(ink(img) > 0.003 for img in images)


def test_standard_fee_amounts_and_free_lines(office) -> None:  # type: ignore[no-untyped-def]
    text = _text(catalog.service_standard_pdf(office.ctx, "POL-01"))
    assert "Rp 30.000" in text and "PNBP SKCK" in text and "PP 60/2016" in text
    nak = _text(catalog.service_standard_pdf(office.ctx, "NAK-01"))
    assert "GRATIS" in nak and "Rp 0" in nak and "Semua skema" in nak


def test_scheme_filter_drops_other_schemes_requirements(office) -> None:  # type: ignore[no-untyped-def]
    every = _text(catalog.service_standard_pdf(office.ctx, "NAK-01"))
    assert "Job order / perjanjian penempatan (P3MI)" in every and "P to P" in every
    g_to_g = _text(catalog.service_standard_pdf(office.ctx, "NAK-01", "g_to_g"))
    assert "Job order / perjanjian penempatan (P3MI)" not in g_to_g and "Kartu Keluarga" in g_to_g
    p_to_p = _text(catalog.service_standard_pdf(office.ctx, "NAK-01", "p_to_p"))
    assert "Job order / perjanjian penempatan (P3MI)" in p_to_p


def test_unknown_service_or_scheme_is_refused(office) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed):
        catalog.service_standard_pdf(office.ctx, "NOPE-99")
    with pytest.raises(ValidationFailed):
        catalog.service_standard_pdf(office.ctx, "NAK-01", "mars")


def test_every_service_renders(office) -> None:  # type: ignore[no-untyped-def]
    for service in catalog.list_services(office.ctx):
        text = _text(catalog.service_standard_pdf(office.ctx, service.code))
        assert f"{service.code} · " in text and service.complaint_channel.split(" ")[0] in text


def _doc(**kw) -> ServiceStandardDoc:  # type: ignore[no-untyped-def]
    base = dict(office_name="LTSA Uji", code="X-01", name_id="Layanan uji", name_en="Test service",
                requirements=(StandardRequirement("Dokumen A", "Document A", False, ("G to G",)),),
                steps=(StandardStep("Langkah sama hari", "Same-day step", 0),),
                fees=(StandardFee("Biaya A", "Fee A", 1234567, "employer", "Dasar X"),),
                schedule_version="v9", schedule_from=date(2026, 1, 1),
                printed_at=datetime(2026, 11, 23, 1, 0, tzinfo=UTC))
    base.update(kw)
    return ServiceStandardDoc(**base)


def test_render_pure_doc_and_long_content_breaks_pages() -> None:
    text = _text(render_service_standard(_doc()))
    assert "Rp 1.234.567" in text and "Ditanggung pemberi kerja" in text and "Pilihan" in text
    assert "G to G" in text and "hari yang sama / same day" in text and "tarif belum" not in text
    long = _doc(requirements=tuple(StandardRequirement(f"Dokumen {i}", f"Document {i}") for i in range(80)))
    reader = PdfReader(io.BytesIO(render_service_standard(long)))
    assert len(reader.pages) >= 2 and "Dokumen 79" in _text(render_service_standard(long))


def test_continuation_pages_carry_running_header(tmp_path) -> None:  # type: ignore[no-untyped-def]
    long = _doc(office_name="LTSA Surabaya", code="NAK-01", name_id="Pendaftaran CPMI",
                requirements=tuple(StandardRequirement(f"Dokumen {i}", f"Document {i}") for i in range(60)))
    pdf = render_service_standard(long)
    pages = [p.extract_text().replace("\n", " ") for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) >= 2
    assert pages[1].startswith("LTSA Surabaya · NAK-01 · Pendaftaran CPMI "
                               f"lanjutan / continued · Halaman / Page 2 / {len(pages)} ")
    assert all("lanjutan / continued" in text for text in pages[1:])
    assert "lanjutan" not in pages[0] and "MAKLUMAT / STANDAR PELAYANAN" not in pages[1]
    assert "Dokumen 59" in " ".join(pages)
    short = PdfReader(io.BytesIO(render_service_standard(_doc())))
    assert len(short.pages) == 1 and "lanjutan" not in short.pages[0].extract_text()
    images = render_pngs(pdf, "standard-continued", tmp_path, dpi=60)
    assert len(images) == len(pages) and all(ink(img) > 0.003 for img in images)


def test_long_running_header_is_shortened_but_keeps_continued_and_page_count() -> None:
    name = "Layanan dengan nama yang sangat panjang sekali " * 6
    pdf = render_service_standard(_doc(name_id=name, requirements=tuple(
        StandardRequirement(f"Dokumen {i}") for i in range(70))))
    header, right = PdfReader(io.BytesIO(pdf)).pages[1].extract_text().split("\n")[:2]
    assert header.startswith("LTSA Uji · X-01 · Layanan dengan") and header.endswith("…")
    assert len(header) < len(f"LTSA Uji · X-01 · {name}")
    assert right.startswith("lanjutan / continued · Halaman / Page 2 / ")


def test_doc_refuses_float_money_unknown_payer_and_naive_time() -> None:
    with pytest.raises(TypeError):
        StandardFee("a", "a", 1.5, "applicant", "x")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        StandardFee("a", "a", 1, "someone", "x")
    with pytest.raises(ValueError):
        _doc(printed_at=datetime(2026, 1, 1))


def test_cli_service_standard(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ltsa_desktop.cli import main
    from tests.test_cli import _init

    data = tmp_path / "d"
    _init(data)
    out = tmp_path / "nak.pdf"
    assert main(["service-standard", "--data-dir", str(data), "--code", "NAK-01", "--scheme", "g_to_g",
                 "--pdf", str(out)]) == 0
    text = _text(out.read_bytes())
    assert "NAK-01" in text and "Kartu Keluarga" in text and "Job order / perjanjian" not in text
    with pytest.raises(SystemExit) as bad:
        main(["service-standard", "--data-dir", str(data), "--code", "NOPE-1", "--pdf", str(tmp_path / "x.pdf")])
    assert bad.value.code == 2 and "NAK-01" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def _page(qtbot, office):  # type: ignore[no-untyped-def]
    from ltsa_desktop.ui.pages.admin_office import CatalogPage

    s = office.app_session(office.admin)
    page = CatalogPage(s)
    qtbot.addWidget(page)
    codes = [page.list.item(i).data(256) for i in range(page.list.count())]
    page.list.setCurrentRow(codes.index("NAK-01"))
    return page


def test_catalog_page_prints_selected_standard(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.ui import printer

    calls = []

    def fake(paths, printer_name="", *, silent, parent=None, title=""):  # type: ignore[no-untyped-def]
        calls.append((Path(paths), silent))
        return [printer.PrintOutcome(True, Path(paths), "A4")]

    monkeypatch.setattr(printer, "print_or_preview", fake)
    page = _page(qtbot, office)
    page.standard_scheme.setCurrentIndex(page.standard_scheme.findData("g_to_g"))
    page.print_standard_button.click()
    assert len(calls) == 1 and calls[0][1] is False  # SILENT_PRINT defaults to the preview
    text = _text(calls[0][0].read_bytes())
    assert "NAK-01" in text and "Job order / perjanjian" not in text
    assert page.standard_status.text() == "Service standard printed."


def test_catalog_page_saves_standard(qtbot, office, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.ui.pages import admin_office

    target = tmp_path / "out" / "maklumat.pdf"
    monkeypatch.setattr(admin_office.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = _page(qtbot, office)
    page.save_standard_button.click()
    assert "NAK-01" in _text(target.read_bytes()) and str(target) in page.standard_status.text()
