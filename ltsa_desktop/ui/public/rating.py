"""The rating screen: a small window on a second screen or tablet at a counter, where the applicant rates the
service just finished on the nine elements of the satisfaction survey (IKM, PermenPANRB 14/2017).

Unattended and anonymous: it shows the ticket number only, never a name, and asks nothing personal. It offers
the latest finished ticket of its counter that has no rating yet; big touch buttons, a four-point scale per
element, an optional comment, Indonesian first with a language toggle. Left open, it times out, forgets the
answers and goes back to waiting (that ticket is not offered again). A second rating of a ticket is refused by
the service and said so on the screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.ikm import ELEMENTS, MAX_SCORE, MIN_SCORE, Element
from ltsa_desktop.services import queue, survey
from ltsa_desktop.services.office import office_info
from ltsa_desktop.ui.messages import message_for
from ltsa_desktop.ui.public import PublicWindow

log = logging.getLogger(__name__)
IDLE_TIMEOUT_MS = 90_000  # an unfinished rating is forgotten after this long without a touch
POLL_MS = 2_000
THANKS_MS = 6_000
COMMENT_MAX = survey.COMMENT_MAX

QUESTIONS: dict[Element, tuple[str, str]] = {
    Element.REQUIREMENTS: ("Persyaratan pelayanan jelas dan sesuai?", "Were the requirements clear and fitting?"),
    Element.PROCEDURE: ("Prosedur pelayanan mudah diikuti?", "Was the procedure easy to follow?"),
    Element.TIME: ("Waktu pelayanan cepat?", "Was the service quick?"),
    Element.COST: ("Biaya sesuai tarif resmi (atau gratis)?", "Was the cost as published (or free)?"),
    Element.PRODUCT: ("Hasil layanan sesuai yang dijanjikan?", "Was the result what the service promises?"),
    Element.COMPETENCE: ("Petugas cakap dan menguasai?", "Did the staff know their work?"),
    Element.BEHAVIOUR: ("Petugas sopan dan ramah?", "Were the staff polite and friendly?"),
    Element.COMPLAINTS: ("Pengaduan dan saran ditanggapi dengan baik?", "Are complaints and suggestions handled well?"),
    Element.FACILITIES: ("Sarana dan ruang tunggu nyaman?", "Were the facilities and waiting room comfortable?"),
}
SCALE: dict[int, tuple[str, str]] = {
    1: ("Tidak puas", "Not satisfied"),
    2: ("Kurang puas", "Less satisfied"),
    3: ("Puas", "Satisfied"),
    4: ("Sangat puas", "Very satisfied"),
}


class RatingWindow(PublicWindow):
    """``counter_id``: the counter this screen stands at (else this PC's counter setting, else ask once)."""

    def __init__(self, session, counter_id: str | None = None, *,  # type: ignore[no-untyped-def]
                 idle_timeout_ms: int = IDLE_TIMEOUT_MS, poll_ms: int | None = POLL_MS,
                 thanks_ms: int = THANKS_MS) -> None:
        super().__init__(self.tr("Rating screen"))
        self.session = session
        self.setObjectName("rating")
        self.lang = session.state.language
        self.office = office_info(session.ctx)
        if counter_id is None:
            from ltsa_desktop.settings import COUNTER_ID

            counter_id = session.state.settings.get(COUNTER_ID) or None
        self.counter_id: str | None = counter_id
        self.ticket: survey.RatableTicket | None = None
        self.dismissed: set[str] = set()  # tickets skipped or timed out: not offered again
        self.answers: dict[Element, int] = {}

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("ratingTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size:30px;font-weight:bold;")
        self.lang_button = QPushButton()
        self.lang_button.setObjectName("ratingLanguage")
        self.lang_button.setMinimumSize(170, 64)
        self.lang_button.setStyleSheet("font-size:20px;")
        self.lang_button.clicked.connect(self.toggle_language)
        top.addWidget(self.title, 1)
        top.addWidget(self.lang_button)
        outer.addLayout(top)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        # choose the counter (first start on a PC without a counter setting)
        self.counter_page = QWidget()
        self.counter_layout = QGridLayout(self.counter_page)
        self.counter_buttons: dict[str, QPushButton] = {}
        for i, (cid, number, name) in enumerate(queue.list_counters(session.ctx)):
            button = QPushButton(name or str(number))
            button.setMinimumSize(240, 110)
            button.setStyleSheet("font-size:28px;font-weight:bold;")
            button.clicked.connect(lambda _=False, c=cid: self.choose_counter(c))
            self.counter_layout.addWidget(button, i // 3, i % 3)
            self.counter_buttons[cid] = button

        # waiting for a finished service
        self.idle_page = QWidget()
        idle = QVBoxLayout(self.idle_page)
        self.idle_text = QLabel()
        self.idle_text.setObjectName("ratingIdle")
        self.idle_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_text.setWordWrap(True)
        self.idle_text.setStyleSheet("font-size:34px;")
        idle.addWidget(self.idle_text)

        # the questions
        self.form_page = QWidget()
        form_outer = QVBoxLayout(self.form_page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.grid = QGridLayout(inner)
        self.grid.setVerticalSpacing(8)
        self.question_labels: dict[Element, QLabel] = {}
        self.groups: dict[Element, QButtonGroup] = {}
        self.score_buttons: dict[tuple[Element, int], QPushButton] = {}
        for row, element in enumerate(ELEMENTS):
            label = QLabel()
            label.setWordWrap(True)
            label.setStyleSheet("font-size:21px;")
            self.grid.addWidget(label, row, 0)
            self.question_labels[element] = label
            group = QButtonGroup(self)
            group.setExclusive(True)
            for score in range(MIN_SCORE, MAX_SCORE + 1):
                button = QPushButton()
                button.setObjectName(f"rating_{element.value}_{score}")
                button.setCheckable(True)
                button.setMinimumSize(140, 58)
                button.setStyleSheet("QPushButton{font-size:18px;} QPushButton:checked{background:#1d4ed8;"
                                     "color:white;font-weight:bold;}")
                button.clicked.connect(lambda _=False, e=element, s=score: self.answer(e, s))
                group.addButton(button, score)
                self.grid.addWidget(button, row, score)
                self.score_buttons[(element, score)] = button
            self.groups[element] = group
        self.grid.setColumnStretch(0, 1)
        scroll.setWidget(inner)
        form_outer.addWidget(scroll, 1)
        comment_row = QHBoxLayout()
        self.comment_label = QLabel()
        self.comment_label.setStyleSheet("font-size:20px;")
        self.comment = QLineEdit()
        self.comment.setObjectName("ratingComment")
        self.comment.setMaxLength(COMMENT_MAX)
        self.comment.setMinimumHeight(56)
        self.comment.setStyleSheet("font-size:20px;")
        self.comment.textEdited.connect(lambda _t: self.touch())
        comment_row.addWidget(self.comment_label)
        comment_row.addWidget(self.comment, 1)
        form_outer.addLayout(comment_row)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("ratingSkip")
        self.skip_button.setMinimumHeight(72)
        self.skip_button.setStyleSheet("font-size:22px;")
        self.skip_button.clicked.connect(self.skip)
        self.send_button = QPushButton()
        self.send_button.setObjectName("ratingSend")
        self.send_button.setMinimumHeight(72)
        self.send_button.setStyleSheet("font-size:24px;font-weight:bold;")
        self.send_button.clicked.connect(self.send)
        buttons.addWidget(self.skip_button, 1)
        buttons.addWidget(self.send_button, 2)
        form_outer.addLayout(buttons)

        # thanks (or why not)
        self.done_page = QWidget()
        done = QVBoxLayout(self.done_page)
        self.done_text = QLabel()
        self.done_text.setObjectName("ratingDone")
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text.setWordWrap(True)
        self.done_text.setStyleSheet("font-size:34px;")
        done.addWidget(self.done_text)

        for page in (self.counter_page, self.idle_page, self.form_page, self.done_page):
            self.pages.addWidget(page)

        self.idle_timeout_ms = idle_timeout_ms
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.time_out)
        self.thanks_ms = thanks_ms
        self.back_timer = QTimer(self)
        self.back_timer.setSingleShot(True)
        self.back_timer.timeout.connect(self.show_idle)
        self.poll_timer = QTimer(self)
        self.poll_timer.timeout.connect(self.poll)
        if poll_ms:
            self.poll_timer.start(poll_ms)
        self.retranslate()
        if self.counter_id is None:
            self.pages.setCurrentWidget(self.counter_page)
        else:
            self.show_idle()

    # -- texts --------------------------------------------------------------------------------------------------
    def _t(self, id_text: str, en_text: str) -> str:
        """Like the kiosk, this screen switches language on its own, independent of the staff screens."""
        return id_text if self.lang == "id" else en_text

    def retranslate(self) -> None:
        self.lang_button.setText("English" if self.lang == "id" else "Bahasa Indonesia")
        for element, label in self.question_labels.items():
            label.setText(f"{ELEMENTS.index(element) + 1}. {self._t(*QUESTIONS[element])}")
        for (_element, score), button in self.score_buttons.items():
            button.setText(f"{score}\n{self._t(*SCALE[score])}")
        self.comment_label.setText(self._t("Saran (boleh dikosongkan):", "Comment (optional):"))
        self.comment.setPlaceholderText(self._t("Jangan tulis nama atau nomor telepon",
                                                "Please do not write names or phone numbers"))
        self.skip_button.setText(self._t("Lewati", "Skip"))
        self.send_button.setText(self._t("Kirim penilaian", "Send rating"))
        self.idle_text.setText(self._t(
            "Terima kasih telah berkunjung.\nSetelah layanan Anda selesai, mohon beri penilaian di layar ini.",
            "Thank you for visiting.\nWhen your service is finished, please rate it on this screen."))
        self.update_title()
        self.update_send()

    def update_title(self) -> None:
        current = self.pages.currentWidget()
        if current is self.counter_page:
            self.title.setText(self._t("Layar penilaian: pilih loket tempat layar ini berada",
                                       "Rating screen: choose the counter this screen stands at"))
        elif current is self.form_page and self.ticket is not None:
            name = self.ticket.line_name_id if self.lang == "id" else self.ticket.line_name_en
            self.title.setText(self._t(f"Nomor {self.ticket.number} · {name} — bagaimana layanan kami?",
                                       f"Number {self.ticket.number} · {name} — how was our service?"))
        else:
            self.title.setText(self._t(f"Survei Kepuasan Masyarakat — {self.office.name}",
                                       f"Satisfaction survey — {self.office.name}"))

    def toggle_language(self) -> None:
        self.lang = "en" if self.lang == "id" else "id"
        self.retranslate()
        if self.pages.currentWidget() is self.form_page:
            self.touch()

    # -- flow ---------------------------------------------------------------------------------------------------
    def choose_counter(self, counter_id: str) -> None:
        self.counter_id = counter_id
        self.show_idle()
        self.poll()

    def show_idle(self) -> None:
        self.idle_timer.stop()
        self.back_timer.stop()
        self.ticket = None
        self.clear_answers()
        self.pages.setCurrentWidget(self.idle_page)
        self.update_title()

    def poll(self) -> None:
        """While waiting: offer the counter's latest finished ticket that has no rating yet."""
        if self.counter_id is None or self.pages.currentWidget() is not self.idle_page:
            return
        try:
            ticket = survey.latest_unrated_ticket(self.session.ctx, self.counter_id)
        except Exception:  # noqa: BLE001 - an unattended screen keeps waiting; the next poll tries again
            log.exception("rating screen poll failed")
            return
        if ticket is not None and ticket.id not in self.dismissed:
            self.offer(ticket)

    def offer(self, ticket: survey.RatableTicket) -> None:
        self.ticket = ticket
        self.clear_answers()
        self.pages.setCurrentWidget(self.form_page)
        self.update_title()
        self.touch()

    def clear_answers(self) -> None:
        self.answers.clear()
        for group in self.groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.comment.clear()
        self.update_send()

    def answer(self, element: Element, score: int) -> None:
        self.answers[element] = score
        self.update_send()
        self.touch()

    def update_send(self) -> None:
        self.send_button.setEnabled(len(self.answers) == len(ELEMENTS))

    def touch(self) -> None:
        """Any touch keeps an open rating alive for another ``idle_timeout_ms``."""
        if self.pages.currentWidget() is self.form_page:
            self.idle_timer.start(self.idle_timeout_ms)

    def time_out(self) -> None:
        """Left open: forget the answers, do not offer this ticket again, wait for the next."""
        if self.ticket is not None:
            self.dismissed.add(self.ticket.id)
        self.show_idle()

    def skip(self) -> None:
        if self.ticket is not None:
            self.dismissed.add(self.ticket.id)
        self.show_idle()

    def send(self) -> None:
        if self.ticket is None or len(self.answers) != len(ELEMENTS):
            return
        scores = [self.answers[e] for e in ELEMENTS]
        ticket = self.ticket
        self.dismissed.add(ticket.id)
        try:
            survey.record_response(self.session.ctx, survey.RATING_SCREEN_ACTOR, ticket.id, scores,
                                   self.comment.text())
        except LtsaError as exc:
            if exc.code == "already_rated":  # e.g. rated meanwhile on another screen
                self.show_done(self._t("Layanan ini sudah dinilai. Terima kasih.",
                                       "This service visit has already been rated. Thank you."))
            else:
                self.show_done(message_for(exc))
            return
        self.show_done(self._t("Terima kasih atas penilaian Anda!\nMasukan Anda membantu kami memperbaiki layanan.",
                               "Thank you for your rating!\nIt helps us improve the service."))

    def show_done(self, text: str) -> None:
        self.idle_timer.stop()
        self.ticket = None
        self.clear_answers()
        self.done_text.setText(text)
        self.pages.setCurrentWidget(self.done_page)
        self.update_title()
        self.back_timer.start(self.thanks_ms)
