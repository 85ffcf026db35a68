"""Signed catalog bundles: canonical JSON of a catalog, signed with Ed25519, verified against trusted keys.

Envelope: ``{"format": "ltsa-bundle/1", "key_id": …, "payload": <canonical JSON text>, "signature": <base64>}``.
No file I/O here: bytes in, bytes out.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ltsa_desktop.domain.catalog import Catalog, CatalogError
from ltsa_desktop.domain.catalog_seed import catalog_from_dict, catalog_to_dict

FORMAT = "ltsa-bundle/1"
MAX_BUNDLE_BYTES = 5 * 1024 * 1024


class BundleError(CatalogError):
    """A bundle that is refused: ``code`` is bundle_malformed, bundle_unsigned, unknown_key or bad_signature."""


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def generate_keypair() -> tuple[bytes, bytes]:
    """(private key, public key) as raw 32-byte strings."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return private, public


def sign_bundle(catalog: Catalog, private_key: bytes, key_id: str) -> bytes:
    payload = canonical(catalog_to_dict(catalog.check()))
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(payload.encode("utf-8"))
    return canonical({"format": FORMAT, "key_id": key_id, "payload": payload,
                      "signature": base64.b64encode(signature).decode("ascii")}).encode("utf-8")


def read_envelope(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError(["bundle larger than 5 MB"], "bundle_malformed")
    try:
        envelope = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError([f"bundle is not valid JSON: {exc}"], "bundle_malformed") from exc
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT or not isinstance(
            envelope.get("payload"), str):
        raise BundleError(["not an LTSA catalog bundle"], "bundle_malformed")
    if not envelope.get("signature") or not envelope.get("key_id"):
        raise BundleError(["the bundle is not signed"], "bundle_unsigned")
    return envelope


def verify_bundle(data: bytes, trusted_keys: dict[str, bytes]) -> Catalog:
    """Check the signature against the office's trusted issuer keys, then read and validate the catalog."""
    envelope = read_envelope(data)
    key = trusted_keys.get(str(envelope["key_id"]))
    if key is None:
        raise BundleError([f"signed with an unknown key {envelope['key_id']!r}"], "unknown_key")
    try:
        signature = base64.b64decode(envelope["signature"], validate=True)
        Ed25519PublicKey.from_public_bytes(key).verify(signature, envelope["payload"].encode("utf-8"))
    except (InvalidSignature, ValueError) as exc:
        raise BundleError(["the signature does not match the content"], "bad_signature") from exc
    try:
        payload = json.loads(envelope["payload"])
    except ValueError as exc:
        raise BundleError([f"payload is not valid JSON: {exc}"], "bundle_malformed") from exc
    return catalog_from_dict(payload)


@dataclass(frozen=True)
class CatalogDiff:
    added_services: tuple[str, ...]
    removed_services: tuple[str, ...]
    changed_services: tuple[str, ...]
    added_lines: tuple[str, ...]
    removed_lines: tuple[str, ...]
    changed_lines: tuple[tuple[str, str], ...]  # (line code, what changed)
    added_schedules: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not any((self.added_services, self.removed_services, self.changed_services, self.added_lines,
                        self.removed_lines, self.changed_lines, self.added_schedules))


def diff_catalogs(old: Catalog | None, new: Catalog) -> CatalogDiff:
    """What importing ``new`` changes, for the preview shown before applying."""
    old_services = {s.code: s for s in (old.services if old else ())}
    new_services = {s.code: s for s in new.services}
    old_lines = {(v.version, ln.line_code): ln for v in (old.schedules if old else ()) for ln in v.lines}
    new_lines = {(v.version, ln.line_code): ln for v in new.schedules for ln in v.lines}
    changed_lines = []
    for key in sorted(set(old_lines) & set(new_lines)):
        a, b = old_lines[key], new_lines[key]
        if a != b:
            what = []
            if a.amount != b.amount:
                what.append(f"amount {a.amount} → {b.amount}")
            if a.payer != b.payer:
                what.append(f"payer {a.payer.value} → {b.payer.value}")
            if a.legal_basis != b.legal_basis:
                what.append("legal basis")
            changed_lines.append((f"{key[0]}:{key[1]}", ", ".join(what) or "details"))
    old_versions = {v.version for v in (old.schedules if old else ())}
    return CatalogDiff(
        added_services=tuple(sorted(set(new_services) - set(old_services))),
        removed_services=tuple(sorted(set(old_services) - set(new_services))),
        changed_services=tuple(sorted(c for c in set(old_services) & set(new_services)
                                      if old_services[c] != new_services[c])),
        added_lines=tuple(f"{v}:{c}" for v, c in sorted(set(new_lines) - set(old_lines))),
        removed_lines=tuple(f"{v}:{c}" for v, c in sorted(set(old_lines) - set(new_lines))),
        changed_lines=tuple(changed_lines),
        added_schedules=tuple(sorted({v.version for v in new.schedules} - old_versions)),
    )
