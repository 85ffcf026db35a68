"""The receipt printer and paper chosen on the Receipts screen are remembered per workstation (issue #6 item 5)."""

from __future__ import annotations

from ltsa_desktop.settings import RECEIPT_LAYOUT, RECEIPT_PRINTER, Settings
from ltsa_desktop.ui.pages import receipts
from tests.ui.test_counter_gaps import _session


def test_printer_choice_is_remembered_in_settings_json(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("ltsa_desktop.ui.printer.available_printers", lambda: ["EPSON_TM-T82", "HP_LaserJet"])
    session = _session(office)
    dialog = receipts.PrinterChoiceDialog(session)
    qtbot.addWidget(dialog)
    assert [dialog.printer.itemData(i) for i in range(dialog.printer.count())] == ["", "EPSON_TM-T82", "HP_LaserJet"]
    dialog.printer.setCurrentIndex(dialog.printer.findData("EPSON_TM-T82"))
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("58mm"))
    dialog.save()
    again = Settings(office.data_dir.settings_file)  # as read at the next start of this workstation
    assert again.get(RECEIPT_PRINTER) == "EPSON_TM-T82" and again.get(RECEIPT_LAYOUT) == "58mm"

    monkeypatch.setattr("ltsa_desktop.ui.printer.available_printers", lambda: ["HP_LaserJet"])  # thermal offline
    reopened = receipts.PrinterChoiceDialog(session)
    qtbot.addWidget(reopened)
    assert reopened.printer.currentData() == "EPSON_TM-T82" and reopened.layout_choice.currentData() == "58mm"
