"""Phone numbers through libphonenumber's data (the ``phonenumbers`` package), never a hand-written pattern.

Indonesian numbers are accepted as ``08…``, ``628…`` or ``+628…`` and stored in E.164 (``+628…``); numbers of
family abroad are accepted with their ``+country`` code. The operator is never derived from the prefix.
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType


class PhoneError(ValueError):
    code = "phone_invalid"


@dataclass(frozen=True)
class PhoneNumber:
    e164: str
    is_mobile: bool
    region: str
    national_display: str


def normalize_phone(text: str, default_region: str = "ID") -> PhoneNumber:
    raw = text.strip()
    digits = "".join(c for c in raw if c.isdigit())
    if raw and not raw.startswith("+") and digits.startswith("62") and len(digits) >= 10:
        raw = "+" + digits  # "628…" written without the plus
    try:
        number = phonenumbers.parse(raw, default_region)
    except NumberParseException as exc:
        raise PhoneError(str(exc)) from exc
    if not phonenumbers.is_valid_number(number):
        raise PhoneError("not a valid phone number")
    kind = phonenumbers.number_type(number)
    return PhoneNumber(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        is_mobile=kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE),
        region=phonenumbers.region_code_for_number(number) or "",
        national_display=phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
    )
