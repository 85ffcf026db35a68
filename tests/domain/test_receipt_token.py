"""The receipt QR token: round trip, size, and that no altered token is ever accepted."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from ltsa_desktop.domain.receipt_token import (
    ReceiptClaims,
    ReceiptTokenError,
    decode_receipt_token,
    encode_receipt_token,
)

DEVICE = "0192f1c4-8a3b-7c2d-9e4f-0a1b2c3d4e5f"
CLAIMS = ReceiptClaims(number="JKT01-K02-2026-000123", office_code="JKT01", device_id=DEVICE,
                       issued_at="2026-11-23T01:02:03.456789+00:00", total_paid=150_000,
                       receipt_hash="ab" * 32)


def _keys() -> tuple[bytes, bytes]:
    key = Ed25519PrivateKey.generate()
    return (key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
            key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


PRIVATE, PUBLIC = _keys()


def lookup(device_id: str) -> bytes | None:
    return PUBLIC if device_id == DEVICE else None


def test_round_trip_is_exact_and_short() -> None:
    token = encode_receipt_token(CLAIMS, PRIVATE)
    assert token.startswith("LTSA1.")
    assert decode_receipt_token(token, lookup) == CLAIMS
    assert len(token) <= 330  # a version-13 QR at most (byte mode, level M), fine on 58 mm paper


def test_non_canonical_ids_round_trip_as_text() -> None:
    odd = ReceiptClaims("X-1", "JKT01", "legacy-device", "2026-01-01T00:00:00+00:00", -5_000, "NOT-HEX")
    token = encode_receipt_token(odd, PRIVATE)
    assert decode_receipt_token(token, lambda _d: PUBLIC) == odd


def test_every_single_character_change_is_refused() -> None:
    token = encode_receipt_token(CLAIMS, PRIVATE)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
    tried = 0
    for i, original in enumerate(token):
        for replacement in (alphabet[(alphabet.index(original) + 1) % len(alphabet)] if original in alphabet
                            else "A", "."):
            if replacement == original:
                continue
            changed = token[:i] + replacement + token[i + 1:]
            with pytest.raises(ReceiptTokenError) as info:
                decode_receipt_token(changed, lookup)
            assert info.value.code in {"malformed", "bad_signature", "unknown_device"}
            tried += 1
    assert tried > 2 * (len(token) - 5)


def test_last_character_spellings_of_the_same_bytes_are_refused() -> None:
    token = encode_receipt_token(CLAIMS, PRIVATE)
    head, last = token[:-1], token[-1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    for other in alphabet:
        if other != last:
            with pytest.raises(ReceiptTokenError):
                decode_receipt_token(head + other, lookup)


@pytest.mark.parametrize("token", ["", "LTSA1", "LTSA1..", "LTSA2.e30.AA", "ltsa1.e30.AA", "x" * 5000,
                                   "LTSA1.!!!.AAAA", "LTSA1.e30." + "A" * 86])
def test_garbage_is_malformed(token: str) -> None:
    with pytest.raises(ReceiptTokenError) as info:
        decode_receipt_token(token, lookup)
    assert info.value.code == "malformed"


def _resign(body: dict, key: bytes = PRIVATE) -> str:
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    sig = Ed25519PrivateKey.from_private_bytes(key).sign(raw)
    b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()  # noqa: E731
    return f"LTSA1.{b64(raw)}.{b64(sig)}"


def test_validly_signed_but_non_canonical_claims_are_malformed() -> None:
    good = json.loads(base64.urlsafe_b64decode(encode_receipt_token(CLAIMS, PRIVATE).split(".")[1] + "=="))
    for body in ({**good, "a": 1.5}, {**good, "a": True}, {**{k: v for k, v in good.items() if k != "D"},
                                                             "d": DEVICE}, {**good, "x": 1}, [good]):
        with pytest.raises(ReceiptTokenError) as info:
            decode_receipt_token(_resign(body), lookup)  # type: ignore[arg-type]
        assert info.value.code == "malformed"


def test_unknown_device_and_wrong_key() -> None:
    token = encode_receipt_token(CLAIMS, PRIVATE)
    with pytest.raises(ReceiptTokenError) as info:
        decode_receipt_token(token, lambda _d: None)
    assert info.value.code == "unknown_device"
    other_private, other_public = _keys()
    with pytest.raises(ReceiptTokenError) as info:
        decode_receipt_token(token, lambda _d: other_public)
    assert info.value.code == "bad_signature"
    forged = encode_receipt_token(CLAIMS, other_private)  # a forger without the device's key
    with pytest.raises(ReceiptTokenError) as info:
        decode_receipt_token(forged, lookup)
    assert info.value.code == "bad_signature"


def test_encoder_refuses_float_money_and_naive_time() -> None:
    with pytest.raises(TypeError):
        encode_receipt_token(ReceiptClaims("N", "O", DEVICE, CLAIMS.issued_at, 1.5, "ab"), PRIVATE)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        encode_receipt_token(ReceiptClaims("N", "O", DEVICE, "2026-01-01T00:00:00", 1, "ab"), PRIVATE)
