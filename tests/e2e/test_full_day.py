"""One office day from the first kiosk ticket to the centre, through the real windows where a person would use them.

Kiosk → display board → counter page → applicant → cases with checklists → fee quote → payment → receipt PDF →
ticket finished → complaint and non-procedural record → supervisor figures → void with approval → close of day →
daily report PDF → sync with a real ``ltsa-central`` on 127.0.0.1 → the centre holds every record exactly once and
verifies the receipts. The same flow runs on SQLite and (marked ``postgres``) on PostgreSQL.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from ltsa_desktop.central import enrollment
from ltsa_desktop.central.stats import office_stats
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.paths import DataDir
from ltsa_desktop.services import (
    applicants,
    auth,
    cases,
    catalog,
    complaints,
    device_keys,
    payments,
    queue,
    reports,
    supervision,
    sync_setup,
)
from ltsa_desktop.services.context import Actor, ServiceContext
from ltsa_desktop.services.office import open_context
from ltsa_desktop.settings import Settings
from ltsa_desktop.storage.audit import verify_audit_chain
from ltsa_desktop.storage.models.core import Outbox
from ltsa_desktop.storage.models.payments import Receipt
from ltsa_desktop.storage.receipt_chain import verify_receipt_chains
from ltsa_desktop.sync.client import CentralClient
from ltsa_desktop.ui.pages.queue_counter import CounterQueuePage
from ltsa_desktop.ui.public.display_board import DisplayBoardWindow
from ltsa_desktop.ui.public.fee_board import FeeBoardWindow
from ltsa_desktop.ui.public.kiosk import KioskWindow
from ltsa_desktop.ui.session import AppSession, SessionState
from tests.central.support import LiveServer
from tests.conftest import PASSWORD, FrozenClock
from tests.services.test_applicants_cases import BASE

SECOND = replace(BASE, nik="3212450101900003", full_name="Dewi Lestari", birth_date=date(1990, 1, 1),
                 phone="0813-1111-2222", exempt_job=None, destination_country="Malaysia")


@dataclass
class Env:
    ctx: ServiceContext
    data: DataDir
    clock: FrozenClock
    admin: Actor
    staff: Actor


class RecordingAnnouncer:
    def __init__(self) -> None:
        self.said: list[str] = []

    def announce(self, text: str, lang: str = "id") -> None:
        self.said.append(text)


def _session(env: Env, actor: Actor | None = None) -> AppSession:
    s = AppSession(SessionState(ctx=env.ctx, data=env.data, settings=Settings(env.data.settings_file)))
    if actor is not None:
        s.set_actor(actor)
    return s


def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QLabel

    widget.grab()
    parts = [w.text() for w in widget.findChildren(QLabel)] + [b.text() for b in widget.findChildren(QAbstractButton)]
    return "\n".join(parts)


def _local_records(ctx: ServiceContext) -> dict[str, int]:
    with ctx.read() as s:
        return dict(s.execute(select(Outbox.entity, func.count(func.distinct(Outbox.record_id)))
                              .group_by(Outbox.entity)).all())


def run_full_day(qtbot, env: Env, live: LiveServer) -> None:  # type: ignore[no-untyped-def]
    ctx, staff = env.ctx, env.staff
    queue.ensure_default_lines(ctx, env.admin)
    device_keys.register_new_key(ctx)
    # the device enrols before the day starts (an administrator with a one-time code from the centre)
    code, _ = enrollment.issue_enrollment_code(live.db, "JKT01")
    assert sync_setup.enroll(ctx, env.admin, live.url, code) == ctx.device_id

    # -- public windows: kiosk, display board, fee board ------------------------------------------------------
    slips: list[queue.IssuedTicket] = []
    kiosk = KioskWindow(_session(env), slip_handler=lambda issued: slips.append(issued) or "slip")
    qtbot.addWidget(kiosk)
    announcer = RecordingAnnouncer()
    board = DisplayBoardWindow(_session(env), announcer=announcer)
    qtbot.addWidget(board)
    fee_board = FeeBoardWindow(_session(env))
    qtbot.addWidget(fee_board)
    counter = CounterQueuePage(_session(env, staff))
    qtbot.addWidget(counter)
    counter.show()

    kiosk.line_buttons["A"].click()
    assert kiosk.result_number.text() == "A-001"
    kiosk.priority_button.click()
    kiosk.reason_buttons["disabilitas"].click()
    kiosk.line_buttons["A"].click()
    assert kiosk.result_number.text() == "A-002"
    assert [(s.ticket.number, s.ticket.priority) for s in slips] == [("A-001", False), ("A-002", True)]
    regular, priority = slips[0].ticket, slips[1].ticket

    # -- counter: open, call (priority first), the board shows and announces it ------------------------------
    counter.open_button.click()
    counter.call_button.click()
    assert counter.current_label.text() == "A-002"
    qtbot.waitUntil(lambda: board.state is not None and [c.number for c in board.state.now_serving] == ["A-002"],
                    timeout=3000)
    assert announcer.said and "A nol nol dua" in announcer.said[-1]
    counter.start_button.click()
    assert counter.view is not None and counter.view.current is not None
    assert counter.view.current.status == "serving"

    # -- applicant, cases with checklists, fee quote, payment, receipt PDF -----------------------------------
    person = applicants.register_applicant(ctx, staff, SECOND).value
    applicants.link_ticket(ctx, staff, priority.id, person.id)
    opened = cases.open_cases(ctx, staff, person.id, ["POL-01", "JST-01"], ticket_id=priority.id).value
    assert [c.number[-6:] for c in opened] == ["000001", "000002"]
    for case in opened:
        assert case.requirements and case.steps
        for req_id, _code, _label, mandatory, state in case.requirements:
            assert state == "pending"
            cases.set_requirement(ctx, staff, req_id, "verified" if mandatory else "not_applicable")
        cases.complete_step(ctx, staff, case.steps[0][0])
    for case in opened:
        row = cases.get_case(ctx, case.id)
        assert row.status == "in_process" and row.steps[0][4] is not None
        assert {r[4] for r in row.requirements} <= {"verified", "not_applicable"}
    with ctx.read() as s:
        applicant_row = s.get(applicants.Applicant, person.id)
        profile = payments._profile(applicant_row)
    fee_quote = catalog.quote(ctx, profile, ["POL-01", "JST-01"])
    due = sum(ln.amount for ln in fee_quote.lines if ln.payer.value == "applicant")
    assert due > 0
    payments.open_cash_session(ctx, staff, counter.counter_id, 100_000)
    paid_id = payments.take_payment(ctx, staff, payments.PaymentRequest(
        new_id(), ("POL-01", "JST-01"), "cash", due + 10_000, applicant_id=person.id, ticket_number="A-002",
        case_ids=tuple(c.id for c in opened))).value
    paid = payments.receipt_doc(ctx, paid_id)
    assert paid.total_paid == due and paid.change == 10_000
    assert paid.nik_masked == "************0003" and SECOND.nik not in paid.nik_masked
    pdf = payments.archive_pdf(ctx, paid_id)
    receipt_text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert paid.number in receipt_text and SECOND.nik not in receipt_text.replace(" ", "")

    # -- finish the priority ticket through the page, then serve the regular one -----------------------------
    counter.finish_button.click()
    assert counter.current_label.text() == "—"
    counter.call_button.click()
    assert counter.current_label.text() == "A-001"
    qtbot.waitUntil(lambda: [c.number for c in board.state.now_serving] == ["A-001"], timeout=3000)
    counter.start_button.click()
    env.clock.advance(minutes=12)
    walk_in = applicants.register_applicant(ctx, staff, replace(BASE, exempt_job=None)).value
    applicants.link_ticket(ctx, staff, regular.id, walk_in.id)
    second_id = payments.take_payment(ctx, staff, payments.PaymentRequest(
        new_id(), ("POL-01",), "cash", 50_000, applicant_id=walk_in.id, ticket_number="A-001")).value
    counter.finish_button.click()
    assert counter.current_label.text() == "—"

    # -- a complaint and a non-procedural record --------------------------------------------------------------
    complaint = complaints.file_complaint(
        ctx, staff, channel="counter", complainant_type="family", complainant_name="Siti Aminah",
        complainant_contact="0812 3456 7890", category="wages", subject="Gaji tidak dibayar",
        chronology="Sejak Agustus gaji tidak dibayar.", applicant_id=person.id).value
    assert complaint.number == "JKT01-P-2026-00001"
    np_number = complaints.record_nonprocedural(
        ctx, staff, person_name="Rina", prevented_at_place="airport", prevented_location="Bandara Soekarno-Hatta",
        prevented_by="imigrasi", prevented_on=date(2026, 11, 20), intended_destination="Malaysia",
        tppo_indicators=["unlicensed_recruiter"]).value
    assert np_number == "JKT01-NP-2026-00001"

    # -- void with a supervisor's approval (refused without one) ----------------------------------------------
    from ltsa_desktop.domain.errors import ApprovalRequired, InvalidState

    with pytest.raises(ApprovalRequired):
        payments.void_receipt(ctx, staff, second_id, "salah layanan", None)
    approval = auth.approve(ctx, "koordinator", PASSWORD, "void_receipt")
    void_id = payments.void_receipt(ctx, staff, second_id, "salah layanan", approval).value
    assert payments.verify_token(ctx, payments.receipt_doc(ctx, second_id).token).status == "voided"

    # -- supervisor's figures ----------------------------------------------------------------------------------
    day = priority.service_day
    view = supervision.day_view(ctx, day)
    assert (view.issued, view.served) == (2, 2)
    assert view.priority_share == pytest.approx(0.5)
    assert view.wait.count == 2 and view.service.count == 2 and not view.closed

    # -- close of day: refused while the counter and the drawer are open --------------------------------------
    with pytest.raises(InvalidState) as info:
        supervision.close_day(ctx, supervision_actor(ctx), day)
    assert info.value.code == "close_checklist"
    expected_cash = payments.cash_state(ctx, staff)
    assert expected_cash == 100_000 + due  # the voided payment was refunded from the drawer
    counts = _denominations(expected_cash)
    close_approval = auth.approve(ctx, "koordinator", PASSWORD, "close_cash_session")
    assert payments.close_cash_session(ctx, staff, counts, close_approval).value == 0
    queue.close_counter(ctx, staff, counter.counter_id)
    assert supervision.close_day(ctx, supervision_actor(ctx), day, "hari normal").value == 0
    view = supervision.day_view(ctx, day)
    assert view.closed and view.served == 2

    report = reports.day_report_pdf(ctx, day)
    report_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(report)).pages).replace("\n", " ")
    assert "Laporan Harian Pelayanan" in report_text and "Tiket diterbitkan 2" in report_text
    assert SECOND.nik not in report_text and BASE.nik not in report_text

    # -- local integrity before sync ---------------------------------------------------------------------------
    with ctx.read() as s:
        assert verify_audit_chain(s).ok
        ok, text = verify_receipt_chains(s)
        assert ok, text
        receipts = s.execute(select(Receipt.number, Receipt.kind).order_by(Receipt.number)).all()
    assert [(n[-6:], k) for n, k in receipts] == [("000001", "receipt"), ("000002", "receipt"), ("000003", "void")]

    # -- public windows never name a person -------------------------------------------------------------------
    fee_board.load()
    for window in (kiosk, board, fee_board):
        shown = _texts(window)
        for secret in (SECOND.full_name, BASE.full_name, SECOND.nik, BASE.nik, "Rina", "Siti Aminah"):
            assert secret not in shown, (type(window).__name__, secret)

    # -- sync: everything reaches the centre exactly once ------------------------------------------------------
    outcome = sync_setup.sync_once(ctx, batch_size=50)
    assert outcome.push.error is None, outcome.push.error
    assert outcome.push.pending_after == 0 and outcome.push.rejected == 0
    local = _local_records(ctx)
    stats = office_stats(live.db, "JKT01")
    assert stats["records"] == local
    assert stats["conflicts"]["count"] == 0
    (device,) = stats["devices"]
    assert device["gaps"] == [] and device["high_water"] == device["highest_received"] > 0
    with ctx.read() as s:
        states = set(s.execute(select(Outbox.state)).scalars())
        versions = s.execute(select(func.count()).select_from(Outbox)).scalar_one()
    assert states == {"acked"}
    assert stats["total_versions"] == versions  # every outbox row once, no version twice
    for entity in ("ticket", "applicant", "case", "receipt", "complaint", "nonprocedural_record", "day_close"):
        assert local.get(entity, 0) > 0, entity
    # a second round sends nothing and the centre is unchanged
    again = sync_setup.sync_once(ctx)
    assert again.push.sent == 0
    assert office_stats(live.db, "JKT01")["total_versions"] == versions

    # -- the centre verifies the receipts -----------------------------------------------------------------------
    with CentralClient(live.url) as client:
        assert client.verify_receipt(paid.token).status == "genuine"
        assert client.verify_receipt(payments.receipt_doc(ctx, second_id).token).status == "voided"
        assert client.verify_receipt(payments.receipt_doc(ctx, void_id).token).status in ("genuine", "voided")
        forged = paid.token[:20] + ("A" if paid.token[20] != "A" else "B") + paid.token[21:]
        assert client.verify_receipt(forged).status == "forged"


def supervision_actor(ctx: ServiceContext) -> Actor:
    return auth.sign_in(ctx, "koordinator", PASSWORD)


def _denominations(amount: int) -> dict[int, int]:
    counts: dict[int, int] = {}
    for d in payments.DENOMINATIONS:
        if amount >= d:
            counts[d], amount = divmod(amount, d)
    assert amount == 0
    return counts


def test_full_day_on_sqlite(qtbot, office, keyring_memory, central) -> None:  # type: ignore[no-untyped-def]
    env = Env(office.ctx, office.data_dir, office.clock, office.admin, office.staff)
    run_full_day(qtbot, env, central)
    assert office.db.integrity_check() == ["ok"]


@pytest.mark.postgres
def test_full_day_on_postgresql(qtbot, postgres_office, keyring_memory, central, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clock = FrozenClock(datetime(2026, 11, 23, 1, 0, tzinfo=UTC))
    data = DataDir(tmp_path / "data").ensure()
    ctx = open_context(postgres_office.db, postgres_office.device_file, data_dir=data.root, clock=clock)
    admin = auth.sign_in(ctx, "admin", PASSWORD)
    auth.create_staff(ctx, admin, username="petugas1", full_name="Budi Petugas", role="counter_staff",
                      password=PASSWORD)
    auth.create_staff(ctx, admin, username="koordinator", full_name="Siti Koordinator", role="supervisor",
                      password=PASSWORD)
    env = Env(ctx, data, clock, admin, auth.sign_in(ctx, "petugas1", PASSWORD))
    run_full_day(qtbot, env, central)
