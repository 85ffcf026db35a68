"""Indonesian is the default language: every visible string of the main windows has a translation."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QListWidget, QTabWidget

from ltsa_desktop.paths import resources_dir
from ltsa_desktop.services import queue
from ltsa_desktop.ui.i18n import install_translator
from ltsa_desktop.ui.main_window import MainWindow
from ltsa_desktop.ui.public import create_public_window

TS = resources_dir() / "translations" / "ltsa_id.ts"
ROOT = Path(__file__).resolve().parents[2]


def _translations() -> dict[str, str]:
    out = {}
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        out[message.find("source").text or ""] = "" if translation.get("type") == "unfinished" else (
            translation.text or "")
    return out


def test_catalogue_is_complete_and_current(tmp_path: Path) -> None:
    committed = _translations()
    assert committed and all(committed.values()), [s for s, t in committed.items() if not t]
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not on PATH")
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in sorted((ROOT / "ltsa_desktop" / "ui").rglob("*.py"))] + [str(ROOT / "ltsa_desktop" / "app.py")]
    subprocess.run([lupdate, *files, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {m.find("source").text for m in ET.parse(fresh).getroot().iter("message")}
    missing = sorted(s for s in in_code if s not in committed)
    assert not missing, f"run `python tools/translate.py`: untranslated strings {missing[:10]}"


def _visible_texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    texts = []
    for label in widget.findChildren(QLabel):
        texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        texts.append(button.text())
    for box in widget.findChildren(QGroupBox):
        texts.append(box.title())
    for tabs in widget.findChildren(QTabWidget):
        texts.extend(tabs.tabText(i) for i in range(tabs.count()))
    for lst in widget.findChildren(QListWidget):
        texts.extend(lst.item(i).text() for i in range(lst.count()))
    if hasattr(widget, "menuBar"):
        for action in widget.menuBar().actions():
            texts.append(action.text())
            texts.extend(a.text() for a in action.menu().actions())
    return [t for t in texts if t]


def test_main_windows_show_indonesian(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert install_translator(app, "id")
    try:
        queue.ensure_default_lines(office.ctx, office.admin)
        english = {s for s, t in _translations().items() if t and t != s}
        for actor in (office.staff, office.supervisor, office.admin):
            session = office.app_session(actor)
            windows = [MainWindow(session, idle_minutes=0)]
            windows += [create_public_window(k, session) for k in ("kiosk", "feeboard")]
            for window in windows:
                qtbot.addWidget(window)
                shown = _visible_texts(window)
                untranslated = [t for t in shown if t in english]
                assert not untranslated, f"{type(window).__name__} shows English: {untranslated}"
        menu_texts = _visible_texts(windows[0])
        assert "&Berkas" in menu_texts and "Tinjauan harian" in menu_texts
    finally:
        install_translator(app, "en")
