"""Administration pages: catalog browser with service standard and fee history; device and backups."""

from __future__ import annotations

from ltsa_desktop.ui.pages.admin_office import CatalogPage, DevicePage
from ltsa_desktop.ui.session import AppSession


def _session(office) -> AppSession:  # type: ignore[no-untyped-def]
    return office.app_session(office.admin)


def test_catalog_page_shows_standard_and_fees(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = CatalogPage(_session(office))
    qtbot.addWidget(page)
    codes = [page.list.item(i).data(256) for i in range(page.list.count())]
    page.list.setCurrentRow(codes.index("POL-01"))
    html = page.detail.toPlainText()
    assert "Persyaratan" in html and "Rp 30.000" in html and "PP 60/2016" in html
    assert "2026.1" in page.history.text()


def test_device_page_backup_and_key_state(qtbot, office, keyring_memory) -> None:  # type: ignore[no-untyped-def]
    page = DevicePage(_session(office))
    qtbot.addWidget(page)
    assert "missing" in page.key_state.text()
    page.new_key()
    assert page.key_state.text() == "present"
    page.backup()
    assert list((office.data_dir.root / "backups").glob("ltsa-*.sqlite3"))
