"""Province codes and names (DOMAIN.md §3.1) and each province's zone (DOMAIN.md §5, Keppres 41/1987)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.regions import (
    PROVINCES,
    UnknownProvince,
    province_name,
    timezone_for_province,
    zone_abbreviation,
)

WIB_CODES = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36"]
PONTIANAK_CODES = ["61", "62"]
WITA_CODES = ["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"]
WIT_CODES = ["81", "82", "91", "92", "93", "94", "95", "96"]
OFFSET_HOURS = {"WIB": 7, "WITA": 8, "WIT": 9}


def test_38_provinces_with_two_digit_codes() -> None:
    assert len(PROVINCES) == 38
    assert sorted(PROVINCES) == sorted(WIB_CODES + PONTIANAK_CODES + WITA_CODES + WIT_CODES)
    assert all(len(code) == 2 and code.isascii() and code.isdecimal() for code in PROVINCES)
    assert all(name.strip() == name and name for name in PROVINCES.values())
    assert len(set(PROVINCES.values())) == 38


@pytest.mark.parametrize("code, name", [
    ("11", "Aceh"), ("19", "Kepulauan Bangka Belitung"), ("21", "Kepulauan Riau"), ("31", "DKI Jakarta"),
    ("34", "DI Yogyakarta"), ("36", "Banten"), ("51", "Bali"), ("65", "Kalimantan Utara"), ("76", "Sulawesi Barat"),
    ("82", "Maluku Utara"), ("93", "Papua Selatan"), ("94", "Papua Tengah"), ("95", "Papua Pegunungan"),
    ("96", "Papua Barat Daya"),
])
def test_names(code: str, name: str) -> None:
    assert province_name(code) == name


def test_province_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        PROVINCES["99"] = "Nowhere"  # type: ignore[index]
    assert "99" not in PROVINCES


@pytest.mark.parametrize("codes, zone", [(WIB_CODES, "Asia/Jakarta"), (PONTIANAK_CODES, "Asia/Pontianak"),
                                         (WITA_CODES, "Asia/Makassar"), (WIT_CODES, "Asia/Jayapura")])
def test_zone_of_each_province(codes: list[str], zone: str) -> None:
    assert {code: timezone_for_province(code) for code in codes} == dict.fromkeys(codes, zone)


@pytest.mark.parametrize("code", sorted(PROVINCES))
def test_zone_offset_matches_its_abbreviation_all_year(code: str) -> None:
    tz_name = timezone_for_province(code)
    expected = timedelta(hours=OFFSET_HOURS[zone_abbreviation(tz_name)])
    for month in (1, 7):  # no daylight saving time anywhere in Indonesia
        assert datetime(2026, month, 1, tzinfo=UTC).astimezone(ZoneInfo(tz_name)).utcoffset() == expected


def test_keppres_41_1987_moved_bali_and_kalimantan_barat() -> None:
    # Bali (51) is WITA, Kalimantan Barat (61) and Tengah (62) are WIB since 1 January 1988.
    assert zone_abbreviation(timezone_for_province("51")) == "WITA"
    assert zone_abbreviation(timezone_for_province("61")) == "WIB"
    assert zone_abbreviation(timezone_for_province("62")) == "WIB"


@pytest.mark.parametrize("tz_name, abbreviation", [
    ("Asia/Jakarta", "WIB"), ("Asia/Pontianak", "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Ujung_Pandang", "WITA"),
    ("Asia/Jayapura", "WIT"), ("Asia/Hong_Kong", "Asia/Hong_Kong"), ("UTC", "UTC"),
])
def test_zone_abbreviation(tz_name: str, abbreviation: str) -> None:
    assert zone_abbreviation(tz_name) == abbreviation


@pytest.mark.parametrize("code", ["", "1", "00", "10", "20", "37", "99", "311", " 31", "٣١"])
def test_unknown_province(code: str) -> None:
    for lookup in (province_name, timezone_for_province):
        with pytest.raises(UnknownProvince) as info:
            lookup(code)
        assert isinstance(info.value, ValueError) and isinstance(info.value, LtsaError)
        assert (info.value.code, info.value.params) == ("province_unknown", {"province_code": code})
