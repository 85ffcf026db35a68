"""Counter gaps of issue #5: acknowledgement slips after a record is committed, attachments on a case, the
applicant form's family permission."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QPushButton

from ltsa_desktop.domain.errors import DatabaseBusy
from ltsa_desktop.services import applicants, cases
from ltsa_desktop.settings import RECEIPT_LAYOUT
from ltsa_desktop.ui.pages import applicants as applicant_page
from ltsa_desktop.ui.pages import case_dialogs, complaints
from ltsa_desktop.ui.session import AppSession

BASE = applicants.ApplicantInput(
    nik="3212454509950001", full_name="Siti Nurhaliza", birth_date=date(1995, 9, 5), sex="F",
    birth_place="Indramayu", phone="0812-3456-7890", scheme="p_to_p", destination_country="Taiwan",
    job_position="Pengasuh lansia", exempt_job="pengasuh_lansia", first_time_cpmi=True)


def _session(office) -> AppSession:  # type: ignore[no-untyped-def]
    return office.app_session(office.staff)


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


class _Capture:
    """Stands in for ``exec`` so no modal loop blocks the offscreen test."""

    def __init__(self, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        self.dialogs: list[case_dialogs.SlipDialog] = []
        outer = self

        def fake_exec(dialog: QDialog) -> int:
            outer.dialogs.append(dialog)  # type: ignore[arg-type]
            return 1

        monkeypatch.setattr(case_dialogs.SlipDialog, "exec", fake_exec)


def test_opening_cases_offers_the_slip_with_the_case_number(qtbot, office, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = _session(office)
    session.state.settings.set(RECEIPT_LAYOUT, "A5")
    person = applicants.register_applicant(office.ctx, office.staff, BASE).value
    page = applicant_page.ApplicantPage(session)
    qtbot.addWidget(page)
    page.load(person)

    class Chooser:
        def __init__(self, *_a) -> None:  # type: ignore[no-untyped-def]
            self.chosen = ["NAK-01"]

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(case_dialogs, "ChooseServicesDialog", Chooser)
    capture = _Capture(monkeypatch)
    page.open_cases()
    assert len(capture.dialogs) == 1
    slip = capture.dialogs[0]
    number = slip.numbers[0]
    assert number.startswith("JKT01-B-")
    pdf = slip.paths[0].read_bytes()  # always kept in the data directory before any printer is asked
    assert slip.paths[0].parent == office.data_dir.documents / "slips"
    text = _text(pdf)
    assert number in text and "TANDA TERIMA BERKAS" in text and "Siti Nurhaliza" in text
    assert "3212454509950001" not in text and "0001" in text  # NIK masked
    saved = slip.save_to(tmp_path / "slip.pdf")
    assert saved == [tmp_path / "slip.pdf"] and number in _text(saved[0].read_bytes())
    monkeypatch.setattr("ltsa_desktop.ui.printer.default_printer", lambda: "")
    slip.print_slips()  # no printer on this PC: the message says where the slip is
    assert str(slip.paths[0]) in slip.status.text()


def test_complaint_and_nonprocedural_records_offer_numbered_slips(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session = _session(office)
    page = complaints.ComplaintsPage(session)
    qtbot.addWidget(page)
    capture = _Capture(monkeypatch)

    def fill_complaint(dialog: complaints.ComplaintDialog) -> int:
        dialog.f["complainant_name"].widget.setText("Ibu Warsini")  # type: ignore[attr-defined]
        dialog.f["subject"].widget.setText("Gaji tidak dibayar")  # type: ignore[attr-defined]
        dialog.f["chronology"].widget.setPlainText("Sejak Maret.")  # type: ignore[attr-defined]
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(complaints.ComplaintDialog, "exec", fill_complaint)
    page.new_complaint()
    slip = capture.dialogs[-1]
    assert page.rows and slip.numbers == [page.rows[0].number]
    text = _text(slip.paths[0].read_bytes())
    assert page.rows[0].number in text and "TANDA TERIMA PENGADUAN" in text

    def fill_record(dialog: complaints.NonProceduralDialog) -> int:
        dialog.f["person_name"].widget.setText("Rina")  # type: ignore[attr-defined]
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(complaints.NonProceduralDialog, "exec", fill_record)
    page.nonprocedural()
    slip = capture.dialogs[-1]
    assert "-NP-" in slip.numbers[0] and slip.numbers[0] in _text(slip.paths[0].read_bytes())


def test_slip_is_not_offered_when_nothing_was_saved(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = complaints.ComplaintsPage(_session(office))
    qtbot.addWidget(page)
    capture = _Capture(monkeypatch)

    def empty(dialog: complaints.ComplaintDialog) -> int:
        dialog.save()  # mandatory fields empty: the dialog stays open with messages
        assert dialog.f["subject"].message.text()
        return 0

    monkeypatch.setattr(complaints.ComplaintDialog, "exec", empty)
    page.new_complaint()
    assert capture.dialogs == [] and page.rows == []


def _case(office):  # type: ignore[no-untyped-def]
    person = applicants.register_applicant(office.ctx, office.staff, BASE).value
    return cases.open_cases(office.ctx, office.staff, person.id, ["INF-01"]).value[0]


def test_attach_document_to_a_case_with_type_and_size_limits(qtbot, office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case = _case(office)
    dialog = case_dialogs.CaseDialog(_session(office), case.id)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton, "attachDocument") is not None
    bad = tmp_path / "scan.exe"
    bad.write_bytes(b"MZ\x90\x00 not a scan")
    assert not dialog.attach(bad)
    assert "PDF, JPEG, PNG" in dialog.attach_message.text()
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * (cases.MAX_ATTACHMENT_BYTES + 1))
    assert not dialog.attach(big)
    assert "10 MB" in dialog.attach_message.text()
    assert cases.list_attachments(office.ctx, "case", case.id) == []
    assert not [p for p in office.data_dir.attachments.rglob("*") if p.is_file()]  # nothing kept half-way
    good = tmp_path / "ktp.pdf"
    good.write_bytes(b"%PDF-1.4 scan of a KTP")
    assert dialog.attach(good)
    assert dialog.attach_message.text() == "" and "ktp.pdf" in dialog.attachments.text()
    [row] = cases.list_attachments(office.ctx, "case", case.id)
    assert row.mime == "application/pdf" and row.size == good.stat().st_size


def test_attachment_file_removed_when_the_record_cannot_be_written(office, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case = _case(office)
    good = tmp_path / "kk.jpg"
    good.write_bytes(b"\xff\xd8\xff\xe0 jpeg")

    def busy(*_a, **_k):  # type: ignore[no-untyped-def]
        raise DatabaseBusy()

    monkeypatch.setattr(type(office.ctx), "write", busy)
    with pytest.raises(DatabaseBusy):
        cases.add_attachment(office.ctx, office.staff, "case", case.id, good)
    assert not [p for p in office.data_dir.attachments.rglob("*") if p.is_file()]


def test_applicant_form_keeps_family_permission_from_whom_and_acknowledgement(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = applicant_page.ApplicantPage(_session(office))
    qtbot.addWidget(page)
    page.f["nik"].widget.setText("3212454509950001")  # type: ignore[attr-defined]
    page.f["full_name"].widget.setText("Siti Nurhaliza")  # type: ignore[attr-defined]
    page.f["birth_date"].widget.setDate(QDate(1995, 9, 5))  # type: ignore[attr-defined]
    sex = page.f["sex"].widget
    sex.setCurrentIndex(sex.findData("F"))  # type: ignore[attr-defined]
    who = page.f["family_permission_from"].widget
    who.setCurrentIndex(who.findData("suami"))  # type: ignore[attr-defined]
    page.ack.setChecked(True)
    page.save()
    assert page.current is not None
    stored = applicants.get_applicant(office.ctx, page.current.id).data
    assert stored.family_permission_from == "suami" and stored.family_permission_acknowledged
    saved_id = page.current.id
    page.new_applicant()
    assert who.currentData() == "" and not page.ack.isChecked()  # type: ignore[attr-defined]
    page.load(applicants.get_applicant(office.ctx, saved_id))
    assert who.currentData() == "suami" and page.ack.isChecked()  # type: ignore[attr-defined]


def test_slip_that_cannot_be_kept_can_still_be_saved_elsewhere(qtbot, office, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = _session(office)
    pdf = b"%PDF-1.4 stand-in"

    def full_disk(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("ltsa_desktop.ui.printer.save_pdf", full_disk)
    dialog = case_dialogs.SlipDialog(session, [("JKT01-B-2026-000001", pdf)])
    qtbot.addWidget(dialog)
    assert dialog.paths == [] and "No space left" in dialog.status.text()
    assert not dialog.findChild(QPushButton, "printSlip").isEnabled()
    assert dialog.findChild(QPushButton, "saveSlip").isEnabled()
    monkeypatch.undo()
    saved = dialog.save_to(tmp_path / "usb.pdf")
    assert saved == [tmp_path / "usb.pdf"] and saved[0].read_bytes() == pdf
