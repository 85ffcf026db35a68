"""The change bus: screens hear what changed, and a storm of changes redraws a screen once."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys  # noqa: E402
import time  # noqa: E402

from PySide6.QtWidgets import QWidget  # noqa: E402

from ltsa_desktop.services.context import Changes  # noqa: E402
from ltsa_desktop.ui.bus import ChangeBus, bus, coalesce  # noqa: E402

QUEUE = Changes(frozenset({"queue"}))
PAYMENTS = Changes(frozenset({"payments", "receipts"}))


def test_bus_is_one_per_application(qapp) -> None:  # type: ignore[no-untyped-def]
    assert bus() is bus()
    assert isinstance(bus(), ChangeBus)


def test_fifty_changes_redraw_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    redraws: list[float] = []
    started = time.monotonic()
    trigger = coalesce(lambda: redraws.append(time.monotonic() - started), interval_ms=200)
    for _ in range(50):
        trigger.trigger()
    assert trigger.pending and redraws == []  # nothing redrawn synchronously
    qtbot.waitUntil(lambda: len(redraws) == 1, timeout=1000)
    qtbot.wait(300)
    assert len(redraws) == 1
    assert 0.15 <= redraws[0] < 0.6
    trigger.trigger()  # a later change redraws again
    qtbot.waitUntil(lambda: len(redraws) == 2, timeout=1000)


def test_subscribers_redraw_only_for_their_areas_and_once_per_storm(qtbot) -> None:  # type: ignore[no-untyped-def]
    change_bus = ChangeBus()
    screen = QWidget()
    qtbot.addWidget(screen)
    queue_redraws: list[int] = []
    payment_redraws: list[int] = []
    change_bus.subscribe({"queue"}, lambda: queue_redraws.append(1), screen, interval_ms=50)
    change_bus.subscribe(["payments"], lambda: payment_redraws.append(1), screen, interval_ms=50)
    for _ in range(50):
        change_bus.publish(QUEUE)
    qtbot.wait(200)
    assert queue_redraws == [1] and payment_redraws == []
    change_bus.publish(PAYMENTS)
    qtbot.waitUntil(lambda: payment_redraws == [1], timeout=1000)
    assert queue_redraws == [1]


def test_a_subscription_ends_with_its_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    change_bus = ChangeBus()
    screen = QWidget()
    redraws: list[int] = []
    change_bus.subscribe((), lambda: redraws.append(1), screen, interval_ms=10)
    screen.deleteLater()
    qtbot.wait(20)  # deleteLater runs
    change_bus.publish(QUEUE)
    qtbot.wait(100)
    assert redraws == []


def test_publish_carries_changes_and_initiator_and_skips_empty_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    change_bus = ChangeBus()
    both: list[tuple[object, object]] = []
    only_changes: list[object] = []
    change_bus.changed.connect(lambda changes, initiator: both.append((changes, initiator)))
    change_bus.changed.connect(lambda changes: only_changes.append(changes))
    me = object()
    change_bus.publish(QUEUE, me)
    change_bus.publish(Changes())
    assert both == [(QUEUE, me)]
    assert only_changes == [QUEUE]


def test_flush_redraws_now(qtbot) -> None:  # type: ignore[no-untyped-def]
    redraws: list[int] = []
    trigger = coalesce(lambda: redraws.append(1), interval_ms=10_000)
    trigger.flush()
    assert redraws == []  # nothing pending, nothing drawn
    trigger.trigger()
    trigger.flush()
    assert redraws == [1] and not trigger.pending


def test_publishing_does_not_drain_references_to_true(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0's emit() loses a reference to True per call; on CPython 3.11 that ends in an abort."""
    change_bus = ChangeBus()
    change_bus.changed.connect(lambda _c: None)
    before = sys.getrefcount(True)
    for _ in range(2000):
        change_bus.publish(QUEUE)
    assert abs(sys.getrefcount(True) - before) < 100
