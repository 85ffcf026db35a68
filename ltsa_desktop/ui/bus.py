"""The app-wide change bus: mutations say what changed, screens decide whether to redraw (STYLE.md 5 and 7).

A service returns a ``Changes`` record (anything with ``areas: frozenset[str]``, e.g. ``{"queue", "payments"}``).
Whoever ran the mutation publishes it once on ``bus()``; every screen subscribes once, checks the areas and
redraws. Screens never call each other's refresh methods.

A storm of changes (a supervisor closing the day, a sync pulling 500 records) must not redraw a table 500 times:
``coalesce`` / ``ChangeBus.subscribe`` turn any number of triggers within ~200 ms into one redraw.

Everything here lives on the GUI thread: publish from the GUI thread (the task runner does, after a write).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance, Slot

COALESCE_MS = 200


# PySide6 6.12.0's SignalInstance.emit() returns True without taking a reference to it, so every emit from Python
# costs True one reference. On CPython 3.11 (True is not immortal before 3.12) a long-running app eventually frees
# True and aborts with "Fatal Python error: bool_dealloc". Measured once at import; a no-op where emit is sound.
_PROBE_EMITS = 64


def _emit_steals_true() -> bool:
    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost >= _PROBE_EMITS * 3 // 4:
        for _ in range(_PROBE_EMITS):
            _give_back_true()
        return True
    return False


def _give_back_true() -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


_EMIT_STEALS_TRUE = _emit_steals_true()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, without PySide6 6.12.0's lost reference to True. Use it for every emit; any thread."""
    signal.emit(*args)
    if _EMIT_STEALS_TRUE:
        _give_back_true()


class ChangesLike(Protocol):
    """What the bus carries: ``services.context.Changes`` or anything shaped like it."""

    @property
    def areas(self) -> frozenset[str]: ...


class Coalescer(QObject):
    """Calls ``redraw`` once, ``interval_ms`` after the first of any number of triggers (trailing edge).

    Like Electrum's ``need_update`` flag and timer: ``trigger()`` only marks the screen dirty; the single-shot
    timer does the work. Parent it to the screen so it dies with it. GUI thread only.
    """

    def __init__(self, redraw: Callable[[], None], interval_ms: int = COALESCE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._redraw = redraw
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._fire)

    @property
    def pending(self) -> bool:
        """True when a redraw is scheduled and has not run yet."""
        return self._timer.isActive()

    @Slot()
    def trigger(self, *_args: object) -> None:
        """Ask for a redraw; extra arguments (a signal's payload) are ignored."""
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Redraw now if one is pending (e.g. before a screen is shown)."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._timer.stop()

    @Slot()
    def _fire(self) -> None:
        self._redraw()


def coalesce(redraw: Callable[[], None], interval_ms: int = COALESCE_MS,
             parent: QObject | None = None) -> Coalescer:
    """A ``Coalescer`` for ``redraw``; connect signals to its ``trigger`` slot."""
    return Coalescer(redraw, interval_ms, parent)


class _AreaFilter(QObject):
    """Forwards bus changes that touch one of ``areas`` to a coalescer; dies with its parent screen."""

    def __init__(self, areas: frozenset[str], coalescer: Coalescer, parent: QObject | None) -> None:
        super().__init__(parent)
        self._areas = areas
        self._coalescer = coalescer

    @Slot(object, object)
    def on_changed(self, changes: ChangesLike, _initiator: object) -> None:
        if not self._areas or self._areas & frozenset(changes.areas):
            self._coalescer.trigger()


class ChangeBus(QObject):
    """One per application (``bus()``). ``changed(changes, initiator)`` after every published mutation.

    ``initiator`` is the object (usually a screen) that started the change, or None; a screen may skip a redraw
    it already did itself. A slot taking only one argument receives just the changes.
    """

    changed = Signal(object, object)

    def publish(self, changes: ChangesLike, initiator: object = None) -> None:
        """Announce ``changes``; nothing is emitted when no area changed. GUI thread only."""
        if frozenset(changes.areas):
            emit(self.changed, changes, initiator)

    def subscribe(self, areas: Iterable[str], redraw: Callable[[], None], parent: QObject,
                  interval_ms: int = COALESCE_MS) -> Coalescer:
        """Call ``redraw`` (coalesced) whenever a change touches one of ``areas`` (every change if empty).

        The subscription is owned by ``parent`` and ends when it is destroyed. Returns the coalescer so the
        screen can ``flush()`` it.
        """
        coalescer = Coalescer(redraw, interval_ms, parent)
        area_filter = _AreaFilter(frozenset(areas), coalescer, parent)
        self.changed.connect(area_filter.on_changed)
        return coalescer


_bus: ChangeBus | None = None


def bus() -> ChangeBus:
    """The application's change bus, created on first use (parented to the QCoreApplication when one exists)."""
    global _bus
    if _bus is None:
        _bus = ChangeBus(QCoreApplication.instance())
        _bus.destroyed.connect(_forget)
    return _bus


def _forget(*_args: object) -> None:
    global _bus
    _bus = None
