"""The jobs page: vacancy editor with field messages, verification, matching, counselling with a referral slip,
and the public vacancy board in the kiosk and on the fee board."""

from __future__ import annotations

import io
import os
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel

from ltsa_desktop.services import applicants, jobs
from ltsa_desktop.ui.pages import case_dialogs
from ltsa_desktop.ui.pages import jobs as jobs_page
from ltsa_desktop.ui.session import AppSession
from tests.services.test_jobs import CAREGIVER, SITI

TODAY = date(2026, 11, 23)
SHOTS = Path(os.environ.get("LTSA_SCREENSHOTS", "/tmp"))


def _session(office, actor=None) -> AppSession:  # type: ignore[no-untyped-def]
    return office.app_session(actor or office.staff)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def test_vacancy_editor_shows_impossible_requirements_at_the_field(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    dialog = jobs_page.VacancyDialog(_session(office))
    qtbot.addWidget(dialog)
    dialog.f["position"].widget.setText("Pengasuh lansia")  # type: ignore[attr-defined]
    dialog._spin("min_age").setValue(45)
    dialog._spin("max_age").setValue(30)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.saved is None
    assert dialog.f["min_age"].has_error and dialog.f["destination_country"].has_error
    assert dialog.f["scheme"].has_error and not dialog.f["position"].has_error
    assert dialog.f["position"].widget.text() == "Pengasuh lansia"  # type: ignore[attr-defined]  # nothing lost
    assert jobs.list_vacancies(office.ctx) == []
    # corrected: saved, not verified yet
    dialog.f["destination_country"].widget.setText("Taiwan")  # type: ignore[attr-defined]
    dialog.f["scheme"].widget.setCurrentIndex(dialog.f["scheme"].widget.findData("p_to_p"))  # type: ignore[attr-defined]
    dialog._spin("max_age").setValue(50)
    dialog.f["valid_until"].widget.setDate(QDate(2027, 1, 31))  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.saved is not None and dialog.saved.data.max_age == 50 and not dialog.saved.verified


def test_verify_refuses_a_vacancy_without_licence_and_lists_why(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    jobs.create_vacancy(office.ctx, office.staff, replace(CAREGIVER, p3mi_licence=""))
    warnings: list[str] = []
    monkeypatch.setattr(jobs_page.QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    staff_tab = jobs_page.VacanciesTab(_session(office))
    qtbot.addWidget(staff_tab)
    assert not staff_tab.buttons["verify"].isEnabled()  # verifying is a supervisor's check
    tab = jobs_page.VacanciesTab(_session(office, office.supervisor))
    qtbot.addWidget(tab)
    assert tab.buttons["verify"].isEnabled()
    assert tab.table.rowCount() == 1 and "✗" in tab.table.item(0, 6).text()
    tab.table.selectRow(0)
    tab.verify()
    assert len(warnings) == 1 and not jobs.list_vacancies(office.ctx)[0].verified
    good = jobs.create_vacancy(office.ctx, office.staff, CAREGIVER).value
    tab.refresh()
    tab.table.selectRow([r.id for r in tab.rows].index(good.id))
    tab.verify()
    row = [r for r in tab.rows if r.id == good.id][0]
    assert row.shown_verified and "✓" in tab.table.item(tab.rows.index(row), 6).text()


def test_counselling_flow_ends_with_a_referral_slip(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    siti = applicants.register_applicant(office.ctx, office.staff, SITI).value
    care = jobs.create_vacancy(office.ctx, office.staff, CAREGIVER).value
    care = jobs.verify_vacancy(office.ctx, office.supervisor, care.id, care.version).value
    page = jobs_page.JobsPage(_session(office))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    tab = page.matching
    tab.search.setText("Siti")
    tab.run_search()
    assert tab.results.count() == 1
    tab.choose(tab.results.item(0))
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "yes"
    assert "✓ Age 21–40 (is 31)" in tab.detail.text()
    page.grab().save(str(SHOTS / "jobs_matching.png"))
    slips: list[case_dialogs.SlipDialog] = []

    def counsel(dialog: jobs_page.CounsellingDialog) -> int:
        dialog.save()  # empty advice and next step: refused at the fields
        assert dialog.f["advice"].has_error and dialog.f["next_step"].has_error and dialog.record is None
        dialog.f["advice"].widget.setPlainText("Ikuti jalur resmi lewat P3MI berizin.")  # type: ignore[attr-defined]
        dialog.f["next_step"].widget.setText("Daftar NAK-01")  # type: ignore[attr-defined]
        dialog.discussed.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.referral.setCurrentIndex(dialog.referral.findData(care.id))
        dialog.grab().save(str(SHOTS / "jobs_counselling.png"))
        dialog.save()
        return int(dialog.result())

    def capture(dialog: QDialog) -> int:
        slips.append(dialog)  # type: ignore[arg-type]
        return 1

    monkeypatch.setattr(jobs_page.CounsellingDialog, "exec", counsel)
    monkeypatch.setattr(case_dialogs.SlipDialog, "exec", capture)
    tab.counselling()
    assert len(slips) == 1
    record = jobs.list_counselling(office.ctx, siti.id)[0]
    assert slips[0].numbers == [record.number] and record.referral_vacancy_id == care.id
    text = _text(slips[0].paths[0].read_bytes())
    assert record.number in text and "SURAT RUJUKAN" in text and "KEP.123/P3MI/2024" in text
    assert "3212454509950001" not in text and "Budi Petugas" in text
    # the session is listed; its slip can be printed again, and says honestly when the vacancy lapsed meanwhile
    assert tab.history.count() == 1 and record.number in tab.history.item(0).text()
    office.clock.advance(days=90)
    tab.history.setCurrentRow(0)
    tab.reprint_slip()
    assert len(slips) == 2 and "BELUM TERVERIFIKASI" in _text(slips[1].paths[0].read_bytes())


def test_kiosk_and_fee_board_show_only_verified_vacancies(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import queue
    from ltsa_desktop.ui.public import create_public_window

    queue.ensure_default_lines(office.ctx, office.admin)
    care = jobs.create_vacancy(office.ctx, office.staff, CAREGIVER).value
    jobs.verify_vacancy(office.ctx, office.supervisor, care.id, care.version)
    jobs.create_vacancy(office.ctx, office.staff, replace(CAREGIVER, position="Tanpa izin", p3mi_licence=""))
    jobs.create_vacancy(office.ctx, office.staff, replace(
        CAREGIVER, position="Kedaluwarsa", valid_from=TODAY - timedelta(days=30), valid_until=TODAY - timedelta(days=1)))
    session = _session(office)
    kiosk = create_public_window("kiosk", session)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.vacancy_button.click()  # type: ignore[attr-defined]
    board = kiosk.vacancy_page  # type: ignore[attr-defined]
    assert kiosk.pages.currentWidget() is board  # type: ignore[attr-defined]
    shown = " ".join(label.text() for label in board.findChildren(QLabel))
    assert "Pengasuh lansia" in shown and "KEP.123/P3MI/2024" in shown
    assert "Tanpa izin" not in shown and "Kedaluwarsa" not in shown and "Siti" not in shown
    kiosk.grab().save(str(SHOTS / "kiosk_vacancies.png"))
    kiosk.toggle_language()  # type: ignore[attr-defined]
    kiosk.vacancy_button.click()  # type: ignore[attr-defined]
    assert "VERIFIED OVERSEAS JOBS" in board.title.text()
    board.back.click()
    assert kiosk.pages.currentWidget() is kiosk.lines_page  # type: ignore[attr-defined]
    fee_board = create_public_window("feeboard", session)
    qtbot.addWidget(fee_board)
    fee_board.show()  # the board turns its pages only while it is on screen
    strip = fee_board.vacancies  # type: ignore[attr-defined]
    assert "Pengasuh lansia – Taiwan" in strip.title.text() and "1/1" in strip.title.text()
    # withdrawn: gone from the board at its next round
    row = jobs.get_vacancy(office.ctx, care.id)
    jobs.set_vacancy_status(office.ctx, office.staff, care.id, row.version, "withdrawn", "P3MI dicabut izinnya")
    strip.next_page()
    assert "belum ada" in strip.title.text()
