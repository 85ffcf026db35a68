"""Signed catalog bundles: canonical JSON, the strict dictionary reader, Ed25519 signatures, import diffs."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltsa_desktop.domain.bundle import (
    BundleError,
    canonical,
    catalog_from_dict,
    catalog_to_dict,
    diff_catalogs,
    generate_keypair,
    public_key_for,
    read_envelope,
    sign_bundle,
    verify_bundle,
)
from ltsa_desktop.domain.catalog import Catalog, CatalogError, Payer
from ltsa_desktop.domain.catalog_seed import catalog_from_toml_text
from tests.domain.test_catalog import SEED, SEED_TEXT, catalogs

PRIVATE, PUBLIC = generate_keypair()
OTHER_PRIVATE, OTHER_PUBLIC = generate_keypair()
KEYS = {"issuer-1": PUBLIC}
BUNDLE = sign_bundle(SEED, PRIVATE, "issuer-1")


def _refused(data: bytes, keys: dict[str, bytes] = KEYS) -> BundleError:
    with pytest.raises(BundleError) as info:
        verify_bundle(data, keys)
    return info.value


def _envelope(**changes: Any) -> bytes:
    envelope = json.loads(BUNDLE)
    envelope.update(changes)
    return canonical({k: v for k, v in envelope.items() if v is not None}).encode("utf-8")


def _signed_payload(payload: str) -> bytes:
    """A correctly signed envelope around any payload text (to test what the reader does after the signature)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    raw = payload.encode("utf-8")
    signature = Ed25519PrivateKey.from_private_bytes(PRIVATE).sign(raw)
    return _envelope(payload=payload, payload_sha256=hashlib.sha256(raw).hexdigest(),
                     signature=base64.b64encode(signature).decode("ascii"))


# ---------------------------------------------------------------------------------------------------------------
# canonical JSON and the dictionary form


def test_canonical_json_is_sorted_compact_utf8_and_refuses_floats() -> None:
    assert canonical({"b": 1, "a": ["–", {"d": None, "c": True}]}) == '{"a":["–",{"c":true,"d":null}],"b":1}'
    with pytest.raises(BundleError) as info:
        canonical({"lines": [{"amount": 30000.0}]})
    assert info.value.code == "bundle_malformed" and "$.lines[0].amount" in info.value.problems[0]
    payload = json.loads(BUNDLE)["payload"]
    assert "Kesehatan" in payload and "\\u" not in payload  # non-ASCII kept as UTF-8
    assert payload == canonical(json.loads(payload))


@given(catalogs())
def test_round_trip_dict_catalog_dict(catalog: Catalog) -> None:
    data = catalog_to_dict(catalog)
    back = catalog_from_dict(json.loads(canonical(data)))
    assert back == catalog
    assert catalog_to_dict(back) == data


def test_seed_round_trips_through_its_dictionary_form() -> None:
    assert catalog_from_dict(catalog_to_dict(SEED)) == SEED


_LINE = ("schedules", 0, "lines", 5)  # POL-01/pnbp in the seed


def _refused_dict(path: tuple[Any, ...], change: Any) -> BundleError:
    data = catalog_to_dict(SEED)
    target = data
    for key in path[:-1]:
        target = target[key]
    if change is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = change
    with pytest.raises(BundleError) as info:
        catalog_from_dict(data)
    return info.value


@pytest.mark.parametrize("key, value, code, reason", [
    ("amount", -5, "catalog_invalid", "line POL-01/pnbp: negative amount -5"),
    ("amount", 1.5, "bundle_malformed", "(POL-01/pnbp).amount: amount must be a whole number of rupiah, got 1.5"),
    ("amount", True, "bundle_malformed", "(POL-01/pnbp).amount: amount must be a whole number of rupiah, got True"),
    ("payer", "broker", "bundle_malformed", "(POL-01/pnbp).payer: unknown payer 'broker'"),
    ("payer_if_exempt_job", "applicant", "catalog_invalid", "POL-01/pnbp: payer_if_exempt_job cannot be"),
    ("confidence", "secondary", "bundle_malformed", "(POL-01/pnbp).confidence: unknown confidence 'secondary'"),
    ("legal_basis", " ", "catalog_invalid", "line POL-01/pnbp: no legal basis"),
    ("legal_basis", KeyError, "bundle_malformed", "(POL-01/pnbp): legal_basis is missing"),
    ("schemes", ["p_to_p", "calo"], "bundle_malformed", "(POL-01/pnbp).schemes[1]: unknown scheme 'calo'"),
    ("payer_if_exempt", "employer", "bundle_malformed", "(POL-01/pnbp): unknown key 'payer_if_exempt'"),
    ("optional", "yes", "bundle_malformed", "(POL-01/pnbp).optional: optional must be true or false"),
])
def test_bad_line_in_data_is_refused_with_its_path(key: str, value: Any, code: str, reason: str) -> None:
    error = _refused_dict((*_LINE, key), value)
    assert error.code == code and any(reason in p for p in error.problems), error.problems
    assert isinstance(error, CatalogError)


def test_bad_structure_is_refused_with_its_path() -> None:
    assert _refused_dict(("format",), "ltsa-catalog/9").problems == [
        "catalog.format: expected 'ltsa-catalog/1', got 'ltsa-catalog/9'"]
    assert "schedules[0] (2026.1).effective_from: effective_from must be a date (YYYY-MM-DD), got '18-12-2024'" in \
        _refused_dict(("schedules", 0, "effective_from"), "18-12-2024").problems
    assert "services[1] (NAK-01).procedure[0].days: days must be whole working days, got 1.5" in \
        _refused_dict(("services", 1, "procedure", 0, "days"), 1.5).problems
    assert _refused_dict(("services", 0), "INF-01").problems[0].startswith("services[0]: expected a table")
    overlap = catalog_to_dict(SEED)
    overlap["schedules"].append(dict(overlap["schedules"][0], version="2027.1", effective_from="2026-01-01"))
    with pytest.raises(BundleError) as info:
        catalog_from_dict(overlap)
    assert info.value.code == "catalog_invalid" and info.value.problems == [
        "schedule 2026.1 overlaps 2027.1 (effective dates)"]
    with pytest.raises(BundleError) as info:
        catalog_from_dict(["not", "a", "catalog"])
    assert info.value.problems == ["catalog: expected a table, got list"]


def test_toml_errors_name_the_line() -> None:
    with pytest.raises(BundleError) as info:
        catalog_from_toml_text(SEED_TEXT.replace('amount = 30000', 'amount = 30000.0'))
    assert info.value.code == "bundle_malformed"
    assert any("(POL-01/pnbp).amount" in p and "got 30000.0" in p for p in info.value.problems)
    with pytest.raises(BundleError) as info:
        catalog_from_toml_text(SEED_TEXT.replace('format = "ltsa-catalog/1"', 'format = "ltsa-catalog/1'))
    line = SEED_TEXT[:SEED_TEXT.index('format = "ltsa-catalog/1"')].count("\n") + 1
    assert info.value.code == "bundle_malformed" and f"at line {line}," in info.value.problems[0]
    with pytest.raises(BundleError) as info:  # a datetime is not a date
        catalog_from_toml_text(SEED_TEXT.replace("effective_from = 2024-12-18", "effective_from = 2024-12-18T00:00:00"))
    assert "effective_from must be a date" in info.value.problems[0]


# ---------------------------------------------------------------------------------------------------------------
# signatures


def test_signed_bundle_round_trip() -> None:
    envelope = read_envelope(BUNDLE)
    assert set(envelope) == {"format", "key_id", "payload", "payload_sha256", "signature"}
    assert envelope["format"] == "ltsa-bundle/1" and envelope["key_id"] == "issuer-1"
    assert verify_bundle(BUNDLE, {"old": OTHER_PUBLIC, **KEYS}) == SEED
    assert sign_bundle(SEED, PRIVATE, "issuer-1") == BUNDLE  # Ed25519 and canonical JSON are deterministic
    assert public_key_for(PRIVATE) == PUBLIC and len(PRIVATE) == len(PUBLIC) == 32


def test_tampered_byte_in_the_content() -> None:
    tampered = BUNDLE.replace(b'\\"amount\\":30000', b'\\"amount\\":30001')
    assert tampered != BUNDLE
    assert _refused(tampered).code == "bundle_tampered"
    # the digest recomputed to match: the signature still gives it away
    payload = json.loads(tampered)["payload"]
    rehashed = _envelope(payload=payload, payload_sha256=hashlib.sha256(payload.encode()).hexdigest())
    assert _refused(rehashed).code == "bad_signature"


def test_wrong_key_unknown_key_and_unsigned() -> None:
    assert _refused(sign_bundle(SEED, OTHER_PRIVATE, "issuer-1")).code == "bad_signature"
    error = _refused(BUNDLE, {"issuer-2": PUBLIC})
    assert error.code == "unknown_key" and "issuer-1" in error.problems[0]
    assert _refused(_envelope(signature=None)).code == "bundle_unsigned"
    assert _refused(_envelope(signature="", key_id="")).code == "bundle_unsigned"
    assert _refused(canonical(catalog_to_dict(SEED)).encode()).code == "bundle_unsigned"  # a bare catalog
    assert _refused(_envelope(signature="not base64!")).code == "bad_signature"
    assert _refused(BUNDLE, {"issuer-1": PUBLIC[:31]}).code == "bad_key"


def test_malformed_truncated_and_oversized() -> None:
    for cut in (1, len(BUNDLE) // 3, len(BUNDLE) // 2, len(BUNDLE) - 1):
        error = _refused(BUNDLE[:cut])
        assert error.code == "bundle_truncated" and "line 1, column" in error.problems[0]
    assert _refused(b"<html>502 Bad Gateway</html>").code == "bundle_malformed"
    assert _refused(b"\xff\xfe{}").code == "bundle_malformed"
    assert _refused(b'{"format": "ltsa-bundle/1"} trailing').code == "bundle_malformed"
    assert _refused(_envelope(extra="x")).problems == ["bundle: unknown key 'extra'"]
    assert _refused(_envelope(payload=42)).code == "bundle_malformed"
    assert _refused(b" " * (5 * 1024 * 1024 + 1)).code == "bundle_too_large"


def test_a_signed_payload_is_still_read_strictly() -> None:
    data = catalog_to_dict(SEED)
    text = canonical(data).replace('"amount":30000', '"amount":30000.5')
    error = _refused(_signed_payload(text))
    assert error.code == "bundle_malformed" and "floats are not allowed" in error.problems[0]
    doubled = canonical(data).replace('"amount":30000', '"amount":30000,"amount":0')
    assert "key 'amount' appears twice" in _refused(_signed_payload(doubled)).problems[0]
    data["schedules"][0]["lines"][5]["payer"] = "broker"
    assert _refused(_signed_payload(canonical(data))).code == "bundle_malformed"


def test_an_invalid_catalog_cannot_be_signed() -> None:
    bad = replace(SEED, schedules=(replace(SEED.schedules[0], lines=SEED.schedules[0].lines[1:]),))
    with pytest.raises(BundleError) as info:
        sign_bundle(bad, PRIVATE, "issuer-1")
    assert info.value.code == "catalog_invalid" and "INF-01 has no fee line" in info.value.problems[0]
    with pytest.raises(BundleError) as info:
        sign_bundle(SEED, PRIVATE[:16], "issuer-1")
    assert info.value.code == "bad_key"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(BUNDLE) - 1), st.integers(1, 255))
def test_any_changed_byte_is_refused(position: int, flip: int) -> None:
    data = bytearray(BUNDLE)
    data[position] ^= flip
    with pytest.raises(BundleError):
        verify_bundle(bytes(data), KEYS)


# ---------------------------------------------------------------------------------------------------------------
# import preview


def _changed(mutate: Any) -> Catalog:
    data = catalog_to_dict(SEED)
    mutate(data)
    return catalog_from_dict(data)


def test_diff_names_what_an_import_changes() -> None:
    assert diff_catalogs(SEED, SEED).empty
    first = diff_catalogs(None, SEED)
    assert first.added_services == tuple(sorted(s.code for s in SEED.services))
    assert len(first.added_lines) == len(SEED.schedules[0].lines) and first.added_schedules == ("2026.1",)

    def edit(data: dict[str, Any]) -> None:
        lines = data["schedules"][0]["lines"]
        lines[5].update(amount=35_000, payer_if_exempt_job="government")
        lines[:] = [ln for ln in lines if ln["line_code"] != "JST-02/jht-600"]
        lines.append(dict(lines[0], line_code="INF-01/brosur", label_id="Brosur"))
        data["services"][0]["time_standard"] = "30 menit"

    diff = diff_catalogs(SEED, _changed(edit))
    assert diff.changed_lines == (("2026.1:POL-01/pnbp", "amount 30000 → 35000, payer if exempt job employer → "
                                                         "government"),)
    assert diff.removed_lines == ("2026.1:JST-02/jht-600",)
    assert diff.added_lines == ("2026.1:INF-01/brosur",)
    assert diff.changed_services == ("INF-01",) and not diff.added_services and not diff.empty


def test_diff_of_a_new_schedule_version() -> None:
    def supersede(data: dict[str, Any]) -> None:
        old = data["schedules"][0]
        old["effective_to"] = "2026-12-31"
        data["schedules"].append(dict(old, version="2027.1", effective_from="2027-01-01", effective_to=None,
                                      lines=[dict(ln, amount=ln["amount"]) for ln in old["lines"]]))
        del data["schedules"][1]["effective_to"]

    new = _changed(supersede)
    diff = diff_catalogs(SEED, new)
    assert diff.added_schedules == ("2027.1",) and not diff.removed_schedules
    assert diff.changed_schedules == (("2026.1", "effective 2024-12-18–… → 2024-12-18–2026-12-31"),)
    assert len(diff.added_lines) == len(SEED.schedules[0].lines) and not diff.changed_lines
    assert new.schedule_in_force(date(2027, 1, 1)).version == "2027.1"
    assert new.schedule_in_force(date(2026, 12, 31)).line("POL-01/pnbp").payer is Payer.APPLICANT
    assert diff_catalogs(new, SEED).removed_schedules == ("2027.1",)
