"""The administration workspace: office, staff accounts, catalog and fee schedule, devices, backups."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ltsa_desktop.ui.session import AppSession


class AdminWorkspace(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        from ltsa_desktop.ui.workspaces import pages

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        for title, page in pages.admin_pages(session):
            self.tabs.addTab(page, title)
        layout.addWidget(self.tabs)
