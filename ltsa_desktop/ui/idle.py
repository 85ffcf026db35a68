"""Idle lock: after N minutes without keyboard or mouse input the main window asks for the password again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from ltsa_desktop.ui.bus import emit

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Application-wide event filter; emits ``idle`` once after ``minutes`` without input (0 disables)."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: emit(self.idle))
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self.interval_ms = int(minutes * 60_000)
        self.reset()

    def reset(self) -> None:
        if self.interval_ms > 0:
            self.timer.start(self.interval_ms)
        else:
            self.timer.stop()

    def pause(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start(self.interval_ms)
        return False
