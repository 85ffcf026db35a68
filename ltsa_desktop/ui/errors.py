"""The last line of defence: log every unhandled failure, show a dialog once per distinct failure.

``install_excepthook(log)`` replaces ``sys.excepthook`` (which PySide6 also calls for exceptions escaping a slot)
and ``threading.excepthook``. Every failure is logged with its traceback (the log filter masks NIKs). The first
time a failure of a given kind happens — same exception type, same innermost source line — the user sees an
error dialog with the translated sentence from ``messages.py`` and a "Copy details" button for the support desk;
repeats are only logged, so a failing timer cannot bury the screen under dialogs (Electrum's exception window).

The hook never raises and never needs a QApplication: without one (CLI, early start-up) it only logs. A failure
on a worker thread is handed to the GUI thread through a queued signal before any dialog is shown.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from ltsa_desktop.logging_setup import mask_personal_numbers
from ltsa_desktop.ui.bus import emit

APP_TITLE = "LTSA Desktop"


@dataclass(frozen=True)
class FailureReport:
    """One failure as the dialog shows it: the user's sentence and the (masked) technical details."""

    key: tuple[str, str]
    message: str
    details: str


def failure_key(exc_type: type[BaseException], tb: TracebackType | None) -> tuple[str, str]:
    """What makes two failures "the same": the exception type and the innermost ``file:line``."""
    frames = traceback.extract_tb(tb)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    return f"{exc_type.__module__}.{exc_type.__qualname__}", where


class _Reporter(QObject):
    """Lives on the GUI thread; ``report`` may be emitted from any thread (queued to the GUI thread)."""

    report = Signal(object)

    def __init__(self, show: Callable[[FailureReport], None]) -> None:
        super().__init__()
        self._show = show
        self.report.connect(self._on_report, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_report(self, report: FailureReport) -> None:
        self._show(report)


class ExceptionHook:
    """The installed hook. ``seen`` holds the keys already shown; ``uninstall()`` restores the previous hooks."""

    def __init__(self, log: logging.Logger, show: Callable[[FailureReport], None] | None = None) -> None:
        self.log = log
        self.show = show or show_error_dialog
        self.seen: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self._reporter: _Reporter | None = None
        self._previous = (sys.excepthook, threading.excepthook)

    def __call__(self, exc_type: type[BaseException], exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            self._handle(exc_type, exc if exc is not None else exc_type(), tb)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            with contextlib.suppress(Exception):  # nothing is left to report to
                self.log.exception("the error handler failed")

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self(args.exc_type, args.exc_value, args.exc_traceback)

    def _handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        key = failure_key(exc_type, tb)
        self.log.error("unhandled %s at %s", key[0], key[1], exc_info=(exc_type, exc, tb))
        with self._lock:
            if key in self.seen:
                return
            self.seen.add(key)
        app = QCoreApplication.instance()
        if not isinstance(app, QApplication):
            return
        from ltsa_desktop.ui.messages import message_for

        details = mask_personal_numbers("".join(traceback.format_exception(exc_type, exc, tb)))
        report = FailureReport(key, message_for(exc), details)
        if threading.current_thread() is threading.main_thread():
            self.show(report)
        elif self._reporter is not None and shiboken6.isValid(self._reporter):
            emit(self._reporter.report, report)
        # else: no GUI-thread receiver was set up (no QApplication at install time); the log has it

    def install(self) -> ExceptionHook:
        sys.excepthook = self
        threading.excepthook = self.thread_hook
        app = QCoreApplication.instance()
        if isinstance(app, QApplication) and threading.current_thread() is threading.main_thread():
            self._reporter = _Reporter(self._show_safely)
            self._reporter.setParent(app)
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook, threading.excepthook = self._previous
        if self._reporter is not None and shiboken6.isValid(self._reporter):
            self._reporter.deleteLater()
        self._reporter = None

    def _show_safely(self, report: FailureReport) -> None:
        try:
            self.show(report)
        except Exception:  # noqa: BLE001 - a broken dialog must not recurse into the hook
            self.log.exception("the error dialog failed")


_open_dialogs: list[QMessageBox] = []


def show_error_dialog(report: FailureReport) -> QMessageBox:
    """A non-blocking error box with the sentence, the details behind "Show Details…" and a copy button."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, report.message)
    box.setDetailedText(report.details)
    copy = box.addButton(QCoreApplication.translate("errors", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(report.details))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: _open_dialogs.remove(box) if box in _open_dialogs else None)
    _open_dialogs.append(box)
    box.show()
    return box


def install_excepthook(log: logging.Logger,
                       show: Callable[[FailureReport], None] | None = None) -> ExceptionHook:
    """Install the hook for this process (main thread, after the QApplication exists when there is one).

    ``show`` replaces the dialog (tests). Returns the hook; call ``uninstall()`` to restore the previous hooks.
    """
    return ExceptionHook(log, show).install()
