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
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.services import queue, survey
from ltsa_desktop.services.office import office_info
from ltsa_desktop.ui.public import PublicWindow
from ltsa_desktop.ui.public.rating_form import IDLE_TIMEOUT_MS, RatingForm

log = logging.getLogger(__name__)
POLL_MS = 2_000
THANKS_MS = 6_000


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

        # the questions (the form shared with the kiosk)
        self.form = RatingForm(session.ctx, survey.RATING_SCREEN_ACTOR, lang=self.lang,
                               idle_timeout_ms=idle_timeout_ms)
        self.form.finished.connect(self.rated)
        self.form.skipped.connect(self.skip)
        self.form.timed_out.connect(self.skip)
        self.form_page = self.form
        # the form's parts, by the names this screen has always had
        self.score_buttons, self.groups, self.answers = self.form.score_buttons, self.form.groups, self.form.answers
        self.comment, self.send_button = self.form.comment, self.form.send_button

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
        self.form.set_language(self.lang)
        self.idle_text.setText(self._t(
            "Terima kasih telah berkunjung.\nSetelah layanan Anda selesai, mohon beri penilaian di layar ini.",
            "Thank you for visiting.\nWhen your service is finished, please rate it on this screen."))
        self.update_title()

    def update_title(self) -> None:
        current = self.pages.currentWidget()
        if current is self.counter_page:
            self.title.setText(self._t("Layar penilaian: pilih loket tempat layar ini berada",
                                       "Rating screen: choose the counter this screen stands at"))
        elif current is self.form_page and self.ticket is not None:
            self.title.setText(self.form.title_for(self.ticket))
        else:
            self.title.setText(self._t(f"Survei Kepuasan Masyarakat — {self.office.name}",
                                       f"Satisfaction survey — {self.office.name}"))

    def toggle_language(self) -> None:
        self.lang = "en" if self.lang == "id" else "id"
        self.retranslate()

    # -- flow ---------------------------------------------------------------------------------------------------
    def choose_counter(self, counter_id: str) -> None:
        self.counter_id = counter_id
        self.show_idle()
        self.poll()

    def show_idle(self) -> None:
        self.back_timer.stop()
        self.ticket = None
        self.form.stop()
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
        self.pages.setCurrentWidget(self.form_page)
        self.form.start(ticket)
        self.update_title()

    def skip(self) -> None:
        """Skipped, or left open until the form timed out and forgot the answers: this ticket is not offered
        again; wait for the next."""
        if self.ticket is not None:
            self.dismissed.add(self.ticket.id)
        self.show_idle()

    def rated(self, text: str) -> None:
        """The form recorded the rating (or said why not: e.g. already rated on another screen)."""
        if self.ticket is not None:
            self.dismissed.add(self.ticket.id)
        self.show_done(text)

    def show_done(self, text: str) -> None:
        self.ticket = None
        self.form.stop()
        self.done_text.setText(text)
        self.pages.setCurrentWidget(self.done_page)
        self.update_title()
        self.back_timer.start(self.thanks_ms)
