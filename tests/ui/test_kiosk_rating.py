"""Rating the service at the kiosk, offscreen: the slip's number on the keypad, the nine questions, the refusals
(unknown number, not finished, already rated, rating time over, a number naming two tickets) and the timeouts that
bring the start screen back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from ltsa_desktop.domain.ikm import ELEMENTS, Element
from ltsa_desktop.services import queue, survey
from ltsa_desktop.storage.models.core import AuditEntry
from ltsa_desktop.ui.public.kiosk import KioskWindow
from ltsa_desktop.ui.public.rating import RatingWindow
from ltsa_desktop.ui.session import AppSession


def _session(office) -> AppSession:  # type: ignore[no-untyped-def]
    return office.app_session()


def serve(office, prefix: str = "A"):  # type: ignore[no-untyped-def]
    queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, prefix)
    ticket = queue.call_next(office.ctx, office.staff, office.counter1).value
    office.clock.advance(minutes=4)
    return queue.finish(office.ctx, office.staff, ticket.id).value


def kiosk_for(qtbot, office, **timeouts) -> KioskWindow:  # type: ignore[no-untyped-def]
    kiosk = KioskWindow(_session(office), slip_handler=lambda _issued: "", **timeouts)
    qtbot.addWidget(kiosk)
    return kiosk


def count(office, day) -> int:  # type: ignore[no-untyped-def]
    return survey.ikm_summary(office.ctx, day, day).count


def enter(kiosk: KioskWindow, *keys: str) -> None:
    kiosk.rate_button.click()
    for key in keys:
        kiosk.key_buttons[key].click()
    kiosk.number_go.click()


def test_rate_by_the_slip_number_then_back_to_the_start(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    ticket = serve(q)
    kiosk = kiosk_for(qtbot, q, thanks_ms=200)
    assert "Beri nilai layanan" in kiosk.rate_button.text()
    kiosk.rate_button.click()
    assert kiosk.pages.currentWidget() is kiosk.number_page
    assert {"A", "B", "H", "0", "9", "back", "clear"} <= set(kiosk.key_buttons)  # the office's prefixes + digits
    kiosk.key_buttons["A"].click()
    kiosk.key_buttons["1"].click()
    assert kiosk.number_edit.text() == "A-1"
    kiosk.number_go.click()
    form = kiosk.rate_form
    assert kiosk.pages.currentWidget() is form
    assert "A-001" in kiosk.title.text() and "Ketenagakerjaan" in kiosk.title.text()
    assert not form.send_button.isEnabled()
    for element in ELEMENTS:
        form.score_buttons[(element, 3)].click()
    form.score_buttons[(Element.BEHAVIOUR, 4)].click()
    form.comment.setText("Antre cepat")
    form.send_button.click()
    assert kiosk.pages.currentWidget() is kiosk.result_page
    assert "Terima kasih" in kiosk.result_text.text() and kiosk.result_number.text() == "A-001"

    summary = survey.ikm_summary(q.ctx, ticket.service_day, ticket.service_day)
    assert summary.count == 1 and summary.element_averages[6] == 4.0 and summary.element_averages[0] == 3.0
    assert [c.text for c in summary.comments] == ["Antre cepat"]
    with q.ctx.read() as session:  # journalled as done at the kiosk, naming neither the ticket nor its number
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "record_survey_response")).scalar_one()
        assert entry.actor_name == "kiosk" and ticket.id not in entry.details_json and "A-001" not in entry.details_json
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.lines_page, timeout=3000)
    assert "Silakan ambil nomor" in kiosk.title.text()


def test_typed_number_and_unknown_number(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    ticket = serve(q, "B")
    kiosk = kiosk_for(qtbot, q)
    kiosk.rate_button.click()
    kiosk.number_go.click()
    assert "Ketik dulu" in kiosk.number_message.text()
    qtbot.keyClicks(kiosk.number_edit, "b-99")
    assert kiosk.number_edit.text() == "B-99"
    qtbot.keyClick(kiosk.number_edit, Qt.Key.Key_Return)
    assert kiosk.pages.currentWidget() is kiosk.number_page
    assert "B-099 tidak ditemukan" in kiosk.number_message.text()
    kiosk.key_buttons["clear"].click()
    assert kiosk.number_edit.text() == "" and kiosk.number_message.text() == ""
    qtbot.keyClicks(kiosk.number_edit, "Siti")  # not a number at all
    kiosk.number_go.click()
    assert "tidak ditemukan" in kiosk.number_message.text()
    kiosk.press_clear()
    qtbot.keyClicks(kiosk.number_edit, "b1")
    kiosk.number_go.click()
    assert kiosk.pages.currentWidget() is kiosk.rate_form and kiosk.rating_ticket.id == ticket.id  # type: ignore[union-attr]
    assert count(q, ticket.service_day) == 0  # nothing is saved until Send


def test_a_ticket_not_finished_cannot_be_rated_yet(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    waiting = queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "C").value.ticket
    kiosk = kiosk_for(qtbot, q)
    enter(kiosk, "C", "1")
    assert kiosk.pages.currentWidget() is kiosk.number_page
    assert "belum selesai" in kiosk.number_message.text() and "C-001" in kiosk.number_message.text()
    queue.cancel(q.ctx, q.staff, waiting.id, "left")
    kiosk.number_go.click()
    assert "tidak dilayani" in kiosk.number_message.text()
    kiosk.lang_button.click()  # the language changes; the pad stays with the number
    assert kiosk.pages.currentWidget() is kiosk.number_page and kiosk.number_edit.text() == "C-1"
    assert kiosk.title.text() == "Rate our service" and kiosk.number_go.text() == "Continue"
    kiosk.number_go.click()
    assert "was not served today" in kiosk.number_message.text()
    assert count(q, waiting.service_day) == 0


def test_a_second_rating_is_refused(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    first, second = serve(q), serve(q)
    kiosk = kiosk_for(qtbot, q)
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, first.id, [4] * 9)  # rated at the counter already
    enter(kiosk, "A", "1")
    assert kiosk.pages.currentWidget() is kiosk.number_page
    assert "A-001 sudah dinilai" in kiosk.number_message.text()
    # rated at the counter's screen while the kiosk form was open: refused on Send, said so
    kiosk.press_clear()
    for key in ("A", "2"):
        kiosk.key_buttons[key].click()
    kiosk.number_go.click()
    for element in ELEMENTS:
        kiosk.rate_form.score_buttons[(element, 1)].click()
    screen = RatingWindow(_session(q), q.counter1, poll_ms=None)
    qtbot.addWidget(screen)
    screen.poll()
    assert screen.ticket is not None and screen.ticket.id == second.id
    for element in ELEMENTS:
        screen.score_buttons[(element, 4)].click()
    screen.send_button.click()
    kiosk.rate_form.send_button.click()
    assert "sudah dinilai" in kiosk.result_text.text()
    summary = survey.ikm_summary(q.ctx, first.service_day, first.service_day)
    assert summary.count == 2 and summary.element_averages == (4.0,) * 9  # the kiosk's ones were not saved


def test_an_old_number_is_refused_once_the_rating_window_closed(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    old = serve(q)
    q.clock.advance(minutes=survey.RATING_WINDOW_MINUTES + 1)
    fresh = serve(q)
    kiosk = kiosk_for(qtbot, q)
    enter(kiosk, "A", "1")
    assert kiosk.pages.currentWidget() is kiosk.number_page and kiosk.rating_ticket is None
    assert kiosk.number_message.text() == (
        f"Penilaian untuk nomor A-001 sudah ditutup: nilai paling lambat {survey.RATING_WINDOW_MINUTES} menit "
        "setelah selesai dilayani.")
    kiosk.lang_button.click()
    kiosk.number_go.click()
    assert kiosk.number_message.text() == (
        f"Rating for number A-001 has closed: please rate within {survey.RATING_WINDOW_MINUTES} minutes of being "
        "served.")
    kiosk.press_clear()
    for key in ("A", "2"):  # the visit that just ended is still taken
        kiosk.key_buttons[key].click()
    kiosk.number_go.click()
    assert kiosk.pages.currentWidget() is kiosk.rate_form and kiosk.rating_ticket.id == fresh.id  # type: ignore[union-attr]
    assert count(q, old.service_day) == 0


def test_a_number_without_its_dash_naming_two_tickets_asks_for_the_dash(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.domain.roles import ADMINS
    from ltsa_desktop.storage.models.queue import QueueLine

    with q.ctx.write(q.admin, "configure_queue", roles=ADMINS) as uow:  # a line whose prefix holds a digit
        uow.add(QueueLine(prefix="A1", name_id="Loket A1", name_en="Desk A1", service_codes="[]", sort_order=9,
                          active=True))
    queue.set_counter_lines(q.ctx, q.admin, q.counter1, {"A", "A1"})
    for _ in range(12):  # A-001 .. A-012
        queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "A")
    queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "A1")  # A1-002 needs two
    queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "A1")
    kiosk = kiosk_for(qtbot, q)
    kiosk.rate_button.click()
    qtbot.keyClicks(kiosk.number_edit, "a12")  # A-012 or A1-002
    kiosk.number_go.click()
    assert kiosk.pages.currentWidget() is kiosk.number_page and kiosk.rating_ticket is None
    message = kiosk.number_message.text()
    assert "A12 bisa berarti A-012 atau A1-002" in message and "tanda hubung" in message
    assert "misalnya A-012" in message
    kiosk.lang_button.click()
    kiosk.number_go.click()
    assert kiosk.number_message.text() == ("Number A12 could mean A-012 or A1-002. Please type it with the dash as "
                                           "on your slip (for example A-012).")
    kiosk.press_clear()
    qtbot.keyClicks(kiosk.number_edit, "A-12")  # with the dash: one ticket, still waiting
    kiosk.number_go.click()
    assert "A-012" in kiosk.number_message.text() and "not finished yet" in kiosk.number_message.text()


def test_left_alone_the_form_and_the_pad_time_out(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    ticket = serve(q)
    kiosk = kiosk_for(qtbot, q, rating_timeout_ms=150, entry_timeout_ms=150)
    enter(kiosk, "A", "1")
    form = kiosk.rate_form
    form.score_buttons[(Element.TIME, 2)].click()
    form.comment.setText("setengah jalan")
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.lines_page, timeout=3000)
    assert form.answers == {} and form.comment.text() == "" and form.ticket is None and kiosk.rating_ticket is None
    assert all(not b.isChecked() for b in form.score_buttons.values())
    assert count(q, ticket.service_day) == 0
    kiosk.rate_button.click()  # the pad alone also goes back
    kiosk.key_buttons["A"].click()
    qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.lines_page, timeout=3000)
    enter(kiosk, "A", "1")  # not rated, so it can still be rated
    assert kiosk.pages.currentWidget() is form and form.ticket is not None and form.ticket.id == ticket.id
    form.skip_button.click()
    assert kiosk.pages.currentWidget() is kiosk.lines_page and count(q, ticket.service_day) == 0


def test_keypad_and_language(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    serve(q)
    kiosk = kiosk_for(qtbot, q)
    kiosk.rate_button.click()
    for key in ("B", "1", "2"):
        kiosk.key_buttons[key].click()
    kiosk.key_buttons["A"].click()  # a prefix starts the number again
    assert kiosk.number_edit.text() == "A-"
    kiosk.key_buttons["1"].click()
    kiosk.key_buttons["back"].click()
    assert kiosk.number_edit.text() == "A-"
    kiosk.key_buttons["back"].click()  # the prefix and its dash went in together and go together
    assert kiosk.number_edit.text() == ""
    for key in ("A", "1"):
        kiosk.key_buttons[key].click()
    kiosk.number_go.click()
    assert "Sangat puas" in kiosk.rate_form.score_buttons[(Element.COST, 4)].text()
    kiosk.lang_button.click()  # English, and the form stays open with its answers
    assert kiosk.pages.currentWidget() is kiosk.rate_form
    assert "Very satisfied" in kiosk.rate_form.score_buttons[(Element.COST, 4)].text()
    assert "how was our service" in kiosk.title.text() and kiosk.rate_form.send_button.text() == "Send rating"
    kiosk.rate_form.skip_button.click()
    assert "Rate our service" in kiosk.rate_button.text() and "Please take" in kiosk.title.text()
