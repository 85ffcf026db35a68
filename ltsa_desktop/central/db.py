"""The central server's database: engine from a URL, sessions, and Alembic migrations run at start.

SQLite (the default, a file ``ltsa-central.sqlite3`` in the current directory) is for trying the server out:
WAL, ``synchronous=FULL`` (an answered push is on disk), a generous busy timeout and ``BEGIN IMMEDIATE`` for
write transactions so concurrent pushes queue instead of failing. PostgreSQL (``postgresql+psycopg://``) is for
production. Contract: ``CentralDB.write()`` is one transaction, committed on success and rolled back on any
exception; ``read()`` sessions never write. Both are safe to open from any thread (one session per thread).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DATABASE_URL = "sqlite:///ltsa-central.sqlite3"
DATABASE_URL_ENV = "LTSA_CENTRAL_DATABASE_URL"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "central_alembic_version"
SQLITE_BUSY_MS = 30_000
_WRITE = "central_write"


def default_database_url() -> str:
    return os.environ.get(DATABASE_URL_ENV) or DEFAULT_DATABASE_URL


def make_engine(url: str) -> Engine:
    """An engine with the server's connection settings for SQLite or PostgreSQL."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)
    memory = url in ("sqlite://", "sqlite:///:memory:") or "mode=memory" in url
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": SQLITE_BUSY_MS / 1000}}
    if memory:
        from sqlalchemy.pool import StaticPool

        kwargs["poolclass"] = StaticPool  # one shared connection, or every session sees an empty database
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the "begin" hook below emits BEGIN itself
        cur = dbapi_conn.cursor()
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in one transaction (idempotent; quick when already current)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()


class CentralDB:
    """One database: read sessions and serialised-per-row write transactions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**{_WRITE: True}), expire_on_commit=False)

    @classmethod
    def open(cls, url_or_engine: str | Engine | None = None, *, migrate: bool = True) -> CentralDB:
        """Open (and by default migrate) the database at a URL, an existing engine, or the default URL."""
        engine = (url_or_engine if isinstance(url_or_engine, Engine)
                  else make_engine(url_or_engine or default_database_url()))
        if migrate:
            upgrade(engine)
        return cls(engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
