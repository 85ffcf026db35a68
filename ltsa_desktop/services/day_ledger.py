"""The money and control side of one service day: fees by component and payer, receipts and voids, approvals,
cash sessions, sync state and the close-of-day history. Read in one transaction (a consistent snapshot).

Amounts are int rupiah. Voids are counter-entries with negative amounts, so sums are net of voids.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ltsa_desktop.services.context import ServiceContext
from ltsa_desktop.storage.models.applicants import Case
from ltsa_desktop.storage.models.core import AuditEntry, Outbox, Staff
from ltsa_desktop.storage.models.core import Counter as CounterModel
from ltsa_desktop.storage.models.payments import CashSession, Receipt
from ltsa_desktop.storage.models.queue import Ticket
from ltsa_desktop.storage.models.sync import DayClose


def day_bounds(day: date, tz_name: str) -> tuple[datetime, datetime]:
    """The UTC instants at which the office-local ``day`` starts and the next one starts."""
    zone = ZoneInfo(tz_name)
    start = datetime.combine(day, time(0), zone)
    end = datetime.combine(day + timedelta(days=1), time(0), zone)
    return start, end


@dataclass(frozen=True)
class FeeLine:
    component: str  # the fee line's Indonesian label
    payer: str  # applicant | employer | p3mi | government …
    count: int  # lines on receipts (voids subtract)
    amount: int  # the fee as scheduled (net of voids)
    collected: int  # what the applicant actually paid for it (net of voids, waivers excluded)
    waived: int  # how many times it was waived


@dataclass(frozen=True)
class ReceiptEntry:
    id: str
    number: str
    kind: str  # receipt | void
    issued_at: datetime
    ticket_number: str
    total: int
    method: str
    cashier: str
    approver: str
    voided_number: str  # for a void: the receipt it cancels
    void_reason: str
    schedule_version: str


@dataclass(frozen=True)
class ApprovalEntry:
    at: datetime
    action: str
    actor: str
    approver: str
    reason: str
    entity_id: str


@dataclass(frozen=True)
class CashEntry:
    id: str
    counter: str
    staff: str
    opened_at: datetime
    closed_at: datetime | None
    float_amount: int
    expected: int | None
    counted: int | None
    difference: int | None
    signed_off_by: str


@dataclass(frozen=True)
class CloseEvent:
    at: datetime
    action: str  # close_day | reopen_day | day_closed_refused
    actor: str
    approver: str
    reason: str


@dataclass(frozen=True)
class DayLedger:
    day: date
    receipts: tuple[ReceiptEntry, ...]
    fees: tuple[FeeLine, ...]
    by_payer: dict[str, int]  # payer → scheduled amount (net of voids)
    by_method: dict[str, int]  # method → collected from applicants (net of voids)
    collected: int  # applicant payments net of voids
    voids: tuple[ReceiptEntry, ...]
    approvals: tuple[ApprovalEntry, ...]
    cash: tuple[CashEntry, ...]
    sync_by_state: dict[str, int]  # the day's outbox rows by state (pending, acked, conflict, rejected)
    sync_pending_now: int  # all rows of this device still waiting to be sent
    sync_rejected_now: int  # all rows refused (conflict or rejected) and kept for a person to look at
    close_events: tuple[CloseEvent, ...]
    changes_after_close: int  # writes that touched the day after its first close (while reopened)


def _reason(details: dict[str, object]) -> str:
    for key in ("reason", "note", "void_reason"):
        value = details.get(key)
        if value:
            return str(value)
    waived = details.get("waived")
    if waived:
        return ", ".join(str(w) for w in waived) if isinstance(waived, list) else str(waived)
    return ""


def day_ledger(ctx: ServiceContext, day: date) -> DayLedger:
    start, end = day_bounds(day, ctx.tz_name)
    with ctx.read() as session:
        receipts = session.execute(select(Receipt).where(
            Receipt.office_id == ctx.office_id, Receipt.issued_at >= start, Receipt.issued_at < end)
            .order_by(Receipt.issued_at, Receipt.number)).scalars().all()
        voided_ids = {r.voids_receipt_id for r in receipts if r.voids_receipt_id}
        numbers = dict(session.execute(select(Receipt.id, Receipt.number).where(
            Receipt.id.in_(voided_ids))).all()) if voided_ids else {}
        audits = session.execute(select(AuditEntry).where(
            AuditEntry.at >= start, AuditEntry.at < end, AuditEntry.office_id == ctx.office_id)
            .order_by(AuditEntry.seq)).scalars().all()
        day_close_ids = session.execute(select(DayClose.id).where(
            DayClose.office_id == ctx.office_id, DayClose.service_day == day)).scalars().all()
        close_audits = session.execute(select(AuditEntry).where(
            AuditEntry.entity == "day_close", AuditEntry.entity_id.in_(day_close_ids))
            .order_by(AuditEntry.seq)).scalars().all() if day_close_ids else []
        refused = session.execute(select(AuditEntry).where(
            AuditEntry.action == "day_closed_refused", AuditEntry.entity_id == day.isoformat())
            .order_by(AuditEntry.seq)).scalars().all()
        cash_rows = session.execute(select(CashSession).where(
            CashSession.office_id == ctx.office_id, CashSession.opened_at >= start, CashSession.opened_at < end)
            .order_by(CashSession.opened_at)).scalars().all()
        people = session.execute(select(Staff)).scalars().all()
        staff = {s.id: s.full_name for s in people}
        names = {s.username: s.full_name for s in people}  # the audit journal names people by username
        counters = {c.id: c.name for c in session.execute(select(CounterModel)).scalars()}
        sync_by_state = {state: int(n) for state, n in session.execute(
            select(Outbox.state, func.count()).where(Outbox.device_id == ctx.device_id, Outbox.created_at >= start,
                                                     Outbox.created_at < end).group_by(Outbox.state)).all()}
        pending_now = session.execute(select(func.count()).select_from(Outbox).where(
            Outbox.device_id == ctx.device_id, Outbox.state == "pending")).scalar_one()
        rejected_now = session.execute(select(func.count()).select_from(Outbox).where(
            Outbox.device_id == ctx.device_id, Outbox.state.in_(["conflict", "rejected"]))).scalar_one()
        close_marks = session.execute(select(AuditEntry.details_json).where(
            AuditEntry.action == "day_changed_after_close", AuditEntry.entity_id == day.isoformat())).all()
    waivers: dict[str, str] = {}  # receipt id → "line label: reason; …" for the approvals table
    entries: list[ReceiptEntry] = []
    fee_totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_payer: dict[str, int] = defaultdict(int)
    by_method: dict[str, int] = defaultdict(int)
    for r in receipts:
        entries.append(ReceiptEntry(
            r.id, r.number, r.kind, r.issued_at, r.ticket_number, r.total_applicant, r.method, r.cashier_name,
            r.approver_name or "", numbers.get(r.voids_receipt_id or "", ""), r.void_reason or "",
            r.schedule_version))
        sign = -1 if r.kind == "void" else 1
        lines = json.loads(r.lines_json)
        if r.kind == "receipt" and any(line.get("waived") for line in lines):
            waivers[r.id] = "; ".join(f"{line.get('label_id') or line.get('line')}: {line['waived']}"
                                      for line in lines if line.get("waived"))
        for line in lines:
            key = (str(line.get("label_id") or line.get("line")), str(line.get("payer", "")))
            acc = fee_totals[key]
            acc[0] += sign
            acc[1] += int(line.get("amount", 0))
            acc[2] += int(line.get("charged", 0))
            acc[3] += 1 if line.get("waived") and sign > 0 else 0
        for payer, amount in json.loads(r.totals_json).items():
            by_payer[payer] += int(amount)
        by_method[r.method] += r.total_applicant
    approvals = tuple(
        ApprovalEntry(a.at, a.action, names.get(a.actor_name, a.actor_name), a.approver_name or "",
                      waivers.get(a.entity_id or "") or _reason(json.loads(a.details_json)), a.entity_id or "")
        for a in audits if a.approver_id)
    events = [CloseEvent(a.at, a.action, names.get(a.actor_name, a.actor_name), a.approver_name or "",
                         _reason(json.loads(a.details_json)))
              for a in sorted((*close_audits, *refused), key=lambda a: a.seq)]
    cash = tuple(CashEntry(c.id, counters.get(c.counter_id, ""), staff.get(c.staff_id, ""), c.opened_at,
                           c.closed_at, c.float_amount, c.expected, c.counted, c.difference,
                           staff.get(c.signed_off_by or "", "")) for c in cash_rows)
    return DayLedger(
        day=day, receipts=tuple(entries),
        fees=tuple(FeeLine(k[0], k[1], v[0], v[1], v[2], v[3]) for k, v in sorted(fee_totals.items())),
        by_payer=dict(sorted(by_payer.items())), by_method=dict(sorted(by_method.items())),
        collected=sum(r.total_applicant for r in receipts),
        voids=tuple(e for e in entries if e.kind == "void"), approvals=approvals, cash=cash,
        sync_by_state=dict(sorted(sync_by_state.items())), sync_pending_now=int(pending_now),
        sync_rejected_now=int(rejected_now), close_events=tuple(events),
        changes_after_close=sum(int(json.loads(d).get("records", 1)) for (d,) in close_marks),
    )


@dataclass(frozen=True)
class CaseEntry:
    """A case opened on the day, without the applicant's personal data."""

    number: str
    service_code: str
    service_name: str
    status: str
    opened_at: datetime
    due_date: date | None
    closed_at: datetime | None
    assigned_to: str
    ticket_number: str


def _case_entries(session: Session, cases: Sequence[Case]) -> list[CaseEntry]:
    """``cases`` as entries, with their ticket numbers and assigned staff names (two look-ups in all)."""
    ticket_ids = {c.ticket_id for c in cases if c.ticket_id}
    tickets = dict(session.execute(select(Ticket.id, Ticket.number).where(Ticket.id.in_(ticket_ids))).all()
                   ) if ticket_ids else {}
    staff = {s.id: s.full_name for s in session.execute(select(Staff)).scalars()}
    return [CaseEntry(c.number, c.service_code, c.service_name, c.status, c.opened_at, c.due_date, c.closed_at,
                      staff.get(c.assigned_staff_id or "", ""), tickets.get(c.ticket_id or "", "")) for c in cases]


def day_cases(ctx: ServiceContext, day: date) -> list[CaseEntry]:
    with ctx.read() as session:
        cases = session.execute(select(Case).where(Case.office_id == ctx.office_id, Case.opened_day == day)
                                .order_by(Case.opened_at, Case.number)).scalars().all()
        return _case_entries(session, cases)


OPEN_CASE_STATUSES = ("received", "in_process")  # a ready case waits for the applicant, not the office


def overdue_cases(ctx: ServiceContext, day: date) -> list[CaseEntry]:
    """Cases past their due date on ``day`` and not finished by the office by the end of it (as far as the
    current record tells: still received / in process, or closed only after that day). Most overdue first."""
    _, end = day_bounds(day, ctx.tz_name)
    with ctx.read() as session:
        cases = session.execute(select(Case).where(
            Case.office_id == ctx.office_id, Case.opened_day <= day, Case.due_date < day,
            (Case.status.in_(OPEN_CASE_STATUSES) & Case.closed_at.is_(None)) | (Case.closed_at >= end))
            .order_by(Case.due_date, Case.number)).scalars().all()
        return _case_entries(session, cases)
