"""The demo office: created once in its own data directory by ``ltsa-desktop --demo`` or ``ltsa-admin seed-demo``.

Demo passwords are public by design and shown on the sign-in screen in demo mode only.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ltsa_desktop.domain.roles import Role
from ltsa_desktop.services.auth import create_staff, sign_in
from ltsa_desktop.services.context import ServiceContext
from ltsa_desktop.services.office import OfficeSetup, office_exists, open_context, setup_office
from ltsa_desktop.storage.db import Database

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo1234"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    role: Role


DEMO_ACCOUNTS = (
    DemoAccount("admin", "Administrator Demo", Role.ADMIN),
    DemoAccount("koordinator", "Siti Rahmawati", Role.SUPERVISOR),
    DemoAccount("petugas1", "Budi Santoso", Role.COUNTER_STAFF),
    DemoAccount("petugas2", "Dewi Lestari", Role.COUNTER_STAFF),
)

DEMO_SETUP = OfficeSetup(
    code="DEMO01", name="LTSA P2MI Demo Kabupaten Indramayu", province_code="32", regency_code="3212",
    address="Jl. Jenderal Sudirman No. 1, Indramayu, Jawa Barat",
    counters=("Loket 1 – Ketenagakerjaan", "Loket 2 – Imigrasi", "Loket 3 – Kepolisian & BPJS",
              "Loket 4 – BP3MI & Pengaduan"),
    admin_username="admin", admin_full_name="Administrator Demo", admin_password=DEMO_PASSWORD,
    device_name="PC Demo", is_demo=True,
)

# Each area's service module may define ``seed_demo_data(ctx, admin)``; they run once, in this order.
DEMO_STEPS = ("catalog", "queue", "applicants", "cases", "payments", "supervision", "jobs", "survey")
DemoSeeder = Callable[[ServiceContext, object], None]


def seed_demo(db: Database, device_file: Path, data_dir: Path | None = None, *, with_data: bool = True) -> bool:
    """Create the demo office if this database has none. Returns True when it was created now.

    ``with_data=False`` makes only the office, staff and catalog (the self-check's throw-away office).
    """
    if office_exists(db):
        return False
    setup_office(db, DEMO_SETUP, device_file)
    ctx = open_context(db, device_file, data_dir=data_dir)
    admin = sign_in(ctx, "admin", DEMO_PASSWORD)
    for account in DEMO_ACCOUNTS[1:]:
        create_staff(ctx, admin, username=account.username, full_name=account.full_name,
                     role=account.role.value, password=DEMO_PASSWORD)
    for seeder in _seeders() if with_data else []:
        log.info("demo seed: %s", getattr(seeder, "__module__", seeder))
        seeder(ctx, admin)
    return True


def _seeders() -> list[DemoSeeder]:
    seeders: list[DemoSeeder] = []
    for name in DEMO_STEPS:
        try:
            module = importlib.import_module(f"ltsa_desktop.services.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"ltsa_desktop.services.{name}":
                raise
            continue
        seeder = getattr(module, "seed_demo_data", None)
        if seeder is not None:
            seeders.append(seeder)
    return seeders
