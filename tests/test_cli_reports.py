"""``ltsa-admin report``: the daily PDF and CSV exports, and the weekly and monthly summaries."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from ltsa_desktop.cli import main
from tests.test_cli import _init


def _text(path: Path) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages).replace("\n", " ")


def test_report_day_week_and_month(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    _init(data)
    out = tmp_path / "out"
    assert main(["report", "--data-dir", str(data), "--day", "2026-11-18", "--pdf", str(tmp_path / "day.pdf"),
                 "--csv", str(out)]) == 0
    assert "Laporan Harian Pelayanan" in _text(tmp_path / "day.pdf")
    assert sorted(p.name for p in out.iterdir()) == [
        "cases-2026-11-18.csv", "payments-2026-11-18.csv", "tickets-2026-11-18.csv"]
    assert main(["report", "--data-dir", str(data), "--week", "2026-11-18", "--pdf", str(tmp_path / "w.pdf")]) == 0
    assert "Ringkasan Mingguan" in _text(tmp_path / "w.pdf")
    assert "16 November 2026 – 22 November 2026" in _text(tmp_path / "w.pdf")
    assert main(["report", "--data-dir", str(data), "--month", "2026-02", "--pdf", str(tmp_path / "m.pdf")]) == 0
    assert "1 Februari 2026 – 28 Februari 2026" in _text(tmp_path / "m.pdf")
    assert main(["report", "--data-dir", str(data), "--week", "2026-11-18", "--csv", str(out)]) == 2
    with pytest.raises(SystemExit):  # one period at a time
        main(["report", "--data-dir", str(data), "--day", "2026-11-18", "--week", "2026-11-18"])
    with pytest.raises(SystemExit):
        main(["report", "--data-dir", str(data), "--month", "2026-13"])
