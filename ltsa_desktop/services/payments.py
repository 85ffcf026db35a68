"""Payments and receipts, voids, reprints, verification, cash sessions (RELIABILITY.md promises 1–4).

- Only what the fee schedule in force says the applicant pays can be collected: the lines are resolved here,
  never taken from the screen. Waiving a line needs a supervisor's approval and a reason, and shows on the
  receipt.
- The receipt number ``{office}-{device}-{year}-{seq:06d}`` is allocated in the payment's own transaction:
  unique and gapless per device and year; each receipt is hash-chained to the previous one of its series and
  carries a QR token signed with the device key.
- A void is a new counter-entry document in the same series; the original never changes.
- One press of Pay is one payment: the caller's ``request_id`` is unique.
- Printing happens after the commit: the caller renders the PDF from ``receipt_doc`` once this returns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.catalog import Payer
from ltsa_desktop.domain.errors import FieldError, InvalidState, NotFound, ValidationFailed
from ltsa_desktop.domain.fees import ApplicantProfile
from ltsa_desktop.domain.formatting import format_datetime_local
from ltsa_desktop.domain.nik import mask_nik
from ltsa_desktop.domain.receipt_token import (
    ReceiptClaims,
    ReceiptTokenError,
    decode_receipt_token,
    encode_receipt_token,
)
from ltsa_desktop.domain.roles import STAFF_AND_UP
from ltsa_desktop.printing.receipt import ReceiptDoc, ReceiptLine
from ltsa_desktop.services import catalog as catalog_service
from ltsa_desktop.services import device_keys
from ltsa_desktop.services.context import Actor, Approval, OpResult, ServiceContext
from ltsa_desktop.storage.chain import link_hash, lock_chain, next_in_series
from ltsa_desktop.storage.models.applicants import Applicant
from ltsa_desktop.storage.models.payments import CashMovement, CashSession, Receipt
from ltsa_desktop.storage.receipt_chain import receipt_fields, verify_receipt_chains  # noqa: F401 (re-exported)

AREA = "payments"
METHODS = ("cash", "transfer", "qris")


@dataclass(frozen=True)
class PaymentRequest:
    request_id: str  # made when the payment dialog opened; a second press of Pay reuses it
    services: tuple[str, ...]
    method: str
    tendered: int = 0
    reference: str = ""
    applicant_id: str | None = None
    ticket_number: str = ""
    case_ids: tuple[str, ...] = ()
    chosen_optional: tuple[str, ...] = ()
    quantities: tuple[tuple[str, int], ...] = ()  # (line_code, units) of chosen per-unit lines
    waivers: tuple[tuple[str, str], ...] = ()  # (line_code, reason): needs an approval for "waive_fee"
    counter_id: str | None = None
    # the applicant's total the counter showed: a payment is refused when the fees worked out at the moment of
    # paying (the saved applicant's profile, the schedule in force) come to anything else
    expected_total: int | None = None


@dataclass(frozen=True)
class ReceiptRow:
    id: str
    number: str
    kind: str
    issued_at: datetime
    total_applicant: int
    method: str
    applicant_name: str
    voided_by: str | None
    reprints: int


def _profile(applicant: Applicant | None) -> ApplicantProfile:
    if applicant is None:
        return ApplicantProfile()
    return ApplicantProfile(scheme=applicant.scheme or None, exempt_job=applicant.exempt_job,
                            first_time_cpmi=applicant.first_time_cpmi)


def _open_cash_session(session: Session, staff_id: str) -> CashSession | None:
    return session.execute(select(CashSession).where(CashSession.staff_id == staff_id,
                                                     CashSession.closed_at.is_(None))).scalars().first()


def _issue(uow, *, kind: str, request_id: str, lines: list[dict[str, object]], totals: dict[str, int],  # type: ignore[no-untyped-def]
           total: int, method: str, reference: str, tendered: int, change: int, applicant: Applicant | None,
           ticket_number: str, case_ids: tuple[str, ...], schedule_version: str, approval: Approval | None,
           voids: Receipt | None, void_reason: str | None, cash_session_id: str | None, private_key: bytes) -> Receipt:
    ctx = uow.ctx
    year = service_day(uow.now, ctx.tz_name).year
    series = f"receipt:{ctx.device_id}:{year}"
    seq = next_in_series(uow.session, series)
    head = lock_chain(uow.session, series)
    receipt = Receipt(
        number=f"{ctx.office_code}-{ctx.device_code}-{year}-{seq:06d}", series=series, seq=seq, kind=kind,
        request_id=request_id, issued_at=uow.now, applicant_id=applicant.id if applicant else None,
        applicant_name=applicant.full_name if applicant else "", nik_masked=mask_nik(applicant.nik) if applicant else "",
        ticket_number=ticket_number, case_ids=json.dumps(list(case_ids)), schedule_version=schedule_version,
        lines_json=json.dumps(lines, ensure_ascii=False, sort_keys=True), total_applicant=total,
        totals_json=json.dumps(totals, sort_keys=True), method=method, reference=reference, tendered=tendered,
        change=change, cashier_id=uow.actor.staff_id or "", cashier_name=uow.actor.full_name,
        approver_id=approval.supervisor_id if approval else None,
        approver_name=approval.supervisor_name if approval else None,
        voids_receipt_id=voids.id if voids else None, void_reason=void_reason, cash_session_id=cash_session_id,
        prev_hash=head.last_hash, hash="", token="", reprints=0)
    receipt.hash = link_hash(head.last_hash, receipt_fields(receipt))
    receipt.token = encode_receipt_token(ReceiptClaims(receipt.number, ctx.office_code, ctx.device_id,
                                                       receipt.issued_at.isoformat(), total, receipt.hash),
                                         private_key)
    head.seq = seq
    head.last_hash = receipt.hash
    uow.add(receipt)
    return receipt


def take_payment(ctx: ServiceContext, actor: Actor, request: PaymentRequest,
                 approval: Approval | None = None) -> OpResult:
    """Collect the applicant's share of the chosen services' fees and issue the receipt, in one transaction."""
    errors: dict[str, FieldError] = {}
    if request.method not in METHODS:
        errors["method"] = FieldError("choice_invalid")
    if not request.services:
        errors["services"] = FieldError("required")
    if request.method in ("transfer", "qris") and not request.reference.strip():
        errors["reference"] = FieldError("required")
    if isinstance(request.tendered, bool) or not isinstance(request.tendered, int) or request.tendered < 0:
        errors["tendered"] = FieldError("amount_invalid")
    if errors:
        raise ValidationFailed(errors)
    waivers = dict(request.waivers)
    if any(not reason.strip() for reason in waivers.values()):
        raise ValidationFailed({"waivers": FieldError("required")})
    private_key = device_keys.load_private_key(ctx)  # no key, no payment
    with ctx.write(actor, "take_payment", roles=STAFF_AND_UP, approval=approval,
                   needs_approval=bool(waivers)) as uow:
        existing = uow.session.execute(select(Receipt).where(Receipt.request_id == request.request_id)).scalars().first()
        if existing is not None:  # the same press of Pay arrived twice: one payment
            return uow.result(existing.id)
        applicant = uow.session.get(Applicant, request.applicant_id) if request.applicant_id else None
        quote = catalog_service.quote(ctx, _profile(applicant), list(request.services),
                                      chosen_optional=request.chosen_optional,
                                      quantities=dict(request.quantities))
        if quote.blocking:
            raise InvalidState("quote_not_final", "a choice or an alternative is still open in the fee quote",
                               services=sorted({n.service_code for n in quote.blocking}))
        if request.expected_total is not None and quote.applicant_total != request.expected_total:
            raise InvalidState("quote_changed", "the fees worked out now differ from the quote shown",
                               shown=request.expected_total, now=quote.applicant_total)
        known = {ln.line_code for ln in quote.lines}
        unknown = set(waivers) - known
        if unknown:
            raise ValidationFailed({"waivers": FieldError("unknown_line", {"lines": sorted(unknown)})})
        lines: list[dict[str, object]] = []
        totals: dict[str, int] = {}
        due = 0
        for ln in quote.lines:
            charged = ln.amount if ln.payer is Payer.APPLICANT and ln.line_code not in waivers else 0
            due += charged
            totals[ln.payer.value] = totals.get(ln.payer.value, 0) + ln.amount
            lines.append({"service": ln.service_code, "line": ln.line_code, "label_id": ln.label_id,
                          "label_en": ln.label_en, "legal_basis": ln.legal_basis, "payer": ln.payer.value,
                          "amount": ln.amount, "charged": charged, "confidence": ln.confidence,
                          "unverified": ln.unverified, "waived": waivers.get(ln.line_code),
                          "quantity": ln.quantity, "unit_amount": ln.unit_amount, "unit": ln.unit})
        cash_session_id = None
        if request.method == "cash" and due > 0:
            cash = _open_cash_session(uow.session, actor.staff_id)
            if cash is None:
                raise InvalidState("no_cash_session", "open a cash session (with its float) before taking cash")
            cash_session_id = cash.id
            if request.tendered < due:
                raise ValidationFailed({"tendered": FieldError("tendered_short", {"due": due})})
        tendered = request.tendered if request.method == "cash" else due
        receipt = _issue(uow, kind="receipt", request_id=request.request_id, lines=lines, totals=totals, total=due,
                         method=request.method, reference=request.reference.strip(), tendered=tendered,
                         change=tendered - due, applicant=applicant, ticket_number=request.ticket_number,
                         case_ids=request.case_ids, schedule_version=quote.schedule_version,
                         approval=uow.approval, voids=None, void_reason=None, cash_session_id=cash_session_id,
                         private_key=private_key)
        uow.audit(entity="receipt", entity_id=receipt.id, number=receipt.number, total=due,
                  waived=sorted(waivers))
        uow.changed(AREA)
        return uow.result(receipt.id)


def void_receipt(ctx: ServiceContext, actor: Actor, receipt_id: str, reason: str, approval: Approval | None) -> OpResult:
    """Void by a counter-entry (refund of the amount paid), with a supervisor's approval and a reason."""
    if not reason.strip():
        raise ValidationFailed({"reason": FieldError("required")})
    private_key = device_keys.load_private_key(ctx)
    with ctx.write(actor, "void_receipt", roles=STAFF_AND_UP, approval=approval, needs_approval=True) as uow:
        original = uow.session.get(Receipt, receipt_id)
        if original is None or original.kind != "receipt":
            raise NotFound(message="receipt not found")
        already = uow.session.execute(select(Receipt.number).where(Receipt.voids_receipt_id == original.id)).scalar()
        if already:
            raise InvalidState("already_voided", "this receipt is already voided", by=already)
        lines = [{**line, "amount": -int(line["amount"]), "charged": -int(line["charged"])}
                 for line in json.loads(original.lines_json)]
        totals = {k: -v for k, v in json.loads(original.totals_json).items()}
        cash = _open_cash_session(uow.session, actor.staff_id) if original.method == "cash" else None
        from ltsa_desktop.domain.ids import new_id

        applicant = uow.session.get(Applicant, original.applicant_id) if original.applicant_id else None
        void = _issue(uow, kind="void", request_id=new_id(), lines=lines, totals=totals,
                      total=-original.total_applicant, method=original.method, reference=original.reference,
                      tendered=0, change=0, applicant=applicant, ticket_number=original.ticket_number,
                      case_ids=tuple(json.loads(original.case_ids)), schedule_version=original.schedule_version,
                      approval=uow.approval, voids=original, void_reason=reason.strip(),
                      cash_session_id=cash.id if cash else None, private_key=private_key)
        uow.audit(entity="receipt", entity_id=original.id, void=void.number, reason=reason.strip())
        uow.changed(AREA)
        return uow.result(void.id)


def record_reprint(ctx: ServiceContext, actor: Actor, receipt_id: str) -> OpResult:
    """A reprint is audited and printed as SALINAN / COPY."""
    with ctx.write(actor, "reprint_receipt", roles=STAFF_AND_UP) as uow:
        receipt = uow.session.get(Receipt, receipt_id)
        if receipt is None:
            raise NotFound(message="receipt not found")
        receipt.reprints += 1  # not part of the hashed fields, not synced
        uow.audit(entity="receipt", entity_id=receipt.id, number=receipt.number, reprint=receipt.reprints)
        return uow.result(receipt.reprints)


def receipt_doc(ctx: ServiceContext, receipt_id: str, *, copy: bool = False) -> ReceiptDoc:
    from ltsa_desktop.services.office import office_info

    info = office_info(ctx)
    with ctx.read() as session:
        r = session.get(Receipt, receipt_id)
        if r is None:
            raise NotFound(message="receipt not found")
        original = session.get(Receipt, r.voids_receipt_id) if r.voids_receipt_id else None
    # receipts issued before the quantity was kept have no quantity/unit keys: one unit of the whole amount
    lines = tuple(ReceiptLine(ln["service"], ln["label_id"], ln["label_en"], ln["legal_basis"], ln["payer"],
                              int(ln["amount"]), int(ln["charged"]), bool(ln.get("unverified")), ln.get("waived"),
                              quantity=int(ln.get("quantity", 1)),
                              unit_amount=int(ln.get("unit_amount", abs(int(ln["amount"])))),
                              unit=str(ln.get("unit") or ""))
                  for ln in json.loads(r.lines_json))
    return ReceiptDoc(
        office_name=info.name, office_address=info.address, number=r.number,
        issued_label=format_datetime_local(r.issued_at, ctx.tz_name), cashier=r.cashier_name,
        applicant_name=r.applicant_name, nik_masked=r.nik_masked, ticket_number=r.ticket_number,
        schedule_version=r.schedule_version, lines=lines, totals=json.loads(r.totals_json),
        total_paid=r.total_applicant, method=r.method, reference=r.reference, tendered=r.tendered,
        change=r.change, token=r.token, is_copy=copy, void_of=original.number if original else None,
        void_reason=r.void_reason, approver=r.approver_name)


def archive_pdf(ctx: ServiceContext, receipt_id: str, layout: str = "80mm", *, copy: bool = False) -> bytes:
    """Render the receipt and keep the original PDF in the data directory (``receipts/<year>/<number>.pdf``)."""
    from ltsa_desktop.printing.receipt import render_receipt

    doc = receipt_doc(ctx, receipt_id, copy=copy)
    pdf = render_receipt(doc, layout)  # type: ignore[arg-type]
    if ctx.data_dir is not None and not copy:
        folder = ctx.data_dir / "receipts" / doc.number.split("-")[-2]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{doc.number}.pdf"
        if not target.exists():
            target.write_bytes(pdf)
    return pdf


@dataclass(frozen=True)
class Verification:
    status: str  # genuine | voided | forged | unknown
    number: str = ""
    total_paid: int = 0
    issued_at: str = ""
    detail: str = ""


def verify_token(ctx: ServiceContext, token: str) -> Verification:
    """Genuine, voided or forged, with the details from the signed claims and the stored receipt."""
    try:
        claims = decode_receipt_token(token, lambda device_id: device_keys.public_key(ctx, device_id))
    except ReceiptTokenError as exc:
        return Verification("forged", detail=exc.code)
    with ctx.read() as session:
        stored = session.execute(select(Receipt).where(Receipt.number == claims.number)).scalars().first()
        voided_by = None
        if stored is not None:
            voided_by = session.execute(select(Receipt.number).where(Receipt.voids_receipt_id == stored.id)).scalar()
    if stored is None or stored.hash != claims.receipt_hash or stored.total_applicant != claims.total_paid:
        return Verification("forged", claims.number, claims.total_paid, claims.issued_at,
                            "signed claims do not match the stored receipt")
    if voided_by:
        return Verification("voided", claims.number, claims.total_paid, claims.issued_at, f"voided by {voided_by}")
    return Verification("genuine", claims.number, claims.total_paid, claims.issued_at)


def list_receipts(ctx: ServiceContext, day=None) -> list[ReceiptRow]:  # type: ignore[no-untyped-def]
    with ctx.read() as session:
        rows = session.execute(select(Receipt).order_by(Receipt.issued_at.desc()).limit(500)).scalars().all()
        voids = dict(session.execute(select(Receipt.voids_receipt_id, Receipt.number).where(
            Receipt.voids_receipt_id.is_not(None))).all())
    out = [ReceiptRow(r.id, r.number, r.kind, r.issued_at, r.total_applicant, r.method, r.applicant_name,
                      voids.get(r.id), r.reprints) for r in rows]
    if day is not None:
        out = [r for r in out if service_day(r.issued_at, ctx.tz_name) == day]
    return out


# -- cash sessions -----------------------------------------------------------------------------------------
DENOMINATIONS = (100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100)


def open_cash_session(ctx: ServiceContext, actor: Actor, counter_id: str, float_amount: int) -> OpResult:
    if isinstance(float_amount, bool) or not isinstance(float_amount, int) or float_amount < 0:
        raise ValidationFailed({"float_amount": FieldError("amount_invalid")})
    with ctx.write(actor, "open_cash_session", roles=STAFF_AND_UP) as uow:
        if _open_cash_session(uow.session, actor.staff_id) is not None:
            raise InvalidState("cash_session_open", "a cash session is already open")
        row = uow.add(CashSession(counter_id=counter_id, staff_id=actor.staff_id, opened_at=uow.now,
                                  float_amount=float_amount, counted_json="{}"))
        uow.audit(entity="cash_session", entity_id=row.id, float_amount=float_amount)
        uow.changed(AREA)
        return uow.result(row.id)


def cash_movement(ctx: ServiceContext, actor: Actor, kind: str, amount: int, note: str) -> OpResult:
    if kind not in ("in", "out") or isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValidationFailed({"amount": FieldError("amount_invalid")})
    if not note.strip():
        raise ValidationFailed({"note": FieldError("required")})
    with ctx.write(actor, "cash_movement", roles=STAFF_AND_UP) as uow:
        cash = _open_cash_session(uow.session, actor.staff_id)
        if cash is None:
            raise InvalidState("no_cash_session", "no open cash session")
        uow.add(CashMovement(session_id=cash.id, kind=kind, amount=amount, note=note.strip(), at=uow.now))
        uow.audit(entity="cash_session", entity_id=cash.id, kind=kind, amount=amount)
        uow.changed(AREA)
        return uow.result()


def expected_cash(session: Session, cash: CashSession) -> int:
    taken = session.execute(select(func.coalesce(func.sum(Receipt.total_applicant), 0)).where(
        Receipt.cash_session_id == cash.id, Receipt.method == "cash")).scalar_one()
    moves = session.execute(select(CashMovement.kind, CashMovement.amount).where(
        CashMovement.session_id == cash.id)).all()
    return cash.float_amount + int(taken) + sum(a if k == "in" else -a for k, a in moves)


def cash_state(ctx: ServiceContext, actor: Actor) -> int | None:
    """The cash expected in this person's open drawer, or None when no session is open."""
    with ctx.read() as session:
        cash = _open_cash_session(session, actor.staff_id)
        return None if cash is None else expected_cash(session, cash)


def close_cash_session(ctx: ServiceContext, actor: Actor, counts: dict[int, int],
                       approval: Approval | None) -> OpResult:
    """Count the drawer by denomination; the difference is recorded; a supervisor signs it off."""
    if any(d not in DENOMINATIONS or isinstance(n, bool) or not isinstance(n, int) or n < 0
           for d, n in counts.items()):
        raise ValidationFailed({"counts": FieldError("amount_invalid")})
    with ctx.write(actor, "close_cash_session", roles=STAFF_AND_UP, approval=approval, needs_approval=True) as uow:
        cash = _open_cash_session(uow.session, actor.staff_id)
        if cash is None:
            raise InvalidState("no_cash_session", "no open cash session")
        counted = sum(d * n for d, n in counts.items())
        expected = expected_cash(uow.session, cash)
        cash.closed_at = uow.now
        cash.counted_json = json.dumps({str(d): n for d, n in sorted(counts.items())})
        cash.counted, cash.expected, cash.difference = counted, expected, counted - expected
        cash.signed_off_by = uow.approval.supervisor_id if uow.approval else None
        uow.update(cash)
        uow.audit(entity="cash_session", entity_id=cash.id, expected=expected, counted=counted,
                  difference=counted - expected)
        uow.changed(AREA)
        return uow.result(counted - expected)







def seed_demo_data(ctx: ServiceContext, admin: Actor) -> None:
    """Demo: a receipt key, a cash session with payments for today's applicants, one waiver and one void."""
    import random

    from ltsa_desktop.domain.ids import new_id
    from ltsa_desktop.services.auth import approve
    from ltsa_desktop.services.demo import DEMO_PASSWORD
    from ltsa_desktop.services.queue import list_counters
    from ltsa_desktop.storage.models.core import Staff as StaffModel

    device_keys.register_new_key(ctx)
    with ctx.read() as session:
        staff = session.execute(select(StaffModel).where(StaffModel.username == "petugas2")).scalars().first()
        people = session.execute(select(Applicant).limit(12)).scalars().all()
    if staff is None or not people:
        return
    actor = Actor(staff.id, staff.username, staff.full_name, admin.role.__class__(staff.role))
    counter = list_counters(ctx)[-1][0]
    open_cash_session(ctx, actor, counter, 500_000)
    rng = random.Random(3)
    receipts = []
    for person in people:
        services = rng.choice([("POL-01",), ("POL-01", "JST-01"), ("IMI-02",), ("JST-01",), ("IMI-01", "POL-01")])
        receipts.append(take_payment(ctx, actor, PaymentRequest(
            new_id(), services, "cash", 500_000, applicant_id=person.id)).value)
    waiver = approve(ctx, "koordinator", DEMO_PASSWORD, "take_payment")
    take_payment(ctx, actor, PaymentRequest(new_id(), ("POL-01",), "cash", 0, applicant_id=people[0].id,
                                            waivers=(("POL-01/pnbp", "korban bencana banjir (demo)"),)), waiver)
    void = approve(ctx, "koordinator", DEMO_PASSWORD, "void_receipt")
    void_receipt(ctx, actor, receipts[1], "layanan salah dipilih (demo)", void)
