"""``ltsa-desktop``: the GUI composition root. Wires paths, database, migrations, services and windows.

Start-up order: data directory → logging → Qt application and translator → single-instance guard → database
integrity check (offer the latest good backup, never overwrite a damaged file) → migrations (backup first,
restored on failure) → demo seed or first-run wizard → sign-in → main window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ltsa_desktop import __version__
from ltsa_desktop.paths import DataDir, default_data_dir, log_dir
from ltsa_desktop.settings import IDLE_LOCK_MINUTES, LANGUAGE, Settings

log = logging.getLogger("ltsa_desktop")
PUBLIC_WINDOWS = ("kiosk", "display", "feeboard")  # each has its own desktop entry / shortcut
# Screens that belong to a counter PC (a second screen or tablet there), opened with --window or the menu.
COUNTER_SCREENS = ("rating",)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ltsa-desktop", description="LTSA Desktop counter application")
    parser.add_argument("--demo", action="store_true", help="open (creating once) the demo office")
    parser.add_argument("--data-dir", type=Path, default=None, help="data directory")
    parser.add_argument("--lang", choices=["id", "en"], default=None, help="user-interface language")
    parser.add_argument("--version", action="version", version=f"LTSA Desktop {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="open the data dir, migrate, verify, build every window offscreen, then exit")
    parser.add_argument("--window", choices=PUBLIC_WINDOWS + COUNTER_SCREENS, default=None,
                        help="start only a public window (kiosk, display board, fee board, rating screen)")
    parser.add_argument("--windowed", action="store_true", help="public windows not full screen")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_check:
        from ltsa_desktop.selfcheck import run_self_check

        return run_self_check(args)
    data = DataDir(args.data_dir or default_data_dir(demo=args.demo))
    try:
        data.ensure()
    except OSError as exc:
        print(f"error: the data directory {data.root} is not writable: {exc}", file=sys.stderr)
        _fatal_dialog(f"The data directory {data.root} is not writable:\n{exc}")
        return 2
    from ltsa_desktop.logging_setup import configure_logging

    configure_logging(log_dir(), logging.INFO)
    settings = Settings(data.settings_file)
    language = args.lang or settings.get(LANGUAGE)
    app = DesktopApplication(data, settings, language=language, demo=args.demo)
    return app.run(window=args.window, fullscreen=not args.windowed)


def _fatal_dialog(text: str) -> None:
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, "LTSA Desktop", text)
        del app
    except Exception:  # noqa: BLE001 - no display at all: the stderr line above is the message
        pass


def temporary_demo_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="ltsa-selfcheck-"))


class DesktopApplication:
    """The running GUI: one QApplication, one session, the main window and any public windows."""

    def __init__(self, data: DataDir, settings: Settings, *, language: str, demo: bool) -> None:
        from PySide6.QtWidgets import QApplication

        from ltsa_desktop.ui.errors import install_excepthook
        from ltsa_desktop.ui.i18n import install_translator
        from ltsa_desktop.ui.style import apply_style

        self.data = data
        self.settings = settings
        self.language = language
        self.demo = demo
        self.qapp = QApplication.instance() or QApplication(sys.argv[:1])
        self.qapp.setApplicationName("LTSA Desktop")
        self.qapp.setOrganizationName("LTSA")
        self.qapp.setApplicationVersion(__version__)
        apply_style(self.qapp)
        install_translator(self.qapp, language)
        install_excepthook(log)
        self.window = None
        self.public: dict[str, object] = {}
        self.session = None

    # -- database ----------------------------------------------------------------------------------------
    def open_database(self):  # type: ignore[no-untyped-def]
        """Integrity check, migration, demo seed or first-run wizard. Returns a ServiceContext or None."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from ltsa_desktop.services.office import office_exists, open_context
        from ltsa_desktop.storage.backup import check_sqlite_file, latest_good_backup, restore_backup
        from ltsa_desktop.storage.db import Database
        from ltsa_desktop.storage.migrate import MigrationFailed, migrate_with_backup

        url = self.data.database_url
        if url.startswith("sqlite") and self.data.database.exists():
            problems = check_sqlite_file(self.data.database, quick=True)
            if problems != ["ok"]:
                backup = latest_good_backup(self.data.backups)
                if backup is None:
                    QMessageBox.critical(None, "LTSA Desktop", QCoreApplication.translate("app", "The database failed its integrity check and no good backup was found.\n"
                        "The damaged file was left untouched: {path}\nProblem: {problem}").format(
                        path=self.data.database, problem=problems[0]))
                    return None
                answer = QMessageBox.question(None, "LTSA Desktop", QCoreApplication.translate("app", "The database failed its integrity check ({problem}).\n"
                    "Restore the latest good backup ({backup})? The damaged file is kept beside it.").format(
                    problem=problems[0], backup=backup.name))
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                restore_backup(backup, self.data.database)
        db = Database(url)
        try:
            migrate_with_backup(db, self.data.backups)
        except MigrationFailed as exc:
            QMessageBox.critical(None, "LTSA Desktop", QCoreApplication.translate("app", "The database could not be upgraded. It was put back as it was before.\n{detail}").format(
                detail=exc.message))
            return None
        if self.demo and not office_exists(db):
            self._seed_demo_in_background(db)
        if not office_exists(db):
            from ltsa_desktop.ui.setup_wizard import SetupWizard

            wizard = SetupWizard(db, self.data.device_file)
            if not wizard.exec():
                return None
        return open_context(db, self.data.device_file, data_dir=self.data.root)

    # -- flow --------------------------------------------------------------------------------------------
    def _seed_demo_in_background(self, db) -> None:  # type: ignore[no-untyped-def]
        """The first demo start builds a simulated office (tens of seconds): off the GUI thread, with a word."""
        from PySide6.QtCore import QCoreApplication, QEventLoop

        from ltsa_desktop.services.demo import seed_demo
        from ltsa_desktop.ui.tasks import run_in_background

        dialog = getattr(self, "signin_dialog", None)
        if dialog is not None:
            dialog.error.setText(QCoreApplication.translate(
                "app", "Preparing the demo office (first start only, about half a minute)…"))
        loop = QEventLoop()
        outcome: dict[str, object] = {}

        def done(key: str, value: object) -> None:
            outcome[key] = value
            loop.quit()

        run_in_background(lambda: seed_demo(db, self.data.device_file, self.data.root),
                          lambda value: done("ok", value), lambda exc: done("error", exc), write=True)
        if not outcome:
            loop.exec()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]

    def run(self, *, window: str | None = None, fullscreen: bool = True) -> int:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from ltsa_desktop.ui.single_instance import SingleInstance

        guard = SingleInstance(self.data.root if window is None else self.data.root / f"window-{window}")
        if not guard.try_acquire():
            QMessageBox.information(None, "LTSA Desktop", QCoreApplication.translate("app", "LTSA Desktop is already running for this data directory; it was brought to the front."))
            return 0
        self.guard = guard
        dialog = None
        if window is None:  # the sign-in window shows at once; the database opens behind it
            from ltsa_desktop.ui.signin import SignInDialog

            dialog = SignInDialog(None, "")
            self.signin_dialog = dialog
            dialog.show()
            self.qapp.processEvents()
            if os.environ.get("LTSA_EXIT_AFTER_SIGNIN_SHOWN"):  # start-up benchmark: stop once the window shows
                print("SIGNIN_SHOWN", flush=True)
                os._exit(0)
        ctx = self.open_database()
        if ctx is None:
            return 1
        from ltsa_desktop.ui.session import AppSession, SessionState

        self.session = AppSession(SessionState(ctx=ctx, data=self.data, settings=self.settings, demo=self.demo,
                                               language=self.language))
        if window is not None:
            self.open_public(window, fullscreen=fullscreen)
            return self.qapp.exec()
        if not self.sign_in(dialog):
            return 0
        guard.raise_requested.connect(self._raise_main)
        return self.qapp.exec()

    def sign_in(self, dialog=None) -> bool:  # type: ignore[no-untyped-def]
        from ltsa_desktop.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
        from ltsa_desktop.services.office import office_info
        from ltsa_desktop.ui.signin import SignInDialog

        assert self.session is not None
        info = office_info(self.session.ctx)
        accounts = [(a.username, a.role.value) for a in DEMO_ACCOUNTS] if info.is_demo else None
        if dialog is None:
            dialog = SignInDialog(self.session.ctx, info.name, demo_accounts=accounts,
                                  demo_password=DEMO_PASSWORD if info.is_demo else "")
        else:
            dialog.attach(self.session.ctx, info.name, demo_accounts=accounts,
                          demo_password=DEMO_PASSWORD if info.is_demo else "")
        if not dialog.exec() or dialog.actor is None:
            return False
        self.session.set_actor(dialog.actor)
        self.show_main()
        return True

    def show_main(self) -> None:
        from ltsa_desktop.ui.main_window import MainWindow

        assert self.session is not None
        self.window = MainWindow(self.session, idle_minutes=self.settings.get(IDLE_LOCK_MINUTES))
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.language_requested.connect(self.switch_language)
        self.window.open_public_window.connect(lambda kind: self.open_public(kind, fullscreen=False))
        if not hasattr(self, "backup_timer"):
            from ltsa_desktop.ui.pages.admin_office import make_app_backup, start_backup_timer

            self.backup_timer = start_backup_timer(self.qapp, self.session)
            self.qapp.aboutToQuit.connect(lambda: make_app_backup(self.session))  # and one at exit
        self.window.show()

    def sign_out(self) -> None:
        from ltsa_desktop.services import auth

        assert self.session is not None
        auth.sign_out(self.session.ctx, self.session.actor)
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.session.set_actor(None)
        if not self.sign_in():
            self.qapp.quit()

    def switch_language(self, language: str) -> None:
        """Save the choice and rebuild the main window in the new language."""
        from ltsa_desktop.ui.i18n import install_translator

        self.settings.set(LANGUAGE, language)
        self.language = language
        assert self.session is not None
        self.session.state.language = language
        install_translator(self.qapp, language)
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        self.show_main()

    def open_public(self, kind: str, *, fullscreen: bool) -> None:
        from ltsa_desktop.ui.public import create_public_window

        window = self.public.get(kind)
        if window is None:
            window = create_public_window(kind, self.session)
            self.public[kind] = window
        window.show_public(fullscreen)  # type: ignore[attr-defined]
        window.raise_()  # type: ignore[attr-defined]

    def _raise_main(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()


__all__ = ["main", "DesktopApplication"]
