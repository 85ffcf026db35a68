"""A closed day is locked: its tickets and money cannot change until a supervisor reopens it (with an approval
and a reason); refusals, the reopening and every change made while reopened are audited and reach the report."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from ltsa_desktop.domain.errors import ApprovalRequired, InvalidState, PermissionDenied, ValidationFailed
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import auth, day_ledger, payments, queue, reports, supervision
from ltsa_desktop.storage.audit import verify_audit_chain
from ltsa_desktop.storage.models.core import AuditEntry
from ltsa_desktop.storage.models.payments import Receipt
from ltsa_desktop.storage.models.queue import Ticket
from tests.conftest import PASSWORD


def _count(office, model) -> int:  # type: ignore[no-untyped-def]
    with office.db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def _transfer(office):  # type: ignore[no-untyped-def]
    request = payments.PaymentRequest(request_id=new_id(), services=("POL-01",), method="transfer",
                                      reference="TRX-9")
    return payments.take_payment(office.ctx, office.staff, request).value


def test_closed_day_refuses_changes_until_reopened(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    first = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket
    receipt_id = _transfer(office)
    approval = auth.approve(office.ctx, "koordinator", PASSWORD, "close_cash_session")
    payments.close_cash_session(office.ctx, office.staff, {100000: 2}, approval)
    day = first.service_day
    office.clock.advance(hours=9)
    assert supervision.close_day(office.ctx, office.supervisor, day, "selesai").value == 1
    tickets, receipts = _count(office, Ticket), _count(office, Receipt)

    with pytest.raises(InvalidState) as info:  # the kiosk on a closed day
        queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")
    assert info.value.code == "day_closed" and info.value.params["day"] == day
    with pytest.raises(InvalidState) as info:  # a counter on that day
        queue.open_counter(office.ctx, office.staff, queue.list_counters(office.ctx)[0][0])
    assert info.value.code == "day_closed"
    with pytest.raises(InvalidState) as info:  # money on that day
        _transfer(office)
    assert info.value.code == "day_closed"
    assert (_count(office, Ticket), _count(office, Receipt)) == (tickets, receipts)  # nothing changed
    payments.record_reprint(office.ctx, office.staff, receipt_id)  # a copy of an old receipt changes no day

    with pytest.raises(ValidationFailed):
        supervision.reopen_day(office.ctx, office.supervisor, day, "  ", None)
    with pytest.raises(ApprovalRequired):
        supervision.reopen_day(office.ctx, office.supervisor, day, "tiket salah input", None)
    approval = auth.approve(office.ctx, "koordinator", PASSWORD, "reopen_day")
    with pytest.raises(PermissionDenied):
        supervision.reopen_day(office.ctx, office.staff, day, "tiket salah input", approval)
    supervision.reopen_day(office.ctx, office.supervisor, day, "tiket salah input", approval)
    assert not supervision.day_view(office.ctx, day).closed
    queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")  # allowed again, and flagged
    with pytest.raises(InvalidState) as info:
        supervision.reopen_day(office.ctx, office.supervisor, day, "lagi",
                               auth.approve(office.ctx, "koordinator", PASSWORD, "reopen_day"))
    assert info.value.code == "day_not_closed"

    office.clock.advance(minutes=5)
    assert supervision.close_day(office.ctx, office.supervisor, day).value == 1  # the new ticket: not served
    with pytest.raises(InvalidState) as info:
        queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")
    assert info.value.code == "day_closed"
    with pytest.raises(InvalidState) as info:
        supervision.close_day(office.ctx, office.supervisor, day)
    assert info.value.code == "day_already_closed"

    ledger = day_ledger.day_ledger(office.ctx, day)
    assert [e.action for e in ledger.close_events] == [
        "close_day", "day_closed_refused", "day_closed_refused", "day_closed_refused", "reopen_day", "close_day",
        "day_closed_refused"]
    reopen = ledger.close_events[4]
    assert (reopen.actor, reopen.approver, reopen.reason) == (office.supervisor.full_name, office.supervisor.full_name,
                                                             "tiket salah input")
    assert ledger.changes_after_close == 2  # the ticket and its event; closing the day again is no change
    note = reports.build_day_report(office.ctx, day).status_note
    assert note.startswith("dibuka kembali 1× (terakhir oleh Siti Koordinator") and "tiket salah input" in note
    assert note.endswith("ditutup lagi; 2 catatan diubah sesudah ditutup")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(reports.day_report_pdf(office.ctx, day))).pages)
    assert "ditutup lagi; 2 catatan" in text.replace("\n", " ")
    with office.db.read() as s:
        refused = s.execute(select(AuditEntry).where(AuditEntry.action == "day_closed_refused")).scalars().all()
        assert {json.loads(a.details_json)["attempted"] for a in refused} == {
            "issue_ticket", "open_counter", "take_payment"}
        assert verify_audit_chain(s).ok


def test_lock_ledger_and_summary_on_postgresql(postgres_office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import reports, summaries
    from ltsa_desktop.services.office import open_context

    ctx = open_context(postgres_office.db, postgres_office.device_file, data_dir=tmp_path)
    admin = auth.sign_in(ctx, "admin", PASSWORD)
    queue.ensure_default_lines(ctx, admin)
    day = queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "A").value.ticket.service_day
    assert supervision.close_day(ctx, admin, day).value == 1
    with pytest.raises(InvalidState) as info:
        queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "A")
    assert info.value.code == "day_closed"
    supervision.reopen_day(ctx, admin, day, "koreksi", auth.approve(ctx, "admin", PASSWORD, "reopen_day"))
    queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "B")
    ledger = day_ledger.day_ledger(ctx, day)
    assert [e.action for e in ledger.close_events] == ["close_day", "day_closed_refused", "reopen_day"]
    assert ledger.changes_after_close == 2 and ledger.sync_pending_now > 0
    week = summaries.period_summary(ctx, *summaries.week_of(day))
    assert week.issued == 2 and week.days_closed == 0
    assert reports.day_report_pdf(ctx, day).startswith(b"%PDF")


def test_closing_is_one_transaction(office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A ticket called to service after the checklist ran: the close is refused and no waiting ticket was
    closed meanwhile (tickets and the sign-off change together or not at all)."""
    queue.ensure_default_lines(office.ctx, office.admin)
    waiting = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket
    served = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket
    day = waiting.service_day
    counter = queue.list_counters(office.ctx)[0][0]
    queue.open_counter(office.ctx, office.staff, counter)
    called = queue.call_next(office.ctx, office.staff, counter).value
    queue.start_serving(office.ctx, office.staff, called.id)
    queue.close_counter(office.ctx, office.staff, counter)
    monkeypatch.setattr(supervision, "close_checklist",  # the checklist saw no one being served
                        lambda ctx, d: supervision.CloseChecklist((), 0, 0, 0))
    with pytest.raises(InvalidState) as info:
        supervision.close_day(office.ctx, office.supervisor, day)
    assert info.value.code == "close_checklist" and not supervision.day_view(office.ctx, day).closed
    with office.db.read() as s:
        statuses = dict(s.execute(select(Ticket.id, Ticket.status)).all())
    assert statuses[{waiting.id, served.id}.difference({called.id}).pop()] == "waiting"  # untouched
