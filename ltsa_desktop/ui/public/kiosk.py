"""Ticket kiosk window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ltsa_desktop.ui.public import PublicWindow


class KioskWindow(PublicWindow):
    def __init__(self, session) -> None:  # type: ignore[no-untyped-def]
        super().__init__(self.tr("Ticket kiosk"))
        self.session = session
        self.setObjectName("kiosk")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Take a ticket"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet("font-size: 48px; font-weight: bold;")
        layout.addWidget(heading)
