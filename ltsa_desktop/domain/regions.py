"""Province codes (the first two digits of an NIK and of a region code) and the time zone of each province.

Codes per DOMAIN.md §3.1; the naming of 93/94/95 (Papua Selatan, Papua Tengah, Papua Pegunungan) is [S] and must be
checked against Kepmendagri 300.2.2-2138/2025. Time zones per DOMAIN.md §5 (Keppres 41/1987): WIB, WITA, WIT.
"""

from __future__ import annotations

PROVINCES: dict[str, str] = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung", "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau", "31": "DKI Jakarta", "32": "Jawa Barat", "33": "Jawa Tengah",
    "34": "DI Yogyakarta", "35": "Jawa Timur", "36": "Banten", "51": "Bali", "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur", "61": "Kalimantan Barat", "62": "Kalimantan Tengah", "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur", "65": "Kalimantan Utara", "71": "Sulawesi Utara", "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara", "75": "Gorontalo", "76": "Sulawesi Barat",
    "81": "Maluku", "82": "Maluku Utara", "91": "Papua", "92": "Papua Barat", "93": "Papua Selatan",
    "94": "Papua Tengah", "95": "Papua Pegunungan", "96": "Papua Barat Daya",
}

_WITA = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
_WIT = {"81", "82", "91", "92", "93", "94", "95", "96"}
_PONTIANAK = {"61", "62"}
_ABBREVIATIONS = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA",
                  "Asia/Jayapura": "WIT"}


def province_name(code: str) -> str:
    """The province's name; ``KeyError`` for an unknown code."""
    return PROVINCES[code]


def timezone_for_province(code: str) -> str:
    """The IANA zone of a province (``ValueError`` for an unknown code)."""
    if code not in PROVINCES:
        raise ValueError(f"unknown province code {code!r}")
    if code in _WITA:
        return "Asia/Makassar"
    if code in _WIT:
        return "Asia/Jayapura"
    if code in _PONTIANAK:
        return "Asia/Pontianak"
    return "Asia/Jakarta"


def zone_abbreviation(tz_name: str) -> str:
    """WIB, WITA or WIT for the Indonesian zones; the zone name itself otherwise."""
    return _ABBREVIATIONS.get(tz_name, tz_name)
