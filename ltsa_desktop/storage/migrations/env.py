"""Alembic environment: run programmatically by storage/migrate.py with a connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context

from ltsa_desktop.storage import models  # noqa: F401  (registers every table)
from ltsa_desktop.storage.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.storage.migrate import include_name_for

    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name_for(connection),  # autogenerate leaves the FTS5 name index alone
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
