"""Background work for every screen: one serial worker for database writes, a pool for other I/O.

The UI never freezes and never touches a widget from a worker (STYLE.md practices 2–4, 7)::

    Op(lambda: payments.pay(ctx, actor, ...)) \\
        .success(self.show_receipt) \\
        .failure(self.show_payment_error) \\
        .with_progress(self.tr("Saving the payment…"), self) \\
        .run_in_background(runner, write=True)

Contract of the function given to ``Op``: **it runs on a worker thread; never touch widgets in it.** It gets
plain values (a ``ServiceContext``, an ``Actor``, ids) and returns a plain result. ``success`` and ``failure``
callbacks run on the GUI thread, delivered by a queued signal.

* ``write=True``: the one database-write worker, so writes run one at a time, in the order they were started
  (SQLite allows one writer; this also keeps audit and outbox order the order the user acted in).
* ``write=False``: a thread pool for reads, network, printing and files.
* A busy indicator (modeless, no cancel button) appears only if the task is still running after 600 ms, so quick
  tasks never flash a dialog.
* Failures go to the ``failure`` callback; without one, an ``LtsaError`` is shown as a sentence from
  ``messages.py`` and anything else goes to ``sys.excepthook`` (logged, dialog once per distinct failure).
* After a successful write whose result carries ``changes`` (``services.context.OpResult``), the changes are
  published on the change bus with the op's initiator.
"""

from __future__ import annotations

import itertools
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.ui.bus import ChangeBus, bus, emit
from ltsa_desktop.ui.messages import message_for

log = logging.getLogger(__name__)

T = TypeVar("T")
BUSY_DELAY_MS = 600
APP_TITLE = "LTSA Desktop"


@dataclass
class _Job:
    id: int
    op: Op[Any]
    write: bool
    started: float = field(default_factory=time.monotonic)
    timer: QTimer | None = None
    indicator: QProgressDialog | None = None


class TaskRunner(QObject):
    """Runs ``Op`` functions off the GUI thread and hands their outcome back on it.

    Create and use on the GUI thread. ``busy_delay_ms`` is how long a task with progress may run before its
    busy indicator appears. ``failure_handler`` is called (GUI thread) for failures of ops without a failure
    callback; the default shows ``messages.message_for`` in a message box.
    """

    indicator_shown = Signal(str)
    """Emitted with the label when a busy indicator appears (tests, status bar)."""

    _finished = Signal(object, bool, object)  # job id, ok, value or exception — emitted on a worker

    def __init__(self, parent: QObject | None = None, *, io_threads: int = 4,
                 busy_delay_ms: int = BUSY_DELAY_MS) -> None:
        super().__init__(parent)
        self.busy_delay_ms = busy_delay_ms
        self.failure_handler: Callable[[BaseException, QWidget | None], None] = show_failure
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)  # the single database-write worker
        self._write_pool.setExpiryTimeout(-1)  # keep that one thread for the life of the runner
        self._io_pool = QThreadPool(self)
        self._io_pool.setMaxThreadCount(max(1, io_threads))
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # -- submitting ----------------------------------------------------------------------------------------
    def submit(self, op: Op[Any], *, write: bool) -> int:
        """Start ``op``; returns a job id. GUI thread only."""
        job = _Job(next(self._ids), op, write)
        self._jobs[job.id] = job
        if op._progress_label is not None:
            job.timer = QTimer(self)
            job.timer.setSingleShot(True)
            job.timer.timeout.connect(lambda job_id=job.id: self._show_indicator(job_id))
            job.timer.start(self.busy_delay_ms)
        pool = self._write_pool if write else self._io_pool
        pool.start(lambda: self._work(job.id, op._fn))
        return job.id

    def _work(self, job_id: int, fn: Callable[[], Any]) -> None:
        """Worker side: run ``fn`` and emit its outcome. Touches no widget and no runner state."""
        try:
            value = fn()
        except BaseException as exc:  # noqa: BLE001 - every outcome must reach the GUI thread
            emit(self._finished, job_id, False, exc)
        else:
            emit(self._finished, job_id, True, value)

    # -- the GUI thread side ---------------------------------------------------------------------------------
    @Slot(object, bool, object)
    def _deliver(self, job_id: int, ok: bool, value: Any) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        self._hide_indicator(job)
        op = job.op
        if op._parent is not None and not shiboken6.isValid(op._parent):
            log.debug("task %s finished after its window closed; result dropped", job_id)
            return
        try:
            if ok:
                if job.write:
                    _publish_changes(op._bus or bus(), value, op._initiator)
                if op._on_success is not None:
                    op._on_success(value)
            elif op._on_failure is not None:
                op._on_failure(value)
            else:
                self.failure_handler(value, op._parent)
        except Exception:  # noqa: BLE001 - a failing callback must not leave the runner half-done
            sys.excepthook(*sys.exc_info())

    @Slot()
    def _show_indicator(self, job_id: int) -> None:
        job = self._jobs.get(job_id)
        label = job.op._progress_label if job is not None else None
        if job is None or label is None:
            return
        parent = job.op._parent if job.op._parent is not None and shiboken6.isValid(job.op._parent) else None
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(APP_TITLE)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        job.indicator = dialog
        emit(self.indicator_shown, label)

    def _hide_indicator(self, job: _Job) -> None:
        if job.timer is not None:
            job.timer.stop()
            job.timer.deleteLater()
            job.timer = None
        if job.indicator is not None and shiboken6.isValid(job.indicator):
            job.indicator.close()
            job.indicator.deleteLater()
        job.indicator = None

    # -- state and shutdown ----------------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Tasks started whose callbacks have not run yet."""
        return len(self._jobs)

    def indicators(self) -> list[QProgressDialog]:
        """The busy indicators now visible."""
        return [j.indicator for j in self._jobs.values()
                if j.indicator is not None and shiboken6.isValid(j.indicator) and j.indicator.isVisible()]

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        """Process events until every task has finished and its callbacks ran; False on timeout. For tests."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._jobs:
            if time.monotonic() >= deadline:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        return True

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop taking queued work and wait for running tasks (at application exit). True if all finished."""
        self._io_pool.clear()
        done = self._io_pool.waitForDone(timeout_ms)
        return self._write_pool.waitForDone(timeout_ms) and done


class Op(Generic[T]):
    """One piece of background work and what to do with its outcome; built fluently, run once.

    ``fn`` runs on a worker thread; never touch widgets in it. Callbacks run on the GUI thread, and are skipped
    if the ``parent`` given to ``with_progress``/``bound_to`` was destroyed meanwhile.
    """

    def __init__(self, fn: Callable[[], T]) -> None:
        self._fn = fn
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None
        self._parent: QWidget | None = None
        self._initiator: object = None
        self._bus: ChangeBus | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        """``callback(result)`` on the GUI thread when ``fn`` returned."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        """``callback(exception)`` on the GUI thread when ``fn`` raised; replaces the default handler."""
        self._on_failure = callback
        return self

    def with_progress(self, label: str, parent: QWidget | None = None) -> Op[T]:
        """Show a busy indicator with ``label`` (already translated) if the task runs longer than 600 ms."""
        self._progress_label = label
        if parent is not None:
            self._parent = parent
        return self

    def bound_to(self, parent: QWidget) -> Op[T]:
        """Tie the callbacks to ``parent``: dropped if it is destroyed before the task finishes."""
        self._parent = parent
        return self

    def with_initiator(self, initiator: object, change_bus: ChangeBus | None = None) -> Op[T]:
        """Who started the change, passed with it on the change bus (default bus: ``bus()``)."""
        self._initiator = initiator
        self._bus = change_bus
        return self

    def run_in_background(self, runner: TaskRunner | None = None, *, write: bool) -> int:
        """Start the work on ``runner`` (default ``task_runner()``); returns the job id. GUI thread.

        ``write=True``: the serial database-write worker; ``write=False``: the I/O pool (reads, network, files).
        """
        return (runner or task_runner()).submit(self, write=write)


def run_in_background(fn: Callable[[], T], on_success: Callable[[T], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None, *, write: bool = False,
                      runner: TaskRunner | None = None) -> int:
    """Shorthand for ``Op(fn).success(on_success).failure(on_failure).run_in_background(runner, write=write)``.

    Defaults to the I/O pool; pass ``write=True`` for work that is mostly database writes.
    """
    op: Op[T] = Op(fn)
    if on_success is not None:
        op.success(on_success)
    if on_failure is not None:
        op.failure(on_failure)
    return op.run_in_background(runner, write=write)


def _publish_changes(change_bus: ChangeBus, value: Any, initiator: object) -> None:
    changes = getattr(value, "changes", None)
    if changes is not None and hasattr(changes, "areas"):
        change_bus.publish(changes, initiator)


def show_failure(error: BaseException, parent: QWidget | None) -> None:
    """Default failure handler: an ``LtsaError`` as a translated sentence; anything else to ``sys.excepthook``."""
    if not isinstance(error, LtsaError):
        sys.excepthook(type(error), error, error.__traceback__)
        return
    log.info("operation refused: %s (%s)", error.code, error.message)
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, message_for(error), QMessageBox.StandardButton.Ok,
                      parent if parent is not None and shiboken6.isValid(parent) else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal when parented, and never a nested event loop


_runner: TaskRunner | None = None


def task_runner() -> TaskRunner:
    """The application's task runner, created on first use; waits for running tasks when the app quits."""
    global _runner
    if _runner is None or not shiboken6.isValid(_runner):
        app = QCoreApplication.instance()
        _runner = TaskRunner(app)
        if app is not None:
            app.aboutToQuit.connect(_runner.shutdown)
    return _runner
