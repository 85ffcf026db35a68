"""The applicant's address province and regency: stored when they fit, refused at the field when they do not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select, update

from ltsa_desktop.domain.errors import ValidationFailed
from ltsa_desktop.services import applicants
from ltsa_desktop.storage.models.applicants import Applicant

BASE = applicants.ApplicantInput(
    nik="3212454509950001", full_name="Siti Nurhaliza", birth_date=date(1995, 9, 5), sex="F",
    phone="0812-3456-7890", province_code="32", regency_code="3212")


def _count(office) -> int:  # type: ignore[no-untyped-def]
    with office.ctx.read() as session:
        return int(session.execute(select(func.count()).select_from(Applicant)).scalar_one())


def test_province_and_regency_are_stored_and_updated(office) -> None:  # type: ignore[no-untyped-def]
    row = applicants.register_applicant(office.ctx, office.staff, BASE).value
    assert (row.data.province_code, row.data.regency_code) == ("32", "3212")
    moved = applicants.update_applicant(office.ctx, office.staff, row.id, row.version,
                                        replace(BASE, province_code="96", regency_code="9671")).value
    again = applicants.get_applicant(office.ctx, row.id)
    assert (again.data.province_code, again.data.regency_code) == ("96", "9671") and moved.version == row.version + 1


@pytest.mark.parametrize("province, regency, fields", [
    ("32", "3301", {"regency_code": "regency_not_in_province"}),
    ("", "3212", {"province_code": "required"}),
    ("99", "", {"province_code": "province_unknown"}),
    ("32", "3299", {"regency_code": "regency_unknown"}),
    ("33", "9101", {"regency_code": "regency_unknown"}),  # pre-2022 Merauke code: not an address code any more
])
def test_bad_region_is_refused_at_the_field_and_nothing_saved(office, province, regency,  # type: ignore[no-untyped-def]
                                                              fields) -> None:
    with pytest.raises(ValidationFailed) as info:
        applicants.register_applicant(office.ctx, office.staff, replace(BASE, province_code=province,
                                                                        regency_code=regency))
    assert {k: v.code for k, v in info.value.fields.items()} == fields
    assert _count(office) == 0


def test_update_with_a_mismatched_regency_changes_nothing(office) -> None:  # type: ignore[no-untyped-def]
    row = applicants.register_applicant(office.ctx, office.staff, BASE).value
    with pytest.raises(ValidationFailed):
        applicants.update_applicant(office.ctx, office.staff, row.id, row.version,
                                    replace(BASE, province_code="35", regency_code="3212"))
    again = applicants.get_applicant(office.ctx, row.id)
    assert (again.version, again.data.province_code, again.data.regency_code) == (row.version, "32", "3212")


def test_address_region_is_optional_and_may_differ_from_the_nik(office) -> None:  # type: ignore[no-untyped-def]
    # the NIK's region is where it was first registered, not where the person lives now: no warning either way
    blank = applicants.register_applicant(office.ctx, office.staff, replace(BASE, province_code="",
                                                                            regency_code="")).value
    other = applicants.register_applicant(office.ctx, office.staff, replace(
        BASE, nik="3212454509950002", full_name="Dewi Lestari", province_code="51", regency_code="5171")).value
    assert (blank.data.province_code, blank.data.regency_code, blank.nik_warnings) == ("", "", ())
    assert (other.data.regency_code, other.nik_warnings) == ("5171", ())


def test_name_search_returns_matches_in_name_order_within_the_office(office) -> None:  # type: ignore[no-untyped-def]
    names = ["Wati Kusuma", "Ani Kusumawati", "Budi Santoso", "Ṣîtî Kusuma"]
    for i, name in enumerate(names):
        applicants.register_applicant(office.ctx, office.staff, replace(
            BASE, nik=f"32124545099500{i + 1:02d}", full_name=name))
    assert [r.full_name for r in applicants.search_applicants(office.ctx, "KUSUMA")] == [
        "Ani Kusumawati", "Ṣîtî Kusuma", "Wati Kusuma"]
    assert [r.full_name for r in applicants.search_applicants(office.ctx, "kusuma", limit=2)] == [
        "Ani Kusumawati", "Ṣîtî Kusuma"]
    assert applicants.search_applicants(office.ctx, "zzq") == []
    # the office filter still applies: a record of another office is not found
    with office.ctx.db.write() as session:
        session.execute(update(Applicant).where(Applicant.full_name == "Budi Santoso")
                        .values(office_id="another-office"))
    assert applicants.search_applicants(office.ctx, "santoso") == []


def test_nik_with_a_regency_code_not_in_the_list_is_a_warning_only(office) -> None:  # type: ignore[no-untyped-def]
    # 9101 was Merauke before Papua Selatan got its own codes (now 9301); such NIKs stay valid
    row = applicants.register_applicant(office.ctx, office.staff, replace(
        BASE, nik="9101454509950001", province_code="93", regency_code="9301")).value
    assert row.nik_warnings == (applicants.NIK_REGENCY_UNKNOWN,)
    assert applicants.get_applicant(office.ctx, row.id).nik_warnings == ("nik_regency_unknown",)
