"""The application's look: Fusion style, a legible base font, ``resources/style/ltsa.qss`` and the window icon.

Call ``apply_style(app)`` once on the GUI thread, right after the ``QApplication`` exists and before any window
is built. A missing or unreadable stylesheet is logged and the application carries on with Qt's defaults.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ltsa_desktop.paths import resources_dir

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 10.5  # legible on a 1366x768 counter screen without crowding the forms
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def stylesheet_path() -> Path:
    return resources_dir() / "style" / "ltsa.qss"


def load_stylesheet(path: Path | None = None) -> str:
    """The stylesheet text, or "" when the file is missing or unreadable (the reason is logged)."""
    path = path or stylesheet_path()
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("stylesheet %s not loaded: %s", path, exc)
        return ""


def application_icon(folder: Path | None = None) -> QIcon:
    """The LTSA Desktop icon in every rendered size found under ``resources/icons`` (empty if none)."""
    folder = folder or resources_dir() / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / f"{size}x{size}" / "ltsa-desktop.png"
        if png.exists():
            icon.addFile(str(png))
    return icon


def apply_style(app: QApplication, *, path: Path | None = None) -> bool:
    """Fusion style, base font, stylesheet and window icon on ``app``. True when the stylesheet was applied.

    The base font only grows: a PC set up with larger system fonts keeps them.
    """
    app.setStyle("Fusion")  # the same rendering on Windows and Linux; native styles ignore parts of a stylesheet
    font = app.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    icon = application_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    text = load_stylesheet(path)
    if not text:
        return False
    app.setStyleSheet(text)
    return True


__all__ = ["apply_style", "application_icon", "load_stylesheet", "stylesheet_path"]
