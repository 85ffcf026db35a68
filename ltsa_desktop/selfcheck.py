"""``ltsa-desktop --self-check``: prove an installation works, without a person at the screen.

Opens the data directory, runs the migrations, verifies the integrity and the hash chains, renders a receipt
PDF, names the keyring backend, then builds every top-level window offscreen. Prints one line per check and
returns 0, or non-zero with the reason of the first failure. When the data directory has no office yet, the
windows are built against a throw-away demo office in a temporary directory.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from ltsa_desktop import __version__
from ltsa_desktop.paths import DataDir, default_data_dir, resources_dir


class CheckFailed(Exception):
    pass


def run_self_check(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    lines: list[str] = [f"LTSA Desktop {__version__} self-check"]
    temp: Path | None = None

    def check(name: str, fn: Callable[[], str]) -> None:
        try:
            detail = fn()
        except Exception as exc:  # noqa: BLE001 - every failure is reported with its reason
            lines.append(f"FAIL {name}: {exc}")
            print("\n".join(lines))
            traceback.print_exc(file=sys.stderr)
            raise CheckFailed(name) from exc
        lines.append(f"ok   {name}: {detail}")

    try:
        data = DataDir(args.data_dir or default_data_dir(demo=args.demo))
        check("data directory", lambda: str(data.ensure().root))
        check("resources", lambda: _resources())
        from ltsa_desktop.storage.db import Database
        from ltsa_desktop.storage.migrate import head_revision, migrate_with_backup

        db = Database(data.database_url)
        check("database integrity", lambda: _integrity(db))
        check("migrations", lambda: _migrate(db, data, migrate_with_backup, head_revision))
        check("hash chains", lambda: _chains(db))
        check("receipt PDF", _receipt_pdf)
        check("keyring backend", _keyring)
        from ltsa_desktop.services.office import office_exists

        if not office_exists(db):
            if args.demo:
                from ltsa_desktop.services.demo import seed_demo

                seed_demo(db, data.device_file, data.root)
                target = data
            else:
                temp = Path(__import__("tempfile").mkdtemp(prefix="ltsa-selfcheck-"))
                target = DataDir(temp).ensure()
                from ltsa_desktop.services.demo import seed_demo

                tdb = Database(f"sqlite:///{target.database}")
                migrate_with_backup(tdb, target.backups)
                seed_demo(tdb, target.device_file, target.root, with_data=False)
                db = tdb
            lines.append(f"note windows are built against a demo office in {target.root}")
        else:
            target = data
        check("windows", lambda: _windows(db, target))
    except CheckFailed:
        return 1
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
    lines.append("self-check passed")
    print("\n".join(lines))
    return 0


def _resources() -> str:
    root = resources_dir()
    needed = [root / "fonts" / "DejaVuSans.ttf", root / "catalog"]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        raise RuntimeError(f"missing: {', '.join(missing)}")
    return str(root)


def _integrity(db) -> str:  # type: ignore[no-untyped-def]
    problems = db.integrity_check()
    if problems != ["ok"]:
        raise RuntimeError(problems[0])
    return f"ok ({db.dialect})"


def _migrate(db, data, migrate_with_backup, head_revision) -> str:  # type: ignore[no-untyped-def]
    outcome = migrate_with_backup(db, data.backups)
    if outcome.to_revision != head_revision():
        raise RuntimeError("not at head after migrating")
    return f"at {outcome.to_revision}" + (f" (from {outcome.from_revision})" if outcome.changed else "")


def _chains(db) -> str:  # type: ignore[no-untyped-def]
    from ltsa_desktop.storage import verifiers
    from ltsa_desktop.storage.audit import verify_audit_chain

    with db.read() as session:
        report = verify_audit_chain(session)
        if not report.ok:
            raise RuntimeError(f"audit chain {report.describe()}")
        texts = [f"audit {report.describe()}"]
        for verifier in verifiers.ALL:
            ok, text = verifier(session)
            if not ok:
                raise RuntimeError(text)
            texts.append(text)
    return "; ".join(texts)


def _receipt_pdf() -> str:
    try:
        from ltsa_desktop.printing.selfcheck import sample_receipt_pdf
    except ImportError:
        import io

        from reportlab.pdfgen import canvas  # printing layer not installed yet: prove ReportLab works

        buf = io.BytesIO()
        c = canvas.Canvas(buf)
        c.drawString(72, 72, "LTSA")
        c.save()
        pdf = buf.getvalue()
    else:
        pdf = sample_receipt_pdf()
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError("not a PDF")
    return f"{len(pdf)} bytes"


def _keyring() -> str:
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    usable = not any(word in name.lower() for word in ("fail", "null"))
    return name + ("" if usable else " (no usable backend: the device token cannot be stored)")


def _windows(db, data: DataDir) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ltsa_desktop.domain.roles import Role
    from ltsa_desktop.services.context import Actor
    from ltsa_desktop.services.office import open_context
    from ltsa_desktop.settings import Settings
    from ltsa_desktop.ui.main_window import MainWindow
    from ltsa_desktop.ui.public import create_public_window
    from ltsa_desktop.ui.session import AppSession, SessionState
    from ltsa_desktop.ui.setup_wizard import SetupWizard
    from ltsa_desktop.ui.signin import SignInDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = open_context(db, data.device_file, data_dir=data.root)
    built: list[str] = []
    for role in Role:
        session = AppSession(SessionState(ctx=ctx, data=data, settings=Settings(data.settings_file)))
        session.set_actor(Actor("", f"selfcheck-{role.value}", "Self-check", role))
        window = MainWindow(session, idle_minutes=0)
        window.grab()
        built.append(f"main({role.value})")
        window.close()
        for kind in ("kiosk", "display", "feeboard", "rating"):
            if role is Role.ADMIN:
                public = create_public_window(kind, session)
                public.grab()
                built.append(kind)
                public.close()
    SignInDialog(ctx, "self-check").grab()
    built.append("sign-in")
    SetupWizard(db, data.root / "unused-device.json").grab()
    built.append("setup wizard")
    app.processEvents()
    return ", ".join(built)
