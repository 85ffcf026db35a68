"""The fees page: choices within a choice group, optional per-unit lines, notices, and the printable quote."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ltsa_desktop.services import payments
from ltsa_desktop.settings import SILENT_PRINT
from ltsa_desktop.ui.pages.fees import PaymentDialog, QuotePage
from ltsa_desktop.ui.print_preview import PrintPreviewDialog
from ltsa_desktop.ui.printer import PrintOutcome


def _page(qtbot, office, actor) -> QuotePage:  # type: ignore[no-untyped-def]
    session = office.app_session(actor)
    page = QuotePage(session)
    qtbot.addWidget(page)
    return page


def _check(page: QuotePage, *codes: str) -> None:
    for i in range(page.services.count()):
        item = page.services.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in codes:
            item.setCheckState(Qt.CheckState.Checked)


def _choose(page: QuotePage, service: str, group: str, line_code: str) -> None:
    combo = page.choice_groups[(service, group)]
    combo.setCurrentIndex(combo.findData(line_code))


def test_choice_groups_settle_the_quote_and_allow_payment(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office, office.staff)
    assert page.choices_box.isHidden()
    _check(page, "JST-02")
    assert set(page.choice_groups) == {("JST-02", "kontrak"), ("JST-02", "jht")}
    assert "JST-02/tambahan-bulan" in page.option_checks
    # nothing chosen yet: the page says what to settle and refuses payment
    assert page.quote is not None and {n.code for n in page.quote.notices} == {"choice_needed"}
    assert "JST-02" in page.notices.text() and not page.pay_button.isEnabled()
    _choose(page, "JST-02", "kontrak", "JST-02/12bln")
    assert page.quote.applicant_total == 189_000 and not page.pay_button.isEnabled()  # JHT still open
    _choose(page, "JST-02", "jht", "JST-02/jht-100")
    assert page.quote.complete and page.pay_button.isEnabled() and page.notices.text() == ""
    assert page.quote.applicant_total == 189_000 + 100_000
    assert "Rp 289.000" in page.totals.text() and "*" in page.totals.text()  # JHT amounts are unverified
    # the other contract length replaces the first: only one line of a group is ever in the quote
    _choose(page, "JST-02", "kontrak", "JST-02/24bln")
    codes = [ln.line_code for ln in page.quote.lines]
    assert "JST-02/24bln" in codes and "JST-02/12bln" not in codes
    # a per-unit line takes its quantity
    page.option_checks["JST-02/tambahan-bulan"].setChecked(True)
    page.unit_spins["JST-02/tambahan-bulan"].setValue(3)
    extra = next(ln for ln in page.quote.lines if ln.line_code == "JST-02/tambahan-bulan")
    assert extra.quantity == 3 and extra.amount == 3 * 13_500
    assert page.quote.applicant_total == 332_500 + 40_500 + 100_000
    # unchecking the service drops its choices
    _check_off = page.services.findItems("JST-02", Qt.MatchFlag.MatchStartsWith)[0]
    _check_off.setCheckState(Qt.CheckState.Unchecked)
    assert page.choice_groups == {} and page.chosen_optional() == () and page.quote.lines == ()


def test_choices_survive_a_profile_change_and_exempt_job_moves_payer(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office, office.staff)
    _check(page, "JST-02")
    _choose(page, "JST-02", "kontrak", "JST-02/6bln")
    _choose(page, "JST-02", "jht", "JST-02/jht-tidak")
    page.exempt.setCurrentIndex(page.exempt.findData("pengasuh_lansia"))
    assert "JST-02/6bln" in page.chosen_optional() and page.quote.complete
    contract = next(ln for ln in page.quote.lines if ln.line_code == "JST-02/6bln")
    assert contract.payer.value == "employer" and page.quote.applicant_total == 0


def test_alternative_passports_are_named_and_block_payment(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office, office.staff)
    _check(page, "IMI-01", "IMI-03")
    _choose(page, "IMI-03", "masa-berlaku", "IMI-03/pnbp-10")
    assert [n.code for n in page.quote.notices] == ["alternative_services"]
    assert "IMI-01, IMI-03" in page.notices.text() and not page.pay_button.isEnabled()
    page.take_payment()  # refused while alternatives are open: no dialog, nothing paid
    assert payments.list_receipts(office.ctx) == []


def test_print_and_save_quote(qtbot, office, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office, office.staff)
    assert not page.print_quote_button.isEnabled()
    _check(page, "POL-01", "JST-02")
    _choose(page, "JST-02", "kontrak", "JST-02/12bln")
    sent = []
    monkeypatch.setattr("ltsa_desktop.ui.printer.print_pdf",
                        lambda path, printer="": sent.append(path) or PrintOutcome(False, path, "", "none"))
    previews = []
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda dialog: previews.append(dialog) or 0)  # closed
    page.quote_layout.setCurrentIndex(page.quote_layout.findData("A4"))
    page.print_quote()  # previewed first, then closed: nothing printed, the PDF kept
    assert len(previews) == 1 and sent == [] and len(previews[0].images) >= 1
    kept = previews[0].paths[0]
    assert kept.parent == office.data_dir.documents / "quotes" and str(kept) in page.quote_status.text()
    page.session.state.settings.set(SILENT_PRINT, True)
    page.print_quote()  # this workstation prints silently: straight to the printer, which does not answer
    assert len(previews) == 1 and len(sent) == 1
    assert str(sent[0]) in page.quote_status.text()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(sent[0].read_bytes())).pages)
    assert "RINCIAN BIAYA" in text and "BELUM FINAL" in text  # the JHT choice is still open
    assert "189.000" in text and "JST-02" in text and "pilih salah satu" in text
    _choose(page, "JST-02", "jht", "JST-02/jht-tidak")
    page.quote_layout.setCurrentIndex(page.quote_layout.findData("80mm"))
    saved = page.save_quote_to(tmp_path / "q.pdf")
    assert saved == tmp_path / "q.pdf"
    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "BELUM FINAL" not in text and "Rp 219.000" in text  # 30.000 SKCK + 189.000 contract
    assert float(reader.pages[0].mediabox.width) < 81 * 72 / 25.4


def test_payment_charges_the_chosen_lines(qtbot, paying_office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    page = _page(qtbot, office, office.staff)
    _check(page, "JST-02")
    _choose(page, "JST-02", "kontrak", "JST-02/24bln")
    _choose(page, "JST-02", "jht", "JST-02/jht-tidak")
    page.option_checks["JST-02/tambahan-bulan"].setChecked(True)
    page.unit_spins["JST-02/tambahan-bulan"].setValue(2)
    due = page.quote.applicant_total
    assert due == 332_500 + 27_000
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    opened = []
    monkeypatch.setattr(PaymentDialog, "exec", lambda self: opened.append(self) or 0)
    page.take_payment()
    dialog = opened[0]
    assert dialog.due == due and "JST-02/24bln" in dialog.chosen_optional
    dialog.tendered.setValue(400_000)
    dialog.pay()
    receipts = payments.list_receipts(office.ctx)
    assert len(receipts) == 1 and receipts[0].total_applicant == due

