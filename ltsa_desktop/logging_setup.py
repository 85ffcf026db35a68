"""Logging: a rotating file in the platform log directory plus stderr. Personal numbers never reach a log."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

_NIK_LIKE = re.compile(r"(?<!\d)(\d{12})(\d{4})(?!\d)")


class MaskPersonalNumbers(logging.Filter):
    """Masks 16-digit numbers (NIK, KK) to their last four digits in every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _NIK_LIKE.sub(lambda m: "*" * 12 + m.group(2), message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "ltsa-desktop.log"
    root = logging.getLogger()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    stream = logging.StreamHandler()
    for handler in (file_handler, stream):
        handler.setFormatter(fmt)
        handler.addFilter(MaskPersonalNumbers())
        root.addHandler(handler)
    return path
