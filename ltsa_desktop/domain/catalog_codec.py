"""The dictionary form of a catalog (the TOML seed and the signed bundle's payload) and its strict reader.

Strict: an unknown key, a missing key, a value of the wrong type (a float or a bool where rupiah or days are
expected), an unknown payer, scheme or confidence is refused with its path, e.g.
``schedules[0] (2026.1).lines[5] (POL-01/pnbp).amount: amount must be a whole number of rupiah, got 1.5``.
A misspelt key is never ignored: a lost ``payer_if_exempt_job`` would charge an exempt worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from ltsa_desktop.domain.catalog import (
    Catalog,
    CatalogError,
    Confidence,
    FeeLine,
    FeeScheduleVersion,
    Payer,
    ProcedureStep,
    Requirement,
    Scheme,
    SchemeInfo,
    Service,
)

CATALOG_FORMAT = "ltsa-catalog/1"

E = TypeVar("E", bound=StrEnum)


class BundleError(CatalogError):
    """Catalog data or a bundle that is refused. ``code`` says why:

    bundle_malformed (not the expected structure; ``problems`` name each path), bundle_truncated (the data
    ends early), bundle_too_large, bundle_unsigned, unknown_key (signed with a key the office does not trust),
    bundle_tampered (the content differs from what was signed), bad_signature (the signature does not verify
    with the trusted key), bad_key (a key of the wrong size), catalog_invalid (well-formed, but ``validate``
    found problems).
    """

    code = "bundle_malformed"


_SERVICE_TEXT = ("name_en", "desk", "agency", "product", "time_standard", "complaint_channel", "alternative_group",
                 "facilities", "staff_competence", "internal_supervision", "staff_count", "service_guarantee",
                 "security_guarantee", "performance_evaluation")
_KEYS = {
    "catalog": {"format", "issuer", "schemes", "services", "schedules"},
    "scheme": {"code", "name_id", "name_en"},
    "service": {"code", "name_id", "legal_basis", "placement", "requirements", "procedure", *_SERVICE_TEXT},
    "requirement": {"code", "label_id", "label_en", "mandatory", "schemes", "note"},
    "step": {"name_id", "name_en", "days", "note"},
    "schedule": {"version", "effective_from", "effective_to", "published_at", "note", "lines"},
    "line": {"line_code", "service", "label_id", "label_en", "amount", "payer", "payer_if_exempt_job", "legal_basis",
             "confidence", "source", "first_time_cpmi_only", "not_first_time_only", "schemes", "optional", "note",
             "choice_group", "unit"},
}
_MISSING = object()


class _Reader:
    """Collects every problem of one document instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, path: str, reason: str) -> None:
        self.problems.append(f"{path}: {reason}")

    def table(self, value: Any, path: str, kind: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, f"expected a table, got {type(value).__name__}")
            return {}
        for key in sorted(set(value) - _KEYS[kind]):
            self.fail(path, f"unknown key {key!r}")
        return value

    def get(self, table: dict[str, Any], key: str, path: str, check: Callable[[Any], bool], expected: str,
            default: Any = _MISSING) -> Any:
        value = table.get(key, _MISSING)
        if value is _MISSING or (value is None and default is not _MISSING):
            if default is _MISSING:
                if table:  # an empty table was already reported
                    self.fail(path, f"{key} is missing")
                return None
            return default
        if not check(value):
            self.fail(f"{path}.{key}", f"{key} must be {expected}, got {value!r}")
            return default if default is not _MISSING else None
        return value

    def text(self, table: dict[str, Any], key: str, path: str, default: Any = _MISSING) -> str:
        return self.get(table, key, path, lambda v: isinstance(v, str), "text", default) or ""

    def flag(self, table: dict[str, Any], key: str, path: str, default: bool) -> bool:
        return bool(self.get(table, key, path, lambda v: isinstance(v, bool), "true or false", default))

    def whole(self, table: dict[str, Any], key: str, path: str, what: str) -> int:
        value = self.get(table, key, path, lambda v: isinstance(v, int) and not isinstance(v, bool), what)
        return value if value is not None else 0

    def items(self, table: dict[str, Any], key: str, path: str, required: bool = True) -> list[Any]:
        value = self.get(table, key, path, lambda v: isinstance(v, list), "a list", _MISSING if required else [])
        return value or []

    def enum(self, kind: type[E], table: dict[str, Any], key: str, path: str, required: bool = True) -> E | None:
        raw = self.get(table, key, path, lambda v: isinstance(v, str), "text", _MISSING if required else None)
        if raw is None:
            return None
        try:
            return kind(raw)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            self.fail(f"{path}.{key}", f"unknown {key} {raw!r} ({allowed})")
            return None

    def schemes(self, table: dict[str, Any], path: str) -> frozenset[Scheme]:
        out = set()
        for i, raw in enumerate(self.items(table, "schemes", path, required=False)):
            try:
                out.add(Scheme(raw))
            except ValueError:
                self.fail(f"{path}.schemes[{i}]", f"unknown scheme {raw!r}")
        return frozenset(out)

    def day(self, table: dict[str, Any], key: str, path: str, required: bool) -> date | None:
        value = table.get(key)
        if value is None:
            if required and table:
                self.fail(path, f"{key} is missing")
            return None
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.fail(f"{path}.{key}", f"{key} must be a date (YYYY-MM-DD), got {value!r}")
        return None


def _name(value: Any, key: str) -> str:
    return f" ({value[key]})" if isinstance(value, dict) and isinstance(value.get(key), str) else ""


def _service(r: _Reader, raw: Any, path: str) -> Service:
    s = r.table(raw, path, "service")
    reqs = []
    for i, rq in enumerate(r.items(s, "requirements", path, required=False)):
        where = f"{path}.requirements[{i}]{_name(rq, 'code')}"
        t = r.table(rq, where, "requirement")
        reqs.append(Requirement(code=r.text(t, "code", where), label_id=r.text(t, "label_id", where),
                                label_en=r.text(t, "label_en", where, ""), mandatory=r.flag(t, "mandatory", where, True),
                                schemes=r.schemes(t, where), note=r.text(t, "note", where, "")))
    steps = []
    for i, st in enumerate(r.items(s, "procedure", path, required=False)):
        where = f"{path}.procedure[{i}]"
        t = r.table(st, where, "step")
        steps.append(ProcedureStep(name_id=r.text(t, "name_id", where), name_en=r.text(t, "name_en", where, ""),
                                   days=r.whole(t, "days", where, "whole working days"),
                                   note=r.text(t, "note", where, "")))
    text = {key: r.text(s, key, path, "") for key in _SERVICE_TEXT}
    return Service(code=r.text(s, "code", path), name_id=r.text(s, "name_id", path),
                   legal_basis=r.text(s, "legal_basis", path), is_placement_service=r.flag(s, "placement", path, False),
                   requirements=tuple(reqs), procedure=tuple(steps), **text)


def _line(r: _Reader, raw: Any, path: str) -> FeeLine:
    t = r.table(raw, path, "line")
    return FeeLine(
        line_code=r.text(t, "line_code", path), service_code=r.text(t, "service", path),
        label_id=r.text(t, "label_id", path), label_en=r.text(t, "label_en", path, ""),
        amount=r.whole(t, "amount", path, "a whole number of rupiah"),
        payer=r.enum(Payer, t, "payer", path) or Payer.FREE,
        payer_if_exempt_job=r.enum(Payer, t, "payer_if_exempt_job", path, required=False),
        legal_basis=r.text(t, "legal_basis", path), confidence=r.enum(Confidence, t, "confidence", path) or Confidence.U,
        source=r.text(t, "source", path, ""), first_time_cpmi_only=r.flag(t, "first_time_cpmi_only", path, False),
        not_first_time_only=r.flag(t, "not_first_time_only", path, False), schemes=r.schemes(t, path),
        optional=r.flag(t, "optional", path, False), note=r.text(t, "note", path, ""),
        choice_group=r.text(t, "choice_group", path, ""), unit=r.text(t, "unit", path, ""))


def _schedule(r: _Reader, raw: Any, path: str) -> FeeScheduleVersion:
    v = r.table(raw, path, "schedule")
    lines = tuple(_line(r, ln, f"{path}.lines[{j}]{_name(ln, 'line_code')}")
                  for j, ln in enumerate(r.items(v, "lines", path)))
    return FeeScheduleVersion(
        version=r.text(v, "version", path), effective_from=r.day(v, "effective_from", path, True) or date.min,
        effective_to=r.day(v, "effective_to", path, False), lines=lines, note=r.text(v, "note", path, ""),
        published_at=r.day(v, "published_at", path, False))


def catalog_from_dict(data: Any) -> Catalog:
    """Read and validate a catalog. BundleError ``bundle_malformed`` lists every structural problem with its
    path; ``catalog_invalid`` lists what ``Catalog.validate`` refuses (overlapping dates, duplicate codes…)."""
    r = _Reader()
    top = r.table(data, "catalog", "catalog")
    if top and top.get("format") != CATALOG_FORMAT:
        r.fail("catalog.format", f"expected {CATALOG_FORMAT!r}, got {top.get('format')!r}")
    schemes = []
    for i, raw in enumerate(r.items(top, "schemes", "catalog", required=False)):
        where = f"schemes[{i}]{_name(raw, 'code')}"
        t = r.table(raw, where, "scheme")
        schemes.append(SchemeInfo(r.text(t, "code", where), r.text(t, "name_id", where),
                                  r.text(t, "name_en", where, "")))
    services = tuple(_service(r, raw, f"services[{i}]{_name(raw, 'code')}")
                     for i, raw in enumerate(r.items(top, "services", "catalog")))
    schedules = tuple(_schedule(r, raw, f"schedules[{i}]{_name(raw, 'version')}")
                      for i, raw in enumerate(r.items(top, "schedules", "catalog")))
    issuer = r.text(top, "issuer", "catalog", "")
    if r.problems:
        raise BundleError(r.problems, "bundle_malformed")
    catalog = Catalog(services=services, schedules=schedules, schemes=tuple(schemes), issuer=issuer)
    problems = catalog.validate()
    if problems:
        raise BundleError(problems, "catalog_invalid")
    return catalog


def catalog_to_dict(catalog: Catalog) -> dict[str, Any]:
    """The dictionary form that ``catalog_from_dict`` reads back: JSON types only (dates as ISO text, money as
    int). Optional values that are None (effective_to, published_at, payer_if_exempt_job) are left out."""

    def line(ln: FeeLine) -> dict[str, Any]:
        out: dict[str, Any] = {
            "line_code": ln.line_code, "service": ln.service_code, "label_id": ln.label_id, "label_en": ln.label_en,
            "amount": ln.amount, "payer": ln.payer.value, "legal_basis": ln.legal_basis,
            "confidence": ln.confidence.value, "source": ln.source, "first_time_cpmi_only": ln.first_time_cpmi_only,
            "not_first_time_only": ln.not_first_time_only, "schemes": sorted(str(x) for x in ln.schemes), "optional": ln.optional,
            "note": ln.note, "choice_group": ln.choice_group, "unit": ln.unit}
        if ln.payer_if_exempt_job is not None:
            out["payer_if_exempt_job"] = ln.payer_if_exempt_job.value
        return out

    def schedule(v: FeeScheduleVersion) -> dict[str, Any]:
        out: dict[str, Any] = {"version": v.version, "effective_from": v.effective_from.isoformat(), "note": v.note,
                               "lines": [line(ln) for ln in v.lines]}
        if v.effective_to is not None:
            out["effective_to"] = v.effective_to.isoformat()
        if v.published_at is not None:
            out["published_at"] = v.published_at.isoformat()
        return out

    return {
        "format": CATALOG_FORMAT, "issuer": catalog.issuer,
        "schemes": [{"code": s.code, "name_id": s.name_id, "name_en": s.name_en} for s in catalog.schemes],
        "services": [{
            "code": s.code, "name_id": s.name_id, "legal_basis": s.legal_basis, "placement": s.is_placement_service,
            **{key: getattr(s, key) for key in _SERVICE_TEXT},
            "requirements": [{"code": r.code, "label_id": r.label_id, "label_en": r.label_en,
                              "mandatory": r.mandatory, "schemes": sorted(str(x) for x in r.schemes), "note": r.note}
                             for r in s.requirements],
            "procedure": [{"name_id": p.name_id, "name_en": p.name_en, "days": p.days, "note": p.note}
                          for p in s.procedure],
        } for s in catalog.services],
        "schedules": [schedule(v) for v in catalog.schedules],
    }
