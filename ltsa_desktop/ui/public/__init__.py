"""Unattended public screens: ticket kiosk, display board (TV), public fee board. No personal data, ever."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class PublicWindow(QWidget):
    """A full-screen window for a second monitor. Esc leaves full screen; it never shows personal data."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def show_public(self, fullscreen: bool = True) -> None:
        if fullscreen:
            self.showFullScreen()
        else:
            self.resize(1280, 720)
            self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)


def create_public_window(kind: str, session) -> PublicWindow:  # type: ignore[no-untyped-def]
    """``kind`` is ``kiosk``, ``display``, ``feeboard`` or ``rating`` (a counter's satisfaction-survey screen)."""
    if kind == "kiosk":
        from ltsa_desktop.ui.public.kiosk import KioskWindow

        return KioskWindow(session)
    if kind == "display":
        from ltsa_desktop.ui.public.display_board import DisplayBoardWindow

        return DisplayBoardWindow(session)
    if kind == "feeboard":
        from ltsa_desktop.ui.public.fee_board import FeeBoardWindow

        return FeeBoardWindow(session)
    if kind == "rating":
        from ltsa_desktop.ui.public.rating import RatingWindow

        return RatingWindow(session)
    raise ValueError(kind)
