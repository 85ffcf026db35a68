"""Public fee board window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ltsa_desktop.ui.public import PublicWindow


class FeeBoardWindow(PublicWindow):
    def __init__(self, session) -> None:  # type: ignore[no-untyped-def]
        super().__init__(self.tr("Public fee board"))
        self.session = session
        self.setObjectName("fee_board")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Official fees"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet("font-size: 48px; font-weight: bold;")
        layout.addWidget(heading)
