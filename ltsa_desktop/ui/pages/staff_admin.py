"""Administration: staff accounts. Create, deactivate (never delete), reactivate, reset a password."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import LtsaError, ValidationFailed
from ltsa_desktop.services import auth
from ltsa_desktop.ui.messages import message_for
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.widgets.forms import FormField, FormPanel
from ltsa_desktop.ui.workspaces.pages import PageSpec


class NewStaffDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New staff account"))
        layout = QVBoxLayout(self)
        self.username = FormField(self.tr("Username"), QLineEdit())
        self.full_name = FormField(self.tr("Full name"), QLineEdit())
        role = QComboBox()
        for value, text in (("counter_staff", self.tr("Counter staff")), ("supervisor", self.tr("Supervisor")),
                            ("admin", self.tr("Administrator"))):
            role.addItem(text, value)
        self.role = FormField(self.tr("Role"), role)
        pw = QLineEdit()
        pw.setEchoMode(QLineEdit.EchoMode.Password)
        self.password = FormField(self.tr("First password (at least 8 characters)"), pw)
        for f in (self.username, self.full_name, self.role, self.password):
            layout.addWidget(f)
        self.panel = FormPanel({"username": self.username, "full_name": self.full_name, "role": self.role,
                                "password": self.password})
        self.error = QLabel("")
        self.error.setStyleSheet("color:#b91c1c;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            auth.create_staff(self.session.ctx, self.session.actor, username=self.username.widget.text(),
                              full_name=self.full_name.widget.text(), role=self.role.widget.currentData(),
                              password=self.password.widget.text())
        except ValidationFailed as exc:
            self.error.setText("\n".join(self.panel.show(exc)))
            return
        except LtsaError as exc:
            self.error.setText(message_for(exc))
            return
        self.accept()


class StaffAdminPage(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Full name"), self.tr("Role"),
                                              self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New account…"))
        self.new_button.clicked.connect(self.new_account)
        self.toggle_button = QPushButton(self.tr("Deactivate / reactivate"))
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.clicked.connect(self.reset_password)
        for b in (self.new_button, self.toggle_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.rows: list[auth.StaffRow] = []
        self.refresh()

    def refresh(self) -> None:
        self.rows = auth.list_staff(self.session.ctx, self.session.actor)
        roles = {"counter_staff": self.tr("Counter staff"), "supervisor": self.tr("Supervisor"),
                 "admin": self.tr("Administrator")}
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            status = self.tr("active") if row.active else self.tr("inactive")
            for j, text in enumerate((row.username, row.full_name, roles.get(row.role.value, row.role.value),
                                      status)):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def _selected(self) -> auth.StaffRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def new_account(self) -> None:
        if NewStaffDialog(self.session, self).exec():
            self.refresh()

    def toggle_active(self) -> None:
        row = self._selected()
        if row is None:
            return
        try:
            auth.set_staff_active(self.session.ctx, self.session.actor, row.id, not row.active)
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Staff accounts"), message_for(exc))
        self.refresh()

    def reset_password(self) -> None:
        row = self._selected()
        if row is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                            self.tr("New password for {name}:").format(name=row.full_name),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            auth.reset_password(self.session.ctx, self.session.actor, row.id, password)
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Staff accounts"), message_for(exc))


PAGES = [PageSpec("admin", 10, QT_TRANSLATE_NOOP("pages", "Staff accounts"), StaffAdminPage)]
