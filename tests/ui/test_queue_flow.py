"""Kiosk → counter → display board, offscreen, through the real windows and services."""

from __future__ import annotations

from ltsa_desktop.services import queue
from ltsa_desktop.ui.pages.queue_counter import CounterQueuePage
from ltsa_desktop.ui.public.display_board import DisplayBoardWindow
from ltsa_desktop.ui.public.kiosk import KioskWindow
from ltsa_desktop.ui.session import AppSession


class RecordingAnnouncer:
    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []

    def announce(self, text: str, lang: str = "id") -> None:
        self.said.append((text, lang))


def _session(office, actor=None) -> AppSession:  # type: ignore[no-untyped-def]
    return office.app_session(actor)


def test_kiosk_counter_and_board(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    slips = []
    kiosk = KioskWindow(_session(office), slip_handler=lambda issued: slips.append(issued) or "slip")
    qtbot.addWidget(kiosk)
    announcer = RecordingAnnouncer()
    board = DisplayBoardWindow(_session(office), announcer=announcer)
    qtbot.addWidget(board)
    counter = CounterQueuePage(_session(office, office.staff))
    qtbot.addWidget(counter)
    counter.show()

    kiosk.line_buttons["A"].click()
    assert kiosk.result_number.text() == "A-001"
    kiosk.priority_button.click()
    kiosk.reason_buttons["lansia"].click()
    kiosk.line_buttons["A"].click()
    assert kiosk.result_number.text() == "A-002"
    assert [s.ticket.priority for s in slips] == [False, True]
    assert "Orang di depan Anda: 0" in kiosk.result_text.text()

    counter.open_button.click()
    assert counter.call_button.isEnabled()
    counter.call_button.click()
    assert counter.current_label.text() == "A-002"  # the priority ticket first
    counter.call_button.click()  # a second press while a ticket is called does nothing harmful
    assert counter.current_label.text() == "A-002"

    qtbot.waitUntil(lambda: board.state is not None and [c.number for c in board.state.now_serving] == ["A-002"],
                    timeout=2000)
    assert announcer.said and "A nol nol dua" in announcer.said[-1][0]
    assert "loket satu" in announcer.said[-1][0]
    counter.finish_button.click()
    counter.call_button.click()
    assert counter.current_label.text() == "A-001"
    counter.missed_button.click()
    assert counter.missed_list.count() == 1
    counter.missed_list.setCurrentRow(0)
    counter.rejoin_button.click()
    assert counter.missed_list.count() == 0
    # the board names no person, ever
    counter.call_button.click()
    qtbot.waitUntil(lambda: [c.number for c in board.state.now_serving] == ["A-001"], timeout=2000)
    board.grab()
    texts = " ".join(w.text() for w in board.findChildren(type(board.office_label)))
    assert "A-001" in texts
    assert office.staff.full_name not in texts and office.staff.username not in texts


def test_kiosk_language_toggle(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    kiosk = KioskWindow(_session(office), slip_handler=lambda issued: "")
    qtbot.addWidget(kiosk)
    assert "Silakan" in kiosk.title.text()
    kiosk.lang_button.click()
    assert "Please" in kiosk.title.text()
    assert "Employment" in kiosk.line_buttons["A"].text()
