"""NIK parsing: vectors, every province, each century, 29 February, warnings not refusals, masking, age."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.nik import NikError, age_on, mask_nik, parse_nik
from ltsa_desktop.domain.regions import PROVINCES

TODAY = date(2026, 11, 22)
CODES = {"nik_length", "nik_digits", "nik_province", "nik_day", "nik_month", "nik_date", "nik_serial"}


def nik_for(born: date, *, female: bool = False, province: str = "32", area: str = "1245",
            serial: int = 1) -> str:
    day = born.day + (40 if female else 0)
    return f"{province}{area}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def code_of(text: str, **kw: object) -> str:
    with pytest.raises(NikError) as info:
        parse_nik(text, today=TODAY, **kw)  # type: ignore[arg-type]
    return info.value.code


# -- vectors -------------------------------------------------------------------------------------------------
def test_male_vector() -> None:
    info = parse_nik("3175010105880123", today=TODAY)
    assert info.nik == "3175010105880123"
    assert (info.province_code, info.regency_code, info.district_code) == ("31", "3175", "317501")
    assert (info.birth_date, info.sex, info.serial, info.warnings) == (date(1988, 5, 1), "M", "0123", ())


def test_female_vector_has_day_plus_40() -> None:
    info = parse_nik("3212454509950001", today=TODAY)
    assert (info.birth_date, info.sex, info.serial) == (date(1995, 9, 5), "F", "0001")


@pytest.mark.parametrize("raw_day, day, sex", [("01", 1, "M"), ("31", 31, "M"), ("41", 1, "F"), ("71", 31, "F")])
def test_day_range_edges(raw_day: str, day: int, sex: str) -> None:
    info = parse_nik(f"321245{raw_day}01900001", today=TODAY)
    assert (info.birth_date, info.sex) == (date(1990, 1, day), sex)


@pytest.mark.parametrize("text", ["3212 4545 0995 0001", " 3212454509950001\n", "32\t1245\u00a045 0995 0001"])
def test_whitespace_is_ignored(text: str) -> None:
    assert parse_nik(text, today=TODAY).nik == "3212454509950001"


def test_default_today_is_the_system_date() -> None:
    assert parse_nik("3212010101800001").birth_date == date(1980, 1, 1)


# -- century -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("nik, born", [
    ("3212010101100001", date(2010, 1, 1)),
    ("3212010101300001", date(1930, 1, 1)),   # 2030 would be in the future
    ("3212012211260001", date(2026, 11, 22)),  # born today: this century
    ("3212012311260001", date(1926, 11, 23)),  # tomorrow in 2026 is in the future, so 1926
    ("3212010101000001", date(2000, 1, 1)),
    ("3212013112990001", date(1999, 12, 31)),
])
def test_century_without_entered_birth_date_is_latest_not_in_future(nik: str, born: date) -> None:
    assert parse_nik(nik, today=TODAY).birth_date == born


@pytest.mark.parametrize("entered", [date(1910, 1, 1), date(2010, 1, 1)])
def test_century_follows_entered_birth_date(entered: date) -> None:
    info = parse_nik("3212010101100001", birth_date=entered, today=TODAY)
    assert (info.birth_date, info.warnings) == (entered, ())


def test_century_nearest_the_entered_date_across_the_2000_boundary() -> None:
    info = parse_nik("3212010101000001", birth_date=date(1999, 12, 31), today=TODAY)
    assert (info.birth_date, info.warnings) == (date(2000, 1, 1), ("nik_birth_date_mismatch",))


# -- 29 February -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("yy, year", [("96", 1996), ("04", 2004), ("24", 2024), ("00", 2000)])
def test_29_february_in_leap_years(yy: str, year: int) -> None:
    assert parse_nik(f"3212012902{yy}0001", today=TODAY).birth_date == date(year, 2, 29)
    assert parse_nik(f"3212016902{yy}0001", today=TODAY).sex == "F"


@pytest.mark.parametrize("yy", ["01", "97", "23", "25"])
def test_29_february_in_common_years_is_refused(yy: str) -> None:
    assert code_of(f"3212012902{yy}0001") == "nik_date"


def test_29_february_00_always_means_2000_the_only_leap_reading() -> None:
    # 1900 was not a leap year, so an entered 1900 date cannot pull the century there.
    info = parse_nik("3212012902000001", birth_date=date(1900, 2, 28), today=TODAY)
    assert (info.birth_date, info.warnings) == (date(2000, 2, 29), ("nik_birth_date_mismatch",))
    # In 2150 the plausible readings are 2100 (common year) and 2000 (leap year).
    assert parse_nik("3212012902000001", today=date(2150, 1, 1)).birth_date == date(2000, 2, 29)
    # Early in 2000 the only reading is still in the future: accepted (the clock may be wrong, the NIK is not).
    assert parse_nik("3212012902000001", today=date(2000, 1, 15)).birth_date == date(2000, 2, 29)
    # In 1999 the plausible readings were 1900 and 1800, both common years.
    with pytest.raises(NikError) as info:
        parse_nik("3212012902000001", today=date(1999, 6, 1))
    assert info.value.code == "nik_date"


# -- refusals ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("", "nik_length"), ("   ", "nik_length"), ("321245450995000", "nik_length"),
    ("32124545099500011", "nik_length"), ("3212-4545-0995-0001", "nik_length"),
    ("32124545O9950001", "nik_digits"),            # letter O for zero
    ("٣٢١٢٤٥٤٥٠٩٩٥٠٠٠١", "nik_digits"),            # Arabic-Indic digits pass str.isdigit()
    ("３２１２４５４５０９９５０００１", "nik_digits"),  # fullwidth digits
    ("321245450995000²", "nik_digits"),             # superscript two is a str.isdigit() digit too
    ("-212454509950001", "nik_digits"), ("+212454509950001", "nik_digits"),
    ("3212450009950001", "nik_day"), ("3212453209950001", "nik_day"), ("3212454009950001", "nik_day"),
    ("3212457209950001", "nik_day"), ("3212459909950001", "nik_day"),
    ("3212450100950001", "nik_month"), ("3212450113950001", "nik_month"), ("3212450199950001", "nik_month"),
    ("3212453102950001", "nik_date"), ("3212453002950001", "nik_date"), ("3212453104950001", "nik_date"),
    ("3212457102950001", "nik_date"),               # a woman's 31 February
    ("3212454509950000", "nik_serial"),
])
def test_refusals(text: str, code: str) -> None:
    assert code_of(text) == code


@pytest.mark.parametrize("province", sorted(f"{n:02d}" for n in range(100) if f"{n:02d}" not in PROVINCES))
def test_unknown_province_is_refused(province: str) -> None:
    with pytest.raises(NikError) as info:
        parse_nik(f"{province}01011508900001", today=TODAY)
    assert (info.value.code, info.value.params) == ("nik_province", {"province_code": province})


@pytest.mark.parametrize("province", sorted(PROVINCES))
def test_every_province_code_is_accepted(province: str) -> None:
    info = parse_nik(f"{province}01011508900001", today=TODAY)
    assert (info.province_code, info.regency_code) == (province, f"{province}01")


def test_first_failing_part_names_the_error() -> None:
    assert code_of("9912009913000000") == "nik_province"
    assert code_of("3212009913000000") == "nik_day"
    assert code_of("3212013113000000") == "nik_month"
    assert code_of("3212013102010000") == "nik_date"


def test_error_is_a_value_error_in_the_taxonomy() -> None:
    with pytest.raises(NikError) as info:
        parse_nik("123", today=TODAY)
    assert isinstance(info.value, ValueError) and isinstance(info.value, LtsaError)
    assert info.value.params == {"length": 3}


def test_bad_sex_argument_is_a_programming_error() -> None:
    with pytest.raises(ValueError) as info:
        parse_nik("3212454509950001", sex="P", today=TODAY)
    assert not isinstance(info.value, NikError)


# -- warnings, never refusals --------------------------------------------------------------------------------
@pytest.mark.parametrize("entered, sex, warnings", [
    (date(1995, 9, 5), "F", ()),
    (date(1995, 9, 6), "F", ("nik_birth_date_mismatch",)),
    (date(1995, 9, 5), "M", ("nik_sex_mismatch",)),
    (date(1996, 9, 5), "M", ("nik_birth_date_mismatch", "nik_sex_mismatch")),
    (None, None, ()),
])
def test_mismatch_is_a_warning(entered: date | None, sex: str | None, warnings: tuple[str, ...]) -> None:
    info = parse_nik("3212454509950001", birth_date=entered, sex=sex, today=TODAY)
    assert (info.birth_date, info.sex, info.warnings) == (date(1995, 9, 5), "F", warnings)


# -- properties ----------------------------------------------------------------------------------------------
AREAS = st.text("0123456789", min_size=4, max_size=4)


@given(st.sampled_from(sorted(PROVINCES)), AREAS, st.dates(date(1900, 1, 1), TODAY), st.booleans(),
       st.integers(1, 9999))
def test_constructed_nik_round_trips_with_entered_data(province: str, area: str, born: date, female: bool,
                                                       serial: int) -> None:
    nik = nik_for(born, female=female, province=province, area=area, serial=serial)
    sex = "F" if female else "M"
    info = parse_nik(nik, birth_date=born, sex=sex, today=TODAY)
    assert (info.nik, info.province_code, info.regency_code, info.district_code) == (
        nik, province, province + area[:2], province + area)
    assert (info.birth_date, info.sex, info.serial, info.warnings) == (born, sex, f"{serial:04d}", ())


@given(st.dates(TODAY - timedelta(days=36524), TODAY), st.booleans())
def test_constructed_nik_round_trips_from_the_nik_alone(born: date, female: bool) -> None:
    info = parse_nik(nik_for(born, female=female), today=TODAY)
    assert (info.birth_date, info.sex) == (born, "F" if female else "M")


@given(st.dates(date(1927, 1, 1), TODAY), st.dates(date(1900, 1, 1), TODAY), st.sampled_from(["M", "F"]))
def test_warnings_exactly_reflect_disagreement(born: date, entered: date, sex: str) -> None:
    info = parse_nik(nik_for(born, female=True), birth_date=entered, sex=sex, today=TODAY)
    assert ("nik_birth_date_mismatch" in info.warnings) == (info.birth_date != entered)
    assert ("nik_sex_mismatch" in info.warnings) == (sex == "M")
    assert info.birth_date.strftime("%m%d%y") == f"{born:%m%d%y}"  # the NIK's own date is kept


NIKISH = st.text(st.sampled_from("0123456789 ٣١２²O-\u00a0\t"), min_size=12, max_size=20)


@given(st.one_of(st.text(max_size=40), NIKISH))
def test_parse_raises_only_nik_error(text: str) -> None:
    try:
        info = parse_nik(text, today=TODAY)
    except NikError as exc:
        assert exc.code in CODES
    else:
        assert info.nik == "".join(text.split())
        assert len(info.nik) == 16 and set(info.nik) <= set("0123456789")
        assert info.birth_date <= TODAY and info.serial != "0000"


# -- masking and age ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("value, masked", [
    ("3212454509950001", "************0001"), ("3212 4545 0995 1234", "************1234"),
    ("12345", "*2345"), ("1234", "****"), ("12", "**"), ("", ""),
])
def test_mask_nik(value: str, masked: str) -> None:
    assert mask_nik(value) == masked


@pytest.mark.parametrize("born, on, age", [
    (date(1988, 5, 1), date(2026, 4, 30), 37), (date(1988, 5, 1), date(2026, 5, 1), 38),
    (date(2000, 2, 29), date(2001, 2, 28), 0), (date(2000, 2, 29), date(2001, 3, 1), 1),
    (date(2000, 2, 29), date(2004, 2, 29), 4), (date(1966, 11, 22), TODAY, 60), (TODAY, TODAY, 0),
])
def test_age_on(born: date, on: date, age: int) -> None:
    assert age_on(born, on) == age


def test_age_before_birth_is_refused() -> None:
    with pytest.raises(ValueError):
        age_on(TODAY, TODAY - timedelta(days=1))
