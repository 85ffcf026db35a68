"""Province and regency/city pickers: combo boxes one can type into, matching any part of a name or the code.

The regency list follows the chosen province. What was typed stays in the box: text that names no list entry
gives a code the service refuses (``province_unknown`` / ``regency_unknown``), so the message stands next to the
field and nothing typed is lost. An NIK's first digits (where it was first registered) can fill in both while they
are still empty. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from ltsa_desktop.domain.regencies import REGENCIES, regencies_of
from ltsa_desktop.domain.regions import PROVINCES

NOT_IN_LIST = "?"
"""The code handed to the service for typed text that names no entry (refused there with a field message)."""


def searchable_combo() -> QComboBox:
    """An editable combo box whose completer pops up every entry containing the typed text (any case)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return combo


def combo_code(combo: QComboBox) -> str:
    """The code of the entry the box's text names; "" for an empty box; ``NOT_IN_LIST`` for anything else.

    An entry is named by its whole label (``3212 · Kabupaten Indramayu``), its code, its name, or its name without
    "Kabupaten"/"Kota" when only one entry has it ("Bandung" is both a kabupaten and a kota), in any case.
    """
    text = " ".join(combo.currentText().split()).casefold()
    if not text or text == "—":
        return ""
    bare_matches = []
    for i in range(combo.count()):
        code = combo.itemData(i) or ""
        if not code:
            continue
        label = " ".join(combo.itemText(i).split()).casefold()
        name = label.split(" · ", 1)[-1]
        if text in (label, code, name):
            return str(code)
        if text == name.removeprefix("kabupaten ").removeprefix("kota "):
            bare_matches.append(str(code))
    return bare_matches[0] if len(bare_matches) == 1 else NOT_IN_LIST


def _select(combo: QComboBox, code: str, *, keep_unknown: bool = False) -> None:
    """Show the entry with this code ("—" when none), replacing any typed text. With ``keep_unknown``, a stored
    code that is not in the list (an older or imported code) stays as typed text, so saving refuses it at the
    field instead of clearing it silently."""
    index = combo.findData(code)
    combo.setCurrentIndex(max(0, index))
    combo.setEditText(code if index < 0 and code and keep_unknown else combo.itemText(max(0, index)))


class RegionPicker:
    """Keeps a province combo and a regency combo in step."""

    def __init__(self, province: QComboBox, regency: QComboBox) -> None:
        self.province, self.regency = province, regency
        province.addItem("—", "")
        for code, name in PROVINCES.items():
            province.addItem(f"{code} · {name}", code)
        self._filled_for: str | None = None
        province.currentTextChanged.connect(self._fill_regencies)
        self._fill_regencies()

    def _fill_regencies(self) -> None:
        code = combo_code(self.province)
        if code == self._filled_for:
            return
        self._filled_for = code
        keep = combo_code(self.regency)
        self.regency.blockSignals(True)
        self.regency.clear()
        self.regency.addItem("—", "")
        for regency_code, name in regencies_of(code):
            self.regency.addItem(f"{regency_code} · {name}", regency_code)
        _select(self.regency, keep)
        self.regency.blockSignals(False)

    def set_codes(self, province_code: str, regency_code: str) -> None:
        _select(self.province, province_code, keep_unknown=True)
        self._fill_regencies()
        _select(self.regency, regency_code, keep_unknown=True)

    def codes(self) -> tuple[str, str]:
        """(province code, regency code) as the service expects them."""
        return combo_code(self.province), combo_code(self.regency)

    def prefill_from_nik(self, nik: str) -> bool:
        """Fill both from the NIK's region digits while both are empty. True when something was filled in."""
        digits = "".join(nik.split())
        if self.codes() != ("", "") or len(digits) < 2 or digits[:2] not in PROVINCES:
            return False
        self.set_codes(digits[:2], digits[:4] if digits[:4] in REGENCIES else "")
        return True
