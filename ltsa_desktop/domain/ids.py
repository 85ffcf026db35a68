"""Record identifiers: UUIDv7 strings (time-ordered, unique across devices)."""

from __future__ import annotations

import uuid_utils


def new_id() -> str:
    """A new UUIDv7 as a 36-character lowercase string."""
    return str(uuid_utils.uuid7())
