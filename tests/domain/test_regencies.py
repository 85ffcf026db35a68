"""Regencies and cities per province (Kepmendagri 300.2.2-2138/2025: 416 kabupaten, 98 kota; DOMAIN.md §3.1)."""

from __future__ import annotations

import pytest

from ltsa_desktop.domain.regencies import (
    REGENCIES,
    UnknownRegency,
    check_address_region,
    regencies_of,
    regency_name,
)
from ltsa_desktop.domain.regions import PROVINCES


def test_counts_and_code_shape() -> None:
    kabupaten = [c for c in REGENCIES if int(c[2:]) < 71]
    kota = [c for c in REGENCIES if int(c[2:]) >= 71]
    assert (len(kabupaten), len(kota)) == (416, 98)
    assert all(len(c) == 4 and c.isdecimal() and c[:2] in PROVINCES for c in REGENCIES)
    assert all(regencies_of(p) for p in PROVINCES)  # every province has at least one
    assert all(REGENCIES[c].startswith("Kota " if int(c[2:]) >= 71 else "Kabupaten ") for c in REGENCIES)
    assert all(" " * 2 not in name and name == name.strip() for name in REGENCIES.values())


@pytest.mark.parametrize("code, name", [
    ("3212", "Kabupaten Indramayu"), ("3273", "Kota Bandung"), ("3204", "Kabupaten Bandung"),
    ("3171", "Kota Administrasi Jakarta Pusat"), ("3101", "Kabupaten Administrasi Kepulauan Seribu"),
    ("9301", "Kabupaten Merauke"), ("9404", "Kabupaten Mimika"), ("9501", "Kabupaten Jayawijaya"),
    ("9671", "Kota Sorong"), ("6411", "Kabupaten Mahakam Ulu"), ("1110", "Kabupaten Aceh Singkil"),
])
def test_known_codes(code: str, name: str) -> None:
    assert regency_name(code) == name


def test_papua_split_moved_regencies_to_new_codes() -> None:
    # since 2022 Merauke is 9301 (Papua Selatan); the old 9101 is no longer a regency code
    assert "9101" not in REGENCIES and [c for c, _ in regencies_of("93")] == ["9301", "9302", "9303", "9304"]
    assert [c for c, _ in regencies_of("91")] == ["9103", "9105", "9106", "9110", "9111", "9115", "9119", "9120",
                                                   "9171"]
    with pytest.raises(UnknownRegency) as info:
        regency_name("9101")
    assert isinstance(info.value, ValueError) and info.value.code == "regency_unknown"


def test_regencies_of_lists_only_that_province_in_code_order() -> None:
    codes = [c for c, _ in regencies_of("34")]
    assert codes == ["3401", "3402", "3403", "3404", "3471"]
    assert regencies_of("99") == [] and regencies_of("") == []


@pytest.mark.parametrize("province, regency, problems", [
    ("", "", {}), ("32", "", {}), ("32", "3212", {}), ("96", "9671", {}),
    ("32", "3301", {"regency_code": "regency_not_in_province"}),
    ("", "3212", {"province_code": "required"}),
    ("99", "", {"province_code": "province_unknown"}),
    ("99", "9901", {"province_code": "province_unknown", "regency_code": "regency_unknown"}),
    ("32", "3299", {"regency_code": "regency_unknown"}),
    ("32", "?", {"regency_code": "regency_unknown"}),
])
def test_check_address_region(province: str, regency: str, problems: dict[str, str]) -> None:
    assert check_address_region(province, regency) == problems
