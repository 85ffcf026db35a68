"""Change one's own password."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ltsa_desktop.domain.errors import LtsaError, ValidationFailed
from ltsa_desktop.services import auth
from ltsa_desktop.ui.messages import field_message, message_for
from ltsa_desktop.ui.session import AppSession


class ChangePasswordDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for w in (self.old, self.new, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat new password"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setStyleSheet("color:#b91c1c;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("The new passwords do not match."))
            return
        try:
            auth.change_password(self.session.ctx, self.session.actor, self.old.text(), self.new.text())
        except ValidationFailed as exc:
            self.error.setText("\n".join(field_message(e) for e in exc.fields.values()))
            return
        except LtsaError as exc:
            self.error.setText(message_for(exc))
            return
        self.accept()
