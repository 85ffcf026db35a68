"""Signed vacancy lists: the job orders the centre verified, sent to every office as reference data.

Envelope (canonical JSON, UTF-8), signed with the same issuer keys as catalog bundles::

    {"format": "ltsa-vacancies/1", "key_id": …, "payload": <canonical JSON text of the list>,
     "payload_sha256": <hex>, "signature": <base64 Ed25519 signature of SIGNING_PREFIX + the payload's bytes>}

Its own kind on every level: the envelope format differs from a catalog bundle's (``ltsa-bundle/1``), the payload
format is ``ltsa-vacancy-list/1``, and the signed bytes start with ``SIGNING_PREFIX`` — so a vacancy list can never
be taken for a catalog, nor a catalog (or its signature) for a vacancy list. Either mix-up is refused as
``wrong_kind``.

Payload::

    {"format": "ltsa-vacancy-list/1", "issuer": …, "issued_at": <aware ISO time>, "vacancies": [<vacancy>, …]}

A vacancy carries the centre's own id (``id``), the fields of an office vacancy, ``verified`` with who verified it
at the centre (``verified_by``, a name) and when, and its ``status`` at the centre (``open``, ``closed`` or
``withdrawn``). Unknown or missing keys and values of the wrong type are refused with their path. Pure: bytes in,
bytes out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from ltsa_desktop.domain.bundle import (
    VACANCY_LIST_SEAL,
    _strict_json,
    canonical,
    open_sealed,
    read_sealed,
    seal,
)
from ltsa_desktop.domain.catalog_codec import CATALOG_FORMAT, BundleError
from ltsa_desktop.domain.matching import SCHEMES, STATUSES, Requirements, VacancyTerms, requirement_errors

__all__ = ["ENVELOPE_FORMAT", "LIST_FORMAT", "SIGNING_PREFIX", "BundleError", "CentralVacancy", "VacancyList",
           "read_vacancy_envelope", "sign_vacancy_list", "vacancy_list_from_dict", "vacancy_list_to_dict",
           "verify_vacancy_list"]

ENVELOPE_FORMAT = VACANCY_LIST_SEAL.envelope_format  # "ltsa-vacancies/1"
LIST_FORMAT = VACANCY_LIST_SEAL.payload_format  # "ltsa-vacancy-list/1"
SIGNING_PREFIX = VACANCY_LIST_SEAL.signing_prefix  # domain separation: a catalog signature never verifies here
MAX_VACANCIES = 5000
_CENTRAL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$")
_LIST_KEYS = {"format", "issuer", "issued_at", "vacancies"}


@dataclass(frozen=True, kw_only=True)
class CentralVacancy(VacancyTerms):
    """One vacancy as the centre publishes it: the job order's terms, the centre's id (stable from list to list),
    its verification there and its status."""

    id: str
    valid_from: date  # a published vacancy always has its validity
    valid_until: date
    verified: bool = False
    verified_by: str = ""  # who verified it at the centre (a name, not an office staff id)
    verified_at: datetime | None = None
    status: str = "open"
    status_reason: str = ""


@dataclass(frozen=True)
class VacancyList:
    issuer: str
    issued_at: datetime
    vacancies: tuple[CentralVacancy, ...]


_REQUIRED = ("id", "destination_country", "position", "scheme", "valid_from", "valid_until")
_TEXT = ("id", "destination_country", "position", "scheme", "employer_name", "p3mi_name", "p3mi_licence",
         "programme", "sex", "min_education", "health", "salary_currency", "notes", "verified_by", "status",
         "status_reason")
_OPTIONAL_INT = ("min_age", "max_age", "min_height_cm")
_INT = ("quota", "salary_amount", "contract_months")
_VACANCY_KEYS = {f.name for f in fields(CentralVacancy)}


def _iso_date(value: Any, path: str, problems: list[str]) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    problems.append(f"{path}: a date YYYY-MM-DD is expected, got {value!r}")
    return None


def _iso_time(value: Any, path: str, problems: list[str]) -> datetime | None:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return parsed
    problems.append(f"{path}: a time with its UTC offset is expected, got {value!r}")
    return None


def _vacancy_from_dict(raw: Any, path: str, problems: list[str]) -> CentralVacancy | None:
    if not isinstance(raw, dict):
        problems.append(f"{path}: an object is expected")
        return None
    before = len(problems)
    problems += [f"{path}: unknown key {k!r}" for k in sorted(set(raw) - _VACANCY_KEYS)]
    problems += [f"{path}: {k} is required" for k in _REQUIRED if k not in raw]
    values: dict[str, Any] = {}
    for name in _TEXT:
        if name in raw:
            if not isinstance(raw[name], str):
                problems.append(f"{path}.{name}: text is expected")
            values[name] = raw[name]
    for name in _INT:
        if name in raw:
            if isinstance(raw[name], bool) or not isinstance(raw[name], int):
                problems.append(f"{path}.{name}: a whole number is expected, got {raw[name]!r}")
            values[name] = raw[name]
    for name in _OPTIONAL_INT:
        if raw.get(name) is not None and (isinstance(raw[name], bool) or not isinstance(raw[name], int)):
            problems.append(f"{path}.{name}: a whole number or null is expected, got {raw[name]!r}")
        values[name] = raw.get(name)
    if raw.get("exempt_job") is not None and not isinstance(raw["exempt_job"], str):
        problems.append(f"{path}.exempt_job: text or null is expected")
    values["exempt_job"] = raw.get("exempt_job") or None
    if "verified" in raw and not isinstance(raw["verified"], bool):
        problems.append(f"{path}.verified: true or false is expected")
    values["verified"] = raw.get("verified", False)
    certificates = raw.get("certificates", [])
    if not isinstance(certificates, list) or not all(isinstance(c, str) for c in certificates):
        problems.append(f"{path}.certificates: a list of texts is expected")
        certificates = []
    values["certificates"] = tuple(certificates)
    for name in ("valid_from", "valid_until"):
        if name in raw:
            values[name] = _iso_date(raw[name], f"{path}.{name}", problems)
    values["verified_at"] = (None if raw.get("verified_at") is None
                             else _iso_time(raw["verified_at"], f"{path}.verified_at", problems))
    if len(problems) > before:
        return None
    if not _CENTRAL_ID.match(values["id"]):
        problems.append(f"{path}.id: 1–64 letters, digits or . _ : / - expected, got {values['id']!r}")
    if values["scheme"] not in SCHEMES:
        problems.append(f"{path}.scheme: one of {', '.join(SCHEMES)} expected, got {values['scheme']!r}")
    if values.get("status", "open") not in STATUSES:
        problems.append(f"{path}.status: one of {', '.join(STATUSES)} expected, got {values['status']!r}")
    if values["valid_until"] < values["valid_from"]:
        problems.append(f"{path}.valid_until: before valid_from")
    requirements = Requirements(values["min_age"], values["max_age"], values.get("sex", ""),
                                values.get("min_education", ""), values["certificates"], values.get("health", ""),
                                values["min_height_cm"])
    problems += [f"{path}.{name}: {error.code}" for name, error in sorted(requirement_errors(requirements).items())]
    if values["verified"] and not values.get("verified_by", "").strip():
        problems.append(f"{path}.verified_by: who verified it at the centre is required when verified")
    if len(problems) > before:
        return None
    return CentralVacancy(**values)


def vacancy_list_from_dict(data: Any) -> VacancyList:
    """The list of a payload dictionary; every problem is reported with its path (BundleError
    ``vacancy_list_invalid``; a catalog's payload is ``wrong_kind``)."""
    if isinstance(data, dict) and data.get("format") == CATALOG_FORMAT:
        raise BundleError(["this is a catalog, not a vacancy list"], "wrong_kind")
    if not isinstance(data, dict) or data.get("format") != LIST_FORMAT:
        raise BundleError([f"not a vacancy list (format {LIST_FORMAT!r} expected)"], "vacancy_list_invalid")
    problems = [f"list: unknown key {k!r}" for k in sorted(set(data) - _LIST_KEYS)]
    issuer = data.get("issuer", "")
    if not isinstance(issuer, str) or not issuer.strip():
        problems.append("list.issuer: the issuing body is required")
    issued_at = _iso_time(data.get("issued_at"), "list.issued_at", problems)
    raw = data.get("vacancies")
    if not isinstance(raw, list):
        problems.append("list.vacancies: a list is expected")
        raw = []
    if len(raw) > MAX_VACANCIES:
        problems.append(f"list.vacancies: at most {MAX_VACANCIES} vacancies")
        raw = []
    vacancies = []
    for i, item in enumerate(raw):
        vacancy = _vacancy_from_dict(item, f"vacancies[{i}]", problems)
        if vacancy is not None:
            vacancies.append(vacancy)
    seen: set[str] = set()
    for v in vacancies:
        if v.id in seen:
            problems.append(f"vacancies: id {v.id!r} appears twice")
        seen.add(v.id)
    if problems:
        raise BundleError(problems, "vacancy_list_invalid")
    assert issued_at is not None
    return VacancyList(issuer.strip(), issued_at, tuple(vacancies))


def vacancy_list_to_dict(vacancy_list: VacancyList) -> dict[str, Any]:
    out = []
    for v in vacancy_list.vacancies:
        item: dict[str, Any] = {f.name: getattr(v, f.name) for f in fields(CentralVacancy)}
        item.update(certificates=list(v.certificates), valid_from=v.valid_from.isoformat(),
                    valid_until=v.valid_until.isoformat(),
                    verified_at=v.verified_at.isoformat() if v.verified_at else None)
        out.append(item)
    return {"format": LIST_FORMAT, "issuer": vacancy_list.issuer, "issued_at": vacancy_list.issued_at.isoformat(),
            "vacancies": out}


def sign_vacancy_list(vacancy_list: VacancyList, private_key: bytes, key_id: str) -> bytes:
    """The signed envelope of ``vacancy_list`` (checked first: BundleError ``vacancy_list_invalid``)."""
    payload = canonical(vacancy_list_to_dict(vacancy_list))
    vacancy_list_from_dict(_strict_json(payload, "payload"))  # what an office will read back must pass
    return seal(VACANCY_LIST_SEAL, payload, private_key, key_id)


def read_vacancy_envelope(data: bytes) -> dict[str, Any]:
    """The envelope's fields, checked for shape only (the signature is not verified here).

    A catalog bundle (or a bare catalog) is ``wrong_kind``; anything else that is not this envelope is
    ``bundle_malformed``."""
    return read_sealed(VACANCY_LIST_SEAL, data)


def verify_vacancy_list(data: bytes, trusted_keys: dict[str, bytes]) -> tuple[VacancyList, str]:
    """The list of an envelope signed by one of the office's trusted issuer keys, and that key's id.

    Checks, in order: shape and kind (bundle_too_large, bundle_malformed, bundle_truncated, wrong_kind,
    bundle_unsigned), the key id (unknown_key), the payload digest (bundle_tampered), the signature
    (bad_signature), then the list itself (vacancy_list_invalid). Nothing is trusted before the signature holds.
    """
    envelope = read_vacancy_envelope(data)
    payload = open_sealed(VACANCY_LIST_SEAL, envelope, trusted_keys)
    return vacancy_list_from_dict(_strict_json(payload, "payload")), envelope["key_id"]
