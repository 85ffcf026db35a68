"""Qt translations and Qt-side formatting in the current UI language.

Source strings are English; Indonesian, the default language, comes from ``resources/translations/ltsa_id.qm``
(built by ``python tools/i18n.py release``). English needs no catalogue. ``install_translator`` also sets the
default ``QLocale`` so Qt's own number and date widgets follow the language.

``money`` and ``long_date`` delegate to ``ltsa_desktop.domain.formatting`` (Babel), so a PDF, the CLI and a
widget print the same ``Rp 1.250.000``. Call everything here on the GUI thread.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator

from ltsa_desktop.domain.formatting import format_date, format_money

try:
    from ltsa_desktop.paths import resources_dir as _resources_dir
except ImportError:  # a trimmed checkout without paths.py: resources/ sits beside the package
    def _resources_dir() -> Path:
        return Path(__file__).resolve().parents[2] / "resources"

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
_QT_LOCALES = {"id": "id_ID", "en": "en_US"}

_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def translations_dir() -> Path:
    """Where ``ltsa_<lang>.ts`` and ``ltsa_<lang>.qm`` live."""
    return _resources_dir() / "translations"


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Switch the UI language to ``"id"`` or ``"en"`` (anything else means Indonesian).

    Removes a translator installed before, so switching back and forth is safe. Returns False when the
    Indonesian catalogue is missing or unreadable: the UI then shows the English source strings.
    """
    global _language
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = lang
    QLocale.setDefault(QLocale(_QT_LOCALES[lang]))
    if lang == "en":
        return True
    translator = QTranslator(app)
    path = translations_dir() / f"ltsa_{lang}.qm"
    if not translator.load(str(path)):
        log.warning("translation catalogue %s could not be loaded; showing English", path)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def current_language() -> str:
    """The language last passed to ``install_translator`` (Indonesian before any call)."""
    return _language


def money(amount: int) -> str:
    """``Rp 1.250.000`` in the current language. Raises ``TypeError`` unless ``amount`` is an int."""
    return format_money(amount, _language)


def long_date(value: date | QDate) -> str:
    """``22 November 2026`` in the current language, for a ``date`` or a ``QDate``."""
    if isinstance(value, QDate):
        value = date(value.year(), value.month(), value.day())
    return format_date(value, _language)
