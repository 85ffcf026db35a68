"""The jobs page shows where each vacancy comes from (Kantor / Pusat), and a vacancy from the centre cannot be
edited, verified, closed or withdrawn there; the public vacancy board shows verified ones like the office's own."""

from __future__ import annotations

from ltsa_desktop.services import jobs
from ltsa_desktop.ui.pages import jobs as jobs_page
from ltsa_desktop.ui.public.vacancy_board import VacancyBoard
from tests.services.test_central_vacancies import entry, signed_list, trust
from tests.services.test_jobs import CAREGIVER
from tests.ui.test_jobs_page import _session

SOURCE = 8  # the Source column


def test_source_column_and_locked_buttons(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    trust(office)
    jobs.install_central_vacancies(office.ctx, office.admin, signed_list(entry("C-1")), list_version=4)
    jobs.create_vacancy(office.ctx, office.staff, CAREGIVER)
    tab = jobs_page.VacanciesTab(_session(office, office.supervisor))
    qtbot.addWidget(tab)
    assert tab.table.horizontalHeaderItem(SOURCE).text() == "Source"
    central = next(i for i, r in enumerate(tab.rows) if r.from_centre)
    local = next(i for i, r in enumerate(tab.rows) if not r.from_centre)
    assert tab.table.item(central, SOURCE).text() == "Centre" and tab.table.item(local, SOURCE).text() == "Office"
    assert tab.table.item(central, 6).text() == "✓ verified by the centre"  # who: in the tooltip (narrow column)
    assert tab.table.item(central, 6).toolTip() == "Verified at the centre by Direktorat Penempatan"
    assert "version 4" in tab.central_info.text()
    tab.table.selectRow(central)
    for name in ("edit", "verify", "close", "withdraw"):
        assert not tab.buttons[name].isEnabled() and "centre" in tab.buttons[name].toolTip()
    assert tab.buttons["fit"].isEnabled() and tab.buttons["new"].isEnabled()
    tab.table.selectRow(local)
    assert all(tab.buttons[n].isEnabled() for n in ("edit", "verify", "close", "withdraw"))
    # counter staff: the office's vacancy can be edited but verifying stays a supervisor's check
    staff_tab = jobs_page.VacanciesTab(_session(office))
    qtbot.addWidget(staff_tab)
    staff_tab.table.selectRow(next(i for i, r in enumerate(staff_tab.rows) if not r.from_centre))
    assert staff_tab.buttons["edit"].isEnabled() and not staff_tab.buttons["verify"].isEnabled()


def test_the_vacancy_editor_has_no_source_choice(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    dialog = jobs_page.VacancyDialog(_session(office))
    qtbot.addWidget(dialog)
    assert "source" not in dialog.f and dialog.data().source == "office"


def test_the_public_board_shows_verified_central_vacancies(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    trust(office)
    jobs.install_central_vacancies(office.ctx, office.admin, signed_list(
        entry("C-1"), entry("C-2", position="Belum diverifikasi", verified=False, verified_by="")), list_version=1)
    board = VacancyBoard(_session(office), per_page=4)
    qtbot.addWidget(board)
    assert [r.central_id for r in board.rows] == ["C-1"]
    shown = " ".join(label.text() for label in board.findChildren(jobs_page.QLabel))
    assert "Pengasuh lansia (pusat)" in shown and "Belum diverifikasi" not in shown
