"""The referral slip and the public vacancy list: A4, the legal route, who pays what, the warning signs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4

from ltsa_desktop.printing.referral_slip import (
    WARNING_SIGNS,
    FeeRow,
    ReferralSlipDoc,
    RouteStep,
    render_referral_slip,
)
from ltsa_desktop.printing.vacancy_list import VacancyLine, VacancyListDoc, render_vacancy_list
from tests.printing.test_receipt import band_is_blank, ink, page_sizes, pdf_text, render_pngs


def make_slip(**changes: object) -> ReferralSlipDoc:
    doc = ReferralSlipDoc(
        number="JKT01-BK-2026-00007", office_name="LTSA P2MI Kota Jakarta Timur", office_address="Jl. Raya Bekasi",
        issued_at=datetime(2026, 11, 23, 3, 15, tzinfo=UTC), applicant_name="Nguyễn Thị Hồng Nhung",
        nik_masked="************0001", position="Pengasuh lansia", destination_country="Taiwan", scheme="p_to_p",
        scheme_name="P to P (melalui P3MI)", accountable="PT Mitra Karya (KEP.123/P3MI/2024)", salary="20.000 TWD",
        contract_months=36, valid_until=date(2027, 1, 22), exempt_job="pengasuh_lansia", verified=True,
        route=(RouteStep("NAK-01", "Pendaftaran CPMI", "Ketenagakerjaan"),
               RouteStep("POL-01", "Penerbitan SKCK", "Kepolisian")),
        fees=(FeeRow("NAK-01", "Pendaftaran CPMI", 0, "free", False, False, "UU 18/2017"),
              FeeRow("POL-01", "PNBP SKCK", 30_000, "employer", True, False, "PP 76/2020"),
              FeeRow("IMI-04", "Percepatan paspor", 1_000_000, "applicant", False, False, "PP 28/2019")),
        schedule_version="2026.1", worker_total=1_000_000, employer_total=30_000, next_step="Daftar NAK-01",
        officer="Budi Petugas")
    return replace(doc, **changes)  # type: ignore[arg-type]


def test_slip_text_names_route_payers_and_warning_signs() -> None:
    pdf = render_referral_slip(make_slip())
    text = " ".join(pdf_text(pdf).split())
    for expected in ("SURAT RUJUKAN LOWONGAN KERJA", "JKT01-BK-2026-00007", "Nguyễn Thị Hồng Nhung",
                     "************0001", "Pengasuh lansia", "KEP.123/P3MI/2024", "NAK-01 · Pendaftaran CPMI",
                     "Kepolisian", "Rp 30.000", "Rp 1.000.000", "Pemberi kerja / Employer †", "Pekerja / Worker",
                     "Total dibayar pekerja", "Total ditanggung pemberi kerja", "Peraturan BP2MI 9/2020",
                     "Terverifikasi", "SP4N-LAPOR!", "Daftar NAK-01", "Budi Petugas", "jadwal tarif 2026.1"):
        assert expected in text, expected
    for id_text, _en in WARNING_SIGNS:
        assert " ".join(id_text.split()[:5]) in text
    assert all(abs(w - A4[0]) < 0.5 and abs(h - A4[1]) < 0.5 for w, h in page_sizes(pdf))
    assert len(page_sizes(pdf)) <= 2


def test_unverified_non_exempt_slip_says_so() -> None:
    text = " ".join(pdf_text(render_referral_slip(make_slip(verified=False, exempt_job=None))).split())
    assert "BELUM TERVERIFIKASI" in text and "Terverifikasi oleh" not in text
    assert "Peraturan BP2MI 9/2020" not in text


def test_slip_refuses_an_unmasked_nik() -> None:
    with pytest.raises(ValueError):
        make_slip(nik_masked="3212454509950001")


def test_slip_prints_inside_the_margins(tmp_path: Path) -> None:
    pages = render_pngs(render_referral_slip(make_slip()), "referral", tmp_path, dpi=60)
    first = pages[0]
    margin = int(first.width * 15 / 210)  # 18 mm margins: nothing in the outer 15 mm
    assert ink(first) > 0.01
    assert band_is_blank(first, 0, margin) and band_is_blank(first, first.width - margin, first.width)


def test_vacancy_list_has_no_personal_data_and_says_when_empty() -> None:
    line = VacancyLine("Taiwan", "Pengasuh lansia", "p_to_p", "PT Mitra Karya (KEP.123/P3MI/2024)", 5, 20_000,
                       "TWD", 36, "22 Januari 2027", "usia 21–40 · perempuan", True)
    text = " ".join(pdf_text(render_vacancy_list(VacancyListDoc("LTSA Uji", "23 November 2026", (line,)))).split())
    for expected in ("LOWONGAN KERJA LUAR NEGERI RESMI", "Pengasuh lansia", "20.000 TWD", "KEP.123/P3MI/2024",
                     "Bebas biaya penempatan", "Kuota 5", "usia 21–40"):
        assert expected in text, expected
    empty = " ".join(pdf_text(render_vacancy_list(VacancyListDoc("LTSA Uji", "23 November 2026", ()))).split())
    assert "Belum ada lowongan terverifikasi" in empty
