"""Satisfaction survey services: one rating per finished ticket, refusals that change nothing, the index."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from ltsa_desktop.domain.errors import InvalidState, NotFound, ValidationFailed
from ltsa_desktop.services import queue, survey
from ltsa_desktop.storage.models.core import AuditEntry
from ltsa_desktop.storage.models.survey import SurveyResponse

GOOD = [4, 4, 3, 3, 4, 3, 4, 3, 4]


@pytest.fixture()
def q(office):  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    counters = queue.list_counters(office.ctx)
    office.counter1, office.counter2 = counters[0][0], counters[1][0]
    queue.open_counter(office.ctx, office.staff, office.counter1)
    queue.open_counter(office.ctx, office.staff2, office.counter2)
    return office


def served(office, counter: str, prefix: str = "A"):  # type: ignore[no-untyped-def]
    """Issue a ticket, call it at ``counter`` and finish it; returns the ticket row."""
    queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, prefix)
    staff = office.staff if counter == office.counter1 else office.staff2
    ticket = queue.call_next(office.ctx, staff, counter).value
    office.clock.advance(minutes=5)
    return queue.finish(office.ctx, staff, ticket.id).value


def responses(office) -> int:  # type: ignore[no-untyped-def]
    with office.ctx.read() as session:
        return session.execute(select(func.count()).select_from(SurveyResponse)).scalar_one()


def test_the_latest_finished_ticket_is_offered_until_rated(q) -> None:  # type: ignore[no-untyped-def]
    assert survey.latest_unrated_ticket(q.ctx, q.counter1) is None
    first = served(q, q.counter1)
    offered = survey.latest_unrated_ticket(q.ctx, q.counter1)
    assert offered is not None and offered.number == first.number == "A-001"
    assert offered.line_name_id == "Ketenagakerjaan"
    assert survey.latest_unrated_ticket(q.ctx, q.counter2) is None  # another counter's screen shows nothing
    second = served(q, q.counter1)
    assert survey.latest_unrated_ticket(q.ctx, q.counter1).id == second.id  # type: ignore[union-attr]
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, second.id, GOOD, "  Cepat dan ramah  ")
    assert survey.latest_unrated_ticket(q.ctx, q.counter1) is None  # the earlier visitor has left
    with q.ctx.read() as session:
        row = session.execute(select(SurveyResponse)).scalars().one()
        assert row.scores() == tuple(GOOD) and row.comment == "Cepat dan ramah"
        assert (row.line, row.counter_id, row.service_day) == ("A", q.counter1, second.service_day)
        audit = session.execute(select(AuditEntry).where(AuditEntry.action == "record_survey_response")).scalars().one()
        assert audit.entity_id == row.id and "Cepat" not in audit.details_json
        # anonymous: neither the response nor its journal entry names the ticket
        assert second.id not in audit.details_json and second.number not in audit.details_json
        assert not any(second.id == getattr(row, c.key) for c in SurveyResponse.__table__.columns)


def test_second_rating_for_the_same_ticket_is_refused(q) -> None:  # type: ignore[no-untyped-def]
    t = served(q, q.counter1)
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, t.id, GOOD)
    with pytest.raises(InvalidState) as info:
        survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, t.id, [1] * 9, "again")
    assert info.value.code == "already_rated"
    assert responses(q) == 1
    assert survey.ikm_summary(q.ctx, t.service_day, t.service_day).element_averages[0] == 4.0


def test_a_ticket_not_finished_cannot_be_rated(q) -> None:  # type: ignore[no-untyped-def]
    waiting = queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "B").value.ticket
    with pytest.raises(InvalidState) as info:
        survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, waiting.id, GOOD)
    assert info.value.code == "ticket_not_finished" and info.value.params["number"] == "B-001"
    called = queue.call_next(q.ctx, q.staff, q.counter1).value
    with pytest.raises(InvalidState):
        survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, called.id, GOOD)
    cancelled = queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "C").value.ticket
    queue.cancel(q.ctx, q.staff, cancelled.id, "left")
    with pytest.raises(InvalidState):
        survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, cancelled.id, GOOD)
    with pytest.raises(NotFound):
        survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, "no-such-ticket", GOOD)
    assert responses(q) == 0


@pytest.mark.parametrize(("typed", "numbers"), [
    ("A-007", ["A-007"]), ("a7", ["A-007"]), (" A 007 ", ["A-007"]), ("A-07", ["A-007"]), ("b.1000", ["B-1000"]),
    ("A12", ["A-012", "A1-002"]),  # a prefix may hold a digit: the office's tickets decide
    ("A1-2", ["A1-002"]), ("A007", ["A-007"]),  # never "A0-07"
    ("", []), ("A", []), ("A-", []), ("7", []), ("A-0", []), ("A-1234567", []), ("Siti", []), ("A-1x", []),
])
def test_typed_slip_numbers(typed, numbers) -> None:  # type: ignore[no-untyped-def]
    assert survey.ticket_number_candidates(typed) == numbers


def audit_count(office) -> int:  # type: ignore[no-untyped-def]
    with office.ctx.read() as session:
        return session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def test_kiosk_looks_up_a_ticket_by_its_slip_number(q) -> None:  # type: ignore[no-untyped-def]
    done = served(q, q.counter2, "B")
    before = audit_count(q)
    found = survey.ratable_ticket_by_number(q.ctx, "b1")
    assert (found.id, found.number, found.counter_id, found.line) == (done.id, "B-001", q.counter2, "B")
    assert (found.line_name_id, found.line_name_en) == ("Imigrasi (Paspor)", "Immigration (passport)")
    assert survey.ratable_ticket_by_number(q.ctx, " B-001 ").id == done.id
    assert audit_count(q) == before  # a look-up changes nothing

    for typed in ("B-002", "Z-001", "Siti", ""):  # unknown today, or not a ticket number at all
        with pytest.raises(NotFound) as unknown:
            survey.ratable_ticket_by_number(q.ctx, typed)
        assert unknown.value.code == "not_found"
    with pytest.raises(NotFound) as info:
        survey.ratable_ticket_by_number(q.ctx, "b2")
    assert info.value.params["number"] == "B-002"

    waiting = queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "A").value.ticket
    with pytest.raises(InvalidState) as info:
        survey.ratable_ticket_by_number(q.ctx, waiting.number)
    assert info.value.code == "ticket_not_finished" and info.value.params["in_progress"] is True
    serving = queue.call_next(q.ctx, q.staff, q.counter1).value
    queue.start_serving(q.ctx, q.staff, serving.id)
    with pytest.raises(InvalidState) as info:
        survey.ratable_ticket_by_number(q.ctx, serving.number)
    assert info.value.params["in_progress"] is True
    cancelled = queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "C").value.ticket
    queue.cancel(q.ctx, q.staff, cancelled.id, "left")
    with pytest.raises(InvalidState) as info:
        survey.ratable_ticket_by_number(q.ctx, cancelled.number)
    assert info.value.code == "ticket_not_finished" and info.value.params["in_progress"] is False

    survey.record_response(q.ctx, queue.KIOSK_ACTOR, found.id, GOOD)
    with pytest.raises(InvalidState) as info:
        survey.ratable_ticket_by_number(q.ctx, "B-001")
    assert info.value.code == "already_rated" and info.value.params["number"] == "B-001"
    assert responses(q) == 1


def test_only_todays_tickets_of_this_office_are_found(q) -> None:  # type: ignore[no-untyped-def]
    served(q, q.counter1)
    assert survey.ratable_ticket_by_number(q.ctx, "A-001").number == "A-001"
    q.clock.advance(days=1)
    with pytest.raises(NotFound):  # yesterday's A-001: that visit is over; today has no A-001 yet
        survey.ratable_ticket_by_number(q.ctx, "A-001")


def test_the_kiosk_takes_a_number_only_within_the_rating_window(q) -> None:  # type: ignore[no-untyped-def]
    early = served(q, q.counter1)  # A-001, finished at 08:05
    q.clock.advance(minutes=survey.RATING_WINDOW_MINUTES)  # exactly the window later: still taken
    assert survey.ratable_ticket_by_number(q.ctx, "A-001").id == early.id
    late = served(q, q.counter2, "B")  # B-001, finished now
    q.clock.advance(seconds=1)  # A-001 just past the window
    before = audit_count(q)
    with pytest.raises(InvalidState) as info:
        survey.ratable_ticket_by_number(q.ctx, "a1")
    assert info.value.code == "rating_closed"
    assert info.value.params["number"] == "A-001" and info.value.params["minutes"] == survey.RATING_WINDOW_MINUTES
    assert survey.ratable_ticket_by_number(q.ctx, "B-001").id == late.id  # a fresh visit is still taken
    q.clock.advance(minutes=survey.RATING_WINDOW_MINUTES)
    with pytest.raises(InvalidState) as info:
        survey.ratable_ticket_by_number(q.ctx, "B-001")
    assert info.value.code == "rating_closed"
    # a number already rated still says so, whatever the time
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, early.id, GOOD)
    with pytest.raises(InvalidState) as info:
        survey.ratable_ticket_by_number(q.ctx, "A-001")
    assert info.value.code == "already_rated"
    assert responses(q) == 1 and audit_count(q) == before + 1  # the look-ups changed nothing


def add_line(office, prefix: str) -> None:  # type: ignore[no-untyped-def]
    """A queue line whose prefix holds a digit (``B2``), as an office may configure it."""
    from ltsa_desktop.domain.roles import ADMINS
    from ltsa_desktop.storage.models.queue import QueueLine

    with office.ctx.write(office.admin, "configure_queue", roles=ADMINS) as uow:
        uow.add(QueueLine(prefix=prefix, name_id=f"Loket {prefix}", name_en=f"Desk {prefix}", service_codes="[]",
                          sort_order=9, active=True))


def test_a_number_without_its_dash_that_names_two_tickets_is_refused(q) -> None:  # type: ignore[no-untyped-def]
    add_line(q, "B2")
    queue.set_counter_lines(q.ctx, q.admin, q.counter2, {"B2"})
    for _ in range(21):
        queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "B")
    first = queue.finish(q.ctx, q.staff, queue.call_next(q.ctx, q.staff, q.counter1).value.id).value
    assert first.number == "B-001"
    assert survey.ratable_ticket_by_number(q.ctx, "b1").id == first.id  # one ticket only: taken without the dash
    with pytest.raises(InvalidState) as info:
        survey.ratable_ticket_by_number(q.ctx, "B21")  # only B-021 exists (waiting): no doubt, it is not finished
    assert info.value.code == "ticket_not_finished" and info.value.params["number"] == "B-021"

    queue.issue_ticket(q.ctx, queue.KIOSK_ACTOR, "B2")
    other = queue.call_next(q.ctx, q.staff2, q.counter2).value
    other = queue.finish(q.ctx, q.staff2, other.id).value
    assert other.number == "B2-001"
    before = audit_count(q)
    for typed in ("B21", " b21 "):  # B-021 or B2-001: never guessed, even though only B2-001 is finished
        with pytest.raises(InvalidState) as info:
            survey.ratable_ticket_by_number(q.ctx, typed)
        assert info.value.code == "ambiguous_number"
        assert info.value.params["number"] == "B21" and info.value.params["numbers"] == ("B-021", "B2-001")
        assert info.value.params["example"] == "B-021"
    assert survey.ratable_ticket_by_number(q.ctx, "B2-1").id == other.id  # with the dash it is one ticket
    for typed in ("b-21", "B021"):  # "B021" is B-021 only: a prefix never ends in 0
        with pytest.raises(InvalidState) as info:
            survey.ratable_ticket_by_number(q.ctx, typed)
        assert info.value.code == "ticket_not_finished" and info.value.params["number"] == "B-021"
    assert audit_count(q) == before and responses(q) == 0


@pytest.mark.parametrize(("scores", "comment", "fields"), [
    ([4] * 8, "", {"scores"}),
    ([4, 4, 0, 4, 4, 4, 4, 4, 5], "", {"time", "facilities"}),
    ([4] * 8 + [True], "", {"facilities"}),
    (GOOD, "x" * 1001, {"comment"}),
])
def test_bad_input_names_the_field_and_saves_nothing(q, scores, comment, fields) -> None:  # type: ignore[no-untyped-def]
    t = served(q, q.counter1)
    with pytest.raises(ValidationFailed) as info:
        survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, t.id, scores, comment)
    assert set(info.value.fields) == fields
    assert responses(q) == 0


def test_index_per_period_service_and_counter(q) -> None:  # type: ignore[no-untyped-def]
    # The worked example of tests/domain/test_ikm.py spread over two counters and two services: 84.03, B.
    worked = [[4, 4, 3, 3, 4, 3, 4, 3, 4], [3, 3, 3, 2, 3, 3, 4, 3, 3],
              [4, 3, 4, 4, 3, 4, 4, 2, 3], [3, 4, 3, 3, 4, 4, 3, 3, 4]]
    plan = [(q.counter1, "A", "Antrean cepat"), (q.counter1, "B", ""), (q.counter2, "A", ""),
            (q.counter2, "B", "Ruang tunggu panas")]
    for (counter, prefix, comment), scores in zip(plan, worked, strict=True):
        t = served(q, counter, prefix)
        survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, t.id, scores, comment)
    day = t.service_day
    whole = survey.ikm_summary(q.ctx, day, day)
    assert whole.count == 4 and whole.index == Decimal("84.03") and whole.grade == "B"
    assert whole.category_id == "Baik" and whole.category_en == "Good"
    assert whole.element_averages == (3.5, 3.5, 3.25, 3.0, 3.5, 3.5, 3.75, 2.75, 3.5)
    assert [(c.text, c.counter_number, c.line) for c in whole.comments] == [
        ("Antrean cepat", 1, "A"), ("Ruang tunggu panas", 2, "B")]
    one = survey.ikm_summary(q.ctx, day, day, counter=q.counter1)
    assert one.count == 2 and one.element_averages[3] == 2.5  # U4: (3 + 2) / 2
    assert one.index == Decimal("81.94")  # (7+7+6+5+7+6+8+6+7)/18 × 25 = 59/18 × 25
    service_a = survey.ikm_summary(q.ctx, day, day, service="A")
    assert service_a.count == 2 and service_a.index == Decimal("87.50")  # (32 + 31) / 18 × 25
    both = survey.ikm_summary(q.ctx, day, day, service="B", counter=q.counter2)
    assert both.count == 1 and [c.text for c in both.comments] == ["Ruang tunggu panas"]
    empty = survey.ikm_summary(q.ctx, day + timedelta(days=1), day + timedelta(days=30))
    assert empty.count == 0 and empty.index is None and empty.grade is None and empty.comments == ()
    with pytest.raises(ValidationFailed) as info:
        survey.ikm_summary(q.ctx, date(2026, 11, 30), date(2026, 11, 1))
    assert set(info.value.fields) == {"end_day"}


@pytest.mark.postgres
def test_rating_on_postgresql(postgres_office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import auth
    from ltsa_desktop.services.office import open_context
    from tests.conftest import PASSWORD

    ctx = open_context(postgres_office.db, postgres_office.device_file, data_dir=tmp_path)
    admin = auth.sign_in(ctx, "admin", PASSWORD)
    queue.ensure_default_lines(ctx, admin)
    counter = queue.list_counters(ctx)[0][0]
    queue.open_counter(ctx, admin, counter)
    queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "A")
    ticket = queue.finish(ctx, admin, queue.call_next(ctx, admin, counter).value.id).value
    assert survey.latest_unrated_ticket(ctx, counter).id == ticket.id  # type: ignore[union-attr]
    assert survey.ratable_ticket_by_number(ctx, "a1").id == ticket.id  # the kiosk's look-up by the slip's number
    survey.record_response(ctx, survey.RATING_SCREEN_ACTOR, ticket.id, GOOD, "baik")
    with pytest.raises(InvalidState):
        survey.record_response(ctx, survey.RATING_SCREEN_ACTOR, ticket.id, GOOD)
    with pytest.raises(InvalidState):
        survey.ratable_ticket_by_number(ctx, "A-001")
    summary = survey.ikm_summary(ctx, ticket.service_day, ticket.service_day, counter=counter)
    assert summary.count == 1 and summary.index == Decimal("88.89") and summary.grade == "A"


def test_daily_report_shows_the_index_and_the_comments(q) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import reports

    day = queue.today(q.ctx)
    empty = reports.build_day_report(q.ctx, day)
    assert ("Indeks Kepuasan Masyarakat (IKM)", "belum ada penilaian") in empty.figures
    t1 = served(q, q.counter1, "A")
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, t1.id, GOOD, "Petugas sangat membantu")
    t2 = served(q, q.counter2, "B")
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, t2.id, [2] * 9)
    report = reports.build_day_report(q.ctx, day)
    # (32 + 18) / 18 × 25 = 69.44: grade C
    assert ("Indeks Kepuasan Masyarakat (IKM)", "69,44 (C, Kurang baik), 2 penilaian") in report.figures
    sections = {title: rows for title, rows, _header in report.sections}
    elements = next(rows for title, rows in sections.items() if title.startswith("Survei Kepuasan"))
    assert elements[0] == ("U1", "Persyaratan", "3,00") and elements[-1][2] == "69,44"
    groups = sections["IKM per layanan dan per loket"]
    assert ("Layanan", "A – Ketenagakerjaan", "1", "88,89", "A") in groups
    assert ("Loket", "Loket 2", "1", "50,00", "D") in groups
    assert [r[3] for r in sections["Saran dan komentar pemohon"]] == ["Petugas sangat membantu"]
    pdf = reports.day_report_pdf(q.ctx, day)
    assert pdf.startswith(b"%PDF")


def test_rating_after_the_day_is_closed(q) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import supervision

    t = served(q, q.counter1)
    queue.close_counter(q.ctx, q.staff, q.counter1)
    queue.close_counter(q.ctx, q.staff2, q.counter2)
    supervision.close_day(q.ctx, q.supervisor, t.service_day)
    # the applicant may still rate after the supervisor closed the day: a rating is not money or a ticket
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, t.id, GOOD)
    assert responses(q) == 1


def test_demo_ratings(q) -> None:  # type: ignore[no-untyped-def]
    from datetime import time

    from ltsa_desktop.services.simulation import simulate_day

    day = queue.today(q.ctx)
    queue.close_counter(q.ctx, q.staff, q.counter1)
    queue.close_counter(q.ctx, q.staff2, q.counter2)
    simulate_day(q.ctx, day, 40, seed=5, close_day=False, until=time(11, 0))
    survey.seed_demo_data(q.ctx, q.admin)
    summary = survey.ikm_summary(q.ctx, day, day)
    assert summary.count >= 5 and summary.index is not None and summary.grade in {"A", "B", "C"}


def test_monthly_summary_shows_the_index_and_the_comments(q) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import reports, summaries

    t1 = served(q, q.counter1, "A")
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, t1.id, [4] * 9, "Pelayanan cepat")
    q.clock.advance(days=1)  # the next day
    queue.open_counter(q.ctx, q.staff, q.counter1)
    t2 = served(q, q.counter1, "A")
    assert t2.service_day != t1.service_day
    survey.record_response(q.ctx, survey.RATING_SCREEN_ACTOR, t2.id, [3] * 9, "Ruang tunggu penuh")
    start, end = summaries.month_of(t1.service_day)
    report = reports.build_period_report(q.ctx, summaries.period_summary(q.ctx, start, end, "month"))
    assert ("Indeks Kepuasan Masyarakat (IKM)", "87,50 (B, Baik), 2 penilaian") in report.figures
    comments = next(rows for title, rows, _h in report.sections if title == "Saran dan komentar pemohon")
    assert [r[3] for r in comments] == ["Pelayanan cepat", "Ruang tunggu penuh"]
    assert reports.period_report_pdf(q.ctx, "month", t1.service_day).startswith(b"%PDF")
