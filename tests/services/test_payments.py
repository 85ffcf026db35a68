"""Payments: only scheduled fees, gapless chained receipts, signed tokens, voids, waivers, cash sessions."""

from __future__ import annotations

import io
import sqlite3
from dataclasses import replace

import pytest
from pypdf import PdfReader

from ltsa_desktop.domain.errors import ApprovalRequired, InvalidState, ValidationFailed
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import applicants, auth, payments
from ltsa_desktop.services.device_keys import DeviceKeyMissing
from ltsa_desktop.storage.audit import verify_audit_chain
from tests.conftest import PASSWORD
from tests.services.test_applicants_cases import BASE


def _pay(office, services=("POL-01", "JST-01"), **kw):  # type: ignore[no-untyped-def]
    approval = kw.pop("approval", None)
    request = payments.PaymentRequest(request_id=kw.pop("request_id", new_id()), services=tuple(services),
                                      method=kw.pop("method", "cash"), tendered=kw.pop("tendered", 100_000), **kw)
    return payments.take_payment(office.ctx, office.staff, request, approval).value


def test_payment_collects_only_the_applicants_share(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    person = applicants.register_applicant(office.ctx, office.staff, replace(BASE, exempt_job=None)).value
    rid = _pay(office, ("POL-01", "IMI-01", "JST-01"), applicant_id=person.id)
    doc = payments.receipt_doc(office.ctx, rid)
    assert doc.number == "JKT01-K01-2026-000001"
    assert doc.total_paid == 67_500 and doc.change == 32_500 and doc.nik_masked == "************0001"
    assert {(ln.service_code, ln.payer, ln.charged) for ln in doc.lines} == {
        ("POL-01", "applicant", 30_000), ("IMI-01", "government", 0), ("JST-01", "applicant", 37_500)}


def test_exempt_job_moves_costs_to_the_employer(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    person = applicants.register_applicant(office.ctx, office.staff, BASE).value  # pengasuh lansia
    doc = payments.receipt_doc(office.ctx, _pay(office, ("POL-01", "JST-01"), applicant_id=person.id,
                                                method="transfer", reference="TRX-1"))
    assert doc.total_paid == 0 and doc.totals == {"employer": 67_500}


def test_numbers_gapless_chain_verifies_and_tamper_is_named(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    ids = [_pay(office) for _ in range(3)]
    with pytest.raises(ValidationFailed):  # a refused payment takes no number
        _pay(office, tendered=1_000)
    ids.append(_pay(office))
    numbers = [payments.receipt_doc(office.ctx, i).number for i in ids]
    assert [n[-6:] for n in numbers] == ["000001", "000002", "000003", "000004"]
    with office.db.read() as s:
        assert payments.verify_receipt_chains(s)[0] and verify_audit_chain(s).ok
    office.db.dispose()
    conn = sqlite3.connect(office.data_dir.database)
    conn.execute("UPDATE receipt SET total_applicant = 1 WHERE number = ?", (numbers[1],))
    conn.commit()
    conn.close()
    with office.db.read() as s:
        ok, text = payments.verify_receipt_chains(s)
    assert not ok and numbers[1] in text


def test_double_press_is_one_payment(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    request_id = new_id()
    assert _pay(office, request_id=request_id) == _pay(office, request_id=request_id)
    assert len(payments.list_receipts(office.ctx)) == 1


def test_token_genuine_forged_voided(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    rid = _pay(office)
    token = payments.receipt_doc(office.ctx, rid).token
    assert payments.verify_token(office.ctx, token).status == "genuine"
    flipped = token[:20] + ("A" if token[20] != "A" else "B") + token[21:]
    assert payments.verify_token(office.ctx, flipped).status == "forged"
    assert payments.verify_token(office.ctx, "garbage").status == "forged"
    with pytest.raises(ApprovalRequired):
        payments.void_receipt(office.ctx, office.staff, rid, "salah layanan", None)
    approval = auth.approve(office.ctx, "koordinator", PASSWORD, "void_receipt")
    void_id = payments.void_receipt(office.ctx, office.staff, rid, "salah layanan", approval).value
    void = payments.receipt_doc(office.ctx, void_id)
    assert void.total_paid == -67_500 and void.void_of and void.approver == office.supervisor.full_name
    assert payments.verify_token(office.ctx, token).status == "voided"
    with pytest.raises(InvalidState):
        payments.void_receipt(office.ctx, office.staff, rid, "lagi",
                              auth.approve(office.ctx, "koordinator", PASSWORD, "void_receipt"))


def test_waiver_needs_approval_and_shows_on_receipt(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    with pytest.raises(ApprovalRequired):
        _pay(office, waivers=(("POL-01/pnbp", "korban bencana"),))
    approval = auth.approve(office.ctx, "koordinator", PASSWORD, "take_payment")
    rid = _pay(office, waivers=(("POL-01/pnbp", "korban bencana"),), approval=approval)
    doc = payments.receipt_doc(office.ctx, rid)
    assert doc.total_paid == 37_500
    assert [ln.waived_reason for ln in doc.lines if ln.service_code == "POL-01"] == ["korban bencana"]
    text = PdfReader(io.BytesIO(payments.archive_pdf(office.ctx, rid))).pages[0].extract_text()
    assert "korban bencana" in text and "Dibebaskan" in text


def test_no_key_no_payment(office) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DeviceKeyMissing) as info:
        _pay(office)
    assert "administrator" in info.value.message


def test_open_choice_or_a_changed_quote_charges_nothing(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    before = payments.list_receipts(office.ctx)
    with pytest.raises(InvalidState) as info:  # the BPJS contract length is not chosen yet
        _pay(office, ("POL-01", "JST-02"))
    assert info.value.code == "quote_not_final" and info.value.params["services"] == ["JST-02"]
    with pytest.raises(InvalidState) as info:  # the counter showed 30.000; POL-01 + JST-01 come to 67.500
        _pay(office, expected_total=30_000)
    assert info.value.code == "quote_changed" and info.value.params == {"shown": 30_000, "now": 67_500}
    assert payments.list_receipts(office.ctx) == before
    rid = _pay(office, expected_total=67_500)
    assert payments.receipt_doc(office.ctx, rid).total_paid == 67_500


def test_locked_keyring_stops_the_payment(paying_office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring.errors

    office = paying_office
    before = payments.list_receipts(office.ctx)

    def locked(service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("collection is locked")

    monkeypatch.setattr(type(keyring.get_keyring()), "get_password", lambda self, s, u: locked(s, u))
    with pytest.raises(DeviceKeyMissing) as info:
        _pay(office)
    assert info.value.code == "keyring_locked"
    assert "unlock" in info.value.message
    assert payments.list_receipts(office.ctx) == before  # nothing was saved


def test_cash_needs_a_session_and_close_records_difference(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    _pay(office)  # 67.500 taken in cash
    payments.cash_movement(office.ctx, office.staff, "out", 10_000, "uang kembalian ke bank")
    with pytest.raises(ApprovalRequired):
        payments.close_cash_session(office.ctx, office.staff, {100000: 2}, None)
    approval = auth.approve(office.ctx, "koordinator", PASSWORD, "close_cash_session")
    difference = payments.close_cash_session(office.ctx, office.staff, {100000: 2, 50000: 1, 5000: 1, 2000: 1},
                                             approval).value
    assert difference == 257_000 - (200_000 + 67_500 - 10_000)
    with pytest.raises(InvalidState):
        _pay(office)  # no open session: no cash


def test_receipt_pdf_layouts(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    person = applicants.register_applicant(office.ctx, office.staff, replace(
        BASE, full_name="محمد عبد الله " + "Panjang " * 20, exempt_job=None)).value
    rid = _pay(office, applicant_id=person.id)
    from ltsa_desktop.printing.receipt import render_receipt

    for layout in ("80mm", "58mm", "A5"):
        pdf = render_receipt(payments.receipt_doc(office.ctx, rid), layout)  # type: ignore[arg-type]
        page = PdfReader(io.BytesIO(pdf)).pages[0]
        text = page.extract_text()
        assert "JKT01-K01-2026-000001" in text and "Rp 30.000" in text and "PNBP SKCK" in text
        assert "3212454509950001" not in text and "0001" in text
    copy = render_receipt(payments.receipt_doc(office.ctx, rid, copy=True))
    assert "SALINAN / COPY" in PdfReader(io.BytesIO(copy)).pages[0].extract_text()
