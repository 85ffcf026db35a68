"""NIK parsing: vectors, every province, each century, warnings not refusals; phone numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltsa_desktop.domain.nik import NikError, mask_nik, parse_nik
from ltsa_desktop.domain.phone import PhoneError, normalize_phone
from ltsa_desktop.domain.regions import PROVINCES

TODAY = date(2026, 11, 22)


def test_male_and_female_vectors() -> None:
    man = parse_nik("3175 0101 0588 0123", today=TODAY)
    assert (man.province_code, man.regency_code, man.birth_date, man.sex, man.serial) == (
        "31", "3175", date(1988, 5, 1), "M", "0123")
    woman = parse_nik("3212454509950001", today=TODAY)
    assert (woman.birth_date, woman.sex) == (date(1995, 9, 5), "F")


def test_century_from_entered_birth_date_or_latest_past() -> None:
    assert parse_nik("3212010101100001", today=TODAY).birth_date == date(2010, 1, 1)
    assert parse_nik("3212010101300001", today=TODAY).birth_date == date(1930, 1, 1)  # 2030 is in the future
    assert parse_nik("3212010101100001", birth_date=date(1910, 1, 1), today=TODAY).birth_date == date(1910, 1, 1)


def test_mismatch_is_a_warning_never_a_refusal() -> None:
    info = parse_nik("3212454509950001", birth_date=date(1995, 9, 6), sex="M", today=TODAY)
    assert set(info.warnings) == {"nik_birth_date_mismatch", "nik_sex_mismatch"}


@pytest.mark.parametrize("text, code", [
    ("321245450995000", "nik_length"), ("32124545099500011", "nik_length"), ("32124545O9950001", "nik_digits"),
    ("٣٢١٢٤٥٤٥٠٩٩٥٠٠٠١", "nik_digits"), ("9912454509950001", "nik_province"), ("3212453209950001", "nik_day"),
    ("3212457209950001", "nik_day"), ("3212450113950001", "nik_month"), ("3212453102950001", "nik_date"),
    ("3212452902010001", "nik_date"), ("3212454509950000", "nik_serial"), ("", "nik_length"),
])
def test_bad_niks(text: str, code: str) -> None:
    with pytest.raises(NikError) as info:
        parse_nik(text, today=TODAY)
    assert info.value.code == code


def test_29_february() -> None:
    assert parse_nik("3212012902000001", today=TODAY).birth_date == date(2000, 2, 29)
    assert parse_nik("3212012902960001", today=TODAY).birth_date == date(1996, 2, 29)


@pytest.mark.parametrize("province", sorted(PROVINCES))
def test_every_province_code(province: str) -> None:
    assert parse_nik(f"{province}01011508900001", today=TODAY).province_code == province


@given(st.text(max_size=40))
def test_parse_never_raises_anything_else(text: str) -> None:
    try:
        info = parse_nik(text, today=TODAY)
    except NikError as exc:
        assert exc.code.startswith("nik_")
    else:
        assert len(info.nik) == 16 and info.nik.isdigit()


@given(st.sampled_from(sorted(PROVINCES)), st.dates(date(1931, 1, 1), TODAY), st.booleans(),
       st.integers(1, 9999))
def test_constructed_niks_round_trip(province: str, born: date, female: bool, serial: int) -> None:
    day = born.day + (40 if female else 0)
    nik = f"{province}0101{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    info = parse_nik(nik, birth_date=born, sex="F" if female else "M", today=TODAY)
    assert (info.birth_date, info.sex, info.warnings) == (born, "F" if female else "M", ())


def test_mask() -> None:
    assert mask_nik("3212454509950001") == "************0001"


@pytest.mark.parametrize("text, e164", [("0812-3456-7890", "+6281234567890"), ("6281234567890", "+6281234567890"),
                                        ("+62 812 3456 7890", "+6281234567890"), ("(021) 5790 5790", "+622157905790"),
                                        ("+852 9123 4567", "+85291234567")])
def test_phones(text: str, e164: str) -> None:
    assert normalize_phone(text).e164 == e164


@pytest.mark.parametrize("text", ["12", "hello", "0812", "+62 1", "08123456789012345"])
def test_bad_phones(text: str) -> None:
    with pytest.raises(PhoneError):
        normalize_phone(text)
