"""Run Alembic migrations at start: back up first, restore the copy if the upgrade fails, and say so."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.storage.db import Database, user_only

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision, so an up-to-date database starts without loading Alembic at all.
# tests/storage/test_migrations.py checks it against the scripts.
HEAD_REVISION = "0013"


class MigrationFailed(LtsaError):
    code = "migration_failed"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def include_name_for(connection) -> Callable[[str | None, str, object], bool]:  # type: ignore[no-untyped-def]
    """Alembic's ``include_name`` for comparing models with a database: SQLite's virtual tables (the FTS5 name
    index of 0013) and the shadow tables it keeps for them are not models, and SQLite itself says which they
    are. Elsewhere every table counts."""
    hidden: set[str] = set()
    if connection.dialect.name == "sqlite":
        hidden = {row[1] for row in connection.exec_driver_sql("PRAGMA table_list") if row[2] in ("virtual", "shadow")}

    def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
        return not (type_ == "table" and name in hidden)

    return include_name


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:  # noqa: BLE001 - no alembic_version table yet: an empty database
            conn.rollback()
            return None


def upgrade(db: Database, revision: str = "head") -> None:
    """Upgrade the schema in one transaction (no backup; see ``migrate_with_backup``)."""
    from alembic import command

    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


@dataclass(frozen=True)
class MigrationOutcome:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def sqlite_file(db: Database) -> Path | None:
    if not db.is_sqlite:
        return None
    name = db.engine.url.database
    if not name or name == ":memory:":
        return None
    return Path(name)


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite database through the SQLite backup API, readable by the user only."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():  # created 0600 before SQLite writes a byte of personal data into it
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    user_only(str(target))
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    user_only(str(target))
    return target


def migrate_with_backup(db: Database, backup_dir: Path) -> MigrationOutcome:
    """Bring the schema to head. For SQLite, copy the file first and put the copy back if anything fails."""
    before = current_revision(db)
    if before == HEAD_REVISION:
        return MigrationOutcome(before, HEAD_REVISION, None)
    head = head_revision()
    if before == head:
        return MigrationOutcome(before, head, None)
    path = sqlite_file(db)
    backup: Path | None = None
    if path is not None and path.exists() and before is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite(path, backup_dir / f"pre-migration-{before}-{stamp}.sqlite3")
    try:
        upgrade(db)
    except Exception as exc:
        log.exception("migration from %s failed", before)
        if backup is not None and path is not None:
            db.dispose()
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            shutil.copyfile(backup, path)
            raise MigrationFailed(
                message=f"database upgrade failed ({exc}); the copy made before it was restored",
                backup=str(backup),
            ) from exc
        raise MigrationFailed(message=f"database upgrade failed: {exc}") from exc
    return MigrationOutcome(before, head, backup)
