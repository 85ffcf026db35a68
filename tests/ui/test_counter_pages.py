"""Counter pages offscreen: applicant registration with field errors, fee quote, payment, fee board."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from ltsa_desktop.services import payments
from ltsa_desktop.ui.pages.applicants import ApplicantPage
from ltsa_desktop.ui.pages.fees import PaymentDialog, QuotePage
from ltsa_desktop.ui.public.fee_board import FeeBoardWindow
from ltsa_desktop.ui.session import AppSession


def _session(office, actor=None) -> AppSession:  # type: ignore[no-untyped-def]
    return office.app_session(actor)


def test_register_applicant_with_field_errors_kept_text(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = ApplicantPage(_session(office, office.staff))
    qtbot.addWidget(page)
    page.f["nik"].widget.setText("32124545099500")  # 14 digits
    page.f["full_name"].widget.setText("Siti Nurhaliza")
    page.f["birth_date"].widget.setDate(QDate(1995, 9, 5))
    page.f["sex"].widget.setCurrentIndex(page.f["sex"].widget.findData("F"))
    page.f["phone"].widget.setText("bukan telepon")
    page.save()
    assert page.f["nik"].message.text() and page.f["phone"].message.text()
    assert page.f["full_name"].widget.text() == "Siti Nurhaliza" and page.current is None
    page.f["nik"].widget.setText("3212454509950001")
    page.f["phone"].widget.setText("0812 3456 7890")
    page.save()
    assert page.current is not None and page.current.phone == "+6281234567890"
    assert page.session.state.extra["current_applicant"].id == page.current.id


def test_quote_and_payment_print_after_commit(qtbot, paying_office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    session = _session(office, office.staff)
    page = QuotePage(session)
    qtbot.addWidget(page)
    for i in range(page.services.count()):
        item = page.services.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in ("POL-01", "IMI-01"):
            item.setCheckState(Qt.CheckState.Checked)
    assert page.quote.applicant_total == 30_000
    assert "Rp 30.000" in page.totals.text()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = PaymentDialog(session, page.chosen_services(), page.quote.applicant_total, applicant_id=None,
                           ticket_number="")
    qtbot.addWidget(dialog)
    dialog.tendered.setValue(20_000)
    dialog.pay()
    assert dialog.receipt_id is None and dialog.error.text()  # tendered less than due: nothing saved
    assert payments.list_receipts(office.ctx) == []
    dialog.tendered.setValue(50_000)
    dialog.pay()
    dialog.pay()  # a second press: the same request, one payment
    receipts = payments.list_receipts(office.ctx)
    assert len(receipts) == 1 and receipts[0].total_applicant == 30_000
    assert any(office.data_dir.receipts.rglob("*.pdf"))


def test_fee_board_shows_payers_and_pages(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    board = FeeBoardWindow(_session(office))
    qtbot.addWidget(board)
    seen = set()
    for _ in range(len(board.data.services)):
        seen.add(board.service_title.text().split(" · ")[0])
        board.next_page()
    assert {"POL-01", "IMI-01", "DUK-01"} <= seen
    while not board.service_title.text().startswith("DUK-01"):
        board.next_page()
    payers = [w.text() for w in board.findChildren(type(board.header)) if w.objectName() == "feeBoardPayer"]
    assert "GRATIS" in payers
    board.toggle_language()
    assert "OFFICIAL FEES" in board.header.text()


def test_receipts_page_void_with_approval_and_verify(qtbot, paying_office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.domain.ids import new_id
    from ltsa_desktop.services import auth
    from ltsa_desktop.ui.pages import receipts as receipts_page
    from tests.conftest import PASSWORD

    office = paying_office
    rid = payments.take_payment(office.ctx, office.staff, payments.PaymentRequest(
        new_id(), ("POL-01",), "cash", 30_000)).value
    token = payments.receipt_doc(office.ctx, rid).token
    page = receipts_page.ReceiptsPage(_session(office, office.staff))
    qtbot.addWidget(page)
    page.token.setText(token)
    page.verify()
    assert page.result.text().startswith("GENUINE")
    page.table.selectRow(0)
    monkeypatch.setattr(receipts_page.QInputDialog, "getText", lambda *a, **k: ("salah input", True))
    monkeypatch.setattr(receipts_page, "request_approval",
                        lambda ctx, action, text, parent: auth.approve(ctx, "koordinator", PASSWORD, action))
    page.void()
    assert page.rows[0].kind == "void" or any(r.voided_by for r in page.rows)
    page.verify()
    assert page.result.text().startswith("VOIDED")


def test_case_dialog_checklist_and_status(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import applicants, cases
    from ltsa_desktop.ui.pages.case_dialogs import CaseDialog
    from tests.services.test_applicants_cases import BASE

    person = applicants.register_applicant(office.ctx, office.staff, BASE).value
    case = cases.open_cases(office.ctx, office.staff, person.id, ["POL-01"]).value[0]
    dialog = CaseDialog(_session(office, office.staff), case.id)
    qtbot.addWidget(dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("ready"))
    dialog.change_status()
    assert dialog.message.text()  # received → ready is refused, said in words
    for req_id, _c, _l, mandatory, _s in dialog.case.requirements:
        if mandatory:
            dialog.set_requirement(req_id, "verified")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("in_process"))
    dialog.change_status()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("ready"))
    dialog.change_status()
    assert cases.get_case(office.ctx, case.id).status == "ready" and dialog.message.text() == ""


def test_complaint_dialog_field_errors_then_saved(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.ui.pages.complaints import ComplaintDialog, ComplaintsPage

    page = ComplaintsPage(_session(office, office.staff))
    qtbot.addWidget(page)
    dialog = ComplaintDialog(page.session, page)
    dialog.f["subject"].widget.setText("Paspor ditahan agensi")
    dialog.save()
    assert dialog.f["complainant_name"].message.text() and dialog.f["chronology"].message.text()
    assert dialog.f["subject"].widget.text() == "Paspor ditahan agensi"
    dialog.f["complainant_name"].widget.setText("Ibu Siti")
    dialog.f["chronology"].widget.setPlainText("Agensi menahan paspor sejak Oktober.")
    dialog.save()
    assert dialog.number.endswith("-00001")
    page.refresh()
    assert page.table.rowCount() == 1


def test_cash_session_from_the_fees_page(qtbot, office, keyring_memory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import auth
    from ltsa_desktop.ui.pages import fees
    from tests.conftest import PASSWORD

    session = _session(office, office.staff)
    page = QuotePage(session)
    qtbot.addWidget(page)
    page.refresh_cash()
    assert page.cash_open.isEnabled() and not page.cash_close.isEnabled()
    monkeypatch.setattr(fees.QInputDialog if hasattr(fees, "QInputDialog") else __import__(
        "PySide6.QtWidgets", fromlist=["QInputDialog"]).QInputDialog, "getInt", lambda *a, **k: (150_000, True))
    page.open_cash()
    assert "150.000" in page.cash_label.text()
    dialog = fees.CloseCashDialog(session, page)
    qtbot.addWidget(dialog)
    dialog.counts[100000].setValue(1)
    dialog.counts[50000].setValue(1)
    monkeypatch.setattr("ltsa_desktop.ui.approval.request_approval",
                        lambda ctx, action, text, parent: auth.approve(ctx, "koordinator", PASSWORD, action))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog.close_session()
    page.refresh_cash()
    assert page.cash_open.isEnabled()
