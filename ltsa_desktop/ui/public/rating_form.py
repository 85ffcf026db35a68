"""The nine-question satisfaction form (IKM, PermenPANRB 14/2017), shared by the rating screen and the kiosk.

Big touch buttons, a four-point scale per element, an optional comment, Skip and Send. The form records the
rating itself (``survey.record_response``) and tells its window how it ended: ``finished`` with the sentence to
show (thanks, or why not), ``skipped``, or ``timed_out`` after ``idle_timeout_ms`` without a touch (the answers
are forgotten). Texts are Indonesian or English as the window says (``set_language``); it never asks for a name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.ikm import ELEMENTS, MAX_SCORE, MIN_SCORE, Element
from ltsa_desktop.services import survey
from ltsa_desktop.services.context import Actor, ServiceContext
from ltsa_desktop.ui.messages import message_for

IDLE_TIMEOUT_MS = 90_000  # an unfinished rating is forgotten after this long without a touch
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
THANKS = ("Terima kasih atas penilaian Anda!\nMasukan Anda membantu kami memperbaiki layanan.",
          "Thank you for your rating!\nIt helps us improve the service.")
ALREADY_RATED = ("Layanan ini sudah dinilai. Terima kasih.", "This service visit has already been rated. Thank you.")


class RatingForm(QWidget):
    """One ticket's rating. ``object_prefix`` names the widgets (``rating_<element>_<score>``, ``ratingSend`` …)."""

    finished = Signal(str)  # the sentence to show: thanks, or why the rating was not taken
    skipped = Signal()
    timed_out = Signal()

    def __init__(self, ctx: ServiceContext, actor: Actor, *, lang: str = "id",
                 idle_timeout_ms: int = IDLE_TIMEOUT_MS, object_prefix: str = "rating",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.lang = lang
        self.ticket: survey.RatableTicket | None = None
        self.answers: dict[Element, int] = {}
        self.setObjectName(f"{object_prefix}Form")

        outer = QVBoxLayout(self)
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
                button.setObjectName(f"{object_prefix}_{element.value}_{score}")
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
        outer.addWidget(scroll, 1)
        comment_row = QHBoxLayout()
        self.comment_label = QLabel()
        self.comment_label.setStyleSheet("font-size:20px;")
        self.comment = QLineEdit()
        self.comment.setObjectName(f"{object_prefix}Comment")
        self.comment.setMaxLength(COMMENT_MAX)
        self.comment.setMinimumHeight(56)
        self.comment.setStyleSheet("font-size:20px;")
        self.comment.textEdited.connect(lambda _t: self.touch())
        comment_row.addWidget(self.comment_label)
        comment_row.addWidget(self.comment, 1)
        outer.addLayout(comment_row)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton()
        self.skip_button.setObjectName(f"{object_prefix}Skip")
        self.skip_button.setMinimumHeight(72)
        self.skip_button.setStyleSheet("font-size:22px;")
        self.skip_button.clicked.connect(self.skip)
        self.send_button = QPushButton()
        self.send_button.setObjectName(f"{object_prefix}Send")
        self.send_button.setMinimumHeight(72)
        self.send_button.setStyleSheet("font-size:24px;font-weight:bold;")
        self.send_button.clicked.connect(self.send)
        buttons.addWidget(self.skip_button, 1)
        buttons.addWidget(self.send_button, 2)
        outer.addLayout(buttons)

        self.idle_timeout_ms = idle_timeout_ms
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._time_out)
        self.retranslate()

    def _t(self, id_text: str, en_text: str) -> str:
        return id_text if self.lang == "id" else en_text

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        if self.ticket is not None:
            self.touch()

    def retranslate(self) -> None:
        for element, label in self.question_labels.items():
            label.setText(f"{ELEMENTS.index(element) + 1}. {self._t(*QUESTIONS[element])}")
        for (_element, score), button in self.score_buttons.items():
            button.setText(f"{score}\n{self._t(*SCALE[score])}")
        self.comment_label.setText(self._t("Saran (boleh dikosongkan):", "Comment (optional):"))
        self.comment.setPlaceholderText(self._t("Jangan tulis nama atau nomor telepon",
                                                "Please do not write names or phone numbers"))
        self.skip_button.setText(self._t("Lewati", "Skip"))
        self.send_button.setText(self._t("Kirim penilaian", "Send rating"))
        self.update_send()

    def title_for(self, ticket: survey.RatableTicket) -> str:
        """The question above the form: the ticket number and service, never anything about the person."""
        name = ticket.line_name_id if self.lang == "id" else ticket.line_name_en
        return self._t(f"Nomor {ticket.number} · {name} — bagaimana layanan kami?",
                       f"Number {ticket.number} · {name} — how was our service?")

    # -- flow ---------------------------------------------------------------------------------------------------
    def start(self, ticket: survey.RatableTicket) -> None:
        """Ask about ``ticket`` with empty answers; the idle timer starts."""
        self.ticket = ticket
        self.clear_answers()
        self.touch()

    def stop(self) -> None:
        """Forget the ticket and the answers without saying anything (the window moved on)."""
        self.idle_timer.stop()
        self.ticket = None
        self.clear_answers()

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
        if self.ticket is not None:
            self.idle_timer.start(self.idle_timeout_ms)

    def _time_out(self) -> None:
        self.stop()
        self.timed_out.emit()

    def skip(self) -> None:
        self.stop()
        self.skipped.emit()

    def send(self) -> None:
        if self.ticket is None or len(self.answers) != len(ELEMENTS):
            return
        scores = [self.answers[e] for e in ELEMENTS]
        ticket_id, comment = self.ticket.id, self.comment.text()
        self.stop()
        try:
            survey.record_response(self.ctx, self.actor, ticket_id, scores, comment)
        except LtsaError as exc:
            # already_rated: e.g. rated meanwhile on another screen or at the kiosk
            self.finished.emit(self._t(*ALREADY_RATED) if exc.code == "already_rated" else message_for(exc))
            return
        self.finished.emit(self._t(*THANKS))
