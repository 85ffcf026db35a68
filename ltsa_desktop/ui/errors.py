"""A global exception hook: log every failure, show a dialog once per distinct failure."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

_seen: set[tuple[str, str]] = set()


def _key(exc_type: type[BaseException], tb: TracebackType | None) -> tuple[str, str]:
    frames = traceback.extract_tb(tb)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    return exc_type.__name__, where


def install_excepthook(log: logging.Logger) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error", exc_info=(exc_type, exc, tb))
        key = _key(exc_type, tb)
        if key in _seen:
            return
        _seen.add(key)
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is None or threading.current_thread() is not threading.main_thread():
                return
            from ltsa_desktop.ui.messages import message_for

            box = QMessageBox(QMessageBox.Icon.Critical, "LTSA Desktop", message_for(exc))
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
            box.exec()
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            log.exception("error dialog failed")

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value or Exception(), args.exc_traceback)
