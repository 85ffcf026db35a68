"""The satisfaction survey (IKM): record one anonymous rating per finished ticket, and the index per period.

The rating screen offers the latest finished ticket of its counter when that ticket has no response yet; at the
kiosk the applicant types the number printed on the slip instead (``ratable_ticket_by_number``), within
``RATING_WINDOW_MINUTES`` of the end of the service and only when the number names one ticket: numbers run in
sequence, so a kiosk that took any of the day's numbers would let one person fill the index. Either way the
applicant rates the nine elements 1..4 and may leave a comment. Which tickets were rated is kept apart from the
responses, only so that a second rating is refused. The index follows PermenPANRB 14/2017 (``domain/ikm.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ltsa_desktop.domain import ikm
from ltsa_desktop.domain.errors import FieldError, InvalidState, NotFound, ValidationFailed
from ltsa_desktop.domain.queue import TicketStatus, format_ticket_number
from ltsa_desktop.domain.roles import STAFF_AND_UP, Role
from ltsa_desktop.services.context import Actor, OpResult, ServiceContext
from ltsa_desktop.services.queue import today
from ltsa_desktop.storage.models.core import Counter
from ltsa_desktop.storage.models.queue import QueueLine, Ticket
from ltsa_desktop.storage.models.survey import SCORE_COLUMNS, SurveyRatedTicket, SurveyResponse

# The unattended rating screen acts as this (like the kiosk); it can do nothing but record a rating.
RATING_SCREEN_ACTOR = Actor(staff_id="", username="rating-screen", full_name="Layar penilaian",
                            role=Role.COUNTER_STAFF)
AREA = "survey"
COMMENT_MAX = 1000
# The kiosk takes a slip's number only this long after the ticket was finished: the applicant rates on the way
# out, and older numbers of the day cannot be typed in one after another to fill the index.
RATING_WINDOW_MINUTES = 60


@dataclass(frozen=True)
class RatableTicket:
    """A finished ticket that may be rated. Its number only: nothing about the person."""

    id: str
    number: str
    line: str
    line_name_id: str
    line_name_en: str
    counter_id: str
    finished_at: datetime


@dataclass(frozen=True)
class SurveyComment:
    service_day: date
    line: str
    counter_number: int | None
    text: str


@dataclass(frozen=True)
class IkmSummary:
    """The index of the responses of ``start_day``..``end_day`` (optionally one service line and/or counter)."""

    start_day: date
    end_day: date
    service: str | None
    counter_id: str | None
    count: int
    element_averages: tuple[float, ...]  # NRR per element U1..U9, empty without responses
    index: Decimal | None  # 25.00..100.00
    grade: str | None  # A..D
    category_id: str | None
    category_en: str | None
    comments: tuple[SurveyComment, ...]


def latest_unrated_ticket(ctx: ServiceContext, counter_id: str) -> RatableTicket | None:
    """Today's most recently finished ticket of ``counter_id``, if it has no response yet (else None: once the
    newest customer has rated, older tickets are not offered again; those people have left)."""
    with ctx.read() as session:
        ticket = session.execute(
            select(Ticket).where(Ticket.office_id == ctx.office_id, Ticket.service_day == today(ctx),
                                 Ticket.counter_id == counter_id, Ticket.status == TicketStatus.DONE.value,
                                 Ticket.finished_at.is_not(None))
            .order_by(Ticket.finished_at.desc(), Ticket.seq.desc()).limit(1)).scalars().first()
        if ticket is None or ticket.finished_at is None:
            return None
        if session.get(SurveyRatedTicket, ticket.id) is not None:
            return None
        line = session.execute(select(QueueLine).where(
            QueueLine.office_id == ctx.office_id, QueueLine.prefix == ticket.line)).scalars().first()
        return RatableTicket(ticket.id, ticket.number, ticket.line, line.name_id if line else ticket.line,
                             line.name_en if line else ticket.line, counter_id, ticket.finished_at)


_SPLIT_NUMBER = re.compile(r"([A-Z][A-Z0-9]?)\s*[-.\s]\s*([0-9]{1,6})")  # "A-007", "a 7", "B2.15"
_BARE_NUMBER = re.compile(r"[A-Z][A-Z0-9]?[0-9]{1,6}")  # "A007", "A7", "B215" (B-215 or B2-015)
# Not finished *yet*: the visit is still going on. Missed, cancelled and not-served tickets were never served.
_IN_PROGRESS = frozenset({TicketStatus.WAITING.value, TicketStatus.CALLED.value, TicketStatus.SERVING.value})


def ticket_number_candidates(typed: str) -> list[str]:
    """The slip numbers (``A-007``) that what was typed or touched may mean (``a7``, ``A 007``, ``A-07``), the
    one-letter prefix first; empty when it cannot be a ticket number. Without a dash ``B215`` is read both as
    ``B-215`` and as ``B2-015`` (prefixes may hold a digit); the office's tickets decide."""
    text = (typed or "").strip().upper()
    pairs: list[tuple[str, str]] = []
    split = _SPLIT_NUMBER.fullmatch(text)
    if split is not None:
        pairs.append((split.group(1), split.group(2)))
    elif _BARE_NUMBER.fullmatch(text):
        # a prefix never ends in 0 here: "A007" is A-007, not A0-07
        pairs += [(text[:k], text[k:]) for k in (1, 2) if text[k:].isdigit() and text[k - 1] != "0"]
    out: list[str] = []
    for prefix, digits in pairs:
        if digits and int(digits) >= 1 and len(digits.lstrip("0")) <= 6:
            number = format_ticket_number(prefix, int(digits))
            if number not in out:
                out.append(number)
    return out


def ratable_ticket_by_number(ctx: ServiceContext, number: str) -> RatableTicket:
    """The ticket of today's service day in this office that the slip number ``number`` names, if it may be
    rated now. Refused: ``not_found`` (no such ticket today, or not a ticket number), ``ambiguous_number`` (typed
    without a dash, it names two of today's tickets, e.g. ``B215``: B-215 and B2-015; ``numbers`` lists them),
    ``ticket_not_finished`` (still waiting or being served: ``in_progress`` True; missed, cancelled or not
    served: False), ``rating_closed`` (finished more than ``RATING_WINDOW_MINUTES`` ago; ``minutes`` says how
    long the window is) and ``already_rated``. Reads only: the rating itself is ``record_response``."""
    candidates = ticket_number_candidates(number)
    typed = (number or "").strip().upper()
    if not candidates:
        raise NotFound(message=f"not a ticket number: {number!r}", number=typed)
    with ctx.read() as session:
        found = {t.number: t for t in session.execute(select(Ticket).where(
            Ticket.office_id == ctx.office_id, Ticket.service_day == today(ctx),
            Ticket.number.in_(candidates))).scalars()}
        matches = [n for n in candidates if n in found]
        if len(matches) > 1:  # never guess: the other ticket may be someone else's visit
            raise InvalidState("ambiguous_number", message=f"{typed} may be any of {', '.join(matches)}",
                               number=typed, numbers=tuple(matches), example=matches[0])
        normalized = matches[0] if matches else candidates[0]
        ticket = found.get(normalized)
        if ticket is None:
            raise NotFound(message=f"no ticket {normalized} today", number=normalized)
        if ticket.status != TicketStatus.DONE.value or ticket.counter_id is None or ticket.finished_at is None:
            raise InvalidState("ticket_not_finished", message=f"ticket {normalized} is not finished",
                               number=normalized, in_progress=ticket.status in _IN_PROGRESS)
        if session.get(SurveyRatedTicket, ticket.id) is not None:
            raise InvalidState("already_rated", message=f"ticket {normalized} was already rated", number=normalized)
        if ctx.now() - ticket.finished_at > timedelta(minutes=RATING_WINDOW_MINUTES):
            raise InvalidState("rating_closed", message=f"ticket {normalized} was finished more than "
                               f"{RATING_WINDOW_MINUTES} minutes ago", number=normalized,
                               minutes=RATING_WINDOW_MINUTES, finished_at=ticket.finished_at)
        line = session.execute(select(QueueLine).where(
            QueueLine.office_id == ctx.office_id, QueueLine.prefix == ticket.line)).scalars().first()
        return RatableTicket(ticket.id, ticket.number, ticket.line, line.name_id if line else ticket.line,
                             line.name_en if line else ticket.line, ticket.counter_id, ticket.finished_at)


def _check(scores: Sequence[object], comment: str) -> None:
    fields: dict[str, FieldError] = {}
    if len(scores) != len(ikm.ELEMENTS):
        fields["scores"] = FieldError("survey_score_invalid", {"element": "", "count": len(ikm.ELEMENTS)})
    else:
        for element, score in zip(ikm.ELEMENTS, scores, strict=True):
            if not ikm.is_valid_score(score):
                fields[element.value] = FieldError("survey_score_invalid", {"element": element.value})
    if len(comment) > COMMENT_MAX:
        fields["comment"] = FieldError("too_long", {"max": COMMENT_MAX})
    if fields:
        raise ValidationFailed(fields)


def record_response(ctx: ServiceContext, actor: Actor, ticket_id: str, scores: Sequence[int],
                    comment: str = "") -> OpResult:
    """Record the rating of a finished ticket. Refused: bad scores (nothing saved), a ticket that is not finished,
    a ticket that already has a rating (``already_rated``). Returns the response id."""
    comment = (comment or "").strip()
    _check(scores, comment)
    try:
        with ctx.write(actor, "record_survey_response", roles=STAFF_AND_UP) as uow:
            ticket = uow.session.get(Ticket, ticket_id)
            if ticket is None or ticket.office_id != ctx.office_id:
                raise NotFound(message="ticket not found")
            if ticket.status != TicketStatus.DONE.value or ticket.counter_id is None:
                raise InvalidState("ticket_not_finished", message=f"ticket {ticket.number} is not finished",
                                   number=ticket.number)
            if uow.session.get(SurveyRatedTicket, ticket.id) is not None:
                raise InvalidState("already_rated", message=f"ticket {ticket.number} was already rated",
                                   number=ticket.number)
            uow.session.add(SurveyRatedTicket(ticket_id=ticket.id))  # apart from the response: no link kept
            response = SurveyResponse(service_day=ticket.service_day, line=ticket.line,
                                      counter_id=ticket.counter_id, answered_at=uow.now, comment=comment or None,
                                      **dict(zip(SCORE_COLUMNS, scores, strict=True)))
            uow.add(response)
            uow.flush()  # a concurrent rating of the same ticket fails here, on the rated ticket's key
            uow.audit(entity="survey_response", entity_id=response.id, line=ticket.line,
                      counter_id=ticket.counter_id)  # anonymous: the journal does not name the ticket either
            uow.changed(AREA)
            return uow.result(response.id)
    except IntegrityError as exc:
        raise InvalidState("already_rated", message="ticket was already rated") from exc


_SCORES = tuple(getattr(SurveyResponse, c) for c in SCORE_COLUMNS)


@dataclass(frozen=True)
class _Row:
    service_day: date
    line: str
    counter_id: str
    comment: str | None
    scores: tuple[int, ...]


def _rows(session, ctx: ServiceContext, start_day: date, end_day: date, service: str | None = None,  # type: ignore[no-untyped-def]
          counter: str | None = None) -> list[_Row]:
    """The period's responses in the order given (plain columns: a month is thousands of rows)."""
    q = select(SurveyResponse.service_day, SurveyResponse.line, SurveyResponse.counter_id, SurveyResponse.comment,
               *_SCORES).where(SurveyResponse.office_id == ctx.office_id, SurveyResponse.service_day >= start_day,
                               SurveyResponse.service_day <= end_day)
    if service:
        q = q.where(SurveyResponse.line == service)
    if counter:
        q = q.where(SurveyResponse.counter_id == counter)
    return [_Row(r[0], r[1], r[2], r[3], tuple(r[4:]))
            for r in session.execute(q.order_by(SurveyResponse.answered_at, SurveyResponse.id))]


def _summary(rows: list[_Row], numbers: dict[str, int], start_day: date, end_day: date, service: str | None,
             counter: str | None) -> IkmSummary:
    result = ikm.compute([r.scores for r in rows])
    comments = tuple(SurveyComment(r.service_day, r.line, numbers.get(r.counter_id), r.comment)
                     for r in rows if r.comment)
    category = result.category
    return IkmSummary(start_day, end_day, service, counter, result.count,
                      tuple(float(a) for a in result.element_averages), result.index,
                      category.grade if category else None, category.name_id if category else None,
                      category.name_en if category else None, comments)


def ikm_summary(ctx: ServiceContext, start_day: date, end_day: date, service: str | None = None,
                counter: str | None = None) -> IkmSummary:
    """The IKM of the responses given on service days ``start_day``..``end_day`` (inclusive), for one service
    line (prefix) and/or one counter (id) when given, with the comments in the order they were given."""
    if end_day < start_day:
        raise ValidationFailed({"end_day": FieldError("end_before_start")})
    with ctx.read() as session:
        rows = _rows(session, ctx, start_day, end_day, service, counter)
        numbers = {cid: number for cid, number in session.execute(
            select(Counter.id, Counter.number).where(Counter.office_id == ctx.office_id))}
    return _summary(rows, numbers, start_day, end_day, service, counter)


# -- reports ------------------------------------------------------------------------------------------------------
# The regulation's names of the nine elements (U1..U9), as printed in reports (Indonesian).
ELEMENT_NAMES_ID = ("Persyaratan", "Sistem, mekanisme dan prosedur", "Waktu penyelesaian", "Biaya/tarif",
                    "Produk spesifikasi jenis pelayanan", "Kompetensi pelaksana", "Perilaku pelaksana",
                    "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana")


@dataclass(frozen=True)
class IkmGroup:
    """The index of one service line or one counter in a period."""

    label: str
    count: int
    index: Decimal | None
    grade: str | None
    category_id: str | None


@dataclass(frozen=True)
class IkmReport:
    summary: IkmSummary
    by_service: tuple[IkmGroup, ...]
    by_counter: tuple[IkmGroup, ...]


def _dec(value: Decimal | float | None, places: int = 2) -> str:
    """Indonesian decimal comma: 84,03."""
    return "—" if value is None else f"{value:.{places}f}".replace(".", ",")


def ikm_report(ctx: ServiceContext, start_day: date, end_day: date) -> IkmReport:
    """The period's index, and the index per service line and per counter (the daily and monthly reports)."""
    if end_day < start_day:
        raise ValidationFailed({"end_day": FieldError("end_before_start")})
    with ctx.read() as session:
        rows = _rows(session, ctx, start_day, end_day)
        lines = {prefix: name for prefix, name in session.execute(
            select(QueueLine.prefix, QueueLine.name_id).where(QueueLine.office_id == ctx.office_id))}
        counters = {cid: (number, name) for cid, number, name in session.execute(
            select(Counter.id, Counter.number, Counter.name).where(Counter.office_id == ctx.office_id))}
    summary = _summary(rows, {cid: n for cid, (n, _name) in counters.items()}, start_day, end_day, None, None)
    scores = [(r.line, r.counter_id, r.scores) for r in rows]

    def groups(key_of, label_of, order_of) -> tuple[IkmGroup, ...]:  # type: ignore[no-untyped-def]
        grouped: dict[str, list[tuple[int, ...]]] = {}
        for line, counter, s in scores:
            grouped.setdefault(key_of(line, counter), []).append(s)
        out = []
        for key in sorted(grouped, key=order_of):
            result = ikm.compute(grouped[key])
            c = result.category
            out.append(IkmGroup(label_of(key), result.count, result.index, c.grade if c else None,
                                c.name_id if c else None))
        return tuple(out)

    by_service = groups(lambda line, _c: line, lambda p: f"{p} – {lines.get(p, p)}", lambda p: p)
    by_counter = groups(lambda _l, counter: counter, lambda c: counters.get(c, (0, c))[1],
                        lambda c: counters.get(c, (0, c))[0])
    return IkmReport(summary, by_service, by_counter)


def report_figures(report: IkmReport) -> list[tuple[str, str]]:
    """The summary-table line of the daily report: index, grade and how many ratings."""
    s = report.summary
    if s.count == 0:
        return [("Indeks Kepuasan Masyarakat (IKM)", "belum ada penilaian")]
    return [("Indeks Kepuasan Masyarakat (IKM)", f"{_dec(s.index)} ({s.grade}, {s.category_id}), {s.count} penilaian")]


def report_sections(report: IkmReport) -> list[tuple[str, list[tuple[str, ...]], list[str]]]:
    """Report tables: the average per element, the index per service and counter, and the comments."""
    s = report.summary
    if s.count == 0:
        return [("Survei Kepuasan Masyarakat (IKM)", [("Belum ada penilaian pada periode ini.",)], ["Keterangan"])]
    elements: list[tuple[str, ...]] = [
        (f"U{i + 1}", name, _dec(avg))
        for i, (name, avg) in enumerate(zip(ELEMENT_NAMES_ID, s.element_averages, strict=True))]
    elements.append(("IKM", f"mutu pelayanan {s.grade} ({s.category_id}); {s.count} penilaian", _dec(s.index)))
    groups: list[tuple[str, ...]] = [("Layanan", g.label, str(g.count), _dec(g.index), g.grade or "—")
                                     for g in report.by_service]
    groups += [("Loket", g.label, str(g.count), _dec(g.index), g.grade or "—") for g in report.by_counter]
    comments: list[tuple[str, ...]] = [
        (format_day(c.service_day), c.line, "—" if c.counter_number is None else str(c.counter_number),
         _clip(c.text)) for c in s.comments]
    return [
        ("Survei Kepuasan Masyarakat (IKM, PermenPANRB 14/2017): nilai rata-rata per unsur",
         elements, ["Unsur", "Nama", "Nilai"]),
        ("IKM per layanan dan per loket", groups, ["Menurut", "Nama", "Penilaian", "IKM", "Mutu"]),
        ("Saran dan komentar pemohon", comments or [("", "", "", "(tidak ada)")],
         ["Tanggal", "Layanan", "Loket", "Komentar"]),
    ]


def format_day(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _clip(text: str, limit: int = 110) -> str:
    """One table line per comment; the whole text stays in the database and on screen."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- demo -----------------------------------------------------------------------------------------------------------
DEMO_COMMENTS = ("Petugas ramah dan jelas menjelaskan.", "Antrean agak lama di pagi hari.",
                 "Ruang tunggu nyaman, terima kasih.", "Mohon tambah kursi di ruang tunggu.",
                 "Informasi biaya di papan sangat membantu.")


def seed_demo_data(ctx: ServiceContext, admin: Actor) -> None:
    """Demo: about half of today's finished tickets rated, mostly satisfied, a few comments."""
    import random

    rng = random.Random(17)
    with ctx.read() as session:
        ids = list(session.execute(select(Ticket.id).where(
            Ticket.office_id == ctx.office_id, Ticket.service_day == today(ctx),
            Ticket.status == TicketStatus.DONE.value).order_by(Ticket.finished_at)).scalars())
    for ticket_id in ids:
        if rng.random() < 0.5:
            continue
        scores = rng.choices((1, 2, 3, 4), weights=(1, 4, 30, 20), k=len(ikm.ELEMENTS))
        comment = rng.choice(DEMO_COMMENTS) if rng.random() < 0.2 else ""
        record_response(ctx, RATING_SCREEN_ACTOR, ticket_id, scores, comment)
