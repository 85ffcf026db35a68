"""Money, date and time formatting for people (Babel, ``id_ID`` by default). Money is always an int of rupiah."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal

from ltsa_desktop.domain.regions import zone_abbreviation

_LOCALES = {"id": "id_ID", "en": "en_US"}


def _locale(lang: str) -> str:
    return _LOCALES.get(lang, "id_ID")


def format_money(amount: int, lang: str = "id") -> str:
    """``Rp 1.250.000`` (Indonesian grouping in both languages: it is the currency's own notation)."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError("money is an int number of rupiah")
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {format_decimal(abs(amount), locale='id_ID', group_separator=True)}"


def format_date(d: date, lang: str = "id") -> str:
    """``22 November 2026``."""
    return _babel_date(d, format="d MMMM y", locale=_locale(lang))


def format_datetime_local(utc_dt: datetime, tz_name: str, lang: str = "id", *, seconds: bool = False) -> str:
    """``22 November 2026 14:05 WIB`` in the office's zone."""
    if utc_dt.tzinfo is None:
        raise ValueError("naive datetime")
    local = utc_dt.astimezone(ZoneInfo(tz_name))
    clock = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{format_date(local.date(), lang)} {clock} {zone_abbreviation(tz_name)}"
