"""Engine and sessions. SQLite by default (WAL, synchronous=FULL, foreign keys, busy timeout, BEGIN IMMEDIATE
for writes); PostgreSQL through ``postgresql+psycopg://`` with the same models.

Contract: read sessions never write; every write goes through ``Database.write()`` (one transaction, committed
on success, rolled back on any exception). A lock held longer than the busy timeout becomes ``DatabaseBusy``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ltsa_desktop.domain.errors import DatabaseBusy

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 5.0
_SQLITE_STEP_TIMEOUT = 0.05
_WRITE = "ltsa_write"


def _is_busy(exc: BaseException) -> bool:
    text_ = str(exc).lower()
    return "database is locked" in text_ or "database table is locked" in text_ or "busy" in text_


def user_only(path: str | None) -> None:
    """POSIX: take group and other access off the database file and its WAL/SHM files (personal data)."""
    if os.name != "posix" or not path or path == ":memory:":
        return
    for name in (path, f"{path}-wal", f"{path}-shm"):
        with contextlib.suppress(OSError):  # missing, not ours, or a share that ignores modes
            mode = os.stat(name).st_mode & 0o777
            if mode & 0o077:
                os.chmod(name, mode & ~0o077)


def make_engine(url: str, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS, echo: bool = False) -> Engine:
    """Create an engine with the project's connection settings for SQLite or PostgreSQL."""
    if url.startswith("sqlite"):
        # SQLite's own busy handler sleeps up to 100 ms between tries, which lets a writer that commits in a
        # tight loop starve the others; ``Database.write`` polls for the lock itself (short jittered sleeps,
        # up to ``busy_timeout``), so each connection only waits briefly here.
        engine = create_engine(
            url, echo=echo, connect_args={"timeout": _SQLITE_STEP_TIMEOUT, "check_same_thread": False},
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # let the "begin" hook below emit BEGIN itself
            cur = dbapi_conn.cursor()
            if ":memory:" not in url and url not in ("sqlite://", "sqlite:///"):
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(_SQLITE_STEP_TIMEOUT * 1000)}")
            cur.close()
            user_only(make_url(url).database)

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            immediate = conn.get_execution_options().get(_WRITE, False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, pool_size=5, max_overflow=5)


class Database:
    """One database: a read session factory and a serialised write transaction helper."""

    def __init__(self, url: str, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        self.url = url
        self.busy_timeout = busy_timeout
        self.engine = make_engine(url, busy_timeout=busy_timeout)
        self._write_engine = self.engine.execution_options(**{_WRITE: True})
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self._write_engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; closed (its transaction rolled back) at the end. It must not write.

        Objects loaded in it stay readable after the block (they are detached, not expired).
        """
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction. SQLite takes the write lock up front (BEGIN IMMEDIATE)."""
        session = self._begin_write()
        try:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if _is_busy(exc):
                    raise DatabaseBusy(message="database busy beyond the timeout") from exc
                raise
            except BaseException:
                session.rollback()
                raise
        finally:
            session.info.pop("locked_chains", None)
            session.info.pop("audit_head", None)
            session.close()

    def _begin_write(self) -> Session:
        """Open a session and begin its write transaction, waiting for the lock up to ``busy_timeout``.

        Nothing has been done yet while waiting, so trying again is always safe.
        """
        deadline = time.monotonic() + self.busy_timeout
        while True:
            session = self._writer()
            try:
                session.connection()
                if not self.is_sqlite:
                    # One writer at a time on PostgreSQL too, as BEGIN IMMEDIATE gives on SQLite: every write
                    # appends to the same audit chain, and a fixed first lock means no lock-order deadlocks.
                    session.execute(text("SELECT pg_advisory_xact_lock(7263541)"))
                return session
            except OperationalError as exc:
                session.close()
                if not _is_busy(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise DatabaseBusy(message="database busy beyond the timeout") from exc
                time.sleep(random.uniform(0.0005, 0.005))

    def integrity_check(self) -> list[str]:
        """SQLite ``PRAGMA integrity_check`` lines (``["ok"]`` when healthy); PostgreSQL: a trivial query."""
        with self.engine.connect() as conn:
            if self.is_sqlite:
                return [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            conn.execute(text("SELECT 1"))
            return ["ok"]

    def dispose(self) -> None:
        self.engine.dispose()
