"""The supervisor's sync page: where the records stand, a clock-skew warning against the central server, and the
records the centre refused (with its reason), each of which can be sent again once the cause is corrected."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.formatting import format_datetime_local
from ltsa_desktop.services import sync_setup
from ltsa_desktop.services.office import get_office_setting
from ltsa_desktop.sync.agent import sync_status
from ltsa_desktop.ui.bus import bus
from ltsa_desktop.ui.messages import message_for, text_for
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.workspaces.pages import PageSpec

AREA = "sync"
WARNING_STYLE = "background:#fef3c7;color:#78350f;border:1px solid #d97706;padding:6px;"


class SyncPage(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.problems: list[sync_setup.SyncProblem] = []
        layout = QVBoxLayout(self)

        self.skew_warning = QLabel("")
        self.skew_warning.setObjectName("clockSkewWarning")
        self.skew_warning.setWordWrap(True)
        self.skew_warning.setStyleSheet(WARNING_STYLE)
        self.skew_warning.hide()
        layout.addWidget(self.skew_warning)

        box = QGroupBox(self.tr("Sync with the central server"))
        box_layout = QVBoxLayout(box)
        self.status_label = QLabel("")
        self.status_label.setObjectName("syncSummary")
        self.status_label.setWordWrap(True)
        box_layout.addWidget(self.status_label)
        layout.addWidget(box)

        problems = QGroupBox(self.tr("Records the central server refused"))
        p_layout = QVBoxLayout(problems)
        self.hint = QLabel(self.tr(
            "These records are kept here and were not stored at the centre. Correct the cause (the record itself, "
            "or the office's enrolment at the centre), then send the record again. A conflict is sent again as a "
            "new version of the record."))
        self.hint.setWordWrap(True)
        p_layout.addWidget(self.hint)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("syncProblems")
        self.table.setHorizontalHeaderLabels([self.tr("Record type"), self.tr("Record"), self.tr("Version"),
                                              self.tr("Answer"), self.tr("Reason"), self.tr("Answered")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        p_layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("No refused records."))
        self.empty_label.setObjectName("noProblems")
        p_layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.retry_button = QPushButton(self.tr("Send again"))
        self.retry_button.setObjectName("retryProblem")
        self.retry_button.clicked.connect(self.retry_selected)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.retry_button)
        p_layout.addLayout(buttons)
        layout.addWidget(problems, 1)

        self._updates = bus().subscribe({AREA}, self.refresh, self)
        self.timer = QTimer(self)  # rounds run in the background: follow them while the page is shown
        self.timer.timeout.connect(self._poll)
        self.timer.start(15_000)
        self.refresh()

    def _poll(self) -> None:
        if self.isVisible():
            self.refresh()

    # -- drawing ------------------------------------------------------------------------------------------------
    def _when(self, value: Any) -> str:
        if not value:
            return self.tr("never")
        at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        return format_datetime_local(at, self.session.ctx.tz_name, self.session.state.language)

    def refresh(self) -> None:
        ctx = self.session.ctx
        status = sync_status(ctx.db, ctx.device_id)
        enrolled = bool(get_office_setting(ctx, f"sync.server.{ctx.device_id}"))
        lines = [self.tr("Waiting to be sent: {n}").format(n=status["pending"]),
                 self.tr("Last successful sync: {at}").format(at=self._when(status.get("last_success")))]
        if not enrolled:
            lines.insert(0, self.tr("This PC is not enrolled with a central server yet."))
        if status.get("last_error_code"):
            lines.append(self.tr("Last attempt failed: {reason}").format(
                reason=text_for(str(status["last_error_code"]), {"detail": status.get("last_error") or ""})))
        what = {"catalog": self.tr("The fee catalog from the centre was refused: {reason}"),
                "vacancy_list": self.tr("The vacancy list from the centre was refused: {reason}")}
        for kind, refused in sync_setup.reference_refusals(ctx).items():
            reason = text_for(str(refused.get("code") or ""), {"detail": refused.get("message") or ""})
            lines.append(what[kind].format(reason=reason) + " " + self.tr(
                "What this PC installed before stays in use. Ask the centre's administrator to publish it again, "
                "signed with a key this office trusts."))
        self.status_label.setText("\n".join(lines))
        skew = status.get("clock_skew_seconds")
        if status.get("clock_skew_warning") and skew is not None:
            minutes = round(abs(float(skew)) / 60)
            text = (self.tr("This PC's clock is {minutes} minutes behind the central server.") if skew > 0
                    else self.tr("This PC's clock is {minutes} minutes ahead of the central server."))
            self.skew_warning.setText(text.format(minutes=minutes) + " " + self.tr(
                "Tickets, receipts and reports carry this PC's time: ask an administrator to correct the date, "
                "time and time zone of this PC."))
            self.skew_warning.show()
        else:
            self.skew_warning.hide()
        try:
            self.problems = sync_setup.list_sync_problems(ctx, self.session.actor)
        except LtsaError as exc:
            self.problems = []
            self.empty_label.setText(message_for(exc))
        else:
            self.empty_label.setText(self.tr("No refused records."))
        answers = {"rejected": self.tr("refused"), "conflict": self.tr("conflict")}
        self.table.setRowCount(len(self.problems))
        for i, p in enumerate(self.problems):
            values = (p.entity, p.record_id, str(p.version), answers.get(p.state, p.state),
                      self.reason_text(p.reason or ""), self._when(p.answered_at) if p.answered_at else "")
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if j == 4:  # the whole sentence (the column may cut it) and the centre's own words under it
                    item.setToolTip(value if value == (p.reason or "") else f"{value}\n\n{p.reason}")
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not self.problems)
        self._selection_changed()

    def reason_text(self, reason: str) -> str:
        """The centre's refusal as a sentence in the user's language when its code is one the centre is known to
        send (``"code: explanation"``); any other reason is shown as sent."""
        code, _, detail = reason.partition(":")
        code = code.strip()
        if code == "payload_mismatch":
            found = re.search(r"payload (\w+) differs", detail)
            return self.tr("The record's content does not match its own label ({field} differs). Correct the "
                           "record, then send it again.").format(field=found.group(1) if found else "?")
        known = {
            "office_mismatch": self.tr("The centre says this record belongs to another office. Check this PC's "
                                       "enrolment at the centre."),
            "device_mismatch": self.tr("The centre says this record was made on another PC; a PC may only send "
                                       "its own records. Check this PC's enrolment at the centre."),
            "payload_float": self.tr("The record holds a number with decimals; amounts must be whole rupiah. "
                                     "Correct the record, then send it again."),
            "conflict": self.tr("The centre already holds other content under this version and set this copy "
                                "aside. Sending it again stores it as a new version."),
        }
        return known.get(code, reason)

    def _selection_changed(self) -> None:
        self.retry_button.setEnabled(self.selected() is not None)

    def selected(self) -> sync_setup.SyncProblem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.problems):
            return None
        return self.problems[rows[0].row()]

    # -- actions ------------------------------------------------------------------------------------------------
    def retry_selected(self) -> None:
        problem = self.selected()
        if problem is None:
            return
        try:
            result = sync_setup.retry_sync_problem(self.session.ctx, self.session.actor, problem.outbox_seq)
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Send again"), message_for(exc))
        else:
            bus().publish(result.changes, self)
        self.refresh()


PAGES = [PageSpec("supervisor", 50, QT_TRANSLATE_NOOP("pages", "Sync"), SyncPage)]
