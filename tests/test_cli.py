"""``ltsa-admin`` end to end on a fresh data directory: init, verify, tamper, backup, restore, users."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ltsa_desktop.cli import main


def _init(data: Path) -> None:
    assert main(["init", "--data-dir", str(data), "--office-code", "SBY01", "--office-name", "LTSA Surabaya",
                 "--province", "35", "--regency", "3578", "--counters", "2", "--admin-password",
                 "kata-sandi-1"]) == 0


def test_init_verify_and_tamper(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    _init(data)
    with pytest.raises(SystemExit) as second:  # a second init never touches the existing office
        main(["init", "--data-dir", str(data), "--office-code", "SBY02", "--office-name", "x", "--province",
              "35", "--regency", "3578", "--admin-password", "kata-sandi-1"])
    assert second.value.code == 1
    capsys.readouterr()
    assert main(["verify", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out and "audit chain: ok" in out
    conn = sqlite3.connect(data / "ltsa.sqlite3")
    conn.execute("UPDATE audit_entry SET action='office_setup ' WHERE seq=1")
    conn.commit()
    conn.close()
    assert main(["verify", "--data-dir", str(data)]) == 3
    assert "broken at entry 1" in capsys.readouterr().out


def test_init_refuses_bad_input_and_creates_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    code = main(["init", "--data-dir", str(data), "--office-code", "x!", "--office-name", "", "--province", "99",
                 "--regency", "12", "--admin-password", "short"])
    assert code == 2
    out = capsys.readouterr().out
    for field in ("code", "name", "province_code", "regency_code", "admin_password"):
        assert field in out
    with pytest.raises(SystemExit):  # no office was created
        main(["users", "list", "--data-dir", str(data)])


def test_users_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "d"
    _init(data)
    assert main(["users", "add", "petugas9", "--name", "Petugas Sembilan", "--role", "counter_staff",
                 "--password", "kata-sandi-2", "--data-dir", str(data)]) == 0
    assert main(["backup", "--data-dir", str(data)]) == 0
    backup = Path(capsys.readouterr().out.strip().split(": ", 1)[1])
    assert backup.exists()
    assert main(["users", "deactivate", "petugas9", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--data-dir", str(data)]) == 0
    assert "inactive" in capsys.readouterr().out
    assert main(["restore", str(backup), "--data-dir", str(data)]) == 0
    assert any(p.name.startswith("ltsa.sqlite3.before-restore-") for p in data.iterdir())
    capsys.readouterr()
    assert main(["users", "list", "--data-dir", str(data)]) == 0
    listing = capsys.readouterr().out
    assert "petugas9" in listing and "inactive" not in listing
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert main(["restore", str(damaged), "--data-dir", str(data)]) == 1
