"""``ltsa-central``'s commands: offices, one-time codes, devices, revocation, catalog publishing, stats, serve."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from ltsa_desktop.central.cli import main
from ltsa_desktop.central.db import CentralDB, current_revision
from ltsa_desktop.sync.client import CentralClient
from tests.central.support import Device as SimDevice
from tests.central.support import make_batches, make_records

ENVELOPE = {"format": "ltsa-bundle/1", "key_id": "issuer-1", "payload": "{}", "signature": "c2lnbmF0dXJl"}


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    status = main(["--database-url", url, *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_office_code_devices_stats_and_revoke(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert run(capsys, url, "create-office", "--code", "jkt01", "--name", "LTSA Jakarta")[0] == 0
    status, _, err = run(capsys, url, "create-office", "--code", "JKT01", "--name", "again")
    assert status == 1 and "office_exists" in err
    status, out, err = run(capsys, url, "enrollment-code", "--office", "JKT01")
    code = out.strip()
    assert status == 0 and len(code) == 14 and "valid until" in err
    assert run(capsys, url, "enrollment-code", "--office", "NOPE")[0] == 1
    db = CentralDB.open(url)
    from ltsa_desktop.central import enrollment
    from ltsa_desktop.sync.protocol import EnrollRequest

    device = SimDevice(enrollment.enroll(db, EnrollRequest(code=code, device_name="Loket 1")))
    from ltsa_desktop.central.apply import push

    batches = make_batches(device, make_records(device, 30), 10)
    who = enrollment.authenticate(db, device.token)
    for batch in (batches[0], batches[2]):
        push(db, who, batch)
    db.dispose()
    status, out, _ = run(capsys, url, "stats", "--office", "JKT01", "--json")
    stats = json.loads(out)
    assert status == 0 and stats["records"] == {"ticket": 20}
    assert stats["devices"][0]["high_water"] == 10 and stats["devices"][0]["gaps"] == [[11, 20]]
    status, out, _ = run(capsys, url, "stats", "--office", "JKT01")
    assert "high-water 10, gaps 11–20" in out
    status, out, _ = run(capsys, url, "devices", "--office", "JKT01", "--json")
    assert json.loads(out)[0]["code"] == "K01"
    assert run(capsys, url, "revoke-device", "--device", device.device_id)[0] == 0
    assert "(revoked)" in run(capsys, url, "devices", "--office", "JKT01")[1]
    assert run(capsys, url, "revoke-device", "--device", "nope")[0] == 1


def test_publish_catalog_validates_the_envelope(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    bundle = tmp_path / "catalog.bundle.json"
    bundle.write_text(json.dumps(ENVELOPE))
    status, out, _ = run(capsys, url, "publish-catalog", str(bundle))
    assert status == 0 and "version 1" in out
    status, _, err = run(capsys, url, "publish-catalog", str(bundle))
    assert status == 1 and "bundle_unchanged" in err
    for name, content in (("junk.json", "not json"), ("unsigned.json", json.dumps({**ENVELOPE, "signature": ""}))):
        (tmp_path / name).write_text(content)
        status, _, err = run(capsys, url, "publish-catalog", str(tmp_path / name))
        assert status == 1 and "bundle_" in err
    status, _, err = run(capsys, url, "publish-catalog", str(tmp_path / "missing.json"))
    assert status == 1 and "cannot read" in err
    db = CentralDB.open(url)
    from ltsa_desktop.central.catalog import latest_bundle

    assert latest_bundle(db, 0) == (1, json.dumps(ENVELOPE).encode())
    db.dispose()


def test_default_database_is_a_file_in_the_current_directory(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LTSA_CENTRAL_DATABASE_URL", raising=False)
    assert main(["create-office", "--code", "JKT01", "--name", "Jakarta"]) == 0
    capsys.readouterr()
    path = tmp_path / "ltsa-central.sqlite3"
    assert path.exists()
    db = CentralDB.open(f"sqlite:///{path}", migrate=False)
    assert current_revision(db.engine) == "0002"
    db.dispose()


def test_unusable_database_url_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "nosuchdriver://x", "stats", "--office", "X")
    assert status == 1 and err.startswith("error: cannot open the database")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_runs_the_api(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    base = [sys.executable, "-m", "ltsa_desktop.central.cli", "--database-url", url]
    subprocess.run([*base, "create-office", "--code", "JKT01", "--name", "Jakarta"], check=True, env=env,
                   capture_output=True, timeout=60)
    code = subprocess.run([*base, "enrollment-code", "--office", "JKT01"], check=True, env=env,
                          capture_output=True, text=True, timeout=60).stdout.strip()
    port = _free_port()
    server = subprocess.Popen([*base, "serve", "--port", str(port)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "ltsa-central serve did not start"
            time.sleep(0.1)
        with CentralClient(f"http://127.0.0.1:{port}") as client:
            enrolled = client.enroll(code, "Loket 1")
        device = SimDevice(enrolled)
        with CentralClient(f"http://127.0.0.1:{port}", enrolled.token) as client:
            (batch,) = make_batches(device, make_records(device, 5), 5)
            assert {r.status for r in client.push(batch).results} == {"accepted"}
    finally:
        server.terminate()
        server.wait(15)


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from ltsa_desktop.central.db import VERSION_TABLE
    from ltsa_desktop.central.models import CentralBase

    db = CentralDB.open(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "version_table": VERSION_TABLE})
        assert compare_metadata(context, CentralBase.metadata) == []
    CentralDB.open(db.engine)  # running them again at the next start is a no-op
    assert current_revision(db.engine) == "0002"
    db.dispose()
