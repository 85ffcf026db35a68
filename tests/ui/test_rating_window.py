"""The rating screen, offscreen: a finished ticket is offered, rated once, a second rating is refused, and a
rating left open times out and resets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from ltsa_desktop.domain.errors import InvalidState
from ltsa_desktop.domain.ikm import ELEMENTS, Element
from ltsa_desktop.services import queue, survey
from ltsa_desktop.settings import COUNTER_ID
from ltsa_desktop.ui.public import create_public_window
from ltsa_desktop.ui.public.rating import RatingWindow
from ltsa_desktop.ui.session import AppSession


def _session(office) -> AppSession:  # type: ignore[no-untyped-def]
    return office.app_session()


def serve(office):  # type: ignore[no-untyped-def]
    queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")
    ticket = queue.call_next(office.ctx, office.staff, office.counter1).value
    office.clock.advance(minutes=4)
    return queue.finish(office.ctx, office.staff, ticket.id).value


def rate_all(window: RatingWindow, score: int) -> None:
    for element in ELEMENTS:
        window.score_buttons[(element, score)].click()


def test_finish_rate_and_second_rating_refused(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    window = RatingWindow(_session(q), q.counter1, poll_ms=None, thanks_ms=60_000)
    qtbot.addWidget(window)
    window.poll()
    assert window.pages.currentWidget() is window.idle_page  # nothing finished yet
    assert "penilaian" in window.idle_text.text()

    ticket = serve(q)
    window.poll()
    assert window.pages.currentWidget() is window.form_page
    assert "A-001" in window.title.text() and "Ketenagakerjaan" in window.title.text()
    assert not window.send_button.isEnabled()
    rate_all(window, 4)
    window.score_buttons[(Element.TIME, 2)].click()  # changing one's mind: one answer per element
    assert window.groups[Element.TIME].checkedId() == 2
    window.comment.setText("Petugas ramah")
    assert window.send_button.isEnabled()
    window.send_button.click()
    assert window.pages.currentWidget() is window.done_page
    assert "Terima kasih" in window.done_text.text()

    summary = survey.ikm_summary(q.ctx, ticket.service_day, ticket.service_day)
    assert summary.count == 1 and summary.element_averages[2] == 2.0 and summary.element_averages[0] == 4.0
    assert [c.text for c in summary.comments] == ["Petugas ramah"]
    # the same ticket is not offered again, and a second rating is refused by the service
    window.show_idle()
    window.poll()
    assert window.pages.currentWidget() is window.idle_page
    with pytest.raises(InvalidState):
        survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, ticket.id, [1] * 9)
    assert survey.ikm_summary(q.ctx, ticket.service_day, ticket.service_day).count == 1


def test_rated_meanwhile_elsewhere_is_refused_on_screen(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    window = RatingWindow(_session(q), q.counter1, poll_ms=None, thanks_ms=60_000)
    qtbot.addWidget(window)
    ticket = serve(q)
    window.poll()
    rate_all(window, 3)
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, ticket.id, [4] * 9)  # another screen was quicker
    window.send_button.click()
    assert "sudah dinilai" in window.done_text.text()
    summary = survey.ikm_summary(q.ctx, ticket.service_day, ticket.service_day)
    assert summary.count == 1 and summary.element_averages == (4.0,) * 9


def test_left_open_it_times_out_and_resets(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    window = RatingWindow(_session(q), q.counter1, idle_timeout_ms=150, poll_ms=None)
    qtbot.addWidget(window)
    first = serve(q)
    window.poll()
    window.score_buttons[(Element.REQUIREMENTS, 1)].click()
    window.comment.setText("setengah jalan")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.idle_page, timeout=3000)
    assert window.answers == {} and window.comment.text() == "" and window.ticket is None
    assert all(not b.isChecked() for b in window.score_buttons.values())
    assert survey.ikm_summary(q.ctx, first.service_day, first.service_day).count == 0  # nothing was saved
    window.poll()
    assert window.pages.currentWidget() is window.idle_page  # the person has left: not offered again
    second = serve(q)
    window.poll()
    assert window.ticket is not None and window.ticket.id == second.id  # the next visitor gets the screen


def test_touches_keep_it_open(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    window = RatingWindow(_session(q), q.counter1, idle_timeout_ms=400, poll_ms=None)
    qtbot.addWidget(window)
    serve(q)
    window.poll()
    for element in list(ELEMENTS)[:4]:
        qtbot.wait(250)
        window.score_buttons[(element, 3)].click()
    assert window.pages.currentWidget() is window.form_page  # 1 s in, but never 400 ms without a touch


def test_language_toggle_and_counter_choice(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    session = _session(q)
    window = create_public_window("rating", session)
    qtbot.addWidget(window)
    assert isinstance(window, RatingWindow)
    assert window.pages.currentWidget() is window.counter_page  # no counter set on this PC yet
    serve(q)
    window.counter_buttons[q.counter1].click()
    assert window.pages.currentWidget() is window.form_page
    assert "Sangat puas" in window.score_buttons[(Element.COST, 4)].text()
    window.lang_button.click()
    assert "Very satisfied" in window.score_buttons[(Element.COST, 4)].text()
    assert "how was our service" in window.title.text()
    session.state.settings.set(COUNTER_ID, q.counter1)
    remembered = RatingWindow(session, poll_ms=None)
    qtbot.addWidget(remembered)
    assert remembered.counter_id == q.counter1 and remembered.pages.currentWidget() is remembered.idle_page


def test_supervisor_day_shows_the_index_and_comments(qtbot, q) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.ui.pages.supervisor_day import SupervisorDayPage

    first = serve(q)
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, first.id, [4] * 9, "Cepat sekali")
    second = serve(q)
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, second.id, [3] * 9)
    session = _session(q)
    session.set_actor(q.supervisor)
    page = SupervisorDayPage(session)
    qtbot.addWidget(page)
    day = first.service_day
    page.day_edit.setDate(QDate(day.year, day.month, day.day))
    text = page.ikm_label.text()
    assert session.state.language == "id"
    assert "87,50" in text and "grade B (Baik)" in text and "2 ratings" in text  # (36 + 27) / 18 × 25
    assert "Cepat sekali" in text


def test_it_can_be_started_on_its_own() -> None:
    from ltsa_desktop.app import PUBLIC_WINDOWS, parse_args

    assert parse_args(["--window", "rating"]).window == "rating"
    # a counter's screen (its desktop entry and Start-menu shortcut start it on the counter's tablet or second
    # screen), not one of the public PCs the Windows installer can start at sign-in
    assert "rating" not in PUBLIC_WINDOWS
