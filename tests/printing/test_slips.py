"""Ticket slips at 58 and 80 mm: text via pypdf and a PNG rendering checked for size and ink."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from ltsa_desktop.services import documents, queue


@pytest.mark.parametrize("width", [58, 80])
def test_slip_text_and_rendering(office, tmp_path: Path, width: int) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "B")
    issued = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "B", priority_reason="lansia").value
    pdf = documents.ticket_slip_pdf(office.ctx, issued, width_mm=width)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    text = page.extract_text()
    assert "B-002" in text and "Imigrasi" in text and "Lanjut usia" in text and "Orang di depan Anda: 0" in text
    assert abs(float(page.mediabox.width) - width / 25.4 * 72) < 1
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    target = tmp_path / "slip.pdf"
    target.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(target), str(tmp_path / "slip")], check=True)
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "slip.png"))
    assert abs(image.width() - width / 25.4 * 100) <= 2 and image.height() > 150  # roll width, content height
    dark = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 200  # the number, the text and the QR are actually printed
