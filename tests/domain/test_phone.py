"""Phone numbers: the Indonesian forms people type, landlines, numbers abroad, refusals, and E.164 stability."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.phone import PhoneError, PhoneNumber, normalize_phone

MOBILE = "+6281234567890"


@pytest.mark.parametrize("text", [
    "081234567890", "0812-3456-7890", "0812 3456 7890", " 0812.3456.7890 ", "(0812) 3456-7890",
    "6281234567890", "62 812 3456 7890", "62-812-3456-7890",
    "+6281234567890", "+62 812 3456 7890", "+62-812-3456-7890", "+62 (0) 812 3456 7890",
])
def test_indonesian_mobile_forms_agree(text: str) -> None:
    assert normalize_phone(text) == PhoneNumber(
        e164=MOBILE, is_mobile=True, region="ID", national_display="0812-3456-7890",
        international_display="+62 812-3456-7890")


@pytest.mark.parametrize("text", ["0834177763", "62834177763", "62 834 177 763", "+62834177763"])
def test_short_mobile_written_628_is_not_read_as_a_0628_landline(text: str) -> None:
    number = normalize_phone(text)
    assert (number.e164, number.is_mobile) == ("+62834177763", True)


def test_national_number_beginning_with_62_still_parses() -> None:
    # "622 123456" is no valid +62 number, so it is read nationally: area code 0622.
    assert normalize_phone("622 123456").e164 == normalize_phone("0622 123456").e164 == "+62622123456"


@pytest.mark.parametrize("text, e164, national", [
    ("(021) 5790 5790", "+622157905790", "(021) 57905790"),
    ("021-5790-5790", "+622157905790", "(021) 57905790"),
    ("+62 21 5790 5790", "+622157905790", "(021) 57905790"),
    ("(0274) 123456", "+62274123456", "(0274) 123456"),
])
def test_landlines_are_valid_but_not_mobile(text: str, e164: str, national: str) -> None:
    number = normalize_phone(text)
    assert (number.e164, number.is_mobile, number.region, number.national_display) == (
        e164, False, "ID", national)


@pytest.mark.parametrize("text, e164, region, international", [
    ("+852 9123 4567", "+85291234567", "HK", "+852 9123 4567"),
    ("+60 12-345 6789", "+60123456789", "MY", "+60 12-345 6789"),
    ("+886 912 345 678", "+886912345678", "TW", "+886 912 345 678"),
    ("+966 50 123 4567", "+966501234567", "SA", "+966 50 123 4567"),
])
def test_numbers_abroad_with_country_code(text: str, e164: str, region: str, international: str) -> None:
    number = normalize_phone(text)
    assert (number.e164, number.region, number.is_mobile, number.international_display) == (
        e164, region, True, international)


def test_hong_kong_national_display_has_no_trunk_prefix() -> None:
    assert normalize_phone("+852 9123 4567").national_display == "9123 4567"


def test_without_plus_a_number_is_read_as_indonesian() -> None:
    # Family abroad must be entered with "+": "852…" alone is an Indonesian 0852 mobile number.
    assert normalize_phone("85291234567").e164 == "+6285291234567"
    assert normalize_phone("91234567", default_region="HK").e164 == "+85291234567"


def test_non_ascii_digits_are_read_and_stored_as_ascii() -> None:
    assert normalize_phone("٠٨١٢٣٤٥٦٧٨٩٠").e164 == MOBILE
    assert normalize_phone("０８１２３４５６７８９０").e164 == MOBILE


@pytest.mark.parametrize("text", [
    "", "   ", "hello", "-", "++", "12", "0812", "+62 1", "08123456789012345", "+999 1234 5678",
    "0812345678O9",             # letter O typed for zero: libphonenumber would quietly drop it
    "0800-FLOWERS",             # keypad letters
    "0812 3456 7890 ext 12", "0812 3456 7890 #12", "021 5790 5790, 12",  # extensions cannot be kept in E.164
    "0062 812 3456 7890", "1" * 300,
])
def test_refusals(text: str) -> None:
    with pytest.raises(PhoneError) as info:
        normalize_phone(text)
    assert info.value.code == "phone_invalid"
    assert isinstance(info.value, ValueError) and isinstance(info.value, LtsaError)


def test_the_operator_is_not_derived() -> None:
    fields = {f.name for f in dataclasses.fields(PhoneNumber)}
    assert fields == {"e164", "is_mobile", "region", "national_display", "international_display"}


# -- properties ----------------------------------------------------------------------------------------------
SEPARATORS = st.sampled_from(["", " ", "-", "."])


@given(st.sampled_from("12356789"), st.text("0123456789", min_size=7, max_size=10), SEPARATORS)
def test_the_three_indonesian_forms_always_agree(second: str, rest: str, sep: str) -> None:
    subscriber = f"8{second}{sep}{rest}"
    outcomes = []
    for text in (f"0{subscriber}", f"62{sep}{subscriber}", f"+62{sep}{subscriber}"):
        try:
            outcomes.append(normalize_phone(text).e164)
        except PhoneError:
            outcomes.append("invalid")
    assert len(set(outcomes)) == 1
    if outcomes[0] != "invalid":
        assert outcomes[0] == "+628" + second + rest


@given(st.one_of(st.text(max_size=30), st.text("0123456789+-() ", max_size=20)))
def test_only_phone_error_and_results_are_stable(text: str) -> None:
    try:
        number = normalize_phone(text)
    except PhoneError as exc:
        assert exc.code == "phone_invalid"
    else:
        assert number.e164.startswith("+") and number.e164[1:].isascii() and number.e164[1:].isdecimal()
        assert normalize_phone(number.e164) == number
        assert normalize_phone(number.international_display).e164 == number.e164
