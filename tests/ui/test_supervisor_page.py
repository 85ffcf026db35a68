"""Supervisor day page: figures for a simulated day, drill-down to the tickets behind a figure."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QDate

from ltsa_desktop.services import queue
from ltsa_desktop.services.simulation import simulate_day
from ltsa_desktop.ui.pages.supervisor_day import SupervisorDayPage


def test_day_figures_and_drill_down(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    day = date(2026, 11, 20)
    summary = simulate_day(office.ctx, day, 80, seed=2, counters=3)
    session = office.app_session(office.supervisor)
    page = SupervisorDayPage(session)
    qtbot.addWidget(page)
    page.day_edit.setDate(QDate(day.year, day.month, day.day))
    assert page.figure_buttons["issued"].text() == "80"
    assert page.figure_buttons["served"].text() == str(summary.served)
    page.figure_buttons["served"].click()
    table = page.drill_dialog.table
    assert table.rowCount() == summary.served
    assert all(table.item(i, 2).text() == "done" for i in range(table.rowCount()))
    page.day_edit.setDate(QDate(2026, 1, 5))
    assert page.figure_buttons["issued"].text() == "0"
    assert "No tickets" in page.summary.text()


def test_money_figures_reopen_files_and_summary(qtbot, paying_office, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from ltsa_desktop.services import auth, day_ledger, supervision
    from tests.conftest import PASSWORD
    from tests.services.test_reports import _money_day

    office = paying_office
    _money_day(office)
    day = queue.today(office.ctx)
    office.clock.advance(hours=8)
    supervision.close_day(office.ctx, office.supervisor, day)
    session = office.app_session(office.supervisor)
    page = SupervisorDayPage(session)
    qtbot.addWidget(page)
    page.day_edit.setDate(QDate(day.year, day.month, day.day))
    ledger = day_ledger.day_ledger(office.ctx, day)
    assert page.ledger_buttons["voids"].text() == "1"
    assert page.ledger_buttons["approvals"].text() == str(len(ledger.approvals)) == "3"
    assert page.ledger_buttons["collected"].text().replace("\xa0", " ") == "Rp 37.500"
    page.ledger_buttons["voids"].click()
    assert page.drill_dialog.table.rowCount() == 1
    assert page.drill_dialog.table.item(0, 8).text() == "salah layanan"
    page.ledger_buttons["cash"].click()
    assert page.drill_dialog.table.item(0, 8).text() == "Siti Koordinator"
    assert not page.close_button.isEnabled() and page.reopen_button.isEnabled()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("koreksi pembayaran", True))
    monkeypatch.setattr("ltsa_desktop.ui.approval.request_approval",
                        lambda ctx, action, text, parent: auth.approve(ctx, "koordinator", PASSWORD, action))
    page.reopen_day()
    assert not supervision.day_view(office.ctx, day).closed
    assert page.close_button.isEnabled() and not page.reopen_button.isEnabled()
    page.ledger_buttons["after_close"].click()
    assert [page.drill_dialog.table.item(i, 4).text() for i in range(page.drill_dialog.table.rowCount())] == [
        "", "koreksi pembayaran"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.pdf"), ""))
    page.save_report()
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "csv"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.export_csv()
    assert len(list((tmp_path / "csv").glob("*.csv"))) == 3

    page.open_summary()
    dialog = page.summary_dialog
    assert dialog.table.rowCount() == 7 and dialog.summary.receipts == 2
    dialog.kind.setCurrentIndex(1)
    assert dialog.table.rowCount() == 30  # November 2026
    assert "Rp" in dialog.totals.text()
    if (shots := os.environ.get("LTSA_SCREENSHOTS")):
        page.resize(1280, 800)
        page.grab().save(f"{shots}/supervisor_day_money.png")
        dialog.grab().save(f"{shots}/supervisor_period.png")


def test_overdue_cases_figure_opens_the_cases(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from ltsa_desktop.services import applicants, cases, day_ledger
    from tests.services.test_applicants_cases import BASE

    person = applicants.register_applicant(office.ctx, office.staff, BASE).value
    nak = cases.open_cases(office.ctx, office.staff, person.id, ["NAK-01"]).value[0]
    session = office.app_session(office.supervisor)
    page = SupervisorDayPage(session)
    qtbot.addWidget(page)
    page.day_edit.setDate(QDate(nak.due_date.year, nak.due_date.month, nak.due_date.day))
    assert page.ledger_buttons["overdue"].text() == "0"  # due that day: not late yet
    late = nak.due_date + timedelta(days=2)
    page.day_edit.setDate(QDate(late.year, late.month, late.day))
    assert page.ledger_buttons["overdue"].text() == "1" == str(len(day_ledger.overdue_cases(office.ctx, late)))
    page.ledger_buttons["overdue"].click()
    table = page.drill_dialog.table
    assert (table.item(0, 0).text(), table.item(0, 3).text(), table.item(0, 4).text()) == (nak.number, "2",
                                                                                           "received")


def test_breakdowns_by_counter_and_staff_and_the_longest_waits(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import supervision

    queue.ensure_default_lines(office.ctx, office.admin)
    day = date(2026, 11, 20)
    simulate_day(office.ctx, day, 60, seed=9, counters=3)
    view = supervision.day_view(office.ctx, day)
    session = office.app_session(office.supervisor)
    page = SupervisorDayPage(session)
    qtbot.addWidget(page)
    page.day_edit.setDate(QDate(day.year, day.month, day.day))
    assert page.by_counter.rowCount() == len(view.wait_by_counter) == 3
    assert page.by_staff.rowCount() == len(view.service_by_staff)
    assert sum(int(page.by_staff.item(i, 1).text()) for i in range(page.by_staff.rowCount())) == sum(
        1 for t in view.tickets if t.status == "done" and t.staff)
    assert page.figure_buttons["longest"].text() == f"{view.wait.max:.0f}"
    page.figure_buttons["longest"].click()
    table = page.drill_dialog.table
    assert table.rowCount() == len(view.longest_waits) and table.item(0, 0).text().startswith(
        view.longest_waits[0].number)
