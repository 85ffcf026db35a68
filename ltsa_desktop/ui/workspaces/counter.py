"""The counter workspace: pages for the counter's daily work (queue, applicants, cases, payments)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ltsa_desktop.ui.session import AppSession


def counter_pages(session: AppSession) -> list[tuple[str, QWidget]]:
    """The counter's pages in order. Areas add their page here."""
    from ltsa_desktop.ui.workspaces import pages

    return pages.counter_pages(session)


class CounterWorkspace(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("counterTabs")
        for title, page in counter_pages(session):
            self.tabs.addTab(page, title)
        if self.tabs.count() == 0:
            layout.addWidget(QLabel(self.tr("No counter pages are available.")))
        layout.addWidget(self.tabs)
