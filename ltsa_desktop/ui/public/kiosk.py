"""The ticket kiosk: big buttons per queue line, a priority button that asks only the reason, a language toggle.

Touch-friendly and unattended: it never asks for a name or any personal data. After a ticket is issued the
number, the people ahead and the estimated wait show for a few seconds, and the slip prints (or is kept as a
PDF when no printer answers; the ticket stands either way).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.queue import PriorityReason
from ltsa_desktop.services import queue
from ltsa_desktop.services.office import office_info
from ltsa_desktop.ui.messages import message_for
from ltsa_desktop.ui.public import PublicWindow

log = logging.getLogger(__name__)
RESULT_SECONDS = 8
VACANCY_SECONDS = 60


class KioskWindow(PublicWindow):
    def __init__(self, session, slip_handler: Callable[[queue.IssuedTicket], str] | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(self.tr("Ticket kiosk"))
        self.session = session
        self.setObjectName("kiosk")
        self.lang = session.state.language
        self.slip_handler = slip_handler or self._print_slip
        self.office = office_info(session.ctx)
        self.pending_priority: str | None = None
        self.last_issued: queue.IssuedTicket | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size:34px;font-weight:bold;")
        self.lang_button = QPushButton()
        self.lang_button.setObjectName("kioskLanguage")
        self.lang_button.setMinimumSize(160, 64)
        self.lang_button.clicked.connect(self.toggle_language)
        top.addWidget(self.title, 1)
        top.addWidget(self.lang_button)
        outer.addLayout(top)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.lines_page = QWidget()
        self.lines_grid = QGridLayout(self.lines_page)
        self.reason_page = QWidget()
        self.reason_layout = QVBoxLayout(self.reason_page)
        self.result_page = QWidget()
        result = QVBoxLayout(self.result_page)
        self.result_number = QLabel()
        self.result_number.setObjectName("kioskNumber")
        self.result_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_number.setStyleSheet("font-size:120px;font-weight:bold;")
        self.result_text = QLabel()
        self.result_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_text.setWordWrap(True)
        self.result_text.setStyleSheet("font-size:28px;")
        result.addWidget(self.result_number)
        result.addWidget(self.result_text)
        for page in (self.lines_page, self.reason_page, self.result_page):
            self.pages.addWidget(page)
        from ltsa_desktop.ui.public.vacancy_board import VacancyBoard

        self.vacancy_page = VacancyBoard(session, self.lang, on_back=self.leave_vacancies)
        self.pages.addWidget(self.vacancy_page)
        self.back_timer = QTimer(self)
        self.back_timer.setSingleShot(True)
        self.back_timer.timeout.connect(self.show_lines)
        self.build()

    def _t(self, id_text: str, en_text: str) -> str:
        """The kiosk switches language on its own, independent of the staff screens."""
        return id_text if self.lang == "id" else en_text

    def build(self) -> None:
        self.title.setText(self._t("Silakan ambil nomor antrian", "Please take a queue number"))
        self.lang_button.setText("English" if self.lang == "id" else "Bahasa Indonesia")
        while self.lines_grid.count():
            self.lines_grid.takeAt(0).widget().deleteLater()
        self.line_buttons: dict[str, QPushButton] = {}
        lines = [ln for ln in queue.list_lines(self.session.ctx) if ln.active]
        for i, line in enumerate(lines):
            name = line.name_id if self.lang == "id" else line.name_en
            button = QPushButton(f"{line.prefix}\n{name.replace('&', '&&')}")  # & is a mnemonic
            button.setObjectName(f"kioskLine_{line.prefix}")
            button.setMinimumSize(300, 120)
            button.setStyleSheet("font-size:26px;font-weight:bold;")
            button.clicked.connect(lambda _=False, p=line.prefix: self.issue(p))
            self.lines_grid.addWidget(button, i // 3, i % 3)
            self.line_buttons[line.prefix] = button
        self.priority_button = QPushButton(self._t(
            "♿ Layanan prioritas (lansia, disabilitas, ibu hamil/menyusui, anak, korban bencana)",
            "♿ Priority service (elderly, disability, pregnant/nursing, child, disaster victim)"))
        self.priority_button.setObjectName("kioskPriority")
        self.priority_button.setMinimumHeight(90)
        self.priority_button.setStyleSheet("font-size:22px;")
        self.priority_button.clicked.connect(self.show_reasons)
        self.lines_grid.addWidget(self.priority_button, (len(lines) + 2) // 3, 0, 1, 3)
        self.vacancy_button = QPushButton(self._t("Info lowongan kerja luar negeri resmi",
                                                  "Verified overseas job vacancies"))
        self.vacancy_button.setObjectName("kioskVacancies")
        self.vacancy_button.setMinimumHeight(70)
        self.vacancy_button.setStyleSheet("font-size:22px;")
        self.vacancy_button.clicked.connect(self.show_vacancies)
        self.lines_grid.addWidget(self.vacancy_button, (len(lines) + 2) // 3 + 1, 0, 1, 3)
        self.vacancy_page.set_language(self.lang)
        while self.reason_layout.count():
            item = self.reason_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        ask = QLabel(self._t("Pilih alasan prioritas, lalu pilih layanan:",
                             "Choose the priority reason, then the service:"))
        ask.setStyleSheet("font-size:28px;")
        self.reason_layout.addWidget(ask)
        labels = {PriorityReason.LANSIA: ("Lanjut usia (60+)", "Elderly (60+)"),
                  PriorityReason.DISABILITAS: ("Penyandang disabilitas", "Person with disability"),
                  PriorityReason.IBU_HAMIL_MENYUSUI: ("Ibu hamil / menyusui", "Pregnant or nursing mother"),
                  PriorityReason.ANAK: ("Anak-anak", "Child"),
                  PriorityReason.KORBAN_BENCANA: ("Korban bencana", "Disaster victim")}
        self.reason_buttons: dict[str, QPushButton] = {}
        for reason, (id_text, en_text) in labels.items():
            b = QPushButton(self._t(id_text, en_text))
            b.setObjectName(f"kioskReason_{reason.value}")
            b.setMinimumHeight(80)
            b.setStyleSheet("font-size:26px;")
            b.clicked.connect(lambda _=False, r=reason.value: self.choose_reason(r))
            self.reason_layout.addWidget(b)
            self.reason_buttons[reason.value] = b
        cancel = QPushButton(self._t("Kembali", "Back"))
        cancel.setMinimumHeight(70)
        cancel.clicked.connect(self.show_lines)
        self.reason_layout.addWidget(cancel)

    def toggle_language(self) -> None:
        self.lang = "en" if self.lang == "id" else "id"
        self.build()
        self.show_lines()

    def show_lines(self) -> None:
        self.pending_priority = None if self.pages.currentWidget() is not self.reason_page else self.pending_priority
        self.pages.setCurrentWidget(self.lines_page)

    def show_vacancies(self) -> None:
        """The public vacancy board; back to the lines after a minute without a touch."""
        self.vacancy_page.refresh()
        self.pages.setCurrentWidget(self.vacancy_page)
        self.back_timer.start(VACANCY_SECONDS * 1000)

    def leave_vacancies(self) -> None:
        self.back_timer.stop()
        self.show_lines()

    def show_reasons(self) -> None:
        self.pages.setCurrentWidget(self.reason_page)

    def choose_reason(self, reason: str) -> None:
        self.pending_priority = reason
        self.title.setText(self._t("Prioritas dipilih. Sekarang pilih layanan:",
                                   "Priority chosen. Now choose the service:"))
        self.pages.setCurrentWidget(self.lines_page)

    def issue(self, prefix: str) -> None:
        reason, self.pending_priority = self.pending_priority, None
        try:
            issued = queue.issue_ticket(self.session.ctx, queue.KIOSK_ACTOR, prefix, priority_reason=reason).value
        except LtsaError as exc:
            self.result_number.setText("—")
            self.result_text.setText(message_for(exc))
            self.pages.setCurrentWidget(self.result_page)
            self.back_timer.start(RESULT_SECONDS * 1000)
            return
        self.last_issued = issued
        slip_note = self.slip_handler(issued)
        name = issued.line_name_id if self.lang == "id" else issued.line_name_en
        self.result_number.setText(issued.ticket.number)
        self.result_text.setText(self._t(
            f"{name}\nOrang di depan Anda: {issued.people_ahead} · Perkiraan tunggu: ± {issued.estimated_wait_minutes} menit\n{slip_note}",
            f"{name}\nPeople ahead of you: {issued.people_ahead} · Estimated wait: about {issued.estimated_wait_minutes} min\n{slip_note}"))
        self.title.setText(self._t("Nomor antrian Anda", "Your queue number"))
        self.pages.setCurrentWidget(self.result_page)
        self.back_timer.start(RESULT_SECONDS * 1000)

    def _print_slip(self, issued: queue.IssuedTicket) -> str:
        """Render and print the slip; returns a line for the screen. Never blocks the ticket."""
        try:
            from ltsa_desktop.services.documents import ticket_slip_pdf
            from ltsa_desktop.settings import TICKET_PRINTER
            from ltsa_desktop.ui.printer import print_pdf, save_pdf

            pdf = ticket_slip_pdf(self.session.ctx, issued, lang=self.lang)
            folder = self.session.state.data.documents / "tickets" / issued.ticket.service_day.isoformat()
            path = save_pdf(pdf, folder, f"{issued.ticket.number}.pdf")
            outcome = print_pdf(path, self.session.state.settings.get(TICKET_PRINTER))
        except Exception:  # noqa: BLE001 - the ticket stands even when the slip cannot be made
            log.exception("ticket slip failed")
            return self._t("Slip tidak dapat dicetak; sebutkan nomor Anda di loket.",
                           "The slip could not be printed; tell your number at the counter.")
        if outcome.printed:
            return self._t("Silakan ambil slip Anda.", "Please take your slip.")
        return self._t("Printer tidak tersedia; nomor Anda tetap berlaku.",
                       "No printer available; your number is still valid.")
