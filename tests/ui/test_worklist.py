"""The counter worklist: open cases with their next step, overdue first, a case opens from it (issue #5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ltsa_desktop.services import applicants, cases
from ltsa_desktop.ui.pages import case_dialogs, worklist
from ltsa_desktop.ui.workspaces.pages import _all_specs
from tests.ui.test_counter_gaps import BASE, _session


def _open(office, actor, nik: str, service: str):  # type: ignore[no-untyped-def]
    person = applicants.register_applicant(office.ctx, actor, replace(BASE, nik=nik)).value
    return cases.open_cases(office.ctx, actor, person.id, [service]).value[0]


def test_worklist_overdue_first_with_next_step_and_opens_a_case(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    late = _open(office, office.staff, "3212454509950001", "INF-01")  # due the same day (0 working days)
    later = _open(office, office.staff, "3212454509950002", "NAK-01")  # due Thursday 26 Nov
    _open(office, office.staff2, "3212454509950003", "INF-01")  # someone else's
    office.clock.advance(days=1)  # Tuesday 24 Nov: the information case is overdue
    page = worklist.WorklistPage(_session(office))
    qtbot.addWidget(page)
    assert [r.number for r in page.rows] == [late.number, later.number]
    assert page.rows[0].overdue and not page.rows[1].overdue
    assert "⚠" in page.table.item(0, 0).text() and "⚠" not in page.table.item(1, 0).text()
    first_step = later.steps[0]
    assert page.table.item(1, 3).text() == first_step[1]
    assert page.table.item(1, 4).text() == first_step[3].strftime("%d-%m-%Y")
    assert later.due_date == date(2026, 11, 26) and page.table.item(1, 1).text() == "26-11-2026"
    assert "2" in page.summary.text() and "1" in page.summary.text()
    page.only_mine.setChecked(False)
    assert len(page.rows) == 3
    page.only_mine.setChecked(True)

    opened: list[str] = []

    def fake_exec(dialog: case_dialogs.CaseDialog) -> int:
        opened.append(dialog.case.number)
        cases.complete_step(office.ctx, office.staff, dialog.case.steps[0][0])
        return 1

    monkeypatch.setattr(case_dialogs.CaseDialog, "exec", fake_exec)
    page.table.selectRow(1)
    page.open_selected()
    assert opened == [later.number]
    assert page.table.item(1, 3).text() == later.steps[1][1]  # the next step moved on after the dialog closed


def test_worklist_page_is_discovered_for_the_counter() -> None:
    assert any(s.factory is worklist.WorklistPage and s.workspace == "counter" for s in _all_specs())
