"""Typed workstation settings, kept in ``settings.json`` in the data directory.

Office-wide settings (calling policy, waiting-time targets, holidays) live in the database so every counter
sees the same values; this file holds what belongs to one PC: language, printers, idle-lock minutes, the central
server address. QSettings holds window geometry only.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type


LANGUAGE = Setting("language", "id", str)
IDLE_LOCK_MINUTES = Setting("idle_lock_minutes", 10, int)
SERVER_URL = Setting("server_url", "", str)
VERIFY_TLS = Setting("verify_tls", True, bool)
RECEIPT_PRINTER = Setting("receipt_printer", "", str)
RECEIPT_LAYOUT = Setting("receipt_layout", "80mm", str)
TICKET_PRINTER = Setting("ticket_printer", "", str)
SILENT_PRINT = Setting("silent_print", False, bool)
COUNTER_ID = Setting("counter_id", "", str)
BACKUP_GENERATIONS = Setting("backup_generations", 24, int)
SECOND_BACKUP_DIR = Setting("second_backup_dir", "", str)
SYNC_INTERVAL_SECONDS = Setting("sync_interval_seconds", 120, int)

ALL_SETTINGS = (LANGUAGE, IDLE_LOCK_MINUTES, SERVER_URL, VERIFY_TLS, RECEIPT_PRINTER, RECEIPT_LAYOUT,
                TICKET_PRINTER, SILENT_PRINT, COUNTER_ID, BACKUP_GENERATIONS, SECOND_BACKUP_DIR,
                SYNC_INTERVAL_SECONDS)


class Settings:
    """Read and write workstation settings. A damaged file is kept aside and defaults are used."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("settings file is not an object")
            self._values = data
        except (ValueError, OSError) as exc:
            aside = self.path.with_suffix(".damaged.json")
            log.warning("settings file %s unreadable (%s); kept as %s, using defaults", self.path, exc, aside)
            with contextlib.suppress(OSError):
                self.path.replace(aside)
            self._values = {}

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.key, setting.default)
        if setting.kind is bool and isinstance(value, bool):
            return value  # type: ignore[return-value]
        if setting.kind is not bool and isinstance(value, setting.kind) and not isinstance(value, bool):
            return value  # type: ignore[return-value]
        return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.kind) or (setting.kind is not bool and isinstance(value, bool)):
            raise TypeError(f"{setting.key} expects {setting.kind.__name__}")
        self._values[setting.key] = value
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
