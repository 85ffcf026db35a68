"""Helpers shared by the ``ltsa-admin`` commands: open the data directory, database and service context."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from ltsa_desktop.paths import DataDir, default_data_dir
from ltsa_desktop.services.context import SYSTEM_ACTOR, Actor, ServiceContext
from ltsa_desktop.services.office import office_exists, open_context
from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.migrate import migrate_with_backup

CLI_ACTOR = Actor(staff_id="", username="ltsa-admin", full_name="ltsa-admin (console)", role=SYSTEM_ACTOR.role)


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="data directory (default: LTSA_DATA_DIR or the user data directory)")


def data_dir_from(args: argparse.Namespace) -> DataDir:
    root = getattr(args, "data_dir", None) or default_data_dir()
    return DataDir(Path(root))


@dataclass
class Opened:
    data: DataDir
    db: Database
    ctx: ServiceContext | None


def open_office(args: argparse.Namespace, *, need_office: bool = True, migrate: bool = True) -> Opened:
    """Open (and migrate) the database of ``--data-dir``. Exits with a message if there is no office yet."""
    data = data_dir_from(args).ensure()
    db = Database(data.database_url)
    if migrate:
        migrate_with_backup(db, data.backups)
    if not office_exists(db):
        if need_office:
            fail(f"no office is set up in {data.root}; run `ltsa-admin init` first")
        return Opened(data, db, None)
    return Opened(data, db, open_context(db, data.device_file, data_dir=data.root))


def fail(message: str, code: int = 1) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(code)
