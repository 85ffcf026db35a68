"""Qt translations: English source strings; Indonesian (the default language) from ltsa_id.qm."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ltsa_desktop.paths import resources_dir

_installed: list[QTranslator] = []


def install_translator(app: QApplication, lang: str) -> bool:
    """Switch the UI language. Returns False when the Indonesian catalogue is missing (English is shown)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale("id_ID" if lang == "id" else "en_US"))
    if lang == "en":
        return True
    translator = QTranslator(app)
    path = resources_dir() / "translations" / f"ltsa_{lang}.qm"
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
