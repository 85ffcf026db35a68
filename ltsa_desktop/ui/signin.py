"""The sign-in dialog and the idle-lock dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import AuthenticationFailed, LtsaError
from ltsa_desktop.services import auth
from ltsa_desktop.services.context import Actor, ServiceContext
from ltsa_desktop.ui.messages import message_for


class SignInDialog(QDialog):
    """Username and password. In demo mode a DEMO banner lists the demo accounts and their password."""

    def __init__(self, ctx: ServiceContext, office_name: str, *, demo_accounts: list[tuple[str, str]] | None = None,
                 demo_password: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in – LTSA Desktop"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        title = QLabel(office_name)
        title.setObjectName("signinOffice")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        layout.addWidget(title)
        if demo_accounts:
            banner = QLabel(self.tr("DEMO – practice data only. Accounts: {accounts}. Password: {password}")
                            .format(accounts=", ".join(f"{u} ({r})" for u, r in demo_accounts),
                                    password=demo_password))
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)
            banner.setStyleSheet("background:#b45309;color:white;padding:8px;font-weight:bold;")
            layout.addWidget(banner)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("signinError")
        self.error.setStyleSheet("color:#b91c1c;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_sign_in(self) -> None:
        """Sign in on the GUI thread: argon2 verification takes tens of milliseconds, not seconds."""
        try:
            self.actor = auth.sign_in(self.ctx, self.username.text(), self.password.text())
        except AuthenticationFailed as exc:
            self.error.setText(message_for(exc))
            self.password.clear()
            self.password.setFocus()
            return
        except LtsaError as exc:
            self.error.setText(message_for(exc))
            return
        self.accept()


class LockDialog(QDialog):
    """Shown after the idle timeout: the same person's password resumes the session."""

    def __init__(self, ctx: ServiceContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.setWindowTitle(self.tr("Screen locked"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Locked for {name}. Enter your password to continue.")
                                .format(name=actor.full_name)))
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.error = QLabel("")
        self.error.setStyleSheet("color:#b91c1c;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sign out"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        try:
            auth.unlock_session(self.ctx, self.actor, self.password.text())
        except LtsaError as exc:
            self.error.setText(message_for(exc))
            self.password.clear()
            return
        self.accept()
