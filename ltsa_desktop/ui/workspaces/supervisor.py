"""The supervisor workspace: today's queue and the daily review."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ltsa_desktop.ui.session import AppSession


class SupervisorWorkspace(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        from ltsa_desktop.ui.workspaces import pages

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("supervisorTabs")
        for title, page in pages.supervisor_pages(session):
            self.tabs.addTab(page, title)
        layout.addWidget(self.tabs)
