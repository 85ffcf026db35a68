"""A throw-away office database for benchmarks (demo staff, default queue lines)."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ltsa_desktop.paths import DataDir
from ltsa_desktop.services.auth import sign_in
from ltsa_desktop.services.context import Actor, ServiceContext
from ltsa_desktop.services.demo import DEMO_PASSWORD, DEMO_SETUP
from ltsa_desktop.services.office import open_context, setup_office
from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.migrate import upgrade


@dataclass
class BenchOffice:
    data: DataDir
    db: Database
    ctx: ServiceContext
    admin: Actor


def make_office(folder: Path | None = None) -> BenchOffice:
    data = DataDir(folder or Path(tempfile.mkdtemp(prefix="ltsa-bench-"))).ensure()
    db = Database(f"sqlite:///{data.database}")
    upgrade(db)
    setup_office(db, DEMO_SETUP, data.device_file)
    ctx = open_context(db, data.device_file, data_dir=data.root)
    return BenchOffice(data, db, ctx, sign_in(ctx, "admin", DEMO_PASSWORD))


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls, in milliseconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000
