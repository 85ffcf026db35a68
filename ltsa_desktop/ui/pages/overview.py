"""A simple "today" page: the office, the service day and the counters. Areas replace it with richer pages."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.formatting import format_date
from ltsa_desktop.services.office import office_info
from ltsa_desktop.ui.session import AppSession


class OverviewPage(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        info = office_info(session.ctx)
        layout = QVBoxLayout(self)
        title = QLabel(info.name)
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        layout.addWidget(title)
        today = service_day(datetime.now(UTC), info.tz_name)
        layout.addWidget(QLabel(self.tr("Service day: {day}").format(
            day=format_date(today, session.state.language))))
        counters = ", ".join(f"{name}" for _id, _n, name, active in info.counters if active)
        layout.addWidget(QLabel(self.tr("Counters: {counters}").format(counters=counters)))
        layout.addStretch(1)


def _overview(session: AppSession) -> QWidget:
    return OverviewPage(session)


def _specs() -> list:  # type: ignore[type-arg]
    from PySide6.QtCore import QT_TRANSLATE_NOOP

    from ltsa_desktop.ui.workspaces.pages import PageSpec

    title = QT_TRANSLATE_NOOP("pages", "Office")
    return [PageSpec("counter", 900, title, _overview), PageSpec("supervisor", 900, title, _overview)]


PAGES = _specs()
