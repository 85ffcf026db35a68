"""The display board (TV, second monitor): now serving per counter, the last five calls, waiting per line.

Ticket numbers only, never names. It polls the office's queue revision every half second, so a call made on any
PC of the same database shows within a second, and each new call is announced (chime, then speech) in order.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from ltsa_desktop.domain.announce import announcement_text
from ltsa_desktop.domain.formatting import format_datetime_local
from ltsa_desktop.services import queue
from ltsa_desktop.services.office import office_info
from ltsa_desktop.ui.public import PublicWindow

POLL_MS = 500


class DisplayBoardWindow(PublicWindow):
    def __init__(self, session, announcer=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(self.tr("Display board"))
        self.session = session
        self.setObjectName("display_board")
        self.setStyleSheet("QWidget#display_board{background:#0b1f33;} QLabel{color:white;}")
        self.lang = session.state.language
        info = office_info(session.ctx)
        self.tz = info.tz_name
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.office_label = QLabel(info.name)
        self.office_label.setStyleSheet("font-size:28px;font-weight:bold;")
        self.clock = QLabel("")
        self.clock.setStyleSheet("font-size:28px;")
        header.addWidget(self.office_label, 1)
        header.addWidget(self.clock)
        layout.addLayout(header)

        body = QHBoxLayout()
        serving_box = QVBoxLayout()
        title = QLabel(self.tr("NOW SERVING"))
        title.setStyleSheet("font-size:32px;font-weight:bold;color:#fbbf24;")
        serving_box.addWidget(title)
        self.serving_grid = QGridLayout()
        serving_box.addLayout(self.serving_grid)
        serving_box.addStretch(1)
        body.addLayout(serving_box, 3)

        side = QVBoxLayout()
        recent_title = QLabel(self.tr("Last calls"))
        recent_title.setStyleSheet("font-size:24px;font-weight:bold;color:#fbbf24;")
        side.addWidget(recent_title)
        self.recent_labels = [QLabel("") for _ in range(5)]
        for label in self.recent_labels:
            label.setStyleSheet("font-size:26px;")
            side.addWidget(label)
        waiting_title = QLabel(self.tr("Waiting"))
        waiting_title.setStyleSheet("font-size:24px;font-weight:bold;color:#fbbf24;margin-top:16px;")
        side.addWidget(waiting_title)
        self.waiting_label = QLabel("")
        self.waiting_label.setStyleSheet("font-size:22px;")
        self.waiting_label.setWordWrap(True)
        side.addWidget(self.waiting_label)
        side.addStretch(1)
        frame = QFrame()
        frame.setLayout(side)
        body.addWidget(frame, 2)
        layout.addLayout(body, 1)

        if announcer is None:
            from ltsa_desktop.ui.announcer import Announcer

            announcer = Announcer()
        self.announcer = announcer
        self.revision = -1
        self.seen_calls: set[tuple[str, str, str]] = set()
        self.state: queue.BoardState | None = None
        self._first = True
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(POLL_MS)
        self.poll()

    def poll(self) -> None:
        self.clock.setText(format_datetime_local(datetime.now(UTC), self.tz, self.lang, seconds=True))
        revision = queue.queue_revision(self.session.ctx)
        if revision == self.revision:
            return
        self.revision = revision
        self.render(queue.board_state(self.session.ctx, lang=self.lang))

    def render(self, state: queue.BoardState) -> None:
        self.state = state
        while self.serving_grid.count():
            item = self.serving_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for row, call in enumerate(state.now_serving):
            number = QLabel(call.number)
            number.setObjectName("boardNumber")
            number.setStyleSheet("font-size:72px;font-weight:bold;")
            counter = QLabel(self.tr("Counter {n}").format(n=call.counter_number))
            counter.setStyleSheet("font-size:40px;")
            counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.serving_grid.addWidget(number, row, 0)
            self.serving_grid.addWidget(counter, row, 1)
        for label, call in zip(self.recent_labels, list(state.recent_calls) + [None] * 5, strict=False):
            label.setText("" if call is None else self.tr("{number} → Counter {n}").format(
                number=call.number, n=call.counter_number))
        self.waiting_label.setText("\n".join(
            self.tr("{prefix} {name}: {count}").format(prefix=p, name=name, count=n)
            for p, name, n in state.waiting))
        new_calls = [c for c in reversed(state.recent_calls)
                     if (c.number, c.at.isoformat(), c.action) not in self.seen_calls]
        for call in new_calls:
            self.seen_calls.add((call.number, call.at.isoformat(), call.action))
            if not self._first:  # calls made before the board opened are shown, not announced
                self.announcer.announce(announcement_text(call.number, call.counter_number, self.lang), self.lang)
        self._first = False

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.timer.stop()
        super().closeEvent(event)


