"""Migrations are an ordered, tested ladder (STYLE.md practice 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from ltsa_desktop.storage import models  # noqa: F401
from ltsa_desktop.storage.base import Base
from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.migrate import (
    MigrationFailed,
    alembic_config,
    current_revision,
    head_revision,
    include_name_for,
    migrate_with_backup,
    upgrade,
)


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


@pytest.mark.parametrize("start", _revisions())
def test_database_made_at_every_revision_upgrades_to_head(tmp_path: Path, start: str) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    upgrade(db, start)
    assert current_revision(db) == start
    outcome = migrate_with_backup(db, tmp_path / "backups")
    assert current_revision(db) == head_revision()
    if start != head_revision():
        assert outcome.backup is not None and outcome.backup.exists()


def test_models_match_migrations(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    upgrade(db)
    with db.engine.connect() as conn:
        # Virtual tables (the FTS5 name index of 0013) and SQLite's shadow tables for them are not models
        include_name = include_name_for(conn)
        assert not include_name("applicant_fts", "table", {}) and include_name("applicant", "table", {})
        opts = {"compare_type": False, "include_name": include_name}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"


def test_failed_migration_restores_the_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ltsa.sqlite3"
    db = Database(f"sqlite:///{path}")
    revisions = _revisions()
    upgrade(db, revisions[0])
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO series_counter(series, last_value) VALUES ('keep', 41)")

    import ltsa_desktop.storage.migrate as migrate

    def broken(_db, revision="head"):  # type: ignore[no-untyped-def]
        with _db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE series_counter SET last_value = 0")
            conn.exec_driver_sql("CREATE TABLE half_done(x int)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrate, "upgrade", broken)
    if revisions[0] == head_revision():
        pytest.skip("only one revision exists")
    with pytest.raises(MigrationFailed) as info:
        migrate.migrate_with_backup(db, tmp_path / "backups")
    assert "restored" in info.value.message
    db2 = Database(f"sqlite:///{path}")
    with db2.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT last_value FROM series_counter WHERE series='keep'").scalar() == 41
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables
    assert current_revision(db2) == revisions[0]


def test_head_constant_matches_the_scripts() -> None:
    from ltsa_desktop.storage.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION
