"""The ticket kiosk: big buttons per queue line, a priority button that asks only the reason, a language toggle.

Touch-friendly and unattended: it never asks for a name or any personal data. After a ticket is issued the
number, the people ahead and the estimated wait show for a few seconds, and the slip prints (or is kept as a
PDF when no printer answers; the ticket stands either way).

"Rate our service": after the visit the applicant types the number printed on the slip (an on-screen keypad with
the office's prefixes and the digits, or a keyboard) and answers the same nine questions as the rating screen
(``ui/public/rating_form.py``). Only a ticket of today finished within the last ``survey.RATING_WINDOW_MINUTES``
and without a rating is taken; the kiosk says plainly when the number is unknown, names two tickets (typed
without its dash), the service is not finished yet, the rating time is over, or the visit was already rated.
The answers stay anonymous, a form left alone times out and forgets them, and after the thanks the start screen
comes back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.queue import PriorityReason
from ltsa_desktop.services import queue, survey
from ltsa_desktop.services.office import office_info
from ltsa_desktop.ui.messages import message_for
from ltsa_desktop.ui.public import PublicWindow
from ltsa_desktop.ui.public.rating_form import IDLE_TIMEOUT_MS, RatingForm

log = logging.getLogger(__name__)
RESULT_SECONDS = 8
VACANCY_SECONDS = 60
NUMBER_ENTRY_SECONDS = 60  # the number pad goes back to the start screen after this long without a touch
NUMBER_MAX = 10
RATE_TITLE = ("Beri nilai layanan kami", "Rate our service")


class KioskWindow(PublicWindow):
    def __init__(self, session, slip_handler: Callable[[queue.IssuedTicket], str] | None = None, *,  # type: ignore[no-untyped-def]
                 rating_timeout_ms: int = IDLE_TIMEOUT_MS, entry_timeout_ms: int = NUMBER_ENTRY_SECONDS * 1000,
                 thanks_ms: int = RESULT_SECONDS * 1000) -> None:
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
        self._build_rating_pages(rating_timeout_ms)
        self.entry_timeout_ms = entry_timeout_ms
        self.thanks_ms = thanks_ms
        self.back_timer = QTimer(self)
        self.back_timer.setSingleShot(True)
        self.back_timer.timeout.connect(self.show_lines)
        self.build()

    def _build_rating_pages(self, rating_timeout_ms: int) -> None:
        """The slip-number pad and the nine questions (the rating screen's form)."""
        self.number_page = QWidget()
        number = QVBoxLayout(self.number_page)
        self.number_prompt = QLabel()
        self.number_prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_prompt.setWordWrap(True)
        self.number_prompt.setStyleSheet("font-size:28px;")
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("kioskRateNumber")
        self.number_edit.setMaxLength(NUMBER_MAX)
        self.number_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_edit.setMinimumHeight(90)
        self.number_edit.setStyleSheet("font-size:56px;font-weight:bold;")
        self.number_edit.textEdited.connect(self._typed)
        self.number_edit.returnPressed.connect(self.look_up_number)
        self.number_message = QLabel()
        self.number_message.setObjectName("kioskRateMessage")
        self.number_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_message.setWordWrap(True)
        self.number_message.setStyleSheet("font-size:24px;color:#b91c1c;")
        self.keypad = QGridLayout()
        self.keypad.setSpacing(8)
        actions = QHBoxLayout()
        self.number_cancel = QPushButton()
        self.number_cancel.setObjectName("kioskRateCancel")
        self.number_cancel.setMinimumHeight(80)
        self.number_cancel.setStyleSheet("font-size:24px;")
        self.number_cancel.clicked.connect(self.show_lines)
        self.number_go = QPushButton()
        self.number_go.setObjectName("kioskRateGo")
        self.number_go.setMinimumHeight(80)
        self.number_go.setStyleSheet("font-size:26px;font-weight:bold;")
        self.number_go.clicked.connect(self.look_up_number)
        actions.addWidget(self.number_cancel, 1)
        actions.addWidget(self.number_go, 2)
        number.addWidget(self.number_prompt)
        number.addWidget(self.number_edit)
        number.addWidget(self.number_message)
        number.addLayout(self.keypad, 1)
        number.addLayout(actions)
        self.pages.addWidget(self.number_page)
        self.rating_ticket: survey.RatableTicket | None = None
        self.rate_form = RatingForm(self.session.ctx, queue.KIOSK_ACTOR, lang=self.lang,
                                    idle_timeout_ms=rating_timeout_ms, object_prefix="kioskRating")
        self.rate_form.finished.connect(self.rated)
        self.rate_form.skipped.connect(self.show_lines)
        self.rate_form.timed_out.connect(self.show_lines)
        self.pages.addWidget(self.rate_form)

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
        self.rate_button = QPushButton(self._t("★ Beri nilai layanan kami (nomor pada slip Anda)",
                                               "★ Rate our service (the number on your slip)"))
        self.rate_button.setObjectName("kioskRate")
        self.rate_button.setMinimumHeight(90)
        self.rate_button.setStyleSheet("font-size:24px;font-weight:bold;")
        self.rate_button.clicked.connect(self.show_number_pad)
        self.lines_grid.addWidget(self.rate_button, (len(lines) + 2) // 3 + 2, 0, 1, 3)
        self.vacancy_page.set_language(self.lang)
        self._build_keypad(sorted({ln.prefix for ln in queue.list_lines(self.session.ctx)}))
        self.number_prompt.setText(self._t("Ketik nomor antrian yang tercetak pada slip Anda, lalu tekan Lanjut.",
                                           "Enter the queue number printed on your slip, then press Continue."))
        self.number_edit.setPlaceholderText(self._t("misalnya A-012", "for example A-012"))
        self.number_cancel.setText(self._t("Kembali", "Back"))
        self.number_go.setText(self._t("Lanjut", "Continue"))
        self.rate_form.set_language(self.lang)
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

    def _build_keypad(self, prefixes: list[str]) -> None:
        """The office's prefixes (each starts a number: ``A`` gives ``A-``), the digits, erase and clear."""
        while self.keypad.count():
            self.keypad.takeAt(0).widget().deleteLater()
        self.key_buttons: dict[str, QPushButton] = {}

        def key(label: str, name: str, handler: Callable[[], None], row: int, col: int, tint: str = "") -> None:
            button = QPushButton(label)
            button.setObjectName(f"kioskKey_{name}")
            button.setMinimumSize(110, 70)
            button.setStyleSheet(f"font-size:30px;font-weight:bold;{tint}")
            button.clicked.connect(lambda _=False: handler())  # not the clicked(bool) argument
            self.keypad.addWidget(button, row, col)
            self.key_buttons[name] = button

        columns = 6
        for i, prefix in enumerate(prefixes):
            key(prefix, prefix, lambda p=prefix: self.press_prefix(p), i // columns, i % columns,
                "background:#dbeafe;")  # letters apart from digits
        top = (len(prefixes) + columns - 1) // columns
        for i, digit in enumerate("1234567890"):
            key(digit, digit, lambda d=digit: self.press_digit(d), top + i // 5, i % 5)
        key("⌫", "back", self.press_back, top, 5)
        key(self._t("Hapus", "Clear"), "clear", self.press_clear, top + 1, 5)

    def toggle_language(self) -> None:
        self.lang = "en" if self.lang == "id" else "id"
        current = self.pages.currentWidget()
        self.build()
        if current is self.number_page:
            self.number_message.clear()
            self.title.setText(self._t(*RATE_TITLE))
            self.touch_number_pad()
        elif current is self.rate_form and self.rating_ticket is not None:
            self.title.setText(self.rate_form.title_for(self.rating_ticket))
        else:
            self.show_lines()

    def show_lines(self) -> None:
        self.pending_priority = None if self.pages.currentWidget() is not self.reason_page else self.pending_priority
        self.back_timer.stop()
        self.rating_ticket = None
        self.rate_form.stop()
        self.title.setText(self._t("Silakan ambil nomor antrian", "Please take a queue number"))
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

    # -- rating the service by the slip's number ------------------------------------------------------------------
    def show_number_pad(self) -> None:
        self.pending_priority = None
        self.number_edit.clear()
        self.number_message.clear()
        self.title.setText(self._t(*RATE_TITLE))
        self.pages.setCurrentWidget(self.number_page)
        self.number_edit.setFocus()
        self.touch_number_pad()

    def touch_number_pad(self) -> None:
        """The pad goes back to the start screen after ``entry_timeout_ms`` without a touch."""
        self.back_timer.start(self.entry_timeout_ms)

    def _typed(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = self.number_edit.cursorPosition()
            self.number_edit.setText(upper)
            self.number_edit.setCursorPosition(position)
        self.number_message.clear()
        self.touch_number_pad()

    def press_prefix(self, prefix: str) -> None:
        self.number_edit.setText(f"{prefix}-")  # a number starts with its prefix: start again from it
        self.number_message.clear()
        self.touch_number_pad()

    def press_digit(self, digit: str) -> None:
        if len(self.number_edit.text()) < NUMBER_MAX:
            self.number_edit.setText(self.number_edit.text() + digit)
        self.number_message.clear()
        self.touch_number_pad()

    def press_back(self) -> None:
        text = self.number_edit.text()
        self.number_edit.setText("" if text.endswith("-") else text[:-1])  # "A-" came from one key: erase both
        self.number_message.clear()
        self.touch_number_pad()

    def press_clear(self) -> None:
        self.number_edit.clear()
        self.number_message.clear()
        self.touch_number_pad()

    def look_up_number(self) -> None:
        """The number's ticket, if it may be rated now: then the questions; else why not, on the pad."""
        typed = self.number_edit.text().strip()
        self.touch_number_pad()
        if not typed:
            self.number_message.setText(self._t("Ketik dulu nomor pada slip Anda.",
                                                "Please enter the number on your slip first."))
            return
        try:
            ticket = survey.ratable_ticket_by_number(self.session.ctx, typed)
        except LtsaError as exc:
            self.number_message.setText(self._refusal(exc, typed))
            return
        self.back_timer.stop()
        self.rating_ticket = ticket
        self.number_message.clear()
        self.title.setText(self.rate_form.title_for(ticket))
        self.pages.setCurrentWidget(self.rate_form)
        self.rate_form.start(ticket)

    def _refusal(self, exc: LtsaError, typed: str) -> str:
        number = str(exc.params.get("number") or typed.upper())
        if exc.code == "not_found":
            return self._t(f"Nomor {number} tidak ditemukan untuk hari ini. Periksa huruf dan angka pada slip Anda.",
                           f"There is no number {number} today. Please check the letter and digits on your slip.")
        if exc.code == "ticket_not_finished" and exc.params.get("in_progress"):
            return self._t(f"Layanan untuk nomor {number} belum selesai. Silakan beri nilai setelah selesai dilayani.",
                           f"The service for number {number} is not finished yet. Please rate it once you have "
                           "been served.")
        if exc.code == "ticket_not_finished":
            return self._t(f"Nomor {number} tidak dilayani hari ini, jadi tidak dapat dinilai.",
                           f"Number {number} was not served today, so it cannot be rated.")
        if exc.code == "already_rated":
            return self._t(f"Layanan untuk nomor {number} sudah dinilai. Terima kasih!",
                           f"The service for number {number} has already been rated. Thank you!")
        if exc.code == "rating_closed":
            minutes = exc.params.get("minutes", survey.RATING_WINDOW_MINUTES)
            return self._t(f"Penilaian untuk nomor {number} sudah ditutup: nilai paling lambat {minutes} menit "
                           "setelah selesai dilayani.",
                           f"Rating for number {number} has closed: please rate within {minutes} minutes of "
                           "being served.")
        if exc.code == "ambiguous_number":
            numbers = tuple(exc.params.get("numbers", ()))
            example = exc.params.get("example", "")
            return self._t(f"Nomor {number} bisa berarti {' atau '.join(numbers)}. Ketik nomor dengan tanda hubung "
                           f"seperti pada slip Anda (misalnya {example}).",
                           f"Number {number} could mean {' or '.join(numbers)}. Please type it with the dash as on "
                           f"your slip (for example {example}).")
        return message_for(exc)

    def rated(self, text: str) -> None:
        """The form recorded the rating (or said why not); the thanks show, then the start screen."""
        number = self.rating_ticket.number if self.rating_ticket is not None else "—"
        self.rating_ticket = None
        self.result_number.setText(number)
        self.result_text.setText(text)
        self.title.setText(self._t("Terima kasih", "Thank you"))
        self.pages.setCurrentWidget(self.result_page)
        self.back_timer.start(self.thanks_ms)

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
