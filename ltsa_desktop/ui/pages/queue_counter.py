"""The counter's queue page: open the counter, call next by policy, recall, serve, finish, skip, transfer.

There is no list to pick from: calling follows the office's policy (priority, arrival, anti-starvation), so
nobody can pick the easy tickets. The page follows the office's queue revision, so a kiosk ticket shows at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.services import queue
from ltsa_desktop.services.context import OpResult
from ltsa_desktop.settings import COUNTER_ID
from ltsa_desktop.ui.bus import emit
from ltsa_desktop.ui.messages import message_for
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.workspaces.pages import PageSpec

POLL_MS = 1000


class CounterQueuePage(QWidget):
    """Emits ``ticket_changed(TicketRow | None)`` so the applicant pages know whom the counter is serving."""

    ticket_changed = Signal(object)

    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.view: queue.CounterView | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.counter_combo = QComboBox()
        self.counter_combo.setObjectName("counterChoice")
        for counter_id, _number, name in queue.list_counters(session.ctx):
            self.counter_combo.addItem(name, counter_id)
        remembered = session.state.settings.get(COUNTER_ID)
        index = self.counter_combo.findData(remembered)
        if index >= 0:
            self.counter_combo.setCurrentIndex(index)
        self.counter_combo.currentIndexChanged.connect(self._counter_chosen)
        self.open_button = QPushButton(self.tr("Open this counter"))
        self.open_button.setObjectName("openCounter")
        self.open_button.clicked.connect(self.open_counter)
        self.state_label = QLabel("")
        top.addWidget(QLabel(self.tr("Counter")))
        top.addWidget(self.counter_combo)
        top.addWidget(self.open_button)
        top.addWidget(self.state_label, 1)
        layout.addLayout(top)

        current = QGroupBox(self.tr("Current ticket"))
        cur = QVBoxLayout(current)
        self.current_label = QLabel("—")
        self.current_label.setObjectName("currentTicket")
        self.current_label.setStyleSheet("font-size:48px;font-weight:bold;")
        self.current_detail = QLabel("")
        cur.addWidget(self.current_label)
        cur.addWidget(self.current_detail)
        buttons = QHBoxLayout()
        self.call_button = self._button(self.tr("Call next"), "callNext", self.call_next, "F2")
        self.recall_button = self._button(self.tr("Recall"), "recall", self.recall, "F3")
        self.start_button = self._button(self.tr("Start serving"), "startServing", self.start, "F4")
        self.finish_button = self._button(self.tr("Finish"), "finish", self.finish, "F5")
        self.missed_button = self._button(self.tr("No-show"), "noShow", self.missed, None)
        self.transfer_button = self._button(self.tr("Transfer…"), "transfer", self.transfer, None)
        self.cancel_button = self._button(self.tr("Cancel ticket…"), "cancelTicket", self.cancel, None)
        for b in (self.call_button, self.recall_button, self.start_button, self.finish_button, self.missed_button,
                  self.transfer_button, self.cancel_button):
            buttons.addWidget(b)
        cur.addLayout(buttons)
        layout.addWidget(current)

        bottom = QHBoxLayout()
        waiting = QGroupBox(self.tr("Waiting for this counter"))
        wl = QVBoxLayout(waiting)
        self.waiting_label = QLabel("")
        self.waiting_label.setObjectName("waitingCounts")
        wl.addWidget(self.waiting_label)
        bottom.addWidget(waiting, 1)
        missed = QGroupBox(self.tr("Missed (may rejoin once)"))
        ml = QVBoxLayout(missed)
        self.missed_list = QListWidget()
        self.missed_list.setObjectName("missedList")
        self.rejoin_button = QPushButton(self.tr("Rejoin queue"))
        self.rejoin_button.clicked.connect(self.rejoin)
        ml.addWidget(self.missed_list)
        ml.addWidget(self.rejoin_button)
        bottom.addWidget(missed, 1)
        layout.addLayout(bottom)
        self.message = QLabel("")
        self.message.setObjectName("counterMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(POLL_MS)
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], None], shortcut: str | None) -> QPushButton:
        b = QPushButton(text + (f" ({shortcut})" if shortcut else ""))
        b.setObjectName(name)
        if shortcut:
            b.setShortcut(shortcut)
        b.clicked.connect(slot)
        return b

    @property
    def counter_id(self) -> str:
        return self.counter_combo.currentData() or ""

    def _counter_chosen(self) -> None:
        self.session.state.settings.set(COUNTER_ID, self.counter_id)
        self.refresh()

    # -- running service calls ---------------------------------------------------------------------------
    def _run(self, fn: Callable[[], OpResult], done: str = "") -> OpResult | None:
        """Run a quick service call; buttons are disabled meanwhile so a double click cannot act twice."""
        self.setEnabled(False)
        try:
            result = fn()
        except LtsaError as exc:
            self.message.setStyleSheet("color:#b91c1c;")
            self.message.setText(message_for(exc))
            return None
        finally:
            self.setEnabled(True)
        self.message.setStyleSheet("")
        self.message.setText(done)
        self.refresh()
        return result

    def open_counter(self) -> None:
        self._run(lambda: queue.open_counter(self.session.ctx, self.session.actor, self.counter_id),
                  self.tr("Counter opened."))

    def call_next(self) -> None:
        result = self._run(lambda: queue.call_next(self.session.ctx, self.session.actor, self.counter_id))
        if result is not None and result.value is None:
            self.message.setText(self.tr("Nobody is waiting for this counter."))

    def _current_id(self) -> str | None:
        return self.view.current.id if self.view and self.view.current else None

    def recall(self) -> None:
        if self._current_id():
            self._run(lambda: queue.recall(self.session.ctx, self.session.actor, self._current_id() or ""))

    def start(self) -> None:
        if self._current_id():
            self._run(lambda: queue.start_serving(self.session.ctx, self.session.actor, self._current_id() or ""))

    def finish(self) -> None:
        if self._current_id():
            self._run(lambda: queue.finish(self.session.ctx, self.session.actor, self._current_id() or ""),
                      self.tr("Finished."))

    def missed(self) -> None:
        if self._current_id():
            self._run(lambda: queue.mark_missed(self.session.ctx, self.session.actor, self._current_id() or ""))

    def transfer(self) -> None:
        ticket_id = self._current_id()
        if not ticket_id:
            return
        lines = queue.list_lines(self.session.ctx)
        names = [f"{ln.prefix} – {ln.name_id}" for ln in lines if ln.active]
        choice, ok = QInputDialog.getItem(self, self.tr("Transfer"), self.tr("Send the ticket to:"), names, 0,
                                          False)
        if ok and choice:
            prefix = choice.split(" – ")[0]
            self._run(lambda: queue.transfer(self.session.ctx, self.session.actor, ticket_id, prefix),
                      self.tr("Transferred; the ticket keeps its number and place."))

    def cancel(self) -> None:
        ticket_id = self._current_id()
        if not ticket_id:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel ticket"), self.tr("Reason:"))
        if ok:
            self._run(lambda: queue.cancel(self.session.ctx, self.session.actor, ticket_id, reason))

    def rejoin(self) -> None:
        item = self.missed_list.currentItem()
        if item is None:
            QMessageBox.information(self, self.tr("Rejoin"), self.tr("Choose a missed ticket first."))
            return
        ticket_id = item.data(256)
        self._run(lambda: queue.rejoin(self.session.ctx, self.session.actor, ticket_id), self.tr("Rejoined."))

    # -- display -----------------------------------------------------------------------------------------
    def poll(self) -> None:
        if not self.isVisible() or not self.counter_id:
            return
        if self.view is None or queue.queue_revision(self.session.ctx) != self.view.revision:
            self.refresh()

    def refresh(self) -> None:
        if not self.counter_id:
            return
        view = queue.counter_view(self.session.ctx, self.session.actor, self.counter_id)
        previous = self.view.current if self.view else None
        self.view = view
        if view.open_by_me:
            self.state_label.setText(self.tr("Open by you"))
        elif view.open_by:
            self.state_label.setText(self.tr("Open by {name}").format(name=view.open_by))
        else:
            self.state_label.setText(self.tr("Closed"))
        self.open_button.setVisible(not view.open_by_me)
        current = view.current
        self.current_label.setText(current.number if current else "—")
        status = {"called": self.tr("called"), "serving": self.tr("being served")}
        self.current_detail.setText("" if current is None else self.tr("{status}; called {n}×{priority}").format(
            status=status.get(current.status, current.status), n=current.call_count,
            priority=self.tr(", priority") if current.priority else ""))
        has = current is not None
        self.call_button.setEnabled(view.open_by_me and not has)
        for b in (self.recall_button, self.missed_button):
            b.setEnabled(has and current is not None and current.status == "called")
        self.start_button.setEnabled(has and current is not None and current.status == "called")
        for b in (self.finish_button, self.transfer_button, self.cancel_button):
            b.setEnabled(has)
        self.waiting_label.setText("\n".join(self.tr("Line {prefix}: {count} waiting").format(prefix=p, count=n)
                                             for p, n in view.waiting_by_line) or self.tr("No queue lines."))
        self.missed_list.clear()
        for t in view.missed:
            item = QListWidgetItem(t.number + (self.tr(" (already rejoined)") if t.rejoined else ""))
            item.setData(256, t.id)
            self.missed_list.addItem(item)
        if (previous.id if previous else None) != (current.id if current else None):
            self.session.state.extra["current_ticket"] = current
            emit(self.ticket_changed, current)


PAGES = [PageSpec("counter", 10, QT_TRANSLATE_NOOP("pages", "Queue"), CounterQueuePage)]
