"""Background work runs off the GUI thread and reports back on it."""

from __future__ import annotations

import threading

from ltsa_desktop.ui.tasks import run_in_background, wait_idle


def test_work_runs_on_a_worker_and_results_come_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    gui = threading.current_thread()
    seen: dict[str, object] = {}

    def work() -> str:
        seen["worker"] = threading.current_thread()
        return "done"

    run_in_background(work, lambda value: seen.update(value=value, callback=threading.current_thread()))
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["worker"] is not gui and seen["callback"] is gui and seen["value"] == "done"


def test_failure_reaches_the_error_callback(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def boom() -> None:
        raise RuntimeError("disk full")

    run_in_background(boom, on_error=errors.append, write=True)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "disk full" and wait_idle()
