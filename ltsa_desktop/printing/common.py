"""Shared pieces of the printed documents: paper sizes, text wrapping, QR codes, money and dates, banners.

Everything here is plain ReportLab (no Qt, no database). Sizes are in PDF points unless a name says ``mm``.
Thermal rolls (58 and 80 mm) have no fixed height: a document is exactly as long as its content, so the printer
feeds no blank paper. A4 and A5 are sheets and break onto further pages when the content needs it.
"""

from __future__ import annotations

import io
import math
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ltsa_desktop.domain import formatting
from ltsa_desktop.printing.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR

Layout = Literal["80mm", "58mm", "A5", "A4"]
LAYOUTS: tuple[Layout, ...] = ("80mm", "58mm", "A5", "A4")

COPY_TEXT = "SALINAN / COPY"
VOID_TEXT = "DIBATALKAN / VOID"
CONTINUED_TEXT = "lanjutan / continued"
DEFAULT_TZ = "Asia/Jakarta"


@dataclass(frozen=True)
class Paper:
    """One paper: ``height`` is ``None`` for a thermal roll (the content decides it)."""

    name: str
    width: float
    height: float | None
    margin: float
    font_size: float
    font: str
    bold: str

    @property
    def is_roll(self) -> bool:
        return self.height is None

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin


# Printable width of common thermal heads: 48 mm on 58 mm paper, 72 mm on 80 mm paper; the margins keep
# every mark inside it. Rolls use the condensed face so a line holds more of a long name.
PAPERS: dict[str, Paper] = {
    "58mm": Paper("58mm", 58 * mm, None, 5 * mm, 7.0, CONDENSED, CONDENSED_BOLD),
    "80mm": Paper("80mm", 80 * mm, None, 4 * mm, 8.0, CONDENSED, CONDENSED_BOLD),
    "A5": Paper("A5", A5[0], A5[1], 10 * mm, 8.0, REGULAR, BOLD),
    "A4": Paper("A4", A4[0], A4[1], 18 * mm, 9.5, REGULAR, BOLD),
}


def paper(layout: str) -> Paper:
    """The ``Paper`` for ``"80mm"``, ``"58mm"``, ``"A5"`` or ``"A4"``; ``ValueError`` for anything else."""
    try:
        return PAPERS[layout]
    except KeyError:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(PAPERS)}") from None


def roll_paper(width_mm: int) -> Paper:
    """The thermal roll of ``width_mm`` (58 or 80); ``ValueError`` for any other width."""
    if width_mm not in (58, 80):
        raise ValueError(f"thermal rolls are 58 or 80 mm wide, not {width_mm}")
    return PAPERS[f"{width_mm}mm"]


# --- text -------------------------------------------------------------------------------------------------

def clean_text(text: str | None) -> str:
    """``text`` safe to draw: tabs become spaces, other control characters (NUL, escape codes) become U+FFFD.

    Nothing is dropped silently, so a damaged name is visible on paper rather than quietly changed.
    """
    return "".join(" " if ch in "\t\r" else "\ufffd" if ch != "\n" and unicodedata.category(ch) == "Cc" else ch
                   for ch in text or "")


def _is_break_safe(word: str, index: int) -> bool:
    """A word may be cut before ``index`` unless that would split a letter from its combining marks."""
    if index <= 0 or index >= len(word):
        return True
    ch = word[index]
    return not (unicodedata.combining(ch) or ch in "\u200c\u200d" or word[index - 1] == "\u200d")


def _cut_word(word: str, font: str, size: float, width: float) -> tuple[str, str]:
    """The longest head of ``word`` that fits ``width`` (at least one letter with its marks) and the rest."""
    lo, hi = 1, len(word)
    while lo < hi:  # binary search on the fitting prefix length
        mid = (lo + hi + 1) // 2
        if stringWidth(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    cut = lo
    while cut > 1 and not _is_break_safe(word, cut):
        cut -= 1
    while cut < len(word) and not _is_break_safe(word, cut):  # a single letter with many marks
        cut += 1
    return word[:cut], word[cut:]


def _words(paragraph: str) -> list[str]:
    """Words split at plain spaces (a no-break space holds), with ``Rp`` kept on the amount that follows it."""
    words: list[str] = []
    for word in (w for w in paragraph.split(" ") if w):
        if words and words[-1] in ("Rp", "-Rp"):
            words[-1] += " " + word
        else:
            words.append(word)
    return words


def wrap_text(text: str | None, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` points in ``font`` at ``size``.

    Breaks at spaces and at explicit newlines, never inside ``Rp 1.000.000``; a word longer than the line (a
    very long name, a token) is cut between letters, never between a letter and its combining marks. Always
    returns at least one line.
    """
    width = max(width, size * 2)
    lines: list[str] = []
    for paragraph in clean_text(text).split("\n"):
        current = ""
        for word in _words(paragraph):
            trial = f"{current} {word}" if current else word
            if stringWidth(trial, font, size) <= width:
                current = trial
                continue
            if current:
                lines.append(current)
            while stringWidth(word, font, size) > width:
                head, word = _cut_word(word, font, size, width)
                if not word:
                    word = head
                    break
                lines.append(head)
            current = word
        lines.append(current)
    return lines or [""]


def fit_size(text: str, font: str, size: float, width: float, minimum: float = 6.0) -> float:
    """The largest font size up to ``size`` at which ``text`` fits on one line of ``width`` (not below
    ``minimum``)."""
    measured = stringWidth(clean_text(text), font, size)
    if measured <= width or measured == 0:
        return size
    return max(minimum, size * width / measured * 0.98)


# --- money and dates (Babel, through the domain's formatter) ---------------------------------------------

def money(amount: int, lang: str = "id") -> str:
    """``Rp 1.250.000`` (``-Rp 30.000`` for a counter-entry). ``TypeError`` unless ``amount`` is an ``int``."""
    return formatting.format_money(amount, lang)


def date_text(day: date, lang: str = "id") -> str:
    """``22 November 2026``."""
    return formatting.format_date(day, lang)


def datetime_text(moment: datetime, tz_name: str = DEFAULT_TZ, lang: str = "id") -> str:
    """``22 November 2026 14:05 WIB`` in the office's zone. ``ValueError`` for a naive datetime."""
    return formatting.format_datetime_local(moment, tz_name, lang)


def check_masked_nik(value: str) -> None:
    """``ValueError`` when ``value`` shows more than the last four digits of a NIK (the caller must mask it)."""
    if sum(ch.isdigit() for ch in value) > 4:
        raise ValueError("the NIK must be masked before printing (at most its last four digits)")


# --- QR codes, banners and watermarks ---------------------------------------------------------------------

def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float, level: str = "M") -> None:
    """Draw a ``size`` × ``size`` QR code of ``payload`` (four-module quiet zone included) with its lower-left
    corner at (``x``, ``y``). Level M survives a scuffed thermal print.

    ``ValueError`` for an empty payload: a document without a verifiable code is a bug upstream.
    """
    if not payload:
        raise ValueError("a QR code needs a payload")
    # The flowable draws straight onto the canvas; the graphics widget would build one shape per module.
    QrCode(payload, width=size, height=size, qrLevel=level).drawOn(canvas, x, y)


def draw_banner(canvas: Canvas, text: str, x: float, y: float, width: float, height: float, font: str,
                size: float) -> None:
    """A black band with ``text`` in white, centred: survives thermal printing, photocopying and fading.

    (``x``, ``y``) is the lower-left corner of the band.
    """
    canvas.saveState()
    canvas.setFillGray(0)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    canvas.setFillGray(1)
    canvas.setFont(font, size)
    canvas.drawCentredString(x + width / 2, y + (height - size * 0.72) / 2, text)
    canvas.restoreState()


def draw_watermark(canvas: Canvas, text: str, page_width: float, page_height: float, font: str) -> None:
    """Large light-grey ``text`` across the page diagonal, behind the content (sheets only: thermal heads
    print grey as noise, so rolls carry banners instead)."""
    diagonal = (page_width**2 + page_height**2) ** 0.5
    size = fit_size(text, font, 120, diagonal * 0.75, minimum=20)
    canvas.saveState()
    canvas.setFillGray(0.88)
    canvas.translate(page_width / 2, page_height / 2)
    canvas.rotate(math.degrees(math.atan2(page_height, page_width)))
    canvas.setFont(font, size)
    canvas.drawCentredString(0, -size * 0.35, text)
    canvas.restoreState()


# --- a measured top-to-bottom flow on one paper -----------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """One piece of text in a table cell: wrapped to the cell, ``size_delta`` points from the base size."""

    text: str
    bold: bool = False
    size_delta: float = 0.0
    align: str = "left"
    gray: float = 0.0


@dataclass(frozen=True)
class QrCell:
    """A table cell holding a QR code of ``size`` points."""

    payload: str
    size: float


@dataclass
class _Block:
    height: float
    ops: list[tuple] = field(default_factory=list)
    parts: list[_Block] | None = None  # a kept-together group, split again only if taller than a page


class Flow:
    """Lays content out top to bottom, measuring everything before drawing anything.

    A roll comes out exactly as long as its content; a sheet breaks between blocks onto further pages (a block
    made by ``keep_together`` moves whole), each page then carrying ``footer`` and a page count. A sheet's second
    and later pages open with ``running_header`` (when given), ``lanjutan / continued`` and the page count above a
    thin rule, so a loose continuation page still says what it belongs to. Not thread-safe; make one per
    document.
    """

    def __init__(self, paper_: Paper, *, title: str, footer: str = "", watermark: str | None = None,
                 running_header: str = "") -> None:
        self.paper = paper_
        self.x0, self.width = paper_.margin, paper_.content_width
        self.size = paper_.font_size
        self.title, self.footer, self.watermark = title, footer, watermark
        self.running_header = running_header
        self._blocks: list[_Block] = []

    def font(self, bold: bool = False) -> str:
        return self.paper.bold if bold else self.paper.font

    def _span_ops(self, span: Span, x: float, width: float, leading: float) -> tuple[float, list[tuple]]:
        size, font = self.size + span.size_delta, self.font(span.bold)
        anchor = {"left": x, "center": x + width / 2, "right": x + width}[span.align]
        ops = [("text", anchor, (i + 0.5) * size * leading + size * 0.3, line, font, size, span.align, span.gray)
               for i, line in enumerate(wrap_text(span.text, font, size, width))]  # baseline ~0.8 em down
        return len(ops) * size * leading, ops

    def space(self, height: float) -> None:
        self._blocks.append(_Block(height))

    def text(self, text: str, *, size_delta: float = 0.0, bold: bool = False, align: str = "left",
             gray: float = 0.0, indent: float = 0.0, leading: float = 1.3) -> None:
        """Wrapped text across the content width (minus ``indent``), one block per line."""
        height, ops = self._span_ops(Span(text, bold, size_delta, align, gray), self.x0 + indent,
                                     self.width - indent, leading)
        step = height / len(ops)
        self._blocks += [_Block(step, [_shift(op, -i * step)]) for i, op in enumerate(ops)]

    def pair(self, left: str, right: str, *, bold: bool = False, size_delta: float = 0.0) -> None:
        """``left`` wrapped at the left, ``right`` flush right on the first line (or on its own line below when
        the two cannot share one)."""
        size, font = self.size + size_delta, self.font(bold)
        room = self.width - stringWidth(clean_text(right), font, size) - size
        if stringWidth(clean_text(left), font, size) > room and room < self.width * 0.35:
            self.text(left, bold=bold, size_delta=size_delta)
            self.text(right, bold=bold, size_delta=size_delta, align="right")
            return
        height, ops = self._span_ops(Span(left, bold, size_delta), self.x0, room, 1.3)
        ops.append(("text", self.x0 + self.width, ops[0][2], clean_text(right), font, size, "right", 0.0))
        self._blocks.append(_Block(height, ops))

    def rule(self, *, dashed: bool = False, weight: float = 0.5, gap: float | None = None) -> None:
        gap = self.size * 0.6 if gap is None else gap
        self._blocks.append(_Block(2 * gap, [("line", self.x0, gap, self.x0 + self.width, weight, dashed)]))

    def banner(self, text: str, *, size_delta: float = 3.0) -> None:
        """A full-width black band with white ``text`` (``SALINAN / COPY``, ``DIBATALKAN / VOID``)."""
        size = fit_size(text, self.font(True), self.size + size_delta, self.width - self.size, self.size)
        height = size * 1.9
        self._blocks.append(_Block(height + 4, [("banner", self.x0, 2, self.width, height, text,
                                                 self.font(True), size)]))

    def qr(self, payload: str, size: float, *, align: str = "center") -> None:
        x = {"left": self.x0, "center": self.x0 + (self.width - size) / 2, "right": self.x0 + self.width - size}
        self._blocks.append(_Block(size + 2, [("qr", x[align], 1, payload, size)]))

    def columns(self, cells: Sequence[Sequence[Span] | QrCell], widths: Sequence[float], *,
                fill: float | None = None, rule_below: bool = True, pad: float = 2.5, leading: float = 1.3) -> None:
        """One table row: each cell's spans stacked and wrapped in its column; ``widths`` are fractions of the
        content width. A ``QrCell`` puts a QR code in its column. ``fill`` is a grey level for a header row's
        background."""
        x, height, ops = self.x0, 0.0, list[tuple]()
        for cell, fraction in zip(cells, widths, strict=True):
            col_w, y = self.width * fraction, pad
            if isinstance(cell, QrCell):
                ops.append(("qr", x + pad, pad, cell.payload, cell.size))
                y += cell.size
            for span in () if isinstance(cell, QrCell) else cell:
                h, span_ops = self._span_ops(span, x + pad, col_w - 2 * pad, leading)
                ops += [_shift(op, y) for op in span_ops]
                y += h
            height, x = max(height, y + pad), x + col_w
        if fill is not None:
            ops.insert(0, ("rect", self.x0, 0, self.width, height, fill))
        if rule_below:
            ops.append(("line", self.x0, height, self.x0 + self.width, 0.4, False))
        self._blocks.append(_Block(height, ops))

    @contextmanager
    def keep_together(self) -> Iterator[None]:
        """Blocks added inside stay on one page of a sheet when they fit on one."""
        start = len(self._blocks)
        yield
        parts = self._blocks[start:]
        del self._blocks[start:]
        merged, y = _Block(0.0, parts=parts), 0.0
        for part in parts:
            merged.ops += [_shift(op, y) for op in part.ops]
            y += part.height
        merged.height = y
        self._blocks.append(merged)

    @property
    def content_height(self) -> float:
        return sum(b.height for b in self._blocks)

    @property
    def _running_header_height(self) -> float:
        """Room the running header takes at the top of a continuation sheet (0 without one, or on a roll)."""
        return self.size * 2.2 if self.running_header and not self.paper.is_roll else 0.0

    def _paginate(self) -> list[list[tuple[float, _Block]]]:
        top = page_top = self.paper.margin
        bottom = (self.paper.height or math.inf) - self.paper.margin - (self.size * 2 if self.footer else 0)
        pages: list[list[tuple[float, _Block]]] = [[]]
        y = top
        queue = list(self._blocks)
        while queue:
            block = queue.pop(0)
            if y + block.height > bottom and y > page_top:
                if block.parts and block.height > bottom - top - self._running_header_height:
                    queue[:0] = block.parts  # too tall for any page: let it split
                    continue
                pages.append([])
                y = page_top = top + self._running_header_height
            pages[-1].append((y, block))
            y += block.height
        return pages

    def render(self) -> bytes:
        """The PDF: one page per roll, or as many sheets as the content needs."""
        pages = self._paginate()
        width = self.paper.width
        height = self.paper.height or self.content_height + 2 * self.paper.margin
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1)
        canvas.setTitle(self.title)
        canvas.setCreator("LTSA Desktop")
        for number, page in enumerate(pages, start=1):
            if self.watermark and not self.paper.is_roll:
                draw_watermark(canvas, self.watermark, width, height, self.font(True))
            if number > 1 and self._running_header_height:
                self._draw_running_header(canvas, number, len(pages), height)
            for top, block in page:
                for op in block.ops:
                    _draw(canvas, _shift(op, top), height)
            if self.footer and not self.paper.is_roll:
                size = self.size - 1.5
                canvas.setFont(self.font(), size)
                canvas.setFillGray(0.35)
                count = f"Halaman / Page {number} / {len(pages)}"
                room = self.width - stringWidth(count, self.font(), size) - 2 * size
                footer = ellipsize(self.footer, self.font(), size, room)  # never under the page count
                canvas.drawString(self.x0, self.paper.margin * 0.6, footer)
                canvas.drawRightString(self.x0 + self.width, self.paper.margin * 0.6, count)
                canvas.setFillGray(0)
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def _draw_running_header(self, canvas: Canvas, number: int, count: int, page_height: float) -> None:
        """``running_header`` at the left, ``lanjutan / continued`` and the page count at the right of a
        continuation sheet's top, over a thin rule; a long header is set smaller, then shortened with an ellipsis,
        never run under the right-hand text."""
        size = self.size - 1
        baseline = page_height - self.paper.margin - size
        page_text = f"{CONTINUED_TEXT} · Halaman / Page {number} / {count}"
        room = self.width - stringWidth(page_text, self.font(), size) - 2 * size
        text = clean_text(self.running_header)
        text_size = fit_size(text, self.font(True), size, room, minimum=min(size, 6.5))
        canvas.saveState()
        canvas.setFillGray(0.25)
        canvas.setFont(self.font(True), text_size)
        canvas.drawString(self.x0, baseline, ellipsize(text, self.font(True), text_size, room))
        canvas.setFont(self.font(), size)
        canvas.drawRightString(self.x0 + self.width, baseline, page_text)
        canvas.setLineWidth(0.5)
        rule_y = page_height - self.paper.margin - self._running_header_height + size * 0.4
        canvas.line(self.x0, rule_y, self.x0 + self.width, rule_y)
        canvas.restoreState()


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line no wider than ``width``: cut at the end with ``…`` when it is too long."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _shift(op: tuple, dy: float) -> tuple:
    """``op`` moved down by ``dy``: every op is ``(kind, x, y_from_top, ...)``."""
    return (op[0], op[1], op[2] + dy, *op[3:])


def _draw(canvas: Canvas, op: tuple, page_height: float) -> None:
    kind = op[0]
    if kind == "text":
        _, x, y, line, font, size, align, gray = op
        canvas.setFont(font, size)
        canvas.setFillGray(gray)
        draw = {"left": canvas.drawString, "center": canvas.drawCentredString, "right": canvas.drawRightString}
        draw[align](x, page_height - y, line)
        canvas.setFillGray(0)
    elif kind == "line":
        _, x0, y, x1, weight, dashed = op
        canvas.setLineWidth(weight)
        canvas.setDash(1.5, 1.5) if dashed else canvas.setDash()
        canvas.line(x0, page_height - y, x1, page_height - y)
        canvas.setDash()
    elif kind == "rect":
        _, x, y, w, h, gray = op
        canvas.setFillGray(gray)
        canvas.rect(x, page_height - y - h, w, h, stroke=0, fill=1)
        canvas.setFillGray(0)
    elif kind == "banner":
        _, x, y, w, h, text, font, size = op
        draw_banner(canvas, text, x, page_height - y - h, w, h, font, size)
    elif kind == "qr":
        _, x, y, payload, size = op
        draw_qr(canvas, payload, x, page_height - y - size, size)
