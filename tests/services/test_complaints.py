"""Complaints with service levels, consultations, non-procedural records."""

from __future__ import annotations

from datetime import date

import pytest

from ltsa_desktop.domain.errors import InvalidState, StaleRecord, ValidationFailed
from ltsa_desktop.services import complaints


def _file(office, **kw):  # type: ignore[no-untyped-def]
    values = dict(channel="phone", complainant_type="family", complainant_name="Siti Aminah",
                  complainant_contact="0812 3456 7890", category="wages", subject="Gaji tidak dibayar 3 bulan",
                  chronology="Sejak Agustus gaji tidak dibayar oleh majikan di Taiwan.")
    values.update(kw)
    return complaints.file_complaint(office.ctx, office.staff, **values).value


def test_complaint_numbers_and_service_levels(office) -> None:  # type: ignore[no-untyped-def]
    first, second = _file(office), _file(office, file_complete=True)
    assert first.number == "JKT01-P-2026-00001" and second.number == "JKT01-P-2026-00002"
    # Monday 23 Nov 2026 + 5 working days = Monday 30 Nov; 60 days after a complete file = 22 Jan 2027
    assert first.acknowledge_due == date(2026, 11, 30) and first.resolve_due is None
    assert second.resolve_due == date(2027, 1, 22)
    office.clock.advance(days=8)
    assert [c.overdue for c in complaints.list_complaints(office.ctx)] == [True, True]
    row = complaints.follow_up_complaint(office.ctx, office.staff, first.id, first.version, note="Dihubungi",
                                         acknowledge=True, file_complete=True).value
    assert row.status == "in_process" and not row.overdue
    with pytest.raises(StaleRecord):  # an edit over an old copy is refused
        complaints.follow_up_complaint(office.ctx, office.staff, first.id, first.version, note="lagi")
    done = complaints.resolve_complaint(office.ctx, office.staff, first.id, row.version, "Gaji dibayar").value
    assert done.status == "resolved"
    assert [c.number for c in complaints.list_complaints(office.ctx)] == [second.number]


def test_complaint_bad_input_names_each_field(office) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as info:
        _file(office, complainant_name=" ", subject="", chronology="", category="gossip", channel="fax")
    assert set(info.value.fields) == {"complainant_name", "subject", "chronology", "category", "channel"}
    assert complaints.list_complaints(office.ctx) == []


def test_nonprocedural_record_and_outcome(office) -> None:  # type: ignore[no-untyped-def]
    number = complaints.record_nonprocedural(
        office.ctx, office.staff, person_name="Rina", prevented_at_place="airport",
        prevented_location="Bandara Soekarno-Hatta", prevented_by="imigrasi", prevented_on=date(2026, 11, 20),
        intended_destination="Malaysia", tppo_indicators=["tourist_visa_for_work", "unlicensed_recruiter"]).value
    assert number == "JKT01-NP-2026-00001"
    with pytest.raises(ValidationFailed) as info:
        complaints.record_nonprocedural(office.ctx, office.staff, person_name="X", prevented_at_place="moon",
                                        prevented_location="", prevented_by="army", prevented_on=date(2030, 1, 1),
                                        tppo_indicators=["vague"])
    assert set(info.value.fields) == {"prevented_at_place", "prevented_by", "prevented_on", "tppo_indicators"}
    from sqlalchemy import select

    from ltsa_desktop.storage.models.applicants import NonProceduralRecord

    with office.db.read() as s:
        rec = s.execute(select(NonProceduralRecord)).scalars().one()
    with pytest.raises(ValidationFailed):  # re-placement must link an applicant record
        complaints.set_nonprocedural_outcome(office.ctx, office.staff, rec.id, rec.version,
                                             "penempatan_kembali_prosedural", "Daftar ulang", date(2026, 11, 23))
    complaints.set_nonprocedural_outcome(office.ctx, office.staff, rec.id, rec.version, "pulang_daerah_asal",
                                         "Diantar ke Indramayu", date(2026, 11, 23))
    with pytest.raises(InvalidState):
        complaints.set_nonprocedural_outcome(office.ctx, office.staff, rec.id, rec.version + 1,
                                             "fasilitasi_hukum", "x", date(2026, 11, 24))
