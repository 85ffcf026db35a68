"""The main window: a thin host of the workspaces the signed-in person's role allows, menus and status bar."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from ltsa_desktop import __version__
from ltsa_desktop.domain.formatting import format_datetime_local
from ltsa_desktop.services import auth
from ltsa_desktop.services.office import office_info
from ltsa_desktop.settings import SYNC_INTERVAL_SECONDS
from ltsa_desktop.ui import workspaces
from ltsa_desktop.ui.bus import emit
from ltsa_desktop.ui.idle import IdleWatcher
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.signin import LockDialog


class MainWindow(QMainWindow):
    """Emits ``sign_out_requested`` / ``language_requested`` / ``open_public_window``; app.py wires them."""

    sign_out_requested = Signal()
    language_requested = Signal(str)
    open_public_window = Signal(str)

    def __init__(self, session: AppSession, *, idle_minutes: float = 10) -> None:
        super().__init__()
        self.session = session
        self.office = office_info(session.ctx)
        actor = session.actor
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("LTSA Desktop – {office}").format(office=self.office.name))
        self.resize(1280, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("workspaceNav")
        self.nav.setMaximumWidth(200)
        self.stack = QStackedWidget()
        self.workspace_keys: list[str] = []
        for spec in workspaces.workspaces_for(actor.role):
            self.nav.addItem(spec.title)
            self.stack.addWidget(workspaces.build(spec, session))
            self.workspace_keys.append(spec.key)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self._build_menus()
        self._build_status_bar()
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    # -- menus -------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_change_password = QAction(self.tr("Change password…"), self)
        self.action_change_password.triggered.connect(self.change_password)
        self.action_lock = QAction(self.tr("Lock screen"), self)
        self.action_lock.setShortcut("Ctrl+L")
        self.action_lock.triggered.connect(self.lock)
        self.action_sign_out = QAction(self.tr("Sign out"), self)
        self.action_sign_out.triggered.connect(lambda: emit(self.sign_out_requested))
        self.action_quit = QAction(self.tr("Quit"), self)
        self.action_quit.triggered.connect(self.close)
        for action in (self.action_change_password, self.action_lock, self.action_sign_out, self.action_quit):
            file_menu.addAction(action)

        view = self.menuBar().addMenu(self.tr("&Windows"))
        for key, title in (("kiosk", self.tr("Ticket kiosk")), ("display", self.tr("Display board")),
                           ("feeboard", self.tr("Public fee board")), ("rating", self.tr("Rating screen"))):
            action = QAction(title, self)
            action.triggered.connect(lambda _=False, k=key: emit(self.open_public_window, k))
            view.addAction(action)

        lang = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, title in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = QAction(title, self, checkable=True)
            action.setChecked(self.session.state.language == code)
            action.triggered.connect(lambda _=False, c=code: emit(self.language_requested, c))
            group.addAction(action)
            lang.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About LTSA Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- status bar --------------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        actor = self.session.actor
        bar = self.statusBar()
        self.user_label = QLabel(f"{actor.full_name} ({self._role_name(actor.role.value)})")
        self.office_label = QLabel(f"{self.office.code} · {self.office.name}")
        self.sync_label = QLabel(self.tr("Sync: not enrolled"))
        self.sync_label.setObjectName("syncStatus")
        self.sync_now = QAction(self.tr("Sync now"), self)
        self.sync_now.triggered.connect(self.run_sync)
        self.db_label = QLabel(self._db_location())
        self.clock_label = QLabel("")
        self.clock_label.setObjectName("officeClock")
        for widget in (self.user_label, self.office_label, self.sync_label, self.db_label):
            bar.addWidget(widget)
        if self.session.state.demo:
            demo = QLabel(self.tr("DEMO"))
            demo.setStyleSheet("background:#b45309;color:white;padding:0 6px;font-weight:bold;")
            bar.addPermanentWidget(demo)
        bar.addPermanentWidget(self.clock_label)
        self._tick()
        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start(1000)
        self.menuBar().actions()[0].menu().insertAction(self.action_change_password, self.sync_now)
        self.update_sync_status()
        self.sync_timer = QTimer(self)
        self.sync_timer.timeout.connect(self.run_sync)
        self.sync_timer.start(self.session.state.settings.get(SYNC_INTERVAL_SECONDS) * 1000)
        self.status_timer = QTimer(self)
        self.status_timer.timeout.connect(self.update_sync_status)
        self.status_timer.start(15_000)

    def update_sync_status(self) -> None:
        from ltsa_desktop.sync.agent import sync_status

        status = sync_status(self.session.ctx.db, self.session.ctx.device_id)
        enrolled = status.get("last_attempt") is not None or self._enrolled()
        if not enrolled:
            self.sync_label.setText(self.tr("Sync: not enrolled · {n} waiting").format(n=status["pending"]))
            return
        text = self.tr("Sync: {n} pending").format(n=status["pending"])
        if status.get("last_error"):
            text += self.tr(" · offline ({code})").format(code=status.get("last_error_code") or "?")
        elif status.get("last_success"):
            text += self.tr(" · last success {at}").format(at=str(status["last_success"])[11:16] + " UTC")
        if status.get("problems"):
            text += self.tr(" · {k} need attention").format(k=status["problems"])
        if status.get("clock_skew_warning"):
            text += self.tr(" · check this PC's clock")
        self.sync_label.setText(text)

    def _enrolled(self) -> bool:
        from ltsa_desktop.services.office import get_office_setting

        return bool(get_office_setting(self.session.ctx, f"sync.server.{self.session.ctx.device_id}"))

    def run_sync(self) -> None:
        """One sync round on a worker; the window never waits for the network."""
        if not self._enrolled() or getattr(self, "_syncing", False):
            self.update_sync_status()
            return
        from ltsa_desktop.services.sync_setup import sync_once
        from ltsa_desktop.ui.tasks import run_in_background

        self._syncing = True
        ctx = self.session.ctx

        def done(_result: object) -> None:
            self._syncing = False
            self.update_sync_status()

        run_in_background(lambda: sync_once(ctx), done, done)

    def _role_name(self, role: str) -> str:
        return {"counter_staff": self.tr("counter staff"), "supervisor": self.tr("supervisor"),
                "admin": self.tr("administrator")}.get(role, role)

    def _db_location(self) -> str:
        url = self.session.ctx.db.engine.url
        if url.get_backend_name() == "sqlite":
            return self.tr("Database: {path}").format(path=url.database)
        return self.tr("Database: {engine} on {host}").format(engine=url.get_backend_name(), host=url.host or "local")

    def _tick(self) -> None:
        now = datetime.now(UTC)
        self.clock_label.setText(format_datetime_local(now, self.office.tz_name, self.session.state.language))

    # -- actions -----------------------------------------------------------------------------------------
    def lock(self) -> None:
        self.idle.pause()
        auth.record_lock(self.session.ctx, self.session.actor)
        dialog = LockDialog(self.session.ctx, self.session.actor, self)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not self.isVisible():  # the window went away while the lock dialog was up
            return
        if accepted:
            self.idle.reset()
        else:
            emit(self.sign_out_requested)

    def change_password(self) -> None:
        from ltsa_desktop.ui.pages.password import ChangePasswordDialog

        ChangePasswordDialog(self.session, self).exec()

    def show_about(self) -> None:
        url = self.session.ctx.db.engine.url
        QMessageBox.about(self, self.tr("About LTSA Desktop"), self.tr(
            "LTSA Desktop {version}\nOffice counters for Indonesian migrant worker services.\n\n"
            "Data directory: {data}\nDatabase engine: {engine}").format(
            version=__version__, data=self.session.state.data.root, engine=url.get_backend_name()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        from PySide6.QtWidgets import QApplication

        self.idle.pause()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        super().closeEvent(event)
