"""Alembic environment of ``ltsa-central``: run programmatically by ``central.db.upgrade`` with a connection in
``config.attributes`` (or, for ``alembic`` on the command line, from ``sqlalchemy.url``)."""

from __future__ import annotations

from alembic import context

from ltsa_desktop.central.db import VERSION_TABLE
from ltsa_desktop.central.models import CentralBase

config = context.config
target_metadata = CentralBase.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        version_table=VERSION_TABLE,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from ltsa_desktop.central.db import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


run_migrations_online()
