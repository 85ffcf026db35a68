"""Money, date and time formatting for people, through Babel (outside Qt: PDFs, reports, CLI, labels).

The product's languages are ``id`` (locale ``id_ID``) and ``en`` (``en_ID``, English as written in Indonesia:
day-month-year dates and the rupiah written ``Rp 1.250.000``). Any other language falls back to Indonesian.
Money is always an ``int`` number of rupiah; there are no sub-rupiah amounts.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date as _babel_format_date
from babel.dates import format_time as _babel_format_time
from babel.numbers import format_currency

from ltsa_desktop.domain.calendar import to_local
from ltsa_desktop.domain.regions import zone_abbreviation

_LOCALES = {"id": "id_ID", "en": "en_ID"}
DEFAULT_LOCALE = "id_ID"

# Babel's standard rupiah pattern has two decimals and no space ("Rp1.250.000,00"); receipts print whole rupiah.
_MONEY_PATTERN = "¤ #,##0"


def babel_locale(lang: str) -> str:
    """The Babel locale for a product language (``"id"``, ``"en"``, or ``"id_ID"``-style); Indonesian otherwise."""
    return _LOCALES.get(lang.replace("-", "_").split("_")[0].lower(), DEFAULT_LOCALE)


def format_money(amount: int, lang: str = "id") -> str:
    """``Rp 1.250.000``; negative amounts as ``-Rp 1.250.000``.

    Raises ``TypeError`` for anything but an ``int`` (a float, ``Decimal`` or ``bool`` is a bug upstream).
    """
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"money is an int number of rupiah, not {type(amount).__name__}")
    return format_currency(amount, "IDR", format=_MONEY_PATTERN, locale=babel_locale(lang), currency_digits=False)


def format_date(d: date, lang: str = "id") -> str:
    """``22 November 2026`` / ``1 Agustus 2026`` (Babel's long date: day, month name, year).

    Raises ``TypeError`` for a datetime: an instant has no date until it is put in a zone, so use
    ``format_datetime_local`` or ``calendar.service_day`` first.
    """
    if isinstance(d, datetime) or not isinstance(d, date):
        raise TypeError(f"expected a date, not {type(d).__name__}")
    return _babel_format_date(d, format="long", locale=babel_locale(lang))


def format_datetime_local(utc_dt: datetime, tz_name: str, lang: str = "id", *, seconds: bool = False) -> str:
    """``22 November 2026 14:05 WIB``: an aware datetime in the office's zone, with the zone's abbreviation.

    Raises ``ValueError`` for a naive datetime (see ``calendar.to_local``).
    """
    local = to_local(utc_dt, tz_name)
    clock = _babel_format_time(local.time(), "HH:mm:ss" if seconds else "HH:mm", locale=babel_locale(lang))
    return f"{format_date(local.date(), lang)} {clock} {zone_abbreviation(tz_name)}"
