"""Fixtures of the central server's tests: a migrated database per test (SQLite file, or a fresh schema in
``LTSA_TEST_DATABASE_URL`` for tests marked ``postgres``) and a live server on 127.0.0.1."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from ltsa_desktop.central.db import CentralDB
from tests.central.support import LiveServer, active_server


def central_postgres_url() -> str:
    """``LTSA_TEST_DATABASE_URL`` or a skip with the reason; under ``CI=true`` a missing URL fails."""
    url = os.environ.get("LTSA_TEST_DATABASE_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but LTSA_TEST_DATABASE_URL is not set: the PostgreSQL tests of ltsa-central "
                        "must run in CI")
        pytest.skip("PostgreSQL tests of ltsa-central need LTSA_TEST_DATABASE_URL (a postgresql+psycopg URL)")
    return url


@pytest.fixture()
def sqlite_db(tmp_path: Path) -> Iterator[CentralDB]:
    db = CentralDB.open(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    yield db
    db.dispose()


@pytest.fixture()
def postgres_db() -> Iterator[CentralDB]:
    """A migrated, empty schema of its own in the test PostgreSQL database, dropped afterwards."""
    url = central_postgres_url()
    schema = f"central_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    engine = create_engine(url, connect_args={"options": f"-csearch_path={schema}"}, pool_size=8)
    db = CentralDB.open(engine)
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest) -> CentralDB:
    """The same test on SQLite and (when configured) PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_db")


@pytest.fixture()
def live(sqlite_db: CentralDB) -> Iterator[LiveServer]:
    with active_server(sqlite_db) as server:
        yield server
