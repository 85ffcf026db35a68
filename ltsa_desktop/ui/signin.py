"""The sign-in dialog and the idle-lock dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from ltsa_desktop.ui.messages import message_for

if TYPE_CHECKING:  # the services (and SQLAlchemy) load after this window is on screen
    from ltsa_desktop.services.context import Actor, ServiceContext


class SignInDialog(QDialog):
    """Username and password. In demo mode a DEMO banner lists the demo accounts and their password.

    The dialog may appear before the database is ready (``ctx=None``): people can start typing while it opens;
    ``attach`` then enables signing in.
    """

    def __init__(self, ctx: ServiceContext | None, office_name: str, *,
                 demo_accounts: list[tuple[str, str]] | None = None, demo_password: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in – LTSA Desktop"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.title = QLabel(office_name or "LTSA Desktop")
        self.title.setObjectName("signinOffice")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.banner = QLabel("")
        self.banner.setObjectName("demoBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#b45309;color:white;padding:8px;font-weight:bold;")
        self.banner.hide()
        layout.addWidget(self.banner)
        self._show_demo(demo_accounts, demo_password)
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
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if ctx is None:
            self.ok_button.setEnabled(False)
            self.error.setText(self.tr("Preparing the database…"))

    def _show_demo(self, demo_accounts: list[tuple[str, str]] | None, demo_password: str) -> None:
        if demo_accounts:
            self.banner.setText(self.tr("DEMO – practice data only. Accounts: {accounts}. Password: {password}")
                                .format(accounts=", ".join(f"{u} ({r})" for u, r in demo_accounts),
                                        password=demo_password))
            self.banner.show()

    def attach(self, ctx: ServiceContext, office_name: str, *, demo_accounts: list[tuple[str, str]] | None = None,
               demo_password: str = "") -> None:
        """The database is ready: show the office and allow signing in."""
        self.ctx = ctx
        self.title.setText(office_name)
        self._show_demo(demo_accounts, demo_password)
        self.error.setText("")
        self.ok_button.setEnabled(True)

    def try_sign_in(self) -> None:
        """Sign in on the GUI thread: argon2 verification takes tens of milliseconds, not seconds."""
        from ltsa_desktop.services import auth

        if self.ctx is None:
            return
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
        from ltsa_desktop.services import auth

        try:
            auth.unlock_session(self.ctx, self.actor, self.password.text())
        except LtsaError as exc:
            self.error.setText(message_for(exc))
            self.password.clear()
            return
        self.accept()
