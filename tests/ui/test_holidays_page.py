"""Administration → Holidays: the office calendar's holidays listed, added and removed; case due dates skip them."""

from __future__ import annotations

from datetime import date

from ltsa_desktop.services import cases
from ltsa_desktop.ui.pages.admin_office import HolidaysPage
from ltsa_desktop.ui.session import AppSession


def _admin(office) -> AppSession:  # type: ignore[no-untyped-def]
    s = office.app_session(office.admin)
    return s


def test_holidays_add_remove_and_working_calendar(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = HolidaysPage(_admin(office))
    qtbot.addWidget(page)
    assert page.holidays() == []
    page.add_day("2026-12-25")
    page.add_day("2026-12-24")
    assert page.holidays() == ["2026-12-24", "2026-12-25"] and page.list.count() == 2
    assert "25" in page.list.item(1).text()
    assert cases.working_calendar(office.ctx).holidays == {date(2026, 12, 24), date(2026, 12, 25)}
    page.add_day("2026-12-25")
    assert page.message.text() and page.holidays() == ["2026-12-24", "2026-12-25"]
    page.add_day("2026-12-26")  # a Saturday
    assert page.holidays() == ["2026-12-24", "2026-12-25"]
    page.list.setCurrentRow(0)
    page.remove_selected()
    assert page.holidays() == ["2026-12-25"]


def test_staff_cannot_change_holidays(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    session = _admin(office)
    session.set_actor(office.staff)
    page = HolidaysPage(session)
    qtbot.addWidget(page)
    page.add_day("2026-12-25")
    assert page.holidays() == [] and page.message.text()
