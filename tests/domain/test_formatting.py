"""Money, dates and local times as people read them, in Indonesian and English."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltsa_desktop.domain.formatting import babel_locale, format_date, format_datetime_local, format_money

ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


@pytest.mark.parametrize("amount, text", [
    (0, "Rp 0"), (500, "Rp 500"), (1000, "Rp 1.000"), (1_250_000, "Rp 1.250.000"),
    (350_000, "Rp 350.000"), (1_000_000_000, "Rp 1.000.000.000"), (-25_000, "-Rp 25.000"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_money(amount: int, text: str, lang: str) -> None:
    assert format_money(amount, lang) == text


@pytest.mark.parametrize("amount", [1250000.0, 0.5, Decimal("1250000"), True, "1250000", None])
def test_money_is_an_int(amount: object) -> None:
    with pytest.raises(TypeError):
        format_money(amount)  # type: ignore[arg-type]


@given(st.integers(-(10**15), 10**15))
def test_money_reads_back(amount: int) -> None:
    text = format_money(amount)
    sign, prefix = ("-", "-Rp ") if amount < 0 else ("", "Rp ")
    assert text.startswith(prefix)
    groups = text[len(prefix):].split(".")
    assert 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    assert int(sign + "".join(groups)) == amount


@pytest.mark.parametrize("month", range(1, 13))
def test_dates_day_month_year(month: int) -> None:
    d = date(2026, month, 7)
    assert format_date(d) == f"7 {ID_MONTHS[month - 1]} 2026"
    assert format_date(d, "en") == f"7 {EN_MONTHS[month - 1]} 2026"


def test_date_example() -> None:
    assert format_date(date(2026, 11, 22)) == format_date(date(2026, 11, 22), "en") == "22 November 2026"


def test_a_datetime_is_not_a_date() -> None:
    with pytest.raises(TypeError):
        format_date(datetime(2026, 11, 22, 23, 0, tzinfo=UTC))


@pytest.mark.parametrize("lang, locale", [("id", "id_ID"), ("en", "en_ID"), ("en_US", "en_ID"), ("en-GB", "en_ID"),
                                          ("ID", "id_ID"), ("fr", "id_ID"), ("", "id_ID")])
def test_languages(lang: str, locale: str) -> None:
    assert babel_locale(lang) == locale


def test_unknown_language_falls_back_to_indonesian() -> None:
    assert format_date(date(2026, 8, 17), "fr") == "17 Agustus 2026"


@pytest.mark.parametrize("tz_name, text", [
    ("Asia/Jakarta", "22 November 2026 14:05 WIB"), ("Asia/Pontianak", "22 November 2026 14:05 WIB"),
    ("Asia/Makassar", "22 November 2026 15:05 WITA"), ("Asia/Jayapura", "22 November 2026 16:05 WIT"),
    ("Asia/Hong_Kong", "22 November 2026 15:05 Asia/Hong_Kong"),
])
def test_local_datetime(tz_name: str, text: str) -> None:
    assert format_datetime_local(datetime(2026, 11, 22, 7, 5, 9, tzinfo=UTC), tz_name) == text


def test_local_datetime_takes_the_local_date_and_pads_hours() -> None:
    utc = datetime(2026, 8, 16, 22, 7, 3, tzinfo=UTC)
    assert format_datetime_local(utc, "Asia/Jakarta") == "17 Agustus 2026 05:07 WIB"
    assert format_datetime_local(utc, "Asia/Jayapura", "en", seconds=True) == "17 August 2026 07:07:03 WIT"
    assert format_datetime_local(datetime(2026, 8, 16, 16, 0, tzinfo=UTC), "Asia/Makassar") == (
        "17 Agustus 2026 00:00 WITA")


def test_local_datetime_refuses_naive() -> None:
    with pytest.raises(ValueError):
        format_datetime_local(datetime(2026, 11, 22, 7, 5), "Asia/Jakarta")
