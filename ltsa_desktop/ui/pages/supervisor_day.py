"""The supervisor's day: a day picker (today live), the figures, an hourly chart, and drill-down to tickets."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.services import queue, supervision
from ltsa_desktop.ui.messages import message_for
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.workspaces.pages import PageSpec


def _m(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


class TicketListDialog(QDialog):
    """The tickets behind a figure (numbers, times, counter, staff: no applicant data)."""

    def __init__(self, title: str, rows: tuple[supervision.TicketLine, ...] | list[supervision.TicketLine],
                 tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), 7)
        self.table.setObjectName("drillTable")
        self.table.setHorizontalHeaderLabels([self.tr("Ticket"), self.tr("Line"), self.tr("Status"),
                                              self.tr("Issued"), self.tr("Wait (min)"), self.tr("Service (min)"),
                                              self.tr("Counter / staff")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(tz)
        for i, r in enumerate(rows):
            values = (r.number + (" ★" if r.priority else ""), r.line, r.status,
                      r.issued_at.astimezone(zone).strftime("%H:%M"), _m(r.wait_minutes), _m(r.service_minutes),
                      " / ".join(x for x in (r.counter, r.staff) if x))
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(v))
        layout.addWidget(self.table)


class SupervisorDayPage(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.view: supervision.DayView | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("dayPicker")
        self.day_edit.setCalendarPopup(True)
        today = service_day(datetime.now(UTC), session.ctx.tz_name)
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.day_edit.dateChanged.connect(lambda _d: self.refresh())
        self.close_button = QPushButton(self.tr("Close this day…"))
        self.close_button.setObjectName("closeDay")
        self.close_button.clicked.connect(self.close_day)
        self.state_label = QLabel("")
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day_edit)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.close_button)
        layout.addLayout(top)

        figures = QGroupBox(self.tr("Tickets"))
        grid = QGridLayout(figures)
        self.figure_buttons: dict[str, QPushButton] = {}
        for i, (key, title) in enumerate((("issued", self.tr("Issued")), ("served", self.tr("Served")),
                                           ("no_show", self.tr("No-show")), ("cancelled", self.tr("Cancelled")),
                                           ("transferred", self.tr("Transferred")),
                                           ("not_served", self.tr("Not served")),
                                           ("breaches", self.tr("Over wait target")))):
            button = QPushButton("")
            button.setObjectName(f"figure_{key}")
            button.setToolTip(self.tr("Show the tickets behind this figure"))
            button.clicked.connect(lambda _=False, k=key: self.drill(k))
            grid.addWidget(QLabel(title), 0, i)
            grid.addWidget(button, 1, i)
            self.figure_buttons[key] = button
        layout.addWidget(figures)
        self.summary = QLabel("")
        self.summary.setObjectName("daySummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        middle = QHBoxLayout()
        self.by_line = QTableWidget(0, 4)
        self.by_line.setObjectName("waitByLine")
        self.by_line.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Wait median"), self.tr("Wait p90"),
                                                self.tr("Service median")])
        self.by_line.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        middle.addWidget(self.by_line, 1)
        import pyqtgraph as pg  # loaded only when a supervisor's page is built (it brings numpy)

        self.pg = pg
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.chart = pg.PlotWidget()
        self.chart.setObjectName("hourlyChart")
        self.chart.setTitle(self.tr("Arrivals and served per hour"))
        self.chart.addLegend()
        middle.addWidget(self.chart, 1)
        layout.addLayout(middle, 1)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self._poll)
        self.timer.start(3000)
        self._revision = -1
        self.refresh()

    @property
    def day(self):  # type: ignore[no-untyped-def]
        return self.day_edit.date().toPython()

    def _poll(self) -> None:
        if not self.isVisible():
            return
        revision = queue.queue_revision(self.session.ctx)
        if revision != self._revision:
            self.refresh()

    def refresh(self) -> None:
        self._revision = queue.queue_revision(self.session.ctx)
        view = supervision.day_view(self.session.ctx, self.day)
        self.view = view
        for key, value in (("issued", view.issued), ("served", view.served), ("no_show", view.no_show),
                           ("cancelled", view.cancelled), ("transferred", view.transferred),
                           ("not_served", view.not_served), ("breaches", len(view.breaches))):
            self.figure_buttons[key].setText(str(value))
        self.state_label.setText(self.tr("Closed by {name}").format(name=view.closed_by) if view.closed
                                 else self.tr("Open"))
        self.close_button.setEnabled(not view.closed)
        if view.issued == 0:
            self.summary.setText(self.tr("No tickets on this day."))
        else:
            self.summary.setText(self.tr(
                "Waiting time: median {wm} min, p90 {wp} min, longest {wx} min. Service time: median {sm} min, "
                "p90 {sp} min. Priority lane: {share:.0%} of tickets, median wait {pm} min.").format(
                wm=_m(view.wait.median), wp=_m(view.wait.p90), wx=_m(view.wait.max), sm=_m(view.service.median),
                sp=_m(view.service.p90), share=view.priority_share, pm=_m(view.priority_wait.median)))
        self.by_line.setRowCount(len(view.wait_by_line))
        for i, (line, stats) in enumerate(view.wait_by_line.items()):
            service = view.service_by_line.get(line)
            for j, v in enumerate((line, _m(stats.median), _m(stats.p90), _m(service.median if service else None))):
                self.by_line.setItem(i, j, QTableWidgetItem(v))
        self.chart.clear()
        hours = list(range(7, 18))
        pg = self.pg
        self.chart.addItem(pg.BarGraphItem(x=[h - 0.2 for h in hours], height=[view.arrivals_by_hour.get(h, 0)
                                                                              for h in hours],
                                           width=0.4, brush="#2563eb", name=self.tr("Arrivals")))
        self.chart.addItem(pg.BarGraphItem(x=[h + 0.2 for h in hours], height=[view.served_by_hour.get(h, 0)
                                                                              for h in hours],
                                           width=0.4, brush="#16a34a", name=self.tr("Served")))

    def drill(self, key: str) -> None:
        if self.view is None:
            return
        v = self.view
        rows = {
            "issued": list(v.tickets),
            "served": [t for t in v.tickets if t.status == "done"],
            "no_show": [t for t in v.tickets if t.status == "missed"],
            "cancelled": [t for t in v.tickets if t.status == "cancelled"],
            "transferred": [t for t in v.tickets if t.line != t.number.split("-")[0]],
            "not_served": [t for t in v.tickets if t.status == "not_served"],
            "breaches": list(v.breaches),
        }[key]
        self.drill_dialog = TicketListDialog(self.figure_buttons[key].toolTip(), rows, v.tz_name, self)
        self.drill_dialog.show()

    def close_day(self) -> None:
        checklist = supervision.close_checklist(self.session.ctx, self.day)
        text = self.tr("Counters still open: {c}\nTickets being served: {s}\nOpen cash sessions: {k}\n"
                       "Waiting tickets to close as not served: {w}\n\nClose and sign this day?").format(
            c=", ".join(checklist.open_counters) or self.tr("none"), s=checklist.serving_tickets,
            k=checklist.open_cash_sessions, w=checklist.open_tickets)
        if QMessageBox.question(self, self.tr("Close of day"), text) != QMessageBox.StandardButton.Yes:
            return
        try:
            supervision.close_day(self.session.ctx, self.session.actor, self.day)
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Close of day"), message_for(exc))
        self.refresh()


PAGES = [PageSpec("supervisor", 10, QT_TRANSLATE_NOOP("pages", "Day review"), SupervisorDayPage)]
