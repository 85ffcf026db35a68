"""Receipt verification at the centre: is the QR token genuine, voided or forged?

A token is ``genuine`` when its signature verifies with a key the issuing device registered (at enrollment or in
its own synced device record), its office code is that device's office, and it matches the receipt stored here
(hash and total). ``voided`` when a counter-entry refers to that receipt; ``unknown`` when the signature is
valid but the receipt has not arrived yet; ``forged`` otherwise, with the reason. Read-only; any thread.
"""

from __future__ import annotations

import base64
from typing import Literal

from sqlalchemy import or_, select

from ltsa_desktop.central.db import CentralDB
from ltsa_desktop.central.models import (
    CentralDevice,
    CentralDeviceKey,
    CentralOffice,
    ReceiptIndex,
    ReceiptVoid,
)
from ltsa_desktop.domain.receipt_token import ReceiptClaims, ReceiptTokenError, decode_receipt_token
from ltsa_desktop.sync.protocol import VerifyResponse

Status = Literal["genuine", "voided", "forged", "unknown"]


def _decode(db: CentralDB, token: str) -> ReceiptClaims:
    """The claims, trying every key the device ever registered (keys change; old receipts stay valid)."""
    keys: dict[str, list[bytes]] = {}

    def lookup(device_id: str) -> bytes | None:
        with db.read() as s:
            rows = s.execute(select(CentralDeviceKey.public_key_b64).where(CentralDeviceKey.device_id == device_id)
                             .order_by(CentralDeviceKey.added_at.desc())).scalars().all()
        keys[device_id] = [base64.b64decode(k) for k in rows]
        return keys[device_id][0] if rows else None

    try:
        return decode_receipt_token(token, lookup)
    except ReceiptTokenError as exc:
        if exc.code != "bad_signature":
            raise
        for key in next(iter(keys.values()), [])[1:]:
            try:
                return decode_receipt_token(token, lambda _d, key=key: key)  # type: ignore[misc]
            except ReceiptTokenError:
                continue
        raise


def verify_receipt(db: CentralDB, token: str) -> VerifyResponse:
    try:
        claims = _decode(db, token)
    except ReceiptTokenError as exc:
        return VerifyResponse(status="forged", reason=exc.code)

    def answer(status: Status, reason: str | None = None, voided_by: str | None = None) -> VerifyResponse:
        return VerifyResponse(status=status, number=claims.number, office_code=claims.office_code,
                              issued_at=claims.issued_at, total_paid=claims.total_paid, voided_by=voided_by,
                              reason=reason)

    with db.read() as s:
        office_code = s.execute(select(CentralOffice.code).join(
            CentralDevice, CentralDevice.office_id == CentralOffice.id).where(
            CentralDevice.id == claims.device_id)).scalar()
        if office_code != claims.office_code:
            return answer("forged", "office_mismatch")
        stored = s.execute(select(ReceiptIndex).where(ReceiptIndex.number == claims.number,
                                                      ReceiptIndex.device_id == claims.device_id)).scalars().first()
        if stored is None:
            return answer("unknown", "not_received_yet")
        if stored.receipt_hash != claims.receipt_hash or (
                stored.total_paid is not None and stored.total_paid != claims.total_paid):
            return answer("forged", "does_not_match_stored_receipt")
        void = s.execute(select(ReceiptVoid).where(or_(
            ReceiptVoid.voided_receipt_id == stored.record_id, ReceiptVoid.voided_number == claims.number))
        ).scalars().first()
    if void is not None:
        return answer("voided", "voided", void.void_number)
    return answer("genuine")
