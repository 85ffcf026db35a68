"""Signed vacancy lists: what is signed is what an office reads back, and anything else is refused with its code."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, date, datetime

import pytest

from ltsa_desktop.domain.bundle import canonical, generate_keypair, sign_bundle, verify_bundle
from ltsa_desktop.domain.vacancy_list import (
    LIST_FORMAT,
    BundleError,
    read_vacancy_envelope,
    sign_vacancy_list,
    vacancy_list_from_dict,
    vacancy_list_to_dict,
    verify_vacancy_list,
)
from tests.domain.test_catalog import SEED

PRIVATE, PUBLIC = generate_keypair()
TRUSTED = {"pusat-2026": PUBLIC}
ISSUED = "2026-11-20T09:00:00+07:00"


def entry(central_id: str = "BP2MI-LWG-0001", **changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": central_id, "destination_country": "Korea Selatan", "position": "Operator pabrik", "scheme": "g_to_g",
        "programme": "G to G Korea (EPS)", "valid_from": "2026-11-01", "valid_until": "2027-01-31", "min_age": 18,
        "max_age": 39, "min_education": "sma", "certificates": ["EPS-TOPIK"], "quota": 40,
        "salary_amount": 2_060_740, "salary_currency": "KRW", "contract_months": 36, "verified": True,
        "verified_by": "Direktorat Penempatan", "verified_at": "2026-11-19T10:00:00+07:00", "status": "open"}
    base.update(changes)
    return base


def listing(*entries: dict[str, object], issued_at: str = ISSUED) -> dict[str, object]:
    return {"format": LIST_FORMAT, "issuer": "BP2MI Pusat", "issued_at": issued_at, "vacancies": list(entries)}


def signed(*entries: dict[str, object], key: bytes = PRIVATE, key_id: str = "pusat-2026") -> bytes:
    return sign_vacancy_list(vacancy_list_from_dict(listing(*entries)), key, key_id)


def reseal(data: bytes, **envelope_changes: object) -> bytes:
    envelope = json.loads(data)
    envelope.update(envelope_changes)
    return canonical(envelope).encode("utf-8")


def test_a_signed_list_verifies_and_reads_back_exactly() -> None:
    data = signed(entry(), entry("BP2MI-LWG-0002", scheme="p_to_p", programme="", p3mi_name="PT Maju",
                                 p3mi_licence="KEP.1/P3MI/2025", verified=False, verified_by="", verified_at=None))
    vacancy_list, key_id = verify_vacancy_list(data, TRUSTED)
    assert key_id == "pusat-2026" and vacancy_list.issuer == "BP2MI Pusat"
    assert vacancy_list.issued_at == datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
    first, second = vacancy_list.vacancies
    assert first.id == "BP2MI-LWG-0001" and first.valid_until == date(2027, 1, 31) and first.verified
    assert first.certificates == ("EPS-TOPIK",) and first.verified_by == "Direktorat Penempatan"
    assert not second.verified and second.verified_at is None
    assert vacancy_list_from_dict(vacancy_list_to_dict(vacancy_list)) == vacancy_list
    assert signed(entry()) == signed(entry())  # canonical: the same list gives the same bytes


def test_a_changed_payload_is_tampered_and_a_matching_digest_does_not_help() -> None:
    data = signed(entry())
    envelope = json.loads(data)
    payload = envelope["payload"].replace('"quota":40', '"quota":400')
    assert payload != envelope["payload"]
    with pytest.raises(BundleError) as info:
        verify_vacancy_list(reseal(data, payload=payload), TRUSTED)
    assert info.value.code == "bundle_tampered"
    forged = reseal(data, payload=payload, payload_sha256=hashlib.sha256(payload.encode()).hexdigest())
    with pytest.raises(BundleError) as info:
        verify_vacancy_list(forged, TRUSTED)
    assert info.value.code == "bad_signature"


def test_unknown_key_and_other_key_are_refused() -> None:
    with pytest.raises(BundleError) as info:
        verify_vacancy_list(signed(entry(), key_id="orang-lain"), TRUSTED)
    assert info.value.code == "unknown_key"
    other, _ = generate_keypair()
    with pytest.raises(BundleError) as info:  # a trusted key id, but signed with another key
        verify_vacancy_list(signed(entry(), key=other), TRUSTED)
    assert info.value.code == "bad_signature"


def test_a_catalog_is_never_taken_for_a_vacancy_list_nor_the_other_way_round() -> None:
    catalog_bundle = sign_bundle(SEED, PRIVATE, "pusat-2026")
    with pytest.raises(BundleError) as info:
        verify_vacancy_list(catalog_bundle, TRUSTED)
    assert info.value.code == "wrong_kind"
    with pytest.raises(BundleError) as info:
        verify_vacancy_list(json.dumps({"format": "ltsa-catalog/1"}).encode(), TRUSTED)
    assert info.value.code == "wrong_kind"
    with pytest.raises(BundleError):  # the catalog reader refuses a vacancy list
        verify_bundle(signed(entry()), TRUSTED)
    # a catalog envelope relabelled as a vacancy list: its signature does not cover the vacancy-list prefix
    relabelled = reseal(catalog_bundle, format="ltsa-vacancies/1")
    with pytest.raises(BundleError) as info:
        verify_vacancy_list(relabelled, TRUSTED)
    assert info.value.code == "bad_signature"
    # a vacancy list's signature made without the prefix (as a catalog would be signed) does not verify either
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    envelope = json.loads(signed(entry()))
    plain = Ed25519PrivateKey.from_private_bytes(PRIVATE).sign(envelope["payload"].encode())
    with pytest.raises(BundleError) as info:
        verify_vacancy_list(reseal(signed(entry()), signature=base64.b64encode(plain).decode()), TRUSTED)
    assert info.value.code == "bad_signature"


def test_unsigned_truncated_and_malformed_envelopes() -> None:
    data = signed(entry())
    with pytest.raises(BundleError) as info:
        verify_vacancy_list(json.loads(data)["payload"].encode(), TRUSTED)
    assert info.value.code == "bundle_unsigned"
    with pytest.raises(BundleError) as info:
        verify_vacancy_list(reseal(data, signature=""), TRUSTED)
    assert info.value.code == "bundle_unsigned"
    with pytest.raises(BundleError) as info:
        verify_vacancy_list(data[:-40], TRUSTED)
    assert info.value.code == "bundle_truncated"
    with pytest.raises(BundleError) as info:
        read_vacancy_envelope(reseal(data, extra="x"))
    assert info.value.code == "bundle_malformed"
    with pytest.raises(BundleError) as info:
        read_vacancy_envelope(b"\xff\xfe")
    assert info.value.code == "bundle_malformed"


def test_each_bad_vacancy_is_named_with_its_path() -> None:
    bad = listing(entry("A-1"), entry("A-2", scheme="broker", colour="red"), entry("A-3", min_age=10),
                  entry("A-4", verified_by=""), entry("A-4"), entry("bad id!"),
                  entry("A-5", valid_from="2027-02-01"), entry("A-6", status="paused"), entry("A-7"), entry("A-7"))
    bad["vacancies"][0]["quota"] = "40"  # a wrong type (a float is refused when the payload is parsed)
    with pytest.raises(BundleError) as info:
        vacancy_list_from_dict(bad)
    problems = "\n".join(info.value.problems)
    assert info.value.code == "vacancy_list_invalid"
    for expected in ("vacancies[0].quota: a whole number", "vacancies[1]: unknown key 'colour'",
                     "vacancies[2].min_age", "vacancies[3].verified_by", "id 'A-7' appears twice",
                     "vacancies[5].id", "vacancies[6].valid_until: before valid_from", "vacancies[7].status"):
        assert expected in problems, expected
    with pytest.raises(BundleError) as info:
        vacancy_list_from_dict(listing(entry(), issued_at="2026-11-20T09:00:00"))  # a time without its offset
    assert "issued_at" in info.value.problems[0]
    with pytest.raises(BundleError) as info:  # nothing invalid is ever signed
        sign_vacancy_list(vacancy_list_from_dict(listing(entry())), PRIVATE, " ")
    assert info.value.code == "bad_key"


def test_floats_in_the_payload_are_refused() -> None:
    data = signed(entry())
    envelope = json.loads(data)
    payload = envelope["payload"].replace('"quota":40', '"quota":40.0')
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ltsa_desktop.domain.vacancy_list import SIGNING_PREFIX

    signature = Ed25519PrivateKey.from_private_bytes(PRIVATE).sign(SIGNING_PREFIX + payload.encode())
    resigned = reseal(data, payload=payload, payload_sha256=hashlib.sha256(payload.encode()).hexdigest(),
                      signature=base64.b64encode(signature).decode())
    with pytest.raises(BundleError) as info:
        verify_vacancy_list(resigned, TRUSTED)
    assert info.value.code == "bundle_malformed" and "float" in info.value.message
