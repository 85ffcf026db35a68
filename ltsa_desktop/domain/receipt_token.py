"""The receipt's QR payload: a compact claim set signed with the issuing device's Ed25519 key.

Format: ``LTSA1.<base64url canonical JSON>.<base64url signature>`` (no padding). The JSON uses one-letter keys
(``n`` number, ``o`` office code, ``t`` issued at, ``a`` total paid). The device id and the chain hash are
carried as raw bytes when they are in canonical form (``D``: the UUID's 16 bytes, ``H``: the hash's bytes) and
as text otherwise (``d``, ``h``), so every claim set round-trips exactly and the QR stays small.

Contract: pure (no I/O). A token is accepted only if its text is exactly what the encoder would produce for the
claims it carries and the signature verifies; any flipped character gives ``malformed`` or ``bad_signature``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "LTSA1"
MAX_TOKEN_CHARS = 2000
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HEX_RE = re.compile(r"^(?:[0-9a-f]{2})+$")
_B64URL_RE = re.compile(r"^[A-Za-z0-9_-]*$")


class ReceiptTokenError(ValueError):
    """A token that is not accepted. ``code``: malformed, unknown_device or bad_signature."""

    def __init__(self, code: str, message: str = "") -> None:
        self.code = code
        super().__init__(message or code)


@dataclass(frozen=True)
class ReceiptClaims:
    number: str  # e.g. JKT01-K02-2026-000123
    office_code: str
    device_id: str
    issued_at: str  # ISO 8601, timezone-aware (UTC)
    total_paid: int  # rupiah
    receipt_hash: str  # the receipt's chain hash (hex)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    """Strict base64url without padding: only the canonical spelling of some bytes is accepted."""
    if not _B64URL_RE.match(text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64(data) != text:  # unused low bits set: another spelling of the same bytes
        raise ValueError("non-canonical base64url")
    return data


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _claims_json(claims: ReceiptClaims) -> dict[str, Any]:
    data: dict[str, Any] = {"n": claims.number, "o": claims.office_code, "t": claims.issued_at,
                            "a": claims.total_paid}
    if _UUID_RE.match(claims.device_id):
        data["D"] = _b64(uuid.UUID(claims.device_id).bytes)
    else:
        data["d"] = claims.device_id
    if _HEX_RE.match(claims.receipt_hash):
        data["H"] = _b64(bytes.fromhex(claims.receipt_hash))
    else:
        data["h"] = claims.receipt_hash
    return data


def _check_claims(claims: ReceiptClaims) -> None:
    if isinstance(claims.total_paid, bool) or not isinstance(claims.total_paid, int):
        raise TypeError("total_paid must be an int number of rupiah")
    for name in ("number", "office_code", "device_id", "issued_at", "receipt_hash"):
        if not isinstance(getattr(claims, name), str) or not getattr(claims, name):
            raise ValueError(f"{name} must be a non-empty string")
    if datetime.fromisoformat(claims.issued_at).tzinfo is None:
        raise ValueError("issued_at must be timezone-aware")


def encode_receipt_token(claims: ReceiptClaims, private_key_bytes: bytes) -> str:
    """Sign ``claims`` with the device's raw 32-byte Ed25519 private key."""
    _check_claims(claims)
    body = _canonical(_claims_json(claims))
    signature = Ed25519PrivateKey.from_private_bytes(private_key_bytes).sign(body)
    return f"{PREFIX}.{_b64(body)}.{_b64(signature)}"


def _parse_claims(data: Any) -> ReceiptClaims:
    if not isinstance(data, dict):
        raise ValueError("claims are not an object")
    keys = set(data)
    if keys not in ({"n", "o", "t", "a", k1, k2} for k1 in ("d", "D") for k2 in ("h", "H")):
        raise ValueError("unexpected claim keys")
    device = str(uuid.UUID(bytes=_unb64(data["D"]))) if "D" in data else data["d"]
    digest = _unb64(data["H"]).hex() if "H" in data else data["h"]
    claims = ReceiptClaims(number=data["n"], office_code=data["o"], device_id=device, issued_at=data["t"],
                           total_paid=data["a"], receipt_hash=digest)
    _check_claims(claims)
    if _claims_json(claims) != data:  # e.g. a textual device id that should have been compact
        raise ValueError("non-canonical claims")
    return claims


def decode_receipt_token(token: str, public_key_lookup: Callable[[str], bytes | None]) -> ReceiptClaims:
    """The claims of a genuine token, or ``ReceiptTokenError``.

    ``public_key_lookup(device_id)`` returns the device's raw 32-byte Ed25519 public key, or None if unknown.
    """
    if not isinstance(token, str) or len(token) > MAX_TOKEN_CHARS:
        raise ReceiptTokenError("malformed", "not a receipt token")
    parts = token.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise ReceiptTokenError("malformed", "not an LTSA1 receipt token")
    try:
        body, signature = _unb64(parts[1]), _unb64(parts[2])
        if len(signature) != 64 or body != _canonical(json.loads(body.decode("ascii"))):
            raise ValueError("non-canonical body or signature length")
        claims = _parse_claims(json.loads(body))
    except (ValueError, TypeError, KeyError, UnicodeDecodeError, binascii.Error) as exc:
        raise ReceiptTokenError("malformed", f"unreadable receipt token ({exc})") from exc
    key = public_key_lookup(claims.device_id)
    if key is None:
        raise ReceiptTokenError("unknown_device", "the issuing device is not known here")
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, body)
    except (InvalidSignature, ValueError) as exc:
        raise ReceiptTokenError("bad_signature", "the signature does not match the receipt") from exc
    return claims
