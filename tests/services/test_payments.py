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


EXTRA_MONTHS = "JST-02/tambahan-bulan"


def _pay_extra_months(office, months: int = 3, **kw):  # type: ignore[no-untyped-def]
    """SKCK, and BPJS for a 24-month contract plus ``months`` extra months at Rp 13.500 each."""
    return _pay(office, ("POL-01", "JST-02"), tendered=600_000,
                chosen_optional=("JST-02/24bln", EXTRA_MONTHS, "JST-02/jht-100"),
                quantities=((EXTRA_MONTHS, months),), **kw)


def _stored_lines(office, receipt_id: str) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    import json

    from ltsa_desktop.storage.models.payments import Receipt

    with office.db.read() as s:
        return {ln["line"]: ln for ln in json.loads(s.get(Receipt, receipt_id).lines_json)}


def test_per_unit_line_keeps_its_quantity_on_the_receipt(paying_office, capsys) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.cli import main

    office = paying_office
    rid = _pay_extra_months(office)
    stored = _stored_lines(office, rid)
    extra = stored[EXTRA_MONTHS]
    assert (extra["quantity"], extra["unit_amount"], extra["unit"], extra["amount"], extra["charged"]) == (
        3, 13_500, "bulan", 40_500, 40_500)
    assert (stored["POL-01/pnbp"]["quantity"], stored["POL-01/pnbp"]["unit"]) == (1, "")
    doc = payments.receipt_doc(office.ctx, rid)
    line = next(ln for ln in doc.lines if ln.quantity == 3)
    assert (line.unit_amount, line.unit, line.amount, line.quantity_text) == (13_500, "bulan", 40_500,
                                                                              "3 bulan × Rp 13.500")
    assert len(doc.lines) > 2 and all(ln.quantity_text == "" for ln in doc.lines if ln is not line)
    from ltsa_desktop.printing.receipt import render_receipt

    for layout in ("80mm", "58mm", "A5", "A4"):
        text = PdfReader(io.BytesIO(render_receipt(doc, layout))).pages[0].extract_text()  # type: ignore[arg-type]
        assert "3 bulan × Rp 13.500" in text and "Rp 40.500" in text, layout
    assert "3 bulan × Rp 13.500" in PdfReader(io.BytesIO(payments.archive_pdf(office.ctx, rid))).pages[0].extract_text()
    # the quantity is part of the hashed lines: the chain and the signed token hold, and a changed count is caught
    assert payments.verify_token(office.ctx, doc.token).status == "genuine"
    capsys.readouterr()
    assert main(["verify", "--data-dir", str(office.data_dir.root)]) == 0
    assert "receipts: ok (1 in 1 series)" in capsys.readouterr().out
    office.db.dispose()
    conn = sqlite3.connect(office.data_dir.database)
    (lines_json,) = conn.execute("SELECT lines_json FROM receipt").fetchone()
    conn.execute("UPDATE receipt SET lines_json = ?", (lines_json.replace('"quantity": 3', '"quantity": 2'),))
    conn.commit()
    conn.close()
    assert main(["verify", "--data-dir", str(office.data_dir.root)]) == 3
    assert f"receipts: broken at {doc.number}" in capsys.readouterr().out


def test_void_of_a_per_unit_receipt_shows_the_quantity(paying_office) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    rid = _pay_extra_months(office, months=2)
    approval = auth.approve(office.ctx, "koordinator", PASSWORD, "void_receipt")
    void = payments.receipt_doc(office.ctx, payments.void_receipt(office.ctx, office.staff, rid, "salah bulan",
                                                                  approval).value)
    line = next(ln for ln in void.lines if ln.unit)
    assert (line.quantity, line.amount, line.quantity_text) == (2, -27_000, "2 bulan × Rp 13.500")
    with office.db.read() as s:
        assert payments.verify_receipt_chains(s)[0]


def test_receipt_stored_before_quantities_were_kept_still_loads(paying_office) -> None:  # type: ignore[no-untyped-def]
    """A receipt whose lines_json has no quantity/unit keys (as issued by earlier versions): one unit, no unit
    text, the chain still verifies, and the next receipt links onto it."""
    import json

    from ltsa_desktop.storage.chain import link_hash
    from ltsa_desktop.storage.models.core import ChainHead
    from ltsa_desktop.storage.models.payments import Receipt

    office = paying_office
    rid = _pay_extra_months(office)
    with office.db.write() as s:  # rewrite it as an earlier version would have stored it, hashes included
        r = s.get(Receipt, rid)
        old = [{k: v for k, v in ln.items() if k not in ("quantity", "unit_amount", "unit")}
               for ln in json.loads(r.lines_json)]
        r.lines_json = json.dumps(old, ensure_ascii=False, sort_keys=True)
        r.hash = link_hash(r.prev_hash, payments.receipt_fields(r))
        s.get(ChainHead, r.series).last_hash = r.hash
    assert "quantity" not in _stored_lines(office, rid)[EXTRA_MONTHS]
    doc = payments.receipt_doc(office.ctx, rid)
    assert all((ln.quantity, ln.unit, ln.quantity_text) == (1, "", "") for ln in doc.lines)
    assert {ln.unit_amount for ln in doc.lines if ln.service_code == "JST-02" and ln.amount == 40_500} == {40_500}
    for layout in ("80mm", "58mm", "A5", "A4"):
        text = PdfReader(io.BytesIO(payments.archive_pdf(office.ctx, rid, layout))).pages[0].extract_text()
        assert doc.number in text and "Rp 40.500" in text and "×" not in text, layout
    nxt = _pay_extra_months(office, months=1)
    with office.db.read() as s:
        assert payments.verify_receipt_chains(s) == (True, "receipts: ok (2 in 1 series)")
    assert "1 bulan × Rp 13.500" in PdfReader(io.BytesIO(payments.archive_pdf(office.ctx, nxt))).pages[0].extract_text()
