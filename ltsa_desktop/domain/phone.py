"""Phone numbers through libphonenumber's data (the ``phonenumbers`` package), never a hand-written pattern.

Indonesian numbers are accepted as ``08…``, ``628…`` or ``+628…`` with spaces, dashes, dots or brackets, and are
stored in E.164 (``+628…``). Numbers abroad (family, employers) are accepted with their ``+country`` code. The
operator is never derived from the prefix: operators have merged and prefix tables disagree (DOMAIN.md §3.2).
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from ltsa_desktop.domain.errors import LtsaError

_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


class PhoneError(LtsaError, ValueError):
    """Not a valid phone number; ``code`` is always ``phone_invalid``, ``params['reason']`` says why (for logs)."""

    code = "phone_invalid"

    def __init__(self, reason: str) -> None:
        super().__init__(None, f"invalid phone number: {reason}", reason=reason)


@dataclass(frozen=True)
class PhoneNumber:
    """A valid number. ``region`` is the ISO country (``"ID"``, ``"HK"``; ``"001"`` for non-geographic numbers).
    ``is_mobile`` is also true where the plan cannot tell mobile from fixed lines (e.g. ``US``)."""

    e164: str
    is_mobile: bool
    region: str
    national_display: str
    international_display: str


def _parse_valid(raw: str, region: str) -> phonenumbers.PhoneNumber:
    try:
        number = phonenumbers.parse(raw, region)
    except NumberParseException as exc:
        raise PhoneError(str(exc)) from exc
    if number.extension:
        raise PhoneError("extension")  # "#12", ",12": E.164 has no place for it, so refuse rather than drop it
    if not phonenumbers.is_valid_number(number):
        raise PhoneError("not a number in use in its country's numbering plan")
    return number


def normalize_phone(text: str, default_region: str = "ID") -> PhoneNumber:
    """Parse and validate ``text``; numbers without ``+`` are read as numbers of ``default_region``.

    Raises ``PhoneError`` when the text is not a valid number. Letters are refused rather than read the way
    libphonenumber reads them (keypad letters, ``ext.``): at a counter a letter is a typo, such as ``O`` for
    ``0``. Extensions are refused too: E.164 cannot keep them. Non-ASCII digits (``٠٨…``) are read as digits.

    Digits without ``+`` that start with the region's country code (``628…`` for ``ID``) are tried as an
    international number first: people write WhatsApp numbers that way, and libphonenumber alone would read a
    short mobile such as ``62 834 177 763`` as a landline in area 0628.
    """
    raw = text.strip()
    if not raw:
        raise PhoneError("empty")
    if any(ch.isalpha() for ch in raw):
        raise PhoneError("letters")
    country_code = str(phonenumbers.country_code_for_region(default_region))
    number = None
    if not raw.startswith("+") and phonenumbers.normalize_digits_only(raw).startswith(country_code):
        try:
            number = _parse_valid("+" + raw, default_region)
        except PhoneError:
            number = None  # e.g. a national number that happens to begin with those digits
    if number is None:
        number = _parse_valid(raw, default_region)
    return PhoneNumber(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        is_mobile=phonenumbers.number_type(number) in _MOBILE_TYPES,
        region=phonenumbers.region_code_for_number(number) or "",
        national_display=phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
        international_display=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
    )
