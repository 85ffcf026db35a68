"""Staff roles (DOMAIN.md glossary: petugas loket, koordinator, administrator)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COUNTER_STAFF = "counter_staff"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ALL_ROLES = frozenset(Role)
STAFF_AND_UP = frozenset({Role.COUNTER_STAFF, Role.SUPERVISOR, Role.ADMIN})
SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMIN})
ADMINS = frozenset({Role.ADMIN})
