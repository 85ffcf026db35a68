"""Online backups of the SQLite database and safe restores.

A backup is taken with SQLite's backup API (consistent while others write), checked with
``PRAGMA integrity_check`` and kept in N generations. A restore refuses a damaged file and never overwrites the
current database: it is moved aside first. Every copy (and the second location's) is readable by the user only
(0600 on POSIX): a backup holds the same personal data as the database.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.storage.db import user_only
from ltsa_desktop.storage.migrate import backup_sqlite

BACKUP_GLOB = "ltsa-*.sqlite3"


class BackupError(LtsaError):
    code = "backup_failed"


def check_sqlite_file(path: Path, *, quick: bool = False) -> list[str]:
    """``["ok"]`` for a healthy SQLite database file, else the problems found (never raises for bad files).

    ``quick`` runs ``PRAGMA quick_check`` (used at every start-up); backups and restores get the full check.
    """
    if not path.exists():
        return [f"{path} does not exist"]
    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return ["not an SQLite database"]
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
            rows = [r[0] for r in conn.execute(pragma).fetchall()]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    if rows != ["ok"]:
        return rows
    if "audit_entry" not in tables or "alembic_version" not in tables:
        return ["not an LTSA Desktop database"]
    return ["ok"]


def make_backup(database: Path, backups_dir: Path, *, generations: int = 24, label: str = "",
                second_dir: Path | None = None, now: datetime | None = None) -> Path:
    """Copy the live database to ``backups_dir`` (and ``second_dir`` if given), keep ``generations`` copies."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"ltsa-{stamp}{('-' + label) if label else ''}.sqlite3"
    backup_sqlite(database, target)
    problems = check_sqlite_file(target)
    if problems != ["ok"]:
        target.unlink(missing_ok=True)
        raise BackupError(message=f"backup check failed: {problems[0]}")
    if second_dir is not None:
        second_dir.mkdir(parents=True, exist_ok=True)
        copy_user_only(target, second_dir / target.name)
        prune(second_dir, generations)
    prune(backups_dir, generations)
    for kept in list_backups(backups_dir):  # copies made by older versions were readable by everyone
        user_only(str(kept))
    return target


def copy_user_only(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` created 0600 (POSIX), through a temporary file replaced at the end."""
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(part, target)
    return target


def prune(folder: Path, generations: int) -> None:
    backups = sorted(folder.glob(BACKUP_GLOB))
    for old in backups[: max(0, len(backups) - generations)]:
        old.unlink(missing_ok=True)


def list_backups(backups_dir: Path) -> list[Path]:
    """Newest first."""
    return sorted(backups_dir.glob(BACKUP_GLOB), reverse=True)


def latest_good_backup(backups_dir: Path) -> Path | None:
    for candidate in list_backups(backups_dir):
        if check_sqlite_file(candidate) == ["ok"]:
            return candidate
    return None


@dataclass(frozen=True)
class RestoreOutcome:
    restored_from: Path
    previous_kept_as: Path | None


def restore_backup(backup: Path, database: Path, *, now: datetime | None = None) -> RestoreOutcome:
    """Put ``backup`` in place of ``database``. The current file is kept beside it, never overwritten.

    The caller must have closed every connection to ``database``.
    """
    problems = check_sqlite_file(backup)
    if problems != ["ok"]:
        raise BackupError("backup_damaged", f"the backup is damaged: {problems[0]}", file=str(backup))
    kept: Path | None = None
    if database.exists():
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
        kept = database.with_name(f"{database.name}.before-restore-{stamp}")
        database.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = Path(str(database) + suffix)
            if side.exists():
                side.replace(Path(str(kept) + suffix))
    backup_sqlite(backup, database)
    return RestoreOutcome(backup, kept)
