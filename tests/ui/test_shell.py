"""The application shell: sign in as each role and see exactly its workspaces; idle lock; self-check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ltsa_desktop.domain.roles import Role
from ltsa_desktop.settings import Settings
from ltsa_desktop.ui.main_window import MainWindow
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.signin import LockDialog, SignInDialog
from tests.conftest import PASSWORD

EXPECTED = {
    Role.COUNTER_STAFF: ["counter"],
    Role.SUPERVISOR: ["counter", "supervisor"],
    Role.ADMIN: ["supervisor", "admin"],
}


def _session(office, actor) -> AppSession:  # type: ignore[no-untyped-def]
    return office.app_session(actor)


@pytest.mark.parametrize("username", ["petugas1", "koordinator", "admin"])
def test_sign_in_shows_exactly_the_roles_workspaces(qtbot, office, username: str) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(office.ctx, "LTSA Uji")
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.password.setText("wrong")
    dialog.try_sign_in()
    assert dialog.actor is None and dialog.error.text()
    dialog.password.setText(PASSWORD)
    dialog.try_sign_in()
    assert dialog.actor is not None and dialog.result() == QDialog.DialogCode.Accepted
    window = MainWindow(_session(office, dialog.actor), idle_minutes=0)
    qtbot.addWidget(window)
    assert window.workspace_keys == EXPECTED[dialog.actor.role]
    assert window.nav.count() == len(EXPECTED[dialog.actor.role])
    assert window.clock_label.text().endswith("WIB")


def test_idle_lock_needs_the_password(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(_session(office, office.staff), idle_minutes=0.002)  # ~120 ms
    qtbot.addWidget(window)
    window.show()
    seen: list[LockDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LockDialog)
        seen.append(dialog)
        dialog.password.setText("wrong")
        dialog.try_unlock()
        assert dialog.isVisible() and dialog.error.text()
        dialog.password.setText(PASSWORD)
        dialog.try_unlock()

    signed_out: list[bool] = []
    window.sign_out_requested.connect(lambda: signed_out.append(True))
    QTimer.singleShot(400, answer)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=5000)
    window.idle.set_minutes(0)
    assert not signed_out
    with office.db.read() as s:
        from sqlalchemy import select

        from ltsa_desktop.storage.models.core import AuditEntry

        actions = list(s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())
    assert actions[-3:] == ["idle_lock", "unlock_failed", "unlock"]


def test_self_check_passes_on_a_fresh_data_dir(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "ltsa_desktop", "--self-check", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=240, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("migrations", "hash chains", "receipt PDF", "keyring backend", "windows", "self-check passed"):
        assert check in result.stdout


def test_self_check_fails_with_the_reason_on_a_damaged_database(tmp_path: Path) -> None:
    (tmp_path / "ltsa.sqlite3").write_bytes(b"this is not a database at all" * 100)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "ltsa_desktop", "--self-check", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=240, env=env)
    assert result.returncode != 0
    assert "FAIL database integrity" in result.stdout


def test_admin_creates_and_deactivates_accounts(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.ui.pages.staff_admin import NewStaffDialog, StaffAdminPage

    page = StaffAdminPage(_session(office, office.admin))
    qtbot.addWidget(page)
    before = page.table.rowCount()
    dialog = NewStaffDialog(page.session, page)
    dialog.username.widget.setText("baru satu")  # a space: refused at the field, typed text kept
    dialog.full_name.widget.setText("Pegawai Baru")
    dialog.password.widget.setText("pendek")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.username.message.text() and dialog.password.message.text()
    assert dialog.full_name.widget.text() == "Pegawai Baru"
    dialog.username.widget.setText("baru1")
    dialog.password.widget.setText("cukup-panjang")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    page.refresh()
    assert page.table.rowCount() == before + 1
    index = next(i for i, r in enumerate(page.rows) if r.username == "baru1")
    page.table.selectRow(index)
    page.toggle_active()
    assert next(r for r in page.rows if r.username == "baru1").active is False


def test_application_start_to_main_window(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The real start-up: sign-in window first, database opened behind it, demo seeded, main window shown."""
    from ltsa_desktop.app import DesktopApplication
    from ltsa_desktop.paths import DataDir
    from ltsa_desktop.services.demo import DEMO_PASSWORD

    seen: dict[str, object] = {}

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        seen["title"] = dialog.title.text()
        seen["banner"] = dialog.banner.isVisible() or bool(dialog.banner.text())
        dialog.username.setText("petugas1")
        dialog.password.setText(DEMO_PASSWORD)
        dialog.try_sign_in()
        return int(dialog.actor is not None)

    monkeypatch.setattr(SignInDialog, "exec", fake_exec)
    from ltsa_desktop.ui import errors as ui_errors

    monkeypatch.setattr(ui_errors, "install_excepthook", lambda *a, **k: None)  # keep pytest's own hooks
    data = DataDir(tmp_path / "demo").ensure()
    app = DesktopApplication(data, Settings(tmp_path / "settings.json"), language="id", demo=True)
    monkeypatch.setattr(app.qapp, "exec", lambda: 0)
    monkeypatch.setattr("ltsa_desktop.services.demo._seeders", lambda: [])  # the office, not the whole demo day
    assert app.run() == 0
    assert "Demo" in str(seen["title"]) and seen["banner"]
    assert app.window is not None and app.window.workspace_keys == ["counter"]
    app.window.close()
    app.guard.release()
    from ltsa_desktop.ui.i18n import install_translator

    install_translator(app.qapp, "en")  # the other tests read English source text
