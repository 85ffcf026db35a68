"""The public vacancy board: open, verified vacancies in large type, a few per page, turning every few seconds.

Shown as a page of the ticket kiosk (a button opens it, Back or a minute without touch returns) and as a strip
on the public fee board. Only what ``services.jobs.public_vacancies`` returns (verified, valid, with a named
P3MI licence, programme or employer); no personal data, ever. The board keeps its own language, like the kiosk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ltsa_desktop.printing.vacancy_list import SCHEME_TEXT, salary_text
from ltsa_desktop.services import jobs

PAGE_SECONDS = 10


class VacancyBoard(QWidget):
    """``compact``: one vacancy per page on one line (the fee board's strip); otherwise cards, ``per_page`` at a
    time, with a title and a warning line. ``on_back`` adds a Back button (the kiosk)."""

    def __init__(self, session, lang: str = "id", *, per_page: int = 4, compact: bool = False,  # type: ignore[no-untyped-def]
                 on_back: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.setObjectName("vacancyBoard")
        self.session = session
        self.lang = lang
        self.per_page = 1 if compact else per_page
        self.compact = compact
        self.index = 0
        self.rows: list[jobs.VacancyRow] = []
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("vacancyBoardTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"font-size:{20 if compact else 34}px;font-weight:bold;color:#0b1f33;")
        layout.addWidget(self.title)
        self.cards_host = QWidget()
        self.cards = QGridLayout(self.cards_host)
        layout.addWidget(self.cards_host, 1)
        self.cards_host.setVisible(not compact)
        self.footer = QLabel()
        self.footer.setWordWrap(True)
        self.footer.setStyleSheet("font-size:18px;color:#7c2d12;")
        self.footer.setVisible(not compact)
        layout.addWidget(self.footer)
        self.back = None
        if on_back is not None:
            bottom = QHBoxLayout()
            self.back = QPushButton()
            self.back.setObjectName("vacancyBoardBack")
            self.back.setMinimumHeight(70)
            self.back.setStyleSheet("font-size:24px;")
            self.back.clicked.connect(on_back)
            bottom.addWidget(self.back)
            layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.next_page)
        self.timer.start(PAGE_SECONDS * 1000)
        self.refresh()

    def _t(self, id_text: str, en_text: str) -> str:
        return id_text if self.lang == "id" else en_text

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.show_page()

    def refresh(self) -> None:
        """Reload the open vacancies (the board is public: a failure shows nothing rather than an error)."""
        try:
            self.rows = jobs.public_vacancies(self.session.ctx)
        except Exception:  # noqa: BLE001 - an unattended screen must keep running
            self.rows = []
        self.index = 0
        self.show_page()

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.rows) // self.per_page))

    def next_page(self) -> None:
        if not self.isVisible():  # the kiosk keeps the board in a hidden page most of the time
            return
        self.index += 1
        if self.index >= self.page_count:
            self.refresh()  # once round: pick up vacancies verified, closed or expired meanwhile
            return
        self.show_page()

    def visible_rows(self) -> list[jobs.VacancyRow]:
        start = (self.index % self.page_count) * self.per_page
        return self.rows[start:start + self.per_page]

    def show_page(self) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone now, not only at the next event-loop turn
                widget.deleteLater()
        if self.back is not None:
            self.back.setText(self._t("Kembali", "Back"))
        self.footer.setText(self._t(
            "Hanya lowongan yang diverifikasi petugas LTSA atau pusat. Urus lewat jalur resmi di loket; jangan "
            "membayar calo. Tanyakan bimbingan kerja di loket.",
            "Only vacancies verified by LTSA staff or the centre. Apply through the official route at the counters; "
            "never pay a broker. Ask for job counselling at the counter."))
        if self.compact:
            self.title.setText(self._compact_text())
            return
        page = f" ({self.index % self.page_count + 1}/{self.page_count})" if self.page_count > 1 else ""
        self.title.setText(self._t("LOWONGAN KERJA LUAR NEGERI RESMI", "VERIFIED OVERSEAS JOBS") + page)
        rows = self.visible_rows()
        if not rows:
            empty = QLabel(self._t("Belum ada lowongan terverifikasi saat ini.", "No verified vacancy at the moment."))
            empty.setStyleSheet("font-size:26px;")
            self.cards.addWidget(empty, 0, 0)
            return
        for i, row in enumerate(rows):
            self.cards.addWidget(self._card(row), i // 2, i % 2)

    def _compact_text(self) -> str:
        rows = self.visible_rows()
        if not rows:
            return self._t("Lowongan kerja resmi: belum ada saat ini.", "Verified jobs: none at the moment.")
        d = rows[0].data
        return self._t("Lowongan resmi", "Verified job") + (
            f" {self.index % self.page_count + 1}/{self.page_count}: {d.position} – {d.destination_country} · "
            f"{salary_text(d.salary_amount, d.salary_currency)} · {SCHEME_TEXT.get(d.scheme, d.scheme)}")

    def _card(self, row: jobs.VacancyRow) -> QFrame:
        d = row.data
        card = QFrame()
        card.setObjectName("vacancyCard")
        card.setStyleSheet("QFrame#vacancyCard{background:#ffffff;border:2px solid #cbd5e1;border-radius:10px;}")
        v = QVBoxLayout(card)
        lines = [
            (f"{d.position}", "font-size:28px;font-weight:bold;"),
            (f"{d.destination_country} · {SCHEME_TEXT.get(d.scheme, d.scheme)} · {row.accountable}", "font-size:20px;"),
            (self._t("Gaji", "Pay") + f": {salary_text(d.salary_amount, d.salary_currency)} · " +
             self._t(f"kontrak {d.contract_months} bulan", f"{d.contract_months}-month contract") +
             self._t(f" · kuota {d.quota}", f" · {d.quota} places"), "font-size:20px;"),
            (self._t("Syarat", "Requirements") + ": " + jobs.requirement_summary(d, self.lang), "font-size:18px;"),
            (self._t("Berlaku s.d. ", "Valid until ") + row.valid_until.strftime("%d-%m-%Y") + " · ✓ " +
             self._t("terverifikasi", "verified"), "font-size:18px;color:#15803d;"),
        ]
        if d.exempt_job:
            lines.append((self._t("Bebas biaya penempatan (Perban 9/2020)", "No placement fee (Perban 9/2020)"),
                          "font-size:20px;font-weight:bold;color:#7c3aed;"))
        for text, style in lines:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setStyleSheet(style)
            v.addWidget(label)
        v.addStretch(1)
        return card
