"""Logging: a rotating file in the given log directory plus stderr. Personal numbers never reach a log.

Qt-free, so the CLI, the sync agent and the GUI configure logging the same way. ``configure_logging`` may be called
more than once (tests, a language switch that rebuilds the app): it replaces the handlers it installed before
instead of adding a second set.
"""

from __future__ import annotations

import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "ltsa-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FILE_HANDLER_NAME = "ltsa-file"
STDERR_HANDLER_NAME = "ltsa-stderr"
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

# 16 digits not embedded in a longer run of digits: an NIK or a KK (family card) number.
_NIK_LIKE = re.compile(r"(?<!\d)(\d{12})(\d{4})(?!\d)")


def mask_personal_numbers(text: str) -> str:
    """Replace every 16-digit number in ``text`` by twelve stars and its last four digits."""
    return _NIK_LIKE.sub(lambda m: "*" * 12 + m.group(2), text)


class MaskPersonalNumbers(logging.Filter):
    """Masks 16-digit numbers (NIK, KK) in the message, its arguments, the traceback and the stack of a record.

    Attach it to handlers, not loggers: a logger's filters do not see records propagated from child loggers.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_personal_numbers(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            # Formatter.format() reuses exc_text when set, so the masked traceback is what gets written.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal_numbers(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_personal_numbers(record.stack_info)
        return True


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record arrives; silent when there is none (a windowed
    Windows build has ``sys.stderr = None``)."""

    def __init__(self) -> None:
        super().__init__()

    @property  # type: ignore[override]
    def stream(self):  # type: ignore[no-untyped-def]
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


def configure_logging(log_dir: Path, level: int | str = logging.INFO) -> Path:
    """Log to ``log_dir/ltsa-desktop.log`` (1 MB × 5 rotated files) and to stderr; returns the log file path.

    Call on the main thread at start-up, before any worker thread exists. Raises ``OSError`` when the directory
    cannot be created or the file cannot be opened.
    """
    log_dir = Path(log_dir)
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() in (FILE_HANDLER_NAME, STDERR_HANDLER_NAME)]:
        root.removeHandler(old)
        old.close()
    root.setLevel(level)
    formatter = logging.Formatter(FORMAT)
    file_handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    file_handler.set_name(FILE_HANDLER_NAME)
    stream = _StderrHandler()
    stream.set_name(STDERR_HANDLER_NAME)
    for handler in (file_handler, stream):
        handler.setFormatter(formatter)
        handler.addFilter(MaskPersonalNumbers())
        root.addHandler(handler)
    logging.captureWarnings(True)
    return path


def remove_logging_handlers() -> None:
    """Close and remove the handlers ``configure_logging`` installed (at exit, or between tests)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() in (FILE_HANDLER_NAME, STDERR_HANDLER_NAME)]:
        root.removeHandler(handler)
        handler.close()
