"""The task runner: work runs off the GUI thread, outcomes come back on it, writes are serial, no flashing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget  # noqa: E402

from ltsa_desktop.domain.errors import DatabaseBusy, StaleRecord  # noqa: E402
from ltsa_desktop.services.context import Changes, OpResult  # noqa: E402
from ltsa_desktop.ui.bus import ChangeBus  # noqa: E402
from ltsa_desktop.ui.errors import FailureReport, install_excepthook  # noqa: E402
from ltsa_desktop.ui.messages import message_for  # noqa: E402
from ltsa_desktop.ui.tasks import Op, TaskRunner, run_in_background  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    assert r.wait_idle(10_000)
    r.shutdown()
    r.deleteLater()


def _visible_progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_work_runs_on_a_worker_and_the_result_comes_back_on_the_gui_thread(runner: TaskRunner) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["callback"] = threading.get_ident()
        seen["value"] = value

    for write in (True, False):
        seen.clear()
        Op(work).success(done).run_in_background(runner, write=write)
        assert runner.wait_idle(5000)
        assert seen["worker"] != gui
        assert seen["callback"] == gui
        assert seen["value"] == 42


def test_writes_run_one_at_a_time_in_order_on_a_single_thread(runner: TaskRunner) -> None:
    order: list[int] = []
    threads: set[int] = set()
    running = 0
    overlap = False
    lock = threading.Lock()

    def write(i: int) -> None:
        nonlocal running, overlap
        with lock:
            running += 1
            overlap = overlap or running > 1
        threads.add(threading.get_ident())
        time.sleep(0.005)
        order.append(i)
        with lock:
            running -= 1

    for i in range(20):
        Op(lambda i=i: write(i)).run_in_background(runner, write=True)
    assert runner.wait_idle(10_000)
    assert order == list(range(20))
    assert len(threads) == 1 and threading.get_ident() not in threads
    assert not overlap


def test_io_tasks_run_concurrently(runner: TaskRunner) -> None:
    barrier = threading.Barrier(2, timeout=5)  # breaks (and raises) unless two tasks are inside at once
    results: list[str] = []
    for _ in range(2):
        Op(barrier.wait).success(lambda _i: results.append("ok")).failure(
            lambda e: results.append(repr(e))).run_in_background(runner, write=False)
    assert runner.wait_idle(10_000)
    assert results == ["ok", "ok"]


def test_a_failure_reaches_the_failure_callback_on_the_gui_thread(runner: TaskRunner) -> None:
    got: list[tuple[BaseException, int]] = []
    successes: list[object] = []

    def fail() -> None:
        raise StaleRecord(message="applicant changed")

    Op(fail).success(successes.append).failure(
        lambda e: got.append((e, threading.get_ident()))).run_in_background(runner, write=True)
    assert runner.wait_idle(5000)
    assert not successes
    [(error, thread)] = got
    assert isinstance(error, StaleRecord) and thread == threading.get_ident()


def test_without_a_failure_callback_the_user_sees_the_translated_sentence(runner: TaskRunner, qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def busy() -> None:
        raise DatabaseBusy()

    Op(busy).bound_to(parent).run_in_background(runner, write=True)
    assert runner.wait_idle(5000)
    boxes = [w for w in parent.findChildren(QMessageBox) if w.isVisible()]
    assert [b.text() for b in boxes] == [message_for(DatabaseBusy())]
    for box in boxes:
        box.close()


def test_an_unexpected_error_without_a_failure_callback_goes_to_the_excepthook(
        runner: TaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, e, _tb: hooked.append(e))
    Op(lambda: 1 / 0).run_in_background(runner, write=False)
    assert runner.wait_idle(5000)
    assert len(hooked) == 1 and isinstance(hooked[0], ZeroDivisionError)
    assert hooked[0].__traceback__ is not None  # the worker's traceback survives the trip


def test_no_busy_indicator_for_a_quick_task(runner: TaskRunner, qtbot) -> None:
    shown: list[str] = []
    runner.indicator_shown.connect(shown.append)
    Op(lambda: time.sleep(0.1)).with_progress("Saving…").run_in_background(runner, write=True)
    assert runner.wait_idle(5000)
    qtbot.wait(800)  # past the 600 ms threshold: a leftover timer would show it now
    assert shown == []
    assert _visible_progress_dialogs() == []


def test_busy_indicator_appears_for_a_slow_task_and_goes_away(runner: TaskRunner, qtbot) -> None:
    started = time.monotonic()
    done: list[object] = []
    Op(lambda: time.sleep(1.0)).success(done.append).with_progress("Printing the receipt…").run_in_background(
        runner, write=False)
    with qtbot.waitSignal(runner.indicator_shown, timeout=2000) as blocker:
        pass
    elapsed = time.monotonic() - started
    assert blocker.args == ["Printing the receipt…"]
    assert elapsed >= 0.55 and done == []  # after the threshold, while the task still runs
    [dialog] = _visible_progress_dialogs()
    assert dialog.labelText() == "Printing the receipt…"
    assert not dialog.isModal()
    assert runner.wait_idle(5000)
    assert done == [None]
    qtbot.waitUntil(lambda: _visible_progress_dialogs() == [], timeout=1000)


def test_a_write_publishes_its_changes_with_the_initiator(runner: TaskRunner) -> None:
    change_bus = ChangeBus()
    received: list[tuple[object, object]] = []
    change_bus.changed.connect(lambda changes, initiator: received.append((changes, initiator)))
    screen = object()
    result = OpResult("A-012", Changes(frozenset({"queue"})))
    values: list[object] = []
    Op(lambda: result).success(values.append).with_initiator(screen, change_bus).run_in_background(
        runner, write=True)
    assert runner.wait_idle(5000)
    assert values == [result]
    assert received == [(Changes(frozenset({"queue"})), screen)]
    # a read publishes nothing, even if its value looks like a result
    Op(lambda: result).with_initiator(screen, change_bus).run_in_background(runner, write=False)
    assert runner.wait_idle(5000)
    assert len(received) == 1


def test_callbacks_are_dropped_when_their_window_is_gone(runner: TaskRunner, qtbot) -> None:
    parent = QWidget()
    called: list[object] = []
    gate = threading.Event()
    Op(lambda: gate.wait(5)).success(called.append).bound_to(parent).run_in_background(runner, write=False)
    parent.deleteLater()
    qtbot.wait(50)
    gate.set()
    assert runner.wait_idle(5000)
    assert called == []


def test_wait_idle_reports_a_timeout(runner: TaskRunner) -> None:
    gate = threading.Event()
    run_in_background(lambda: gate.wait(5), runner=runner)
    assert runner.wait_idle(100) is False
    assert runner.pending == 1
    gate.set()
    assert runner.wait_idle(5000)
    assert runner.pending == 0


# -- the global excepthook that unexpected failures end in -----------------------------------------------------


def _raise_here(exc: BaseException) -> None:
    raise exc


def _capture(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        _raise_here(exc)
    except BaseException as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__
    raise AssertionError("unreachable")


def test_excepthook_logs_every_failure_and_shows_each_distinct_one_once(
        qapp: QApplication, caplog: pytest.LogCaptureFixture) -> None:
    shown: list[FailureReport] = []
    hook = install_excepthook(logging.getLogger("test.hook"), show=shown.append)
    try:
        with caplog.at_level(logging.ERROR, logger="test.hook"):
            for _ in range(3):
                sys.excepthook(*_capture(ValueError("NIK 3201234567890001 refused")))
            sys.excepthook(*_capture(KeyError("other type, same line")))
        assert len([r for r in caplog.records if r.name == "test.hook"]) == 4
        assert [r.key[0] for r in shown] == ["builtins.ValueError", "builtins.KeyError"]
        assert shown[0].message == message_for(ValueError())
        assert "3201234567890001" not in shown[0].details and "************0001" in shown[0].details
    finally:
        hook.uninstall()
    assert sys.excepthook is not hook


def test_excepthook_brings_a_worker_thread_failure_to_the_gui_thread(qapp: QApplication, qtbot) -> None:
    shown: list[int] = []
    hook = install_excepthook(logging.getLogger("test.hook"), show=lambda _r: shown.append(threading.get_ident()))
    try:
        thread = threading.Thread(target=lambda: _raise_here(RuntimeError("in a worker")))
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: shown != [], timeout=2000)
        assert shown == [threading.get_ident()]
    finally:
        hook.uninstall()


def test_the_error_dialog_offers_copy_details(qapp: QApplication, qtbot) -> None:
    hook = install_excepthook(logging.getLogger("test.hook"))
    try:
        sys.excepthook(*_capture(OSError("disk gone")))
        [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert box.text() == message_for(OSError())
        assert "disk gone" in box.detailedText()
        [copy] = [b for b in box.buttons() if b.text() == "Copy details"]
        copy.click()
        assert "OSError: disk gone" in QApplication.clipboard().text()
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=1000)
    finally:
        hook.uninstall()


def test_excepthook_without_a_qapplication_only_logs() -> None:
    code = ("import logging, sys\n"
            "logging.basicConfig(stream=sys.stderr)\n"
            "from ltsa_desktop.ui.errors import install_excepthook\n"
            "install_excepthook(logging.getLogger('probe'))\n"
            "raise ValueError('boom')\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 1
    assert "unhandled builtins.ValueError" in proc.stderr and "ValueError: boom" in proc.stderr
    assert "error handler failed" not in proc.stderr
