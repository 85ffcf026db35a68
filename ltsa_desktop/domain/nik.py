"""NIK (Nomor Induk Kependudukan): 16 digits ``PP KK CC DD MM YY SSSS`` (DOMAIN.md §3.1).

PP province, KK regency (kabupaten/kota), CC district (kecamatan) where the NIK was first registered; DD day of
birth, plus 40 for women; MM month; YY the last two digits of the birth year; SSSS a serial from 0001.

An NIK is never reissued, even when its date digits do not match the real birth date. So a disagreement with the
entered date of birth or sex is a *warning* carried in ``NikInfo.warnings``, never a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.regions import PROVINCES

NIK_LENGTH = 16
FEMALE_DAY_OFFSET = 40

WARNING_BIRTH_DATE_MISMATCH = "nik_birth_date_mismatch"
WARNING_SEX_MISMATCH = "nik_sex_mismatch"

Sex = Literal["M", "F"]

# Only ASCII digits: str.isdigit() also accepts Arabic-Indic, fullwidth and superscript digits.
_ASCII_DIGITS = frozenset("0123456789")


class NikError(LtsaError, ValueError):
    """An invalid NIK. ``code`` is one of ``nik_length``, ``nik_digits``, ``nik_province``, ``nik_day``,
    ``nik_month``, ``nik_date``, ``nik_serial``; ``params`` holds the offending part for the message."""

    code = "nik_invalid"


@dataclass(frozen=True)
class NikInfo:
    """A valid NIK taken apart. Region codes are prefixes of the NIK (``"32"``, ``"3212"``, ``"321245"``)
    so they can be looked up in the Kemendagri region table as they are."""

    nik: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: date
    sex: Sex
    serial: str
    warnings: tuple[str, ...] = ()


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _candidate_dates(month: int, day: int, yy: int, today: date) -> list[date]:
    """The birth dates the NIK can mean: in today's century and in the one before, where that date exists.

    Only 29 February of a ``00`` year differs between the two (2000 is a leap year, 1900 is not).
    """
    century = today.year // 100 * 100
    found = (_make_date(year, month, day) for year in (century + yy, century - 100 + yy))
    return [d for d in found if d is not None]


def _choose_birth_date(candidates: list[date], entered: date | None, today: date) -> date:
    if entered is not None:
        # The century follows the entered date of birth: the candidate nearest to it (the later one on a tie).
        return min(candidates, key=lambda d: (abs((d - entered).days), -d.toordinal()))
    past = [d for d in candidates if d <= today]
    # The latest century that does not put the birth in the future. Every reading can be in the future only
    # for 29 February 00 early in a year 00; then the date is taken as it is, since the clock may be wrong.
    return max(past) if past else min(candidates)


def parse_nik(text: str, *, birth_date: date | None = None, sex: str | None = None,
              today: date | None = None) -> NikInfo:
    """Validate and take apart an NIK; whitespace anywhere in ``text`` is ignored.

    Raises ``NikError`` (and nothing else, whatever ``text`` holds) when the NIK is invalid. ``birth_date`` and
    ``sex`` are what the applicant stated: they pick the century, and a disagreement with the NIK becomes a
    warning code in the result. The NIK's year is read in ``today``'s century or the one before (default: the
    system date): the one nearer ``birth_date`` when given, else the latest that does not put the birth after
    ``today``. A 29 February is valid when one of those years is a leap year, and that year is then chosen.
    ``sex`` other than ``"M"``/``"F"``/``None`` is a programming error (``ValueError``, not ``NikError``).
    """
    if sex not in (None, "M", "F"):
        raise ValueError(f"sex must be 'M', 'F' or None, not {sex!r}")
    nik = "".join(text.split())
    if len(nik) != NIK_LENGTH:
        raise NikError("nik_length", f"an NIK has {NIK_LENGTH} digits, not {len(nik)}", length=len(nik))
    if not set(nik) <= _ASCII_DIGITS:
        raise NikError("nik_digits", "an NIK holds the digits 0-9 only")
    province = nik[:2]
    if province not in PROVINCES:
        raise NikError("nik_province", f"unknown province code {province}", province_code=province)
    raw_day, month, yy, serial = int(nik[6:8]), int(nik[8:10]), int(nik[10:12]), nik[12:]
    nik_sex: Sex
    if 1 <= raw_day <= 31:
        day, nik_sex = raw_day, "M"
    elif 1 + FEMALE_DAY_OFFSET <= raw_day <= 31 + FEMALE_DAY_OFFSET:
        day, nik_sex = raw_day - FEMALE_DAY_OFFSET, "F"
    else:
        raise NikError("nik_day", f"day digits {nik[6:8]} are not 01-31 or 41-71", value=nik[6:8])
    if not 1 <= month <= 12:
        raise NikError("nik_month", f"month digits {nik[8:10]} are not 01-12", value=nik[8:10])
    today = today or date.today()
    candidates = _candidate_dates(month, day, yy, today)
    if not candidates:
        raise NikError("nik_date", f"day {day:02d}, month {month:02d}, year ..{yy:02d} is not a date",
                       value=nik[6:12])
    if serial == "0000":
        raise NikError("nik_serial", "the serial number starts at 0001")
    nik_birth = _choose_birth_date(candidates, birth_date, today)
    warnings: list[str] = []
    if birth_date is not None and birth_date != nik_birth:
        warnings.append(WARNING_BIRTH_DATE_MISMATCH)
    if sex is not None and sex != nik_sex:
        warnings.append(WARNING_SEX_MISMATCH)
    return NikInfo(nik=nik, province_code=province, regency_code=nik[:4], district_code=nik[:6],
                   birth_date=nik_birth, sex=nik_sex, serial=serial, warnings=tuple(warnings))


def mask_nik(nik: str) -> str:
    """The NIK with all but its last four characters as ``*`` (receipts, slips, logs); whitespace is dropped.

    A value of four characters or fewer is masked completely, so masking never reveals a whole value.
    """
    compact = "".join(nik.split())
    visible = compact[-4:] if len(compact) > 4 else ""
    return "*" * (len(compact) - len(visible)) + visible


def age_on(birth_date: date, on_date: date) -> int:
    """Completed years of age on ``on_date``; someone born on 29 February gains a year on 1 March in common
    years. Raises ``ValueError`` when ``on_date`` is before ``birth_date``."""
    if on_date < birth_date:
        raise ValueError("on_date is before birth_date")
    before_birthday = (on_date.month, on_date.day) < (birth_date.month, birth_date.day)
    return on_date.year - birth_date.year - int(before_birthday)
