"""Chain verifiers beyond the audit journal, run by ``ltsa-admin verify`` and the self-check.

Each entry takes a read session and returns ``(ok, one line of text)``. Areas with their own hash chain (the
receipts) append their verifier here; so does the applicants' name index, which must agree with its table.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from ltsa_desktop.storage.name_index import verify_name_index
from ltsa_desktop.storage.receipt_chain import verify_receipt_chains

Verifier = Callable[[Session], tuple[bool, str]]


ALL: list[Verifier] = [verify_receipt_chains, verify_name_index]
