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
           "sign_bundle", "verify_bundle"]

FORMAT = "ltsa-bundle/1"
MAX_BUNDLE_BYTES = 5 * 1024 * 1024
_ENVELOPE_KEYS = {"format", "key_id", "payload", "payload_sha256", "signature"}


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
    if not isinstance(key_id, str) or not key_id.strip():
        raise BundleError(["a key id is required"], "bad_key")
    try:
        catalog.check()
    except CatalogError as exc:
        raise BundleError(exc.problems, "catalog_invalid") from exc
    payload = canonical(catalog_to_dict(catalog))
    raw = payload.encode("utf-8")
    signature = _private_key(private_key).sign(raw)
    return canonical({"format": FORMAT, "key_id": key_id, "payload": payload,
                      "payload_sha256": hashlib.sha256(raw).hexdigest(),
                      "signature": base64.b64encode(signature).decode("ascii")}).encode("utf-8")


def read_envelope(data: bytes) -> dict[str, Any]:
    """The envelope's fields, checked for shape only (the signature is not verified here)."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError([f"bundle larger than {MAX_BUNDLE_BYTES // (1024 * 1024)} MB"], "bundle_too_large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError([f"bundle is not UTF-8 text (byte {exc.start})"], "bundle_malformed") from exc
    envelope = _strict_json(text, "bundle")
    if isinstance(envelope, dict) and envelope.get("format") == CATALOG_FORMAT:
        raise BundleError(["a catalog without a signature envelope"], "bundle_unsigned")
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise BundleError([f"not an LTSA catalog bundle (format {FORMAT!r} expected)"], "bundle_malformed")
    problems = [f"bundle: unknown key {key!r}" for key in sorted(set(envelope) - _ENVELOPE_KEYS)]
    if not isinstance(envelope.get("payload"), str):
        problems.append("bundle: payload is missing or not text")
    if not isinstance(envelope.get("payload_sha256", ""), str):
        problems.append("bundle: payload_sha256 is not text")
    for key in ("key_id", "signature"):
        if envelope.get(key) is not None and not isinstance(envelope[key], str):
            problems.append(f"bundle: {key} is not text")
    if problems:
        raise BundleError(problems, "bundle_malformed")
    if not envelope.get("signature") or not envelope.get("key_id"):
        raise BundleError(["the bundle is not signed (key_id and signature are required)"], "bundle_unsigned")
    return envelope


def verify_bundle(data: bytes, trusted_keys: dict[str, bytes]) -> Catalog:
    """The catalog of a bundle signed by one of the office's trusted issuer keys (key id → raw public key).

    Checks, in order: shape (bundle_too_large, bundle_malformed, bundle_truncated, bundle_unsigned), the key id
    (unknown_key), the payload digest (bundle_tampered), the signature (bad_signature), then the catalog itself
    (bundle_malformed with each path, or catalog_invalid). Nothing is trusted before the signature holds.
    """
    envelope = read_envelope(data)
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
        Ed25519PublicKey.from_public_bytes(public).verify(signature, raw)
    except (InvalidSignature, ValueError, binascii.Error) as exc:
        raise BundleError([f"the signature does not verify with trusted key {key_id!r}"], "bad_signature") from exc
    return catalog_from_dict(_strict_json(envelope["payload"], "payload"))


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
