"""The applicant form's province and regency pickers: search by typing, follow the province, prefill from the NIK,
refuse a regency outside the province at the field."""

from __future__ import annotations

from PySide6.QtCore import QDate

from ltsa_desktop.services import applicants
from ltsa_desktop.ui.pages.applicants import ApplicantPage
from ltsa_desktop.ui.widgets.regions import NOT_IN_LIST, combo_code


def _page(qtbot, office) -> ApplicantPage:  # type: ignore[no-untyped-def]
    s = office.app_session(office.staff)
    page = ApplicantPage(s)
    qtbot.addWidget(page)
    return page


def _fill_person(page: ApplicantPage, nik: str = "3212454509950001") -> None:
    page.f["nik"].widget.setText(nik)
    page.f["full_name"].widget.setText("Siti Nurhaliza")
    page.f["birth_date"].widget.setDate(QDate(1995, 9, 5))
    page.f["sex"].widget.setCurrentIndex(page.f["sex"].widget.findData("F"))


def test_regency_list_follows_the_province_and_typing_finds_entries(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office)
    province, regency = page.f["province_code"].widget, page.f["regency_code"].widget
    assert regency.count() == 1  # only "—" before a province is chosen
    province.setEditText("jawa barat")  # typed, not picked from the list
    assert combo_code(province) == "32" and regency.count() == 1 + 27
    assert {regency.itemData(i) for i in range(1, regency.count())} == {f"32{n:02d}" for n in
                                                                        [*range(1, 19), *range(71, 80)]}
    completer = province.completer()
    completer.setCompletionPrefix("papua")
    assert completer.completionCount() == 6  # contains, any case: Papua, Papua Barat, … Papua Barat Daya
    regency.setEditText("Indramayu")
    assert combo_code(regency) == "3212"
    regency.setEditText("bandung")  # both Kabupaten Bandung and Kota Bandung: not one entry
    assert combo_code(regency) == NOT_IN_LIST
    regency.setEditText("kota bandung")
    assert combo_code(regency) == "3273"
    province.setCurrentIndex(province.findData("33"))  # another province: the Jawa Barat regency is cleared
    assert combo_code(regency) == "" and regency.findData("3273") == -1


def test_nik_prefills_an_empty_address_region_and_save_stores_it(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office)
    _fill_person(page)
    page.f["nik"].widget.editingFinished.emit()
    assert page.regions.codes() == ("32", "3212") and "NIK" in page.message.text()
    page.regions.set_codes("51", "5171")  # lives in Denpasar now: a later NIK edit does not overwrite it
    page.f["nik"].widget.editingFinished.emit()
    assert page.regions.codes() == ("51", "5171")
    page.save()
    assert page.current is not None
    stored = applicants.get_applicant(office.ctx, page.current.id).data
    assert (stored.province_code, stored.regency_code) == ("51", "5171")
    saved_id = page.current.id
    page.new_applicant()
    assert page.regions.codes() == ("", "")
    page.load(applicants.get_applicant(office.ctx, saved_id))
    assert page.regions.codes() == ("51", "5171")


def test_unlisted_regency_is_refused_at_the_field_and_text_kept(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office)
    _fill_person(page)
    page.regions.set_codes("32", "")
    page.f["regency_code"].widget.setEditText("Kota Denpasar")  # a Bali city typed under Jawa Barat
    page.save()
    assert page.current is None
    assert page.f["regency_code"].has_error and page.f["regency_code"].error_text
    assert page.f["regency_code"].widget.currentText() == "Kota Denpasar"
    page.f["regency_code"].widget.setEditText("3212")  # a bare code names the entry too
    page.save()
    assert page.current is not None and page.current.data.regency_code == "3212"
    page.load(applicants.get_applicant(office.ctx, page.current.id))
    assert page.f["regency_code"].widget.currentText() == "3212 · Kabupaten Indramayu"


def test_old_nik_region_code_shows_an_amber_warning_and_prefills_the_province(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office)
    _fill_person(page, nik="9101454509950001")
    page.f["nik"].widget.editingFinished.emit()
    assert page.regions.codes() == ("91", "")  # 9101 is not a current regency: only the province is offered
    page.regions.set_codes("93", "9301")
    page.save()
    assert page.current is not None
    assert page.f["nik"].is_warning and "older code" in page.f["nik"].error_text


def test_a_stored_code_not_in_the_list_is_kept_visible_not_cleared(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office)
    province, regency = page.f["province_code"].widget, page.f["regency_code"].widget
    page.regions.set_codes("32", "3299")  # an old or imported regency code the list does not hold
    assert regency.currentText() == "3299" and combo_code(regency) == NOT_IN_LIST  # refused at save, not lost
    assert combo_code(province) == "32"
