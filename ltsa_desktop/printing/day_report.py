"""The supervisor's daily report (A4, ReportLab platypus, Indonesian) from plain data.

Takes a ``DayReport`` (plain values, no database objects) and returns PDF bytes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ltsa_desktop.printing.fonts import BOLD, REGULAR, register_fonts


@dataclass(frozen=True)
class DayReport:
    office_name: str
    office_code: str
    day: date
    day_label: str  # "20 November 2026"
    generated_label: str  # "22 November 2026 14:05 WIB"
    closed_by: str | None
    figures: list[tuple[str, str]]  # (label, value)
    by_line: list[tuple[str, str, str, str]]  # line, wait median, wait p90, service median
    by_counter: list[tuple[str, str, str]]  # counter, tickets called, wait median
    by_staff: list[tuple[str, str, str]]  # staff, served, service median
    hours: list[tuple[int, int, int]]  # hour, arrivals, served
    breaches: list[tuple[str, str, str]]  # ticket, line, wait
    sections: list[tuple[str, list[tuple[str, ...]], list[str]]] = field(default_factory=list)  # extra tables
    status_note: str = ""  # e.g. that the day was reopened and its changes are flagged


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("t", parent=base["Title"], fontName=BOLD, fontSize=16),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName=BOLD, fontSize=12, spaceBefore=8,
                             keepWithNext=1),
        "body": ParagraphStyle("b", parent=base["BodyText"], fontName=REGULAR, fontSize=9),
    }


_NUMERIC = re.compile(r"^[-–—+\d\s.,/%:()Rp]*$")  # counts, minutes, rupiah, times: right-aligned


def _table(rows: list[tuple[str, ...]], header: list[str], widths: list[float] | None = None) -> Table:
    data = [header, *[list(r) for r in rows]] if rows else [header, ["—"] + [""] * (len(header) - 1)]
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5edf7")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#94a3b8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for j in range(1, len(header)):
        if all(_NUMERIC.match(str(r[j]) if j < len(r) else "") for r in rows):
            style.append(("ALIGN", (j, 1), (j, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


def _bar_chart(bars: list[tuple[str, int, int]], caption: str, label_size: float | None = None) -> Drawing:
    """Two bars per category (blue, green) with ``caption`` above: ``bars`` are (category, first, second)."""
    drawing = Drawing(170 * mm, 60 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, 150 * mm, 42 * mm
    chart.data = [[a for _, a, _ in bars] or [0], [b for _, _, b in bars] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _, _ in bars] or ["—"]
    chart.categoryAxis.labels.fontName = REGULAR
    if label_size is not None:
        chart.categoryAxis.labels.fontSize = label_size
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#2563eb")
    chart.bars[1].fillColor = colors.HexColor("#16a34a")
    drawing.add(chart)
    drawing.add(String(14 * mm, 55 * mm, caption, fontName=REGULAR, fontSize=8))
    return drawing


def _hour_chart(hours: list[tuple[int, int, int]]) -> Drawing:
    return _bar_chart([(f"{h:02d}", a, s) for h, a, s in hours], "Kedatangan (biru) dan dilayani (hijau) per jam")


def render_day_report(report: DayReport) -> bytes:
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=f"Laporan harian {report.office_code} {report.day}",
                            author=report.office_name)
    story: list = [
        Paragraph(f"Laporan Harian Pelayanan – {report.office_name}", styles["title"]),
        Paragraph(f"Hari layanan: <b>{report.day_label}</b> · Dibuat: {report.generated_label}", styles["body"]),
        Paragraph("Status: " + (f"<b>ditutup dan ditandatangani oleh {report.closed_by}</b>" if report.closed_by
                                else "<b>belum ditutup</b>")
                  + (f" · {escape(report.status_note)}" if report.status_note else ""), styles["body"]),
        Spacer(1, 4 * mm),
        Paragraph("Ringkasan", styles["h2"]),
        _table(report.figures, ["Ukuran", "Nilai"], [110 * mm, 60 * mm]),
        Paragraph("Waktu tunggu dan layanan per layanan (menit)", styles["h2"]),
        _table(report.by_line, ["Layanan", "Tunggu median", "Tunggu p90", "Layanan median"]),
        Paragraph("Per loket", styles["h2"]),
        _table(report.by_counter, ["Loket", "Dipanggil", "Tunggu median"]),
        Paragraph("Per petugas", styles["h2"]),
        _table(report.by_staff, ["Petugas", "Dilayani", "Layanan median"]),
        Paragraph("Kedatangan dan pelayanan per jam", styles["h2"]),
        _hour_chart(report.hours),
        Paragraph("Melewati target waktu tunggu", styles["h2"]),
        _table(report.breaches[:40], ["Tiket", "Layanan", "Tunggu (menit)"]),
    ]
    for title, rows, header in report.sections:
        story += [Paragraph(title, styles["h2"]), _table(rows, header)]
    story += [Spacer(1, 12 * mm), Paragraph(
        "Koordinator / Supervisor: ______________________ &nbsp;&nbsp; Tanggal: ______________", styles["body"])]
    doc.build(story)
    return buffer.getvalue()




@dataclass(frozen=True)
class PeriodReport:
    """A weekly or monthly summary: one row per day and the period's figures (plain values)."""

    office_name: str
    office_code: str
    title: str  # "Ringkasan Mingguan" / "Ringkasan Bulanan"
    period_label: str  # "16 – 22 November 2026"
    generated_label: str
    figures: list[tuple[str, str]]
    days: list[tuple[str, ...]]  # day, issued, served, no-show, not served, wait median, over target, receipts,
    #                              collected, closed
    by_line: list[tuple[str, str]]
    daily: list[tuple[str, int, int]]  # short day label, issued, served (chart)
    sections: list[tuple[str, list[tuple[str, ...]], list[str]]] = field(default_factory=list)  # extra tables


def _daily_chart(daily: list[tuple[str, int, int]]) -> Drawing:
    return _bar_chart(daily, "Tiket diterbitkan (biru) dan dilayani (hijau) per hari",
                      6 if len(daily) > 10 else 8)


def render_period_report(report: PeriodReport) -> bytes:
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=f"{report.title} {report.office_code} {report.period_label}",
                            author=report.office_name)
    story: list = [
        Paragraph(f"{report.title} – {report.office_name}", styles["title"]),
        Paragraph(f"Periode: <b>{report.period_label}</b> · Dibuat: {report.generated_label}", styles["body"]),
        Spacer(1, 4 * mm),
        Paragraph("Ringkasan", styles["h2"]),
        _table(report.figures, ["Ukuran", "Nilai"], [110 * mm, 60 * mm]),
        Paragraph("Per hari", styles["h2"]),
        _table(report.days, ["Hari", "Tiket", "Dilayani", "Tdk hadir", "Tdk terlayani", "Tunggu med.",
                             "> target", "Kuitansi", "Diterima", "Ditutup"]),
        Paragraph("Tiket diterbitkan dan dilayani per hari", styles["h2"]),
        _daily_chart(report.daily),
        Paragraph("Tiket per layanan", styles["h2"]),
        _table(report.by_line, ["Layanan", "Tiket"]),
        *[part for title, rows, header in report.sections
          for part in (Paragraph(title, styles["h2"]), _table(rows, header))],
        Spacer(1, 12 * mm),
        Paragraph("Koordinator / Supervisor: ______________________ &nbsp;&nbsp; Tanggal: ______________",
                  styles["body"]),
    ]
    doc.build(story)
    return buffer.getvalue()
