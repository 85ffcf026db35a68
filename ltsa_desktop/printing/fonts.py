"""The bundled DejaVu fonts, registered with ReportLab once per process.

ReportLab's built-in Helvetica covers Latin-1 only; the DejaVu family prints Indonesian, Vietnamese, Arabic and
Cyrillic letters and combining marks, so any applicant name on a receipt comes out as typed (no "?" or boxes).
``register_fonts()`` is idempotent and thread-safe: renderers call it at the top of every render.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ltsa_desktop.paths import resources_dir

REGULAR = "LtsaSans"
BOLD = "LtsaSans-Bold"
CONDENSED = "LtsaSansCondensed"
CONDENSED_BOLD = "LtsaSansCondensed-Bold"
MONO = "LtsaMono"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """``resources/fonts`` of the source checkout or of the frozen bundle."""
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register every bundled font and the ``<b>`` mappings platypus paragraphs need.

    Raises ``FileNotFoundError`` naming the missing file when the bundle lacks a font (a broken installation),
    rather than letting ReportLab fall back to a font that cannot print the applicant's name.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path)))
        for regular, bold in ((REGULAR, BOLD), (CONDENSED, CONDENSED_BOLD)):
            # DejaVu ships no italics here: italic falls back to the upright face instead of failing.
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
        _registered = True
