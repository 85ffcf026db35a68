"""Supervisor day page: figures for a simulated day, drill-down to the tickets behind a figure."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from ltsa_desktop.services import queue
from ltsa_desktop.services.simulation import simulate_day
from ltsa_desktop.settings import Settings
from ltsa_desktop.ui.pages.supervisor_day import SupervisorDayPage
from ltsa_desktop.ui.session import AppSession, SessionState


def test_day_figures_and_drill_down(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    day = date(2026, 11, 20)
    summary = simulate_day(office.ctx, day, 80, seed=2, counters=3)
    session = AppSession(SessionState(ctx=office.ctx, data=office.data_dir,
                                      settings=Settings(office.data_dir.settings_file)))
    session.set_actor(office.supervisor)
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
