"""Vacancy-list commands for the issuer: sign a list of the centre's verified vacancies (JSON or TOML) into the
signed file that ``ltsa-central publish-vacancies`` publishes and every office installs in its sync round."""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import tomllib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ltsa_desktop.commands._common import fail


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sign-vacancies", help="issuer: sign a vacancy list (JSON or TOML) for the offices")
    p.add_argument("source", type=Path, help="JSON or TOML: issuer, issued_at (optional), vacancies")
    p.add_argument("output", type=Path)
    p.add_argument("--key", type=Path, required=True, help="file with the base64 Ed25519 private key")
    p.add_argument("--key-id", required=True)
    p.set_defaults(func=cmd_sign_vacancies)


def _plain(value: Any) -> Any:
    """TOML dates and times as the ISO text the list carries (a time needs its UTC offset)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            fail(f"the time {value.isoformat()} needs its UTC offset (e.g. +07:00)")
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def read_source(path: Path) -> dict[str, Any]:
    """The list's dictionary from a JSON or TOML file (by its suffix; ``.toml`` is TOML, anything else JSON)."""
    from ltsa_desktop.domain.vacancy_list import LIST_FORMAT

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read {path}: {exc}")
    try:
        data = tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        fail(f"{path.name} is not valid {'TOML' if path.suffix.lower() == '.toml' else 'JSON'}: {exc}")
    if not isinstance(data, dict):
        fail(f"{path.name}: an object with issuer and vacancies is expected")
    data = _plain(data)
    data.setdefault("format", LIST_FORMAT)
    data.setdefault("issued_at", datetime.now(UTC).replace(microsecond=0).isoformat())
    return data


def cmd_sign_vacancies(args: argparse.Namespace) -> int:
    from ltsa_desktop.domain.vacancy_list import BundleError, sign_vacancy_list, vacancy_list_from_dict

    data = read_source(args.source)
    try:
        private = base64.b64decode(args.key.read_text().strip(), validate=True)
    except (OSError, binascii.Error, ValueError) as exc:
        fail(f"cannot read the private key from {args.key}: {exc}")
    try:
        vacancy_list = vacancy_list_from_dict(data)
        signed = sign_vacancy_list(vacancy_list, private, args.key_id)
    except BundleError as exc:
        fail(f"the vacancy list is refused ({exc.code}):\n  " + "\n  ".join(exc.problems))
    args.output.write_bytes(signed)
    print(f"signed {len(vacancy_list.vacancies)} vacancies of {vacancy_list.issuer} "
          f"(issued {vacancy_list.issued_at.isoformat()}) with {args.key_id}: {args.output}")
    return 0
