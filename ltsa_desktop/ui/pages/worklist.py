"""The counter's worklist: open cases with their next procedure step, overdue ones first; a case opens from here.

Due dates come from the service standard's time standards and the office's working calendar (``services/cases``);
a case is overdue when it is still received / in process after its due date.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.services import cases
from ltsa_desktop.ui.bus import bus
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.workspaces.pages import PageSpec

OVERDUE_BACKGROUND = QColor("#fde2e1")
MAX_TEXT_COLUMN = 280


def next_step(case: cases.CaseRow) -> tuple[str, object]:
    """The first procedure step not done yet, with its due date; ("", None) when every step is done."""
    for _id, name, _days, due, done_at in case.steps:
        if done_at is None:
            return name, due
    return "", None


class WorklistPage(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.rows: list[cases.CaseRow] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.only_mine = QCheckBox(self.tr("Only cases assigned to me"))
        self.only_mine.setObjectName("onlyMine")
        self.only_mine.setChecked(True)
        self.only_mine.toggled.connect(self.refresh)
        self.summary = QLabel("")
        self.summary.setObjectName("worklistSummary")
        top.addWidget(self.only_mine)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout.addLayout(top)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("worklistTable")
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Case due"), self.tr("Status"),
                                              self.tr("Next step"), self.tr("Step due"), self.tr("Applicant"),
                                              self.tr("Service")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("Open case…"), self.open_selected, "openWorklistCase"),
                                 (self.tr("Refresh"), self.refresh, "refreshWorklist")):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._updates = bus().subscribe({cases.AREA}, self.refresh, self)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.session.state.actor is None:
            return
        self.rows = cases.worklist(self.session.ctx, self.session.actor, only_mine=self.only_mine.isChecked())
        statuses = {"received": self.tr("received"), "in_process": self.tr("in process"), "ready": self.tr("ready")}
        self.table.setRowCount(len(self.rows))
        for i, case in enumerate(self.rows):
            step, step_due = next_step(case)
            if not step:
                step = self.tr("all steps done") if case.status != "ready" else self.tr("hand over to the applicant")
            values = (case.number + (" ⚠" if case.overdue else ""),
                      (case.due_date.strftime("%d-%m-%Y") if case.due_date else "—")
                      + (self.tr(" (overdue)") if case.overdue else ""),
                      statuses.get(case.status, case.status), step,
                      step_due.strftime("%d-%m-%Y") if step_due else "—",  # type: ignore[attr-defined]
                      case.applicant_name, case.service_name)
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setData(Qt.ItemDataRole.UserRole, case.id)
                if case.overdue:
                    item.setBackground(QBrush(OVERDUE_BACKGROUND))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        for column in (3, 5, 6):  # long names: cut, the whole text is in the tooltip
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_TEXT_COLUMN))
        overdue = sum(r.overdue for r in self.rows)
        self.summary.setText(self.tr("{n} open cases, {late} overdue").format(n=len(self.rows), late=overdue))

    def open_selected(self) -> None:
        self.open_row(self.table.currentRow())

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        from ltsa_desktop.ui.pages.case_dialogs import CaseDialog

        CaseDialog(self.session, self.rows[row].id, self).exec()
        self.refresh()


PAGES = [PageSpec("counter", 25, QT_TRANSLATE_NOOP("pages", "My worklist"), WorklistPage)]
