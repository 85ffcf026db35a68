"""The receipt's QR payload: a compact claim set signed with the device's Ed25519 key.

``LTSA1.<base64url canonical JSON>.<base64url signature>``. Anyone holding the office's device public keys (the
office itself, the central server) can tell genuine from forged; a flipped character never verifies.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "LTSA1"


class ReceiptTokenError(ValueError):
    """``code``: malformed, unknown_device or bad_signature."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(code)


@dataclass(frozen=True)
class ReceiptClaims:
    number: str
    office_code: str
    device_id: str
    issued_at: str  # ISO 8601 UTC
    total_paid: int  # rupiah
    receipt_hash: str  # the receipt's chain hash (hex)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode_receipt_token(claims: ReceiptClaims, private_key: bytes) -> str:
    body = json.dumps({"n": claims.number, "o": claims.office_code, "d": claims.device_id, "t": claims.issued_at,
                       "a": claims.total_paid, "h": claims.receipt_hash}, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=True).encode("ascii")
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(body)
    return f"{PREFIX}.{_b64(body)}.{_b64(signature)}"


def decode_receipt_token(token: str, public_key_lookup: Callable[[str], bytes | None]) -> ReceiptClaims:
    parts = token.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise ReceiptTokenError("malformed")
    try:
        body, signature = _unb64(parts[1]), _unb64(parts[2])
        data = json.loads(body)
        claims = ReceiptClaims(str(data["n"]), str(data["o"]), str(data["d"]), str(data["t"]), int(data["a"]),
                               str(data["h"]))
    except (ValueError, KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ReceiptTokenError("malformed") from exc
    key = public_key_lookup(claims.device_id)
    if key is None:
        raise ReceiptTokenError("unknown_device")
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, body)
    except (InvalidSignature, ValueError) as exc:
        raise ReceiptTokenError("bad_signature") from exc
    return claims
