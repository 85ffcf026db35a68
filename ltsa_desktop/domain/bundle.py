"""Signed catalog bundles: canonical JSON of a catalog, signed with Ed25519, verified against trusted keys.

Envelope (canonical JSON, UTF-8)::

    {"format": "ltsa-bundle/1", "key_id": …, "payload": <canonical JSON text of the catalog>,
     "payload_sha256": <hex>, "signature": <base64 Ed25519 signature of the payload's UTF-8 bytes>}

Canonical JSON: sorted keys, no whitespace, UTF-8 (not ASCII-escaped), and no floats anywhere (money is whole
rupiah). The digest lets a changed payload be told apart from a signature made with another key; the signature
alone decides trust. No file I/O here: bytes in, bytes out.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, fields
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ltsa_desktop.domain.catalog import Catalog, CatalogError, FeeLine
from ltsa_desktop.domain.catalog_codec import CATALOG_FORMAT, BundleError, catalog_from_dict, catalog_to_dict

__all__ = ["FORMAT", "MAX_BUNDLE_BYTES", "BundleError", "CatalogDiff", "canonical", "catalog_from_dict",
           "catalog_to_dict", "diff_catalogs", "generate_keypair", "public_key_for", "read_envelope",
           "sign_bundle", "verify_bundle", "SealKind", "CATALOG_SEAL", "VACANCY_LIST_SEAL", "seal", "read_sealed",
           "open_sealed"]

FORMAT = "ltsa-bundle/1"
MAX_BUNDLE_BYTES = 5 * 1024 * 1024
_ENVELOPE_KEYS = {"format", "key_id", "payload", "payload_sha256", "signature"}


@dataclass(frozen=True)
class SealKind:
    """One kind of signed reference document: the envelope's format, the bare payload's format, what it is called
    in messages, and the bytes signed before the payload. Kinds have different prefixes (domain separation), so a
    signature made for one never verifies as another; an envelope of another kind is refused as ``wrong_kind``."""

    envelope_format: str
    payload_format: str
    name: str  # the signed document, in messages ("bundle")
    payload_name: str  # what it carries ("catalog")
    signing_prefix: bytes


CATALOG_SEAL = SealKind(FORMAT, CATALOG_FORMAT, "bundle", "catalog", b"")
VACANCY_LIST_SEAL = SealKind("ltsa-vacancies/1", "ltsa-vacancy-list/1", "vacancy list", "vacancy list",
                             b"ltsa-vacancy-list/1\n")
SEAL_KINDS = (CATALOG_SEAL, VACANCY_LIST_SEAL)


def _no_floats(data: Any, path: str = "$") -> None:
    if isinstance(data, float):
        raise BundleError([f"{path}: floats are not allowed (money is whole rupiah), got {data!r}"],
                          "bundle_malformed")
    if isinstance(data, dict):
        for key, value in data.items():
            _no_floats(value, f"{path}.{key}")
    elif isinstance(data, list | tuple):
        for i, value in enumerate(data):
            _no_floats(value, f"{path}[{i}]")


def canonical(data: Any) -> str:
    """The canonical JSON text of ``data``: sorted keys, no whitespace, non-ASCII kept. Refuses floats."""
    _no_floats(data)
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _refuse_float(text: str) -> Any:
    raise ValueError(f"floats are not allowed (money is whole rupiah), got {text}")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"key {key!r} appears twice")
        out[key] = value
    return out


def _strict_json(text: str, what: str) -> Any:
    """Parse JSON refusing floats, NaN and duplicate keys; a document that ends early is ``bundle_truncated``."""
    try:
        return json.loads(text, parse_float=_refuse_float, parse_constant=_refuse_float,
                          object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        # an unterminated string always runs to the end of the text
        ended_early = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        code = "bundle_truncated" if ended_early else "bundle_malformed"
        raise BundleError([f"{what} line {exc.lineno}, column {exc.colno}: {exc.msg}"], code) from exc
    except ValueError as exc:
        raise BundleError([f"{what}: {exc}"], "bundle_malformed") from exc


def generate_keypair() -> tuple[bytes, bytes]:
    """A new issuer key pair: (private key, public key), each 32 raw bytes."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    return private, public_key_for(private)


def _private_key(private_key: bytes) -> Ed25519PrivateKey:
    if not isinstance(private_key, bytes) or len(private_key) != 32:
        raise BundleError(["an Ed25519 private key is 32 raw bytes"], "bad_key")
    return Ed25519PrivateKey.from_private_bytes(private_key)


def public_key_for(private_key: bytes) -> bytes:
    """The raw 32-byte public key of a raw private key."""
    return _private_key(private_key).public_key().public_bytes(serialization.Encoding.Raw,
                                                               serialization.PublicFormat.Raw)


def sign_bundle(catalog: Catalog, private_key: bytes, key_id: str) -> bytes:
    """The signed envelope of ``catalog`` (which must pass ``validate``: BundleError ``catalog_invalid``)."""
    if not isinstance(key_id, str) or not key_id.strip():  # before the catalog's own checks, as always
        raise BundleError(["a key id is required"], "bad_key")
    try:
        catalog.check()
    except CatalogError as exc:
        raise BundleError(exc.problems, "catalog_invalid") from exc
    return seal(CATALOG_SEAL, canonical(catalog_to_dict(catalog)), private_key, key_id)


def seal(kind: SealKind, payload: str, private_key: bytes, key_id: str) -> bytes:
    """The signed envelope of ``payload`` (canonical JSON text) as a document of ``kind``."""
    if not isinstance(key_id, str) or not key_id.strip():
        raise BundleError(["a key id is required"], "bad_key")
    raw = payload.encode("utf-8")
    signature = _private_key(private_key).sign(kind.signing_prefix + raw)
    return canonical({"format": kind.envelope_format, "key_id": key_id, "payload": payload,
                      "payload_sha256": hashlib.sha256(raw).hexdigest(),
                      "signature": base64.b64encode(signature).decode("ascii")}).encode("utf-8")


def read_envelope(data: bytes) -> dict[str, Any]:
    """A catalog bundle's envelope fields, checked for shape only (the signature is not verified here)."""
    return read_sealed(CATALOG_SEAL, data)


def read_sealed(kind: SealKind, data: bytes) -> dict[str, Any]:
    """The fields of an envelope of ``kind``, checked for shape only (the signature is not verified here).

    The bare payload is ``bundle_unsigned``; another kind's envelope or payload is ``wrong_kind``; anything else
    that is not this envelope is ``bundle_malformed``."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError([f"{kind.name} larger than {MAX_BUNDLE_BYTES // (1024 * 1024)} MB"], "bundle_too_large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError([f"{kind.name} is not UTF-8 text (byte {exc.start})"], "bundle_malformed") from exc
    envelope = _strict_json(text, kind.name)
    found = envelope.get("format") if isinstance(envelope, dict) else None
    if found == kind.payload_format:
        raise BundleError([f"a {kind.payload_name} without a signature envelope"], "bundle_unsigned")
    other = next((k for k in SEAL_KINDS if k != kind and found in (k.envelope_format, k.payload_format)), None)
    if other is not None:
        raise BundleError([f"this is a {other.payload_name}, not a {kind.payload_name}"], "wrong_kind")
    if found != kind.envelope_format:
        raise BundleError([f"not a signed {kind.payload_name} (format {kind.envelope_format!r} expected)"],
                          "bundle_malformed")
    problems = [f"{kind.name}: unknown key {key!r}" for key in sorted(set(envelope) - _ENVELOPE_KEYS)]
    if not isinstance(envelope.get("payload"), str):
        problems.append(f"{kind.name}: payload is missing or not text")
    if not isinstance(envelope.get("payload_sha256", ""), str):
        problems.append(f"{kind.name}: payload_sha256 is not text")
    for key in ("key_id", "signature"):
        if envelope.get(key) is not None and not isinstance(envelope[key], str):
            problems.append(f"{kind.name}: {key} is not text")
    if problems:
        raise BundleError(problems, "bundle_malformed")
    if not envelope.get("signature") or not envelope.get("key_id"):
        raise BundleError([f"the {kind.name} is not signed (key_id and signature are required)"], "bundle_unsigned")
    return envelope


def open_sealed(kind: SealKind, envelope: dict[str, Any], trusted_keys: dict[str, bytes]) -> str:
    """The payload text of an envelope (from ``read_sealed``) whose signature holds under one of the trusted keys.

    Checks, in order: the key id (unknown_key), the payload digest (bundle_tampered), the signature
    (bad_signature). Nothing in the payload is to be trusted before this returns."""
    key_id = envelope["key_id"]
    if key_id not in trusted_keys:
        raise BundleError([f"signed with an unknown key {key_id!r}"], "unknown_key")
    public = trusted_keys[key_id]
    if not isinstance(public, bytes) or len(public) != 32:
        raise BundleError([f"trusted key {key_id!r} is not a 32-byte Ed25519 public key"], "bad_key")
    raw = envelope["payload"].encode("utf-8")
    digest = envelope.get("payload_sha256")
    if digest is not None and digest != hashlib.sha256(raw).hexdigest():
        raise BundleError(["the content was changed after it was signed"], "bundle_tampered")
    try:
        signature = base64.b64decode(envelope["signature"], validate=True)
        if base64.b64encode(signature).decode("ascii") != envelope["signature"]:
            # base64 leaves spare bits in the last character: only the canonical spelling is accepted
            raise ValueError("non-canonical base64")
        Ed25519PublicKey.from_public_bytes(public).verify(signature, kind.signing_prefix + raw)
    except (InvalidSignature, ValueError, binascii.Error) as exc:
        raise BundleError([f"the signature does not verify with trusted key {key_id!r}"], "bad_signature") from exc
    return envelope["payload"]


def verify_bundle(data: bytes, trusted_keys: dict[str, bytes]) -> Catalog:
    """The catalog of a bundle signed by one of the office's trusted issuer keys (key id → raw public key).

    Checks, in order: shape (bundle_too_large, bundle_malformed, bundle_truncated, bundle_unsigned), the key id
    (unknown_key), the payload digest (bundle_tampered), the signature (bad_signature), then the catalog itself
    (bundle_malformed with each path, or catalog_invalid). Nothing is trusted before the signature holds.
    """
    payload = open_sealed(CATALOG_SEAL, read_envelope(data), trusted_keys)
    return catalog_from_dict(_strict_json(payload, "payload"))


@dataclass(frozen=True)
class CatalogDiff:
    """What importing a catalog changes, for the preview shown before applying. Lines are named
    ``version:line_code``; ``changed_lines`` pairs each with a short description of what changed."""

    added_services: tuple[str, ...]
    removed_services: tuple[str, ...]
    changed_services: tuple[str, ...]
    added_lines: tuple[str, ...]
    removed_lines: tuple[str, ...]
    changed_lines: tuple[tuple[str, str], ...]
    added_schedules: tuple[str, ...]
    removed_schedules: tuple[str, ...] = ()
    changed_schedules: tuple[tuple[str, str], ...] = ()  # (version, what changed: dates)

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))


_LINE_FIELDS = (("label_id", "label"), ("payer_if_exempt_job", "payer if exempt job"), ("legal_basis", "legal basis"),
                ("confidence", "confidence"), ("source", "source"), ("first_time_cpmi_only", "first-time condition"),
                ("not_first_time_only", "not-first-time condition"), ("schemes", "schemes"),
                ("optional", "optional"), ("choice_group", "choice group"), ("unit", "unit"), ("note", "note"),
                ("label_en", "English label"), ("service_code", "service"))


def _line_change(a: FeeLine, b: FeeLine) -> str:
    what = []
    if a.amount != b.amount:
        what.append(f"amount {a.amount} → {b.amount}")
    if a.payer != b.payer:
        what.append(f"payer {a.payer} → {b.payer}")
    for name, text in _LINE_FIELDS:
        old, new = getattr(a, name), getattr(b, name)
        if old != new:
            short = name in ("payer_if_exempt_job", "confidence", "optional", "first_time_cpmi_only",
                             "not_first_time_only")
            what.append(f"{text} {old} → {new}" if short else text)
    return ", ".join(what)


def diff_catalogs(old: Catalog | None, new: Catalog) -> CatalogDiff:
    """What importing ``new`` over ``old`` (None: nothing installed yet) changes. Pure and ordered."""
    old_services = {s.code: s for s in (old.services if old else ())}
    new_services = {s.code: s for s in new.services}
    old_versions = {v.version: v for v in (old.schedules if old else ())}
    new_versions = {v.version: v for v in new.schedules}
    old_lines = {(v.version, ln.line_code): ln for v in old_versions.values() for ln in v.lines}
    new_lines = {(v.version, ln.line_code): ln for v in new_versions.values() for ln in v.lines}
    changed_schedules = []
    for version in sorted(set(old_versions) & set(new_versions)):
        a, b = old_versions[version], new_versions[version]
        if (a.effective_from, a.effective_to) != (b.effective_from, b.effective_to):
            changed_schedules.append((version, f"effective {a.effective_from}–{a.effective_to or '…'} → "
                                               f"{b.effective_from}–{b.effective_to or '…'}"))
    return CatalogDiff(
        added_services=tuple(sorted(set(new_services) - set(old_services))),
        removed_services=tuple(sorted(set(old_services) - set(new_services))),
        changed_services=tuple(sorted(c for c in set(old_services) & set(new_services)
                                      if old_services[c] != new_services[c])),
        added_lines=tuple(f"{v}:{c}" for v, c in sorted(set(new_lines) - set(old_lines))),
        removed_lines=tuple(f"{v}:{c}" for v, c in sorted(set(old_lines) - set(new_lines))),
        changed_lines=tuple((f"{v}:{c}", _line_change(old_lines[v, c], new_lines[v, c]))
                            for v, c in sorted(set(old_lines) & set(new_lines))
                            if old_lines[v, c] != new_lines[v, c]),
        added_schedules=tuple(sorted(set(new_versions) - set(old_versions))),
        removed_schedules=tuple(sorted(set(old_versions) - set(new_versions))),
        changed_schedules=tuple(changed_schedules),
    )
