"""Shared fixtures: a template office database made once and copied per test (STYLE.md practice 15)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

from ltsa_desktop.domain.roles import Role  # noqa: E402
from ltsa_desktop.paths import DataDir  # noqa: E402
from ltsa_desktop.services.auth import create_staff  # noqa: E402
from ltsa_desktop.services.context import Actor, ServiceContext  # noqa: E402
from ltsa_desktop.services.office import OfficeSetup, open_context, setup_office  # noqa: E402
from ltsa_desktop.storage.db import Database  # noqa: E402
from ltsa_desktop.storage.migrate import upgrade  # noqa: E402

PASSWORD = "rahasia-123"
TEST_SETUP = OfficeSetup(
    code="JKT01", name="LTSA Uji Jakarta", province_code="31", regency_code="3175",
    address="Jl. Uji No. 1", counters=("Loket 1", "Loket 2", "Loket 3"),
    admin_username="admin", admin_full_name="Admin Uji", admin_password=PASSWORD,
)


class FrozenClock:
    """A settable clock for services: ``clock.now`` is returned; ``advance`` moves it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        from datetime import timedelta

        self.now = self.now + timedelta(**kw)


@dataclass
class OfficeFixture:
    data_dir: DataDir
    db: Database
    ctx: ServiceContext
    clock: FrozenClock
    admin: Actor
    supervisor: Actor
    staff: Actor
    staff2: Actor

    def actor(self, role: Role) -> Actor:
        return {Role.ADMIN: self.admin, Role.SUPERVISOR: self.supervisor, Role.COUNTER_STAFF: self.staff}[role]

    def app_session(self, actor: Actor | None = None):  # type: ignore[no-untyped-def]
        """The UI's session on this office (for pytest-qt tests), signed in as ``actor`` when one is given."""
        from ltsa_desktop.settings import Settings
        from ltsa_desktop.ui.session import AppSession, SessionState

        session = AppSession(SessionState(ctx=self.ctx, data=self.data_dir,
                                          settings=Settings(self.data_dir.settings_file)))
        if actor is not None:
            session.set_actor(actor)
        return session


def _copy_sqlite(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> DataDir:
    data = DataDir(tmp_path_factory.mktemp("template")).ensure()
    db = Database(f"sqlite:///{data.database}")
    upgrade(db)
    clock = FrozenClock(datetime(2026, 11, 23, 1, 0, tzinfo=UTC))  # Monday 08:00 WIB
    setup_office(db, TEST_SETUP, data.device_file, clock=clock)
    ctx = open_context(db, data.device_file, clock=clock)
    from ltsa_desktop.services.auth import sign_in

    admin = sign_in(ctx, "admin", PASSWORD)
    for username, name, role in (("koordinator", "Siti Koordinator", Role.SUPERVISOR),
                                 ("petugas1", "Budi Petugas", Role.COUNTER_STAFF),
                                 ("petugas2", "Ani Petugas", Role.COUNTER_STAFF)):
        create_staff(ctx, admin, username=username, full_name=name, role=role.value, password=PASSWORD)
    db.dispose()
    return data


@pytest.fixture()
def office(template_dir: DataDir, tmp_path: Path) -> OfficeFixture:
    data = DataDir(tmp_path / "data").ensure()
    _copy_sqlite(template_dir.database, data.database)
    shutil.copyfile(template_dir.device_file, data.device_file)
    db = Database(f"sqlite:///{data.database}")
    clock = FrozenClock(datetime(2026, 11, 23, 1, 0, tzinfo=UTC))
    ctx = open_context(db, data.device_file, data_dir=data.root, clock=clock)
    from ltsa_desktop.services.auth import sign_in

    actors = {u: sign_in(ctx, u, PASSWORD) for u in ("admin", "koordinator", "petugas1", "petugas2")}
    fixture = OfficeFixture(data, db, ctx, clock, actors["admin"], actors["koordinator"], actors["petugas1"],
                            actors["petugas2"])
    yield fixture
    db.dispose()


@pytest.fixture()
def central(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real ``ltsa-central`` on a SQLite file, serving on loopback, with the test office JKT01 registered."""
    from ltsa_desktop.central import enrollment
    from ltsa_desktop.central.db import CentralDB
    from tests.central.support import active_server

    db = CentralDB.open(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    enrollment.create_office(db, "JKT01", TEST_SETUP.name)
    with active_server(db) as live:
        yield live
    db.dispose()


@pytest.fixture()
def q(office: OfficeFixture) -> OfficeFixture:
    """The office with its default queue lines and its first counter (``q.counter1``) open for petugas1."""
    from ltsa_desktop.services import queue

    queue.ensure_default_lines(office.ctx, office.admin)
    office.counter1 = queue.list_counters(office.ctx)[0][0]  # type: ignore[attr-defined]
    queue.open_counter(office.ctx, office.staff, office.counter1)  # type: ignore[attr-defined]
    return office


@dataclass
class PostgresOffice:
    url: str
    device_file: Path
    db: Database


def postgres_url() -> str:
    """``LTSA_TEST_DATABASE_URL`` or a skip (a failure under ``CI=true``, where .ci/run provides a server)."""
    url = os.environ.get("LTSA_TEST_DATABASE_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but LTSA_TEST_DATABASE_URL is not set: .ci/run must start PostgreSQL")
        pytest.skip("PostgreSQL tests need LTSA_TEST_DATABASE_URL (a postgresql+psycopg URL)")
    return url


def reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


@pytest.fixture()
def postgres_office(tmp_path: Path) -> PostgresOffice:
    url = postgres_url()
    reset_postgres(url)
    db = Database(url)
    upgrade(db)
    device_file = tmp_path / "device.json"
    setup_office(db, TEST_SETUP, device_file)
    yield PostgresOffice(url, device_file, db)
    db.dispose()


class MemoryKeyring:
    """An in-memory keyring for tests (never the real OS keyring)."""

    def __init__(self) -> None:
        import keyring.backend

        class _Backend(keyring.backend.KeyringBackend):
            priority = 1  # type: ignore[assignment]
            store: dict[tuple[str, str], str] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.store.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.store[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                self.store.pop((service, username), None)

        self.backend = _Backend()


@pytest.fixture()
def keyring_memory():  # type: ignore[no-untyped-def]
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring().backend
    backend.store.clear()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture()
def paying_office(office, keyring_memory):  # type: ignore[no-untyped-def]
    """The office with a registered receipt key and an open cash session for ``staff``."""
    from ltsa_desktop.services import device_keys, payments, queue

    device_keys.register_new_key(office.ctx)
    queue.ensure_default_lines(office.ctx, office.admin)
    counter = queue.list_counters(office.ctx)[0][0]
    payments.open_cash_session(office.ctx, office.staff, counter, 200_000)
    return office
