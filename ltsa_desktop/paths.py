"""Where things live on disk: resources shipped with the program and the per-office data directory.

One module for paths (STYLE.md practice 13). The data directory defaults to the platformdirs user data dir,
``LTSA_DATA_DIR`` overrides it, and ``--data-dir`` overrides both. The demo office lives in a directory of its
own so trying the demo never touches a real office's data.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ltsa-desktop"
APP_AUTHOR = "LTSA"


def resources_dir() -> Path:
    """The ``resources/`` folder: inside a frozen bundle, or beside the package in a source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir(*, demo: bool = False) -> Path:
    """The data directory to use when none is given on the command line."""
    if demo:
        return Path(platformdirs.user_data_dir(f"{APP_NAME}-demo", APP_AUTHOR))
    env = os.environ.get("LTSA_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


@dataclass(frozen=True)
class DataDir:
    """The layout of one data directory. Creating it makes the folders, readable by the user only."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "ltsa.sqlite3"

    @property
    def database_url(self) -> str:
        """``LTSA_DATABASE_URL`` (an office PostgreSQL) when set, else the SQLite file here."""
        return os.environ.get("LTSA_DATABASE_URL") or f"sqlite:///{self.database}"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def receipts(self) -> Path:
        return self.root / "receipts"

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def device_file(self) -> Path:
        return self.root / "device.json"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> DataDir:
        """Create the directory tree (mode 0700 where the platform honours it). Raises OSError if not writable."""
        for folder in (self.root, self.backups, self.attachments, self.receipts, self.documents):
            folder.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(OSError):  # e.g. a network share that ignores modes
                folder.chmod(0o700)
        probe = self.root / ".write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
        return self
