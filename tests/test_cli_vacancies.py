"""``ltsa-admin sign-vacancies``: a JSON or TOML list becomes a signed vacancy list an office verifies; a bad
list is refused with each problem and nothing is written."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from ltsa_desktop.cli import main
from ltsa_desktop.domain.bundle import generate_keypair
from ltsa_desktop.domain.vacancy_list import verify_vacancy_list

TOML = """
issuer = "BP2MI Pusat"
issued_at = 2026-11-22T09:00:00+07:00

[[vacancies]]
id = "BP2MI-LWG-0001"
destination_country = "Korea Selatan"
position = "Operator pabrik"
scheme = "g_to_g"
programme = "G to G Korea (EPS)"
valid_from = 2026-11-01
valid_until = 2027-01-31
certificates = ["EPS-TOPIK"]
quota = 40
salary_amount = 2060740
salary_currency = "KRW"
verified = true
verified_by = "Direktorat Penempatan"
"""


@pytest.fixture()
def key(tmp_path: Path) -> tuple[Path, bytes]:
    private, public = generate_keypair()
    path = tmp_path / "pusat.key"
    path.write_text(base64.b64encode(private).decode() + "\n")
    return path, public


def test_sign_a_toml_list(tmp_path: Path, key, capsys) -> None:  # type: ignore[no-untyped-def]
    source, out = tmp_path / "lowongan.toml", tmp_path / "lowongan.signed.json"
    source.write_text(TOML, encoding="utf-8")
    assert main(["sign-vacancies", str(source), str(out), "--key", str(key[0]), "--key-id", "pusat-1"]) == 0
    assert "signed 1 vacancies of BP2MI Pusat" in capsys.readouterr().out
    vacancy_list, key_id = verify_vacancy_list(out.read_bytes(), {"pusat-1": key[1]})
    assert key_id == "pusat-1" and vacancy_list.vacancies[0].certificates == ("EPS-TOPIK",)
    assert vacancy_list.issued_at.isoformat() == "2026-11-22T09:00:00+07:00"


def test_sign_a_json_list_and_refuse_a_bad_one(tmp_path: Path, key, capsys) -> None:  # type: ignore[no-untyped-def]
    good = {"issuer": "BP2MI Pusat", "vacancies": [{
        "id": "X-1", "destination_country": "Taiwan", "position": "Perawat", "scheme": "sp2t",
        "programme": "SP2T Taiwan", "valid_from": "2026-11-01", "valid_until": "2027-01-31"}]}
    source, out = tmp_path / "lowongan.json", tmp_path / "out.json"
    source.write_text(json.dumps(good))
    assert main(["sign-vacancies", str(source), str(out), "--key", str(key[0]), "--key-id", "pusat-1"]) == 0
    vacancy_list, _ = verify_vacancy_list(out.read_bytes(), {"pusat-1": key[1]})
    assert vacancy_list.issued_at.tzinfo is not None  # issued now when the file does not say
    bad = {**good, "vacancies": [{**good["vacancies"][0], "scheme": "broker"},
                                 {**good["vacancies"][0], "id": "X-2", "quota": "ten"}]}
    source.write_text(json.dumps(bad))
    out.unlink()
    with pytest.raises(SystemExit) as info:
        main(["sign-vacancies", str(source), str(out), "--key", str(key[0]), "--key-id", "pusat-1"])
    err = capsys.readouterr().err
    assert info.value.code == 1 and "vacancy_list_invalid" in err
    assert "vacancies[0].scheme" in err and "vacancies[1].quota" in err and not out.exists()
    (tmp_path / "naive.toml").write_text(TOML.replace("+07:00", ""))
    with pytest.raises(SystemExit):
        main(["sign-vacancies", str(tmp_path / "naive.toml"), str(out), "--key", str(key[0]), "--key-id", "k"])
    assert "UTC offset" in capsys.readouterr().err and not out.exists()
