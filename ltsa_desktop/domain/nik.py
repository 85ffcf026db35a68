"""NIK (Nomor Induk Kependudukan): ``PP KK CC DD MM YY SSSS`` (DOMAIN.md §3.1).

An NIK is permanent even when its date digits do not match the real birth date, so a disagreement with the
entered date of birth or sex is a *warning*, never a refusal. The century is taken from the entered date of
birth, or else the latest century that does not put the birth in the future.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ltsa_desktop.domain.regions import PROVINCES

_ASCII_DIGITS = frozenset("0123456789")


class NikError(ValueError):
    """An invalid NIK; ``code`` says what is wrong (nik_length, nik_digits, nik_province, nik_day, nik_month,
    nik_date, nik_serial)."""

    def __init__(self, code: str, message: str = "") -> None:
        self.code = code
        super().__init__(message or code)


@dataclass(frozen=True)
class NikInfo:
    nik: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: date
    sex: str  # "M" | "F"
    serial: str
    warnings: tuple[str, ...] = ()


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_nik(text: str, *, birth_date: date | None = None, sex: str | None = None,
              today: date | None = None) -> NikInfo:
    nik = "".join(text.split())
    if len(nik) != 16:
        raise NikError("nik_length", f"an NIK has 16 digits, not {len(nik)}")
    if not set(nik) <= _ASCII_DIGITS:
        raise NikError("nik_digits", "an NIK contains the digits 0-9 only")
    province = nik[:2]
    if province not in PROVINCES:
        raise NikError("nik_province", f"unknown province code {province}")
    raw_day, month, yy, serial = int(nik[6:8]), int(nik[8:10]), int(nik[10:12]), nik[12:]
    if 1 <= raw_day <= 31:
        day, nik_sex = raw_day, "M"
    elif 41 <= raw_day <= 71:
        day, nik_sex = raw_day - 40, "F"
    else:
        raise NikError("nik_day", f"day digits {nik[6:8]} are not 01-31 or 41-71")
    if not 1 <= month <= 12:
        raise NikError("nik_month", f"month digits {nik[8:10]} are not 01-12")
    if serial == "0000":
        raise NikError("nik_serial", "the serial number cannot be 0000")
    today = today or date.today()
    candidates = [c for c in (2000 + yy, 1900 + yy) if _make_date(c, month, day) is not None]
    if not candidates:
        raise NikError("nik_date", "the birth date in the NIK does not exist")
    year: int | None = None
    if birth_date is not None and birth_date.year % 100 == yy and birth_date.year in candidates:
        year = birth_date.year
    if year is None:
        past = [c for c in candidates if (_make_date(c, month, day) or today) <= today]
        year = max(past) if past else min(candidates)
    nik_birth = _make_date(year, month, day)
    assert nik_birth is not None
    warnings = []
    if birth_date is not None and birth_date != nik_birth:
        warnings.append("nik_birth_date_mismatch")
    if sex is not None and sex != nik_sex:
        warnings.append("nik_sex_mismatch")
    return NikInfo(nik, province, nik[:4], nik[:6], nik_birth, nik_sex, serial, tuple(warnings))


def mask_nik(nik: str) -> str:
    """Only the last four digits stay visible (receipts, slips)."""
    return "*" * max(0, len(nik) - 4) + nik[-4:]


def age_on(birth_date: date, on_date: date) -> int:
    return on_date.year - birth_date.year - ((on_date.month, on_date.day) < (birth_date.month, birth_date.day))
