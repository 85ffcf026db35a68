"""The centre publishes signed vacancy lists in their own version sequence and serves them in ``/v1/pull`` only to
a client that asks with ``vacancies_since``: an older client gets exactly the answer it always had."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx
import pytest

from ltsa_desktop.central import catalog, enrollment
from ltsa_desktop.central.cli import main
from ltsa_desktop.central.errors import CentralError
from ltsa_desktop.sync.client import CentralClient
from ltsa_desktop.sync.protocol import EnrollRequest
from tests.central.test_api import ENVELOPE
from tests.domain.test_catalog import SEED
from tests.services.test_central_vacancies import KEY_ID, PRIVATE, entry, signed_list


def _device_token(db) -> str:  # type: ignore[no-untyped-def]
    enrollment.create_office(db, "JKT01", "LTSA JKT01")
    code = enrollment.issue_enrollment_code(db, "JKT01")[0]
    return enrollment.enroll(db, EnrollRequest(code=code, device_name="Loket 1")).token


def test_vacancy_lists_have_their_own_versions_and_kind(any_db) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.domain.bundle import sign_bundle

    first, second = signed_list(entry("C-1")), signed_list(entry("C-1"), entry("C-2"))
    assert catalog.latest_vacancy_list(any_db, 0) == (0, None)
    assert catalog.publish_vacancy_list(any_db, first) == 1
    assert catalog.publish_bundle(any_db, json.dumps(ENVELOPE).encode()) == 1  # the catalog sequence is apart
    with pytest.raises(CentralError) as info:
        catalog.publish_vacancy_list(any_db, first)
    assert info.value.code == "bundle_unchanged" and info.value.status == 409
    assert catalog.publish_vacancy_list(any_db, second) == 2
    assert catalog.latest_vacancy_list(any_db, 0) == (2, second)  # byte for byte
    assert catalog.latest_vacancy_list(any_db, 2) == (2, None)
    assert catalog.latest_bundle(any_db, 0)[0] == 1
    # a catalog is never published as a vacancy list, nor the other way round
    for publish, data in ((catalog.publish_vacancy_list, sign_bundle(SEED, PRIVATE, KEY_ID)),
                          (catalog.publish_bundle, signed_list(entry("C-3")))):
        with pytest.raises(CentralError) as info:
            publish(any_db, data)
        assert info.value.code == "wrong_kind" and info.value.status == 400
    for junk, code in ((b"not json", "bundle_malformed"),
                       (json.dumps({**json.loads(first), "signature": ""}).encode(), "bundle_unsigned")):
        with pytest.raises(CentralError) as info:
            catalog.publish_vacancy_list(any_db, junk)
        assert info.value.code == code
    assert catalog.latest_vacancy_list(any_db, 0)[0] == 2


def test_pull_serves_vacancy_lists_only_when_asked(live) -> None:  # type: ignore[no-untyped-def]
    token = _device_token(live.db)
    auth = {"Authorization": f"Bearer {token}"}
    data = json.dumps(ENVELOPE).encode()
    listed = signed_list(entry("C-1"))
    catalog.publish_bundle(live.db, data)
    catalog.publish_vacancy_list(live.db, listed)
    with httpx.Client(base_url=live.url, timeout=10) as http:
        # an older client: exactly the two fields it always had
        old = http.get("/v1/pull", params={"since": 0}, headers=auth).json()
        assert set(old) == {"version", "bundle_b64"} and base64.b64decode(old["bundle_b64"]) == data
        assert http.get("/v1/pull", params={"since": 1}, headers=auth).json() == {"version": 1, "bundle_b64": None}
        new = http.get("/v1/pull", params={"since": 1, "vacancies_since": 0}, headers=auth).json()
        assert new["version"] == 1 and new["bundle_b64"] is None
        assert new["vacancies_version"] == 1 and base64.b64decode(new["vacancies_b64"]) == listed
        current = http.get("/v1/pull", params={"since": 1, "vacancies_since": 1}, headers=auth).json()
        assert current == {"version": 1, "bundle_b64": None, "vacancies_version": 1, "vacancies_b64": None}
        bad = http.get("/v1/pull", params={"since": 0, "vacancies_since": -1}, headers=auth)
        assert bad.status_code == 422 and bad.json()["error"] == "invalid_request"
        assert http.get("/v1/pull", params={"vacancies_since": 0}).status_code == 401
    with CentralClient(live.url, token) as client:
        assert client.pull_vacancies(0) == (1, listed)
        assert client.pull_vacancies(1) == (1, None)
        assert client.pull(0) == (1, data)  # the catalog pull is unchanged


def test_a_server_without_vacancy_lists_answers_version_zero() -> None:
    def old_server(request: httpx.Request) -> httpx.Response:  # ignores the parameter it does not know
        return httpx.Response(200, json={"version": 3, "bundle_b64": None})

    with CentralClient("http://central.test", "t" * 40, transport=httpx.MockTransport(old_server)) as client:
        assert client.pull_vacancies(0) == (0, None)


def test_publish_vacancies_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    listed = tmp_path / "lowongan.signed.json"
    listed.write_bytes(signed_list(entry("C-1")))
    assert main(["--database-url", url, "publish-vacancies", str(listed)]) == 0
    assert "vacancy list version 1" in capsys.readouterr().out
    assert main(["--database-url", url, "publish-vacancies", str(listed)]) == 1
    assert "bundle_unchanged" in capsys.readouterr().err
    catalog_file = tmp_path / "catalog.json"
    catalog_file.write_text(json.dumps(ENVELOPE))
    assert main(["--database-url", url, "publish-vacancies", str(catalog_file)]) == 1
    assert "wrong_kind" in capsys.readouterr().err
    assert main(["--database-url", url, "publish-vacancies", str(tmp_path / "missing.json")]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert main(["--database-url", url, "create-office", "--code", "JKT01", "--name", "Jakarta"]) == 0
    capsys.readouterr()
    assert main(["--database-url", url, "stats", "--office", "JKT01", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["vacancy_list_version"] == 1 and stats["catalog_version"] == 0
    assert main(["--database-url", url, "stats", "--office", "JKT01"]) == 0
    assert "vacancy list version 1" in capsys.readouterr().out
