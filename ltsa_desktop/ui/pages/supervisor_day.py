"""The supervisor's day: a day picker (today live), the ticket figures, money and control (receipts, voids,
approvals, cash, sync, changes after close, overdue cases), breakdowns, an hourly chart, drill-down to the records
behind every figure, close and reopen, the daily PDF, CSV exports, and weekly / monthly summaries."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.services import day_ledger, queue, supervision
from ltsa_desktop.ui.i18n import long_date
from ltsa_desktop.ui.i18n import money as format_money
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
        self.reopen_button = QPushButton(self.tr("Reopen day…"))
        self.reopen_button.setObjectName("reopenDay")
        self.reopen_button.setToolTip(self.tr("Reopen a closed day for a correction (needs a supervisor's "
                                              "approval; every change is flagged in the report)"))
        self.reopen_button.clicked.connect(self.reopen_day)
        top.addWidget(self.reopen_button)
        for name, text, slot in (("reportPdf", self.tr("Daily report PDF…"), self.save_report),
                                 ("exportCsv", self.tr("Export CSV…"), self.export_csv),
                                 ("periodSummary", self.tr("Week / month…"), self.open_summary)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            top.addWidget(button)
        layout.addLayout(top)

        figures = QGroupBox(self.tr("Tickets"))
        grid = QGridLayout(figures)
        self.figure_buttons: dict[str, QPushButton] = {}
        for i, (key, title) in enumerate((("issued", self.tr("Issued")), ("served", self.tr("Served")),
                                           ("no_show", self.tr("No-show")), ("cancelled", self.tr("Cancelled")),
                                           ("transferred", self.tr("Transferred")),
                                           ("not_served", self.tr("Not served")),
                                           ("breaches", self.tr("Over wait target")),
                                           ("longest", self.tr("Longest wait (min)")))):
            button = QPushButton("")
            button.setObjectName(f"figure_{key}")
            button.setToolTip(self.tr("Show the tickets behind this figure"))
            button.clicked.connect(lambda _=False, k=key: self.drill(k))
            grid.addWidget(QLabel(title), 0, i)
            grid.addWidget(button, 1, i)
            self.figure_buttons[key] = button
        layout.addWidget(figures)
        money = QGroupBox(self.tr("Money and control"))
        money_grid = QGridLayout(money)
        self.ledger: day_ledger.DayLedger | None = None
        self.overdue: list[day_ledger.CaseEntry] = []
        self.ledger_buttons: dict[str, QPushButton] = {}
        for i, (key, title) in enumerate((("collected", self.tr("Collected (net)")), ("receipts", self.tr("Receipts")),
                                           ("voids", self.tr("Voids")), ("approvals", self.tr("Approvals")),
                                           ("cash", self.tr("Cash sessions / differences")),
                                           ("sync", self.tr("Sync: pending / refused")),
                                           ("after_close", self.tr("Changes after close")),
                                           ("overdue", self.tr("Overdue cases")))):
            button = QPushButton("")
            button.setObjectName(f"ledger_{key}")
            button.setToolTip(self.tr("Show the records behind this figure"))
            button.clicked.connect(lambda _=False, k=key: self.drill_ledger(k))
            money_grid.addWidget(QLabel(title), 0, i)
            money_grid.addWidget(button, 1, i)
            self.ledger_buttons[key] = button
        layout.addWidget(money)
        self.summary = QLabel("")
        self.summary.setObjectName("daySummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.ikm_label = QLabel("")  # the satisfaction survey (IKM) of the day, with the applicants' comments
        self.ikm_label.setObjectName("dayIkm")
        self.ikm_label.setWordWrap(True)
        layout.addWidget(self.ikm_label)

        middle = QHBoxLayout()
        self.by_line = QTableWidget(0, 4)
        self.by_line.setObjectName("waitByLine")
        self.by_line.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Wait median"), self.tr("Wait p90"),
                                                self.tr("Service median")])
        self.by_line.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.by_counter = QTableWidget(0, 4)
        self.by_counter.setObjectName("waitByCounter")
        self.by_counter.setHorizontalHeaderLabels([self.tr("Counter"), self.tr("Wait median"), self.tr("Wait p90"),
                                                   self.tr("Longest wait (min)")])
        self.by_staff = QTableWidget(0, 4)
        self.by_staff.setObjectName("serviceByStaff")
        self.by_staff.setHorizontalHeaderLabels([self.tr("Staff"), self.tr("Served"), self.tr("Service median"),
                                                 self.tr("Service p90")])
        self.breakdown = QTabWidget()
        for table, title in ((self.by_line, self.tr("By service")), (self.by_counter, self.tr("By counter")),
                             (self.by_staff, self.tr("By staff member"))):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            # the name column takes the room left (service names are long); the figures keep their width
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.breakdown.addTab(table, title)
        middle.addWidget(self.breakdown, 1)
        import pyqtgraph as pg  # loaded only when a supervisor's page is built (it brings numpy)

        self.pg = pg
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.chart = pg.PlotWidget()
        self.chart.setObjectName("hourlyChart")
        self.chart.setTitle(self.tr("Arrivals and served per hour"))
        self.chart.addLegend(offset=(-10, 10))  # top right: the morning peak stands on the left
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
                           ("not_served", view.not_served), ("breaches", len(view.breaches)),
                           ("longest", _m(view.wait.max))):
            self.figure_buttons[key].setText(str(value))
        self.state_label.setText(self.tr("Closed by {name}").format(name=view.closed_by) if view.closed
                                 else self.tr("Open"))
        self.close_button.setEnabled(not view.closed)
        self.reopen_button.setEnabled(view.closed)
        self.show_ledger()
        if view.issued == 0:
            self.summary.setText(self.tr("No tickets on this day."))
        else:
            self.summary.setText(self.tr(
                "Waiting time: median {wm} min, p90 {wp} min, longest {wx} min. Service time: median {sm} min, "
                "p90 {sp} min. Priority lane: {share:.0%} of tickets, median wait {pm} min.").format(
                wm=_m(view.wait.median), wp=_m(view.wait.p90), wx=_m(view.wait.max), sm=_m(view.service.median),
                sp=_m(view.service.p90), share=view.priority_share, pm=_m(view.priority_wait.median)))
        self.show_ikm()
        self.by_line.setRowCount(len(view.wait_by_line))
        for i, (line, stats) in enumerate(view.wait_by_line.items()):
            service = view.service_by_line.get(line)
            for j, v in enumerate((line, _m(stats.median), _m(stats.p90), _m(service.median if service else None))):
                self.by_line.setItem(i, j, QTableWidgetItem(v))
        self.by_counter.setRowCount(len(view.wait_by_counter))
        for i, (counter, stats) in enumerate(view.wait_by_counter.items()):
            for j, v in enumerate((counter, _m(stats.median), _m(stats.p90), _m(stats.max))):
                self.by_counter.setItem(i, j, QTableWidgetItem(v))
        self.by_staff.setRowCount(len(view.service_by_staff))
        for i, (name, stats) in enumerate(view.service_by_staff.items()):
            for j, v in enumerate((name, str(stats.count), _m(stats.median), _m(stats.p90))):
                self.by_staff.setItem(i, j, QTableWidgetItem(v))
        self.chart.clear()
        hours = list(range(7, 18))
        pg = self.pg
        self.chart.addItem(pg.BarGraphItem(x=[h - 0.2 for h in hours], height=[view.arrivals_by_hour.get(h, 0)
                                                                              for h in hours],
                                           width=0.4, brush="#2563eb", name=self.tr("Arrivals")))
        self.chart.addItem(pg.BarGraphItem(x=[h + 0.2 for h in hours], height=[view.served_by_hour.get(h, 0)
                                                                              for h in hours],
                                           width=0.4, brush="#16a34a", name=self.tr("Served")))

    def show_ikm(self) -> None:
        from ltsa_desktop.services import survey

        s = survey.ikm_summary(self.session.ctx, self.day, self.day)
        if s.count == 0:
            self.ikm_label.setText(self.tr("Satisfaction survey (IKM): no ratings on this day."))
            return
        indonesian = self.session.state.language == "id"
        text = self.tr("Satisfaction survey (IKM): {index} – grade {grade} ({category}), {count} ratings.").format(
            index=f"{s.index:.2f}".replace(".", "," if indonesian else "."), grade=s.grade,
            category=s.category_id if indonesian else s.category_en, count=s.count)
        if s.comments:
            text += "\n" + self.tr("Comments:") + "\n" + "\n".join(f"• {c.text}" for c in s.comments[-5:])
        self.ikm_label.setText(text)

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
            "longest": list(v.longest_waits),
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

    # -- money and control, reopening, report files, summaries ---------------------------------------------

    def show_ledger(self) -> None:
        ledger = self.ledger = day_ledger.day_ledger(self.session.ctx, self.day)
        self.overdue = day_ledger.overdue_cases(self.session.ctx, self.day)
        differences = sum(1 for c in ledger.cash if c.difference)
        for key, text in (("collected", format_money(ledger.collected)),
                          ("receipts", str(sum(1 for r in ledger.receipts if r.kind == "receipt"))),
                          ("voids", str(len(ledger.voids))), ("approvals", str(len(ledger.approvals))),
                          ("cash", f"{len(ledger.cash)} / {differences}"),
                          ("sync", f"{ledger.sync_pending_now} / {ledger.sync_rejected_now}"),
                          ("after_close", str(ledger.changes_after_close)),
                          ("overdue", str(len(self.overdue)))):
            self.ledger_buttons[key].setText(text)
        if not self.view or self.view.closed:
            return
        if any(e.action == "reopen_day" for e in ledger.close_events):
            self.state_label.setText(self.tr("Reopened: every change is flagged in the report. Close it again "
                                             "when done."))

    def drill_ledger(self, key: str) -> None:
        ledger = self.ledger
        if ledger is None:
            return
        zone = ZoneInfo(self.session.ctx.tz_name)

        def hm(at: datetime | None) -> str:
            return at.astimezone(zone).strftime("%H:%M") if at else "—"

        def money(amount: int | None) -> str:
            return "—" if amount is None else format_money(amount)

        words = {"take_payment": self.tr("Payment with a fee waiver"), "void_receipt": self.tr("Receipt void"),
                 "close_cash_session": self.tr("Cash session closed"), "reopen_day": self.tr("Day reopened"),
                 "close_day": self.tr("Day closed"), "day_closed_refused": self.tr("Change refused (day closed)"),
                 "pending": self.tr("Waiting to be sent"), "acked": self.tr("Accepted by the server"),
                 "conflict": self.tr("Conflict"), "rejected": self.tr("Refused by the server"),
                 "cash": self.tr("Cash"), "transfer": self.tr("Bank transfer"), "qris": "QRIS"}
        receipt_headers = [self.tr("Time"), self.tr("Number"), self.tr("Ticket"), self.tr("Amount"),
                           self.tr("Method"), self.tr("Cashier"), self.tr("Approved by"), self.tr("Voids"),
                           self.tr("Reason")]

        def receipt_rows(entries) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
            return [(hm(r.issued_at), r.number, r.ticket_number, money(r.total), words.get(r.method, r.method),
                     r.cashier, r.approver,
                     r.voided_number, r.void_reason) for r in entries]

        if key in ("collected", "receipts"):
            headers, rows = receipt_headers, receipt_rows(ledger.receipts)
        elif key == "voids":
            headers, rows = receipt_headers, receipt_rows(ledger.voids)
        elif key == "approvals":
            headers = [self.tr("Time"), self.tr("Action"), self.tr("Staff"), self.tr("Approved by"), self.tr("Reason")]
            rows = [(hm(a.at), words.get(a.action, a.action), a.actor, a.approver, a.reason)
                    for a in ledger.approvals]
        elif key == "cash":
            headers = [self.tr("Counter"), self.tr("Staff"), self.tr("Opened"), self.tr("Closed"), self.tr("Float"),
                       self.tr("Expected"), self.tr("Counted"), self.tr("Difference"), self.tr("Signed off by")]
            rows = [(c.counter, c.staff, hm(c.opened_at), hm(c.closed_at), money(c.float_amount),
                     money(c.expected), money(c.counted), money(c.difference), c.signed_off_by) for c in ledger.cash]
        elif key == "overdue":
            headers = [self.tr("Number"), self.tr("Service"), self.tr("Due"), self.tr("Days late"),
                       self.tr("Status"), self.tr("Staff"), self.tr("Ticket")]
            rows = [(c.number, f"{c.service_code} {c.service_name}", long_date(c.due_date) if c.due_date else "—",
                     str((self.day - c.due_date).days) if c.due_date else "—",
                     {"received": self.tr("received"), "in_process": self.tr("in process"),
                      "ready": self.tr("ready")}.get(c.status, c.status), c.assigned_to,
                     c.ticket_number) for c in self.overdue]
        elif key == "sync":
            headers = [self.tr("Records of this day"), self.tr("Count")]
            rows = [(words.get(state, state), str(n)) for state, n in ledger.sync_by_state.items()]
        else:
            headers = [self.tr("Time"), self.tr("Event"), self.tr("By"), self.tr("Approved by"), self.tr("Reason")]
            rows = [(hm(e.at), words.get(e.action, e.action), e.actor, e.approver, e.reason)
                    for e in ledger.close_events]
        self.drill_dialog = RowsDialog(self.ledger_buttons[key].toolTip(), headers, rows, self)  # type: ignore[assignment]
        self.drill_dialog.show()

    def reopen_day(self) -> None:
        from ltsa_desktop.ui.approval import request_approval

        reason, ok = QInputDialog.getText(self, self.tr("Reopen day"), self.tr(
            "Why must this closed day be reopened? (Every change made while it is open again is flagged in the "
            "day's report; close it again when done.)"))
        if not ok:
            return
        approval = request_approval(self.session.ctx, "reopen_day", self.tr("Reopen a closed day"), self) \
            if reason.strip() else None
        if reason.strip() and approval is None:
            return
        try:
            supervision.reopen_day(self.session.ctx, self.session.actor, self.day, reason, approval)
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Reopen day"), message_for(exc))
        self.refresh()

    def save_report(self) -> None:
        from ltsa_desktop.services import reports

        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the daily report as PDF"),
                                                f"laporan-harian-{self.day.isoformat()}.pdf", "PDF (*.pdf)")
        if not target:
            return
        try:
            Path(target).write_bytes(reports.day_report_pdf(self.session.ctx, self.day))
        except (LtsaError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Daily report"), message_for(exc))

    def export_csv(self) -> None:
        from ltsa_desktop.services import reports

        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files (tickets, cases, payments)"))
        if not folder:
            return
        try:
            paths = reports.write_csv_exports(self.session.ctx, self.day, Path(folder))
        except (LtsaError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export CSV"), message_for(exc))
            return
        QMessageBox.information(self, self.tr("Export CSV"), self.tr("Saved:\n{files}").format(
            files="\n".join(p.name for p in paths)))

    def open_summary(self) -> None:
        self.summary_dialog = PeriodSummaryDialog(self.session, self.day, self)
        self.summary_dialog.show()


class RowsDialog(QDialog):
    """The records behind a money or control figure, as a read-only table."""

    def __init__(self, title: str, headers: list[str], rows: list[tuple[str, ...]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setObjectName("drillTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)


class PeriodSummaryDialog(QDialog):
    """The week (Monday–Sunday) or month around a day: one row per day and the totals; saved as PDF."""

    def __init__(self, session: AppSession, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Weekly and monthly summary"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.kind.addItem(self.tr("Week"), "week")
        self.kind.addItem(self.tr("Month"), "month")
        self.day_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.day_edit.setCalendarPopup(True)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setObjectName("savePeriodPdf")
        self.save_button.clicked.connect(self.save_pdf)
        for widget in (QLabel(self.tr("Period")), self.kind, QLabel(self.tr("containing")), self.day_edit):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        self.totals = QLabel("")
        self.totals.setObjectName("periodTotals")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("periodTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Tickets"), self.tr("Served"), self.tr("No-show"), self.tr("Not served"),
            self.tr("Wait median"), self.tr("Over wait target"), self.tr("Collected (net)"), self.tr("Closed")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.day_edit.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        from ltsa_desktop.services import summaries

        day = self.day_edit.date().toPython()
        kind = self.kind.currentData()
        start, end = summaries.week_of(day) if kind == "week" else summaries.month_of(day)
        s = self.summary = summaries.period_summary(self.session.ctx, start, end, kind)
        self.totals.setText(self.tr(
            "{start} – {end}: {issued} tickets, {served} served, {no_show} no-show; waiting time median {wm} min, "
            "p90 {wp} min; {breaches} over the wait target; {collected} collected (net); {closed} of {open_days} "
            "days with tickets closed.").format(
            start=long_date(start), end=long_date(end), issued=s.issued, served=s.served,
            no_show=s.no_show, wm=_m(s.wait.median), wp=_m(s.wait.p90), breaches=s.breaches,
            collected=format_money(s.collected), closed=sum(1 for d in s.days if d.closed and d.issued),
            open_days=s.days_with_tickets))
        self.table.setRowCount(len(s.days))
        for i, d in enumerate(s.days):
            values = (QLocale().toString(QDate(d.day.year, d.day.month, d.day.day), "ddd dd/MM"), str(d.issued), str(d.served), str(d.no_show), str(d.not_served),
                      _m(d.wait_median), str(d.breaches), format_money(d.collected),
                      self.tr("yes") if d.closed else ("—" if not d.issued else self.tr("no")))
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def save_pdf(self) -> None:
        from ltsa_desktop.services import reports

        kind = self.kind.currentData()
        day = self.day_edit.date().toPython()
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the summary as PDF"),
                                                f"ringkasan-{kind}-{day.isoformat()}.pdf", "PDF (*.pdf)")
        if not target:
            return
        try:
            Path(target).write_bytes(reports.period_report_pdf(self.session.ctx, kind, day))
        except (LtsaError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Save PDF…"), message_for(exc))


PAGES = [PageSpec("supervisor", 10, QT_TRANSLATE_NOOP("pages", "Day review"), SupervisorDayPage)]
