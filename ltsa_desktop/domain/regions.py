"""Province codes (the first two digits of an NIK and of a Kemendagri region code) and each province's time zone.

Codes and names per DOMAIN.md §3.1 (38 provinces). The assignment of 93/94/95 to Papua Selatan, Papua Tengah and
Papua Pegunungan is tagged [S] there: one seed file orders them differently, so check it against Kepmendagri
300.2.2-2138/2025 before shipping. Zones per DOMAIN.md §5 (Keppres 41/1987, no daylight saving): WIB (UTC+7,
``Asia/Jakarta``; Kalimantan Barat 61 and Kalimantan Tengah 62 use ``Asia/Pontianak``), WITA (UTC+8,
``Asia/Makassar``), WIT (UTC+9, ``Asia/Jayapura``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ltsa_desktop.domain.errors import LtsaError

PROVINCES: Mapping[str, str] = MappingProxyType({
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung", "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau", "31": "DKI Jakarta", "32": "Jawa Barat", "33": "Jawa Tengah",
    "34": "DI Yogyakarta", "35": "Jawa Timur", "36": "Banten", "51": "Bali", "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur", "61": "Kalimantan Barat", "62": "Kalimantan Tengah", "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur", "65": "Kalimantan Utara", "71": "Sulawesi Utara", "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara", "75": "Gorontalo", "76": "Sulawesi Barat",
    "81": "Maluku", "82": "Maluku Utara", "91": "Papua", "92": "Papua Barat",
    "93": "Papua Selatan", "94": "Papua Tengah", "95": "Papua Pegunungan",  # [S]: see the module docstring
    "96": "Papua Barat Daya",
})
"""Province code → official name, read-only."""

WIB, WITA, WIT = "WIB", "WITA", "WIT"

_WITA_PROVINCES = frozenset({"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"})
_WIT_PROVINCES = frozenset({"81", "82", "91", "92", "93", "94", "95", "96"})
_PONTIANAK_PROVINCES = frozenset({"61", "62"})

ZONE_ABBREVIATIONS: Mapping[str, str] = MappingProxyType({
    "Asia/Jakarta": WIB, "Asia/Pontianak": WIB,
    "Asia/Makassar": WITA, "Asia/Ujung_Pandang": WITA,  # the second is a tzdb link to the first
    "Asia/Jayapura": WIT,
})
"""Indonesian IANA zone → the abbreviation people read on clocks and receipts."""


class UnknownProvince(LtsaError, ValueError):
    """The code is not one of the 38 province codes; ``params['province_code']`` holds it."""

    code = "province_unknown"


def _check(code: str) -> str:
    if code not in PROVINCES:
        raise UnknownProvince(message=f"unknown province code {code!r}", province_code=code)
    return code


def province_name(code: str) -> str:
    """The province's name. Raises ``UnknownProvince`` (a ``ValueError``) for an unknown code."""
    return PROVINCES[_check(code)]


def timezone_for_province(code: str) -> str:
    """The IANA zone of a province. Raises ``UnknownProvince`` (a ``ValueError``) for an unknown code."""
    _check(code)
    if code in _WITA_PROVINCES:
        return "Asia/Makassar"
    if code in _WIT_PROVINCES:
        return "Asia/Jayapura"
    if code in _PONTIANAK_PROVINCES:
        return "Asia/Pontianak"
    return "Asia/Jakarta"


def zone_abbreviation(tz_name: str) -> str:
    """``WIB``, ``WITA`` or ``WIT`` for the Indonesian zones; any other zone name is returned unchanged."""
    return ZONE_ABBREVIATIONS.get(tz_name, tz_name)
