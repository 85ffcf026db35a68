"""Supervisor approval: a supervisor enters their own credentials to approve one named action, now."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.services import auth
from ltsa_desktop.services.context import Approval, ServiceContext
from ltsa_desktop.ui.messages import message_for


class ApprovalDialog(QDialog):
    def __init__(self, ctx: ServiceContext, action: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action = action
        self.approval: Approval | None = None
        self.setWindowTitle(self.tr("Supervisor approval"))
        layout = QVBoxLayout(self)
        what = QLabel(self.tr("A supervisor must approve: {what}").format(what=description))
        what.setWordWrap(True)
        layout.addWidget(what)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("approverUsername")
        self.password = QLineEdit()
        self.password.setObjectName("approverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Supervisor username"), self.username)
        form.addRow(self.tr("Supervisor password"), self.password)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setStyleSheet("color:#b91c1c;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_approve)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_approve(self) -> None:
        try:
            self.approval = auth.approve(self.ctx, self.username.text(), self.password.text(), self.action)
        except LtsaError as exc:
            self.error.setText(message_for(exc))
            self.password.clear()
            return
        self.accept()


def request_approval(ctx: ServiceContext, action: str, description: str,
                     parent: QWidget | None = None) -> Approval | None:
    """Ask for a supervisor's approval of ``action``; None if cancelled."""
    dialog = ApprovalDialog(ctx, action, description, parent)
    return dialog.approval if dialog.exec() == QDialog.DialogCode.Accepted else None
