"""Applicant registration, duplicates, search; cases with checklists, due dates, states and attachments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ltsa_desktop.domain.errors import InvalidState, StaleRecord, ValidationFailed
from ltsa_desktop.services import applicants, cases

BASE = applicants.ApplicantInput(
    nik="3212454509950001", full_name="Siti Nurhaliza", birth_date=date(1995, 9, 5), sex="F",
    birth_place="Indramayu", phone="0812-3456-7890", scheme="p_to_p", destination_country="Taiwan",
    job_position="Pengasuh lansia", exempt_job="pengasuh_lansia", first_time_cpmi=True)


def test_register_normalises_and_warns_without_refusing(office) -> None:  # type: ignore[no-untyped-def]
    row = applicants.register_applicant(office.ctx, office.staff, replace(BASE, birth_date=date(1995, 9, 6))).value
    assert row.phone == "+6281234567890" and row.nik_warnings == ("nik_birth_date_mismatch",)
    with pytest.raises(InvalidState) as info:
        applicants.register_applicant(office.ctx, office.staff, BASE)
    assert info.value.code == "duplicate_nik" and info.value.params["applicant_id"] == row.id


@pytest.mark.parametrize("change, fields", [
    (dict(nik="12"), {"nik"}), (dict(nik="9912454509950001"), {"nik"}), (dict(full_name="  "), {"full_name"}),
    (dict(birth_date=date(2030, 1, 1)), {"birth_date"}), (dict(phone="not a phone"), {"phone"}),
    (dict(full_name="Siti\x00Nur"), {"full_name"}), (dict(full_name="x" * 10_000), {"full_name"}),
    (dict(email="siti@"), {"email"}), (dict(scheme="calo"), {"scheme"}), (dict(sex=""), {"sex"}),
])
def test_bad_input_names_the_field_and_saves_nothing(office, change, fields) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as info:
        applicants.register_applicant(office.ctx, office.staff, replace(BASE, **change))
    assert fields <= set(info.value.fields)
    assert applicants.recent_applicants(office.ctx) == []


def test_unicode_names_round_trip_and_search_ignores_accents(office) -> None:  # type: ignore[no-untyped-def]
    names = ["Ṣîtî Nürhâlizá", "محمد عبد الله", "Nguyễn Thị Hương"]
    niks = ["3212454509950002", "3212450101900003", "3212454101000004"]
    births = [date(1995, 9, 5), date(1990, 1, 1), date(2000, 1, 1)]
    for name, nik, born in zip(names, niks, births, strict=True):
        applicants.register_applicant(office.ctx, office.staff, replace(BASE, nik=nik, full_name=name,
                                                                      birth_date=born, phone=""))
    assert [r.full_name for r in applicants.search_applicants(office.ctx, "siti nurh")] == [names[0]]
    assert [r.full_name for r in applicants.search_applicants(office.ctx, "عبد")] == [names[1]]
    assert [r.full_name for r in applicants.search_applicants(office.ctx, "HUONG")] == [names[2]]
    assert applicants.search_applicants(office.ctx, "3212 4501 0190 0003")[0].full_name == names[1]
    assert applicants.search_applicants(office.ctx, "%") == []


def test_similar_name_same_birth_date_is_offered(office) -> None:  # type: ignore[no-untyped-def]
    applicants.register_applicant(office.ctx, office.staff, BASE)
    similar = applicants.similar_applicants(office.ctx, "Siti Nur Haliza", date(1995, 9, 5))
    assert [s.full_name for s in similar] == ["Siti Nurhaliza"]
    assert applicants.similar_applicants(office.ctx, "Budi", date(1995, 9, 5)) == []


def test_edit_conflict_between_two_counters(office) -> None:  # type: ignore[no-untyped-def]
    row = applicants.register_applicant(office.ctx, office.staff, BASE).value
    applicants.update_applicant(office.ctx, office.staff, row.id, row.version, replace(BASE, address="Jl. A"))
    with pytest.raises(StaleRecord):
        applicants.update_applicant(office.ctx, office.staff2, row.id, row.version, replace(BASE, address="Jl. B"))
    assert applicants.get_applicant(office.ctx, row.id).data.address == "Jl. A"


def test_cases_checklist_due_dates_and_states(office) -> None:  # type: ignore[no-untyped-def]
    person = applicants.register_applicant(office.ctx, office.staff, BASE).value
    opened = cases.open_cases(office.ctx, office.staff, person.id, ["NAK-01", "POL-01"]).value
    nak = opened[0]
    assert nak.number == "JKT01-B-2026-000001" and opened[1].number == "JKT01-B-2026-000002"
    assert {code for _, code, _, _, _ in nak.requirements} >= {"ktp", "kk", "job_order"}  # p_to_p scheme
    # opened Monday 23 Nov 2026; steps of 1 + 1 + 1 working days → due Thursday 26 Nov
    assert nak.due_date == date(2026, 11, 26)
    with pytest.raises(InvalidState) as info:
        cases.set_status(office.ctx, office.staff, nak.id, "ready", nak.version)
    assert info.value.code == "case_state"
    cases.set_status(office.ctx, office.staff, nak.id, "in_process", nak.version)
    current = cases.get_case(office.ctx, nak.id)
    with pytest.raises(InvalidState) as info:
        cases.set_status(office.ctx, office.staff, nak.id, "ready", current.version)
    assert info.value.code == "requirements_missing"
    for req_id, _code, _label, mandatory, _state in current.requirements:
        if mandatory:
            cases.set_requirement(office.ctx, office.staff, req_id, "verified")
    current = cases.get_case(office.ctx, nak.id)
    cases.set_status(office.ctx, office.staff, nak.id, "ready", current.version)
    with pytest.raises(ValidationFailed):
        cases.set_status(office.ctx, office.staff, nak.id, "withdrawn", current.version + 1, reason="")
    office.clock.advance(days=10)
    work = cases.worklist(office.ctx, office.staff)  # overdue first; a ready case waits for the applicant
    assert [(c.service_code, c.overdue) for c in work] == [("POL-01", True), ("NAK-01", False)]


def test_under_18_refused_for_placement_services(office) -> None:  # type: ignore[no-untyped-def]
    young = applicants.register_applicant(office.ctx, office.staff, replace(
        BASE, nik="3212450101100001", birth_date=date(2010, 1, 1), full_name="Anak Muda", phone="")).value
    with pytest.raises(ValidationFailed) as info:
        cases.open_cases(office.ctx, office.staff, young.id, ["NAK-01"])
    assert info.value.fields["services"].code == "under_18"
    assert cases.open_cases(office.ctx, office.staff, young.id, ["INF-01"]).value  # information is open to all


def test_attachments_only_pdf_jpeg_png_and_hashed(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    person = applicants.register_applicant(office.ctx, office.staff, BASE).value
    case = cases.open_cases(office.ctx, office.staff, person.id, ["INF-01"]).value[0]
    good = tmp_path / "ktp.pdf"
    good.write_bytes(b"%PDF-1.4 scan")
    att = cases.add_attachment(office.ctx, office.staff, "case", case.id, good).value
    assert att and any((office.data_dir.attachments).rglob("*"))
    bad = tmp_path / "virus.exe"
    bad.write_bytes(b"MZ\x90\x00")
    with pytest.raises(ValidationFailed) as info:
        cases.add_attachment(office.ctx, office.staff, "case", case.id, bad)
    assert info.value.fields["file"].code == "file_type"
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * (11 * 1024 * 1024))
    with pytest.raises(ValidationFailed) as info:
        cases.add_attachment(office.ctx, office.staff, "case", case.id, big)
    assert info.value.fields["file"].code == "file_size"
