"""Hand a finished PDF to a printer. The PDF is always kept first, so a missing printer loses nothing.

Printer names come from Qt's print support (the choice is remembered per workstation in settings.json). The PDF
itself goes to the operating system's spooler: CUPS ``lp`` on Linux and macOS, the shell's ``printto`` verb on
Windows. When no printer answers, the caller offers the saved PDF instead.

``print_or_preview`` is what screens call: it shows the print preview (``ui/print_preview.py``) first unless the
workstation prints silently (setting ``silent_print``, meant for a thermal receipt printer).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrintOutcome:
    printed: bool
    path: Path
    printer: str
    detail: str = ""


def available_printers() -> list[str]:
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def default_printer() -> str:
    return QPrinterInfo.defaultPrinter().printerName()


def save_pdf(pdf: bytes, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pdf)
    os.replace(tmp, path)
    return path


def print_pdf(path: Path, printer: str = "") -> PrintOutcome:
    """Send ``path`` to ``printer`` (or the default). Never raises: the outcome says what happened."""
    name = printer or default_printer()
    if not name:
        return PrintOutcome(False, path, "", "no printer configured")
    try:
        if sys.platform == "win32":
            os.startfile(str(path), "printto", f'"{name}"')  # type: ignore[attr-defined]
            return PrintOutcome(True, path, name)
        lp = shutil.which("lp")
        if lp is None:
            return PrintOutcome(False, path, name, "no print spooler (lp) on this PC")
        result = subprocess.run([lp, "-d", name, str(path)], capture_output=True, text=True, timeout=20,
                                check=False)
        if result.returncode != 0:
            return PrintOutcome(False, path, name, result.stderr.strip() or "printer refused the job")
        return PrintOutcome(True, path, name)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("printing %s failed: %s", path, exc)
        return PrintOutcome(False, path, name, str(exc))


def print_or_preview(paths: Path | Sequence[Path], printer: str = "", *, silent: bool,
                     parent: QWidget | None = None, title: str = "") -> list[PrintOutcome]:
    """Print ``paths`` at once when ``silent``, else through the print preview.

    Returns one outcome per PDF sent to the printer: empty when the preview was closed without printing.
    """
    files = [paths] if isinstance(paths, Path) else list(paths)
    if silent:
        return [print_pdf(path, printer) for path in files]
    from ltsa_desktop.ui.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(files, printer, parent, title=title)
    dialog.exec()
    return dialog.outcomes
