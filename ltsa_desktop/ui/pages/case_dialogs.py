"""Dialogs for cases: choose the services to open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.services import catalog
from ltsa_desktop.ui.session import AppSession


class ChooseServicesDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: list[str] = []
        self.setWindowTitle(self.tr("Open services"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the services this applicant came for:")))
        self.list = QListWidget()
        self.list.setObjectName("serviceChoices")
        for service in catalog.list_services(session.ctx):
            item = QListWidgetItem(f"{service.code} · {service.name_id}")
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        self.chosen = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                       if self.list.item(i).checkState() == Qt.CheckState.Checked]
        self.accept()


class CaseDialog(QDialog):
    """One case: the document checklist, the procedure steps with due dates, status changes and notes."""

    def __init__(self, session: AppSession, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QPushButton

        self.session = session
        self.case_id = case_id
        self.resize(760, 620)
        self.layout_ = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size:15px;font-weight:bold;")
        self.layout_.addWidget(self.title)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.layout_.addWidget(self.grid_host, 1)
        actions = QHBoxLayout()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("caseStatus")
        for value, text in (("in_process", self.tr("in process")), ("ready", self.tr("ready")),
                            ("handed_over", self.tr("handed over")), ("rejected", self.tr("rejected")),
                            ("withdrawn", self.tr("withdrawn"))):
            self.status_combo.addItem(text, value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (for rejected / withdrawn) or a note"))
        apply = QPushButton(self.tr("Change status"))
        apply.clicked.connect(self.change_status)
        note = QPushButton(self.tr("Add note"))
        note.clicked.connect(self.add_note)
        for w in (self.status_combo, self.reason, apply, note):
            actions.addWidget(w)
        self.layout_.addLayout(actions)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.message)
        self.QComboBox, self.QPushButton = QComboBox, QPushButton
        self.refresh()

    def refresh(self) -> None:
        from ltsa_desktop.services import cases

        case = cases.get_case(self.session.ctx, self.case_id)
        self.case = case
        due = case.due_date.strftime("%d-%m-%Y") if case.due_date else "—"
        self.title.setText(self.tr("{number} · {service} · {status} · due {due}{overdue}").format(
            number=case.number, service=case.service_name, status=case.status, due=due,
            overdue=self.tr(" · OVERDUE") if case.overdue else ""))
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.grid.addWidget(QLabel(self.tr("<b>Documents</b>")), 0, 0, 1, 2)
        states = (("pending", self.tr("pending")), ("received", self.tr("received")),
                  ("verified", self.tr("verified")), ("not_applicable", self.tr("not applicable")))
        row = 1
        for req_id, _code, label, mandatory, state in case.requirements:
            self.grid.addWidget(QLabel(label + (" *" if mandatory else "")), row, 0)
            combo = self.QComboBox()
            for value, text in states:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(state)))
            combo.currentIndexChanged.connect(lambda _i, r=req_id, c=combo: self.set_requirement(r, c.currentData()))
            self.grid.addWidget(combo, row, 1)
            row += 1
        self.grid.addWidget(QLabel(self.tr("<b>Procedure</b>")), row, 0, 1, 2)
        row += 1
        for step_id, name, days, step_due, done_at in case.steps:
            when = step_due.strftime("%d-%m-%Y") if step_due else "—"
            self.grid.addWidget(QLabel(self.tr("{name} ({days} working days, due {due})").format(
                name=name, days=days, due=when)), row, 0)
            if done_at is None:
                button = self.QPushButton(self.tr("Done"))
                button.clicked.connect(lambda _=False, s=step_id: self.complete(s))
                self.grid.addWidget(button, row, 1)
            else:
                self.grid.addWidget(QLabel("✓"), row, 1)
            row += 1

    def _run(self, fn) -> None:  # type: ignore[no-untyped-def]
        from ltsa_desktop.domain.errors import LtsaError, ValidationFailed
        from ltsa_desktop.ui.messages import field_message, message_for

        try:
            fn()
        except ValidationFailed as exc:
            self.message.setText("\n".join(field_message(e) for e in exc.fields.values()))
            return
        except LtsaError as exc:
            self.message.setText(message_for(exc))
            return
        self.message.setText("")
        self.refresh()

    def set_requirement(self, requirement_id: str, state: str) -> None:
        from ltsa_desktop.services import cases

        self._run(lambda: cases.set_requirement(self.session.ctx, self.session.actor, requirement_id, state))

    def complete(self, step_id: str) -> None:
        from ltsa_desktop.services import cases

        self._run(lambda: cases.complete_step(self.session.ctx, self.session.actor, step_id))

    def change_status(self) -> None:
        from ltsa_desktop.services import cases

        self._run(lambda: cases.set_status(self.session.ctx, self.session.actor, self.case_id,
                                           self.status_combo.currentData(), self.case.version, self.reason.text()))

    def add_note(self) -> None:
        from ltsa_desktop.services import cases

        self._run(lambda: cases.add_note(self.session.ctx, self.session.actor, self.case_id, self.case.version,
                                         self.reason.text()))
