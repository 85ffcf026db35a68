"""Reading a catalog from its dictionary form (the TOML seed and the signed bundle's payload). Strict: any
missing or malformed value is refused with the path and the reason."""

from __future__ import annotations

import tomllib
from datetime import date
from typing import Any

from ltsa_desktop.domain.catalog import (
    Catalog,
    CatalogError,
    Confidence,
    FeeLine,
    FeeScheduleVersion,
    Payer,
    ProcedureStep,
    Requirement,
    SchemeInfo,
    Service,
)


def _get(d: Any, key: str, kind: type | tuple[type, ...], where: str, problems: list[str], default: Any = ...) -> Any:
    if not isinstance(d, dict):
        problems.append(f"{where}: not a table")
        return default if default is not ... else None
    if key not in d:
        if default is ...:
            problems.append(f"{where}: {key} is missing")
            return None
        return default
    value = d[key]
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        problems.append(f"{where}: {key} has the wrong type ({type(value).__name__})")
        return None if default is ... else default
    return value


def _date(value: Any, where: str, problems: list[str]) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: not a date: {value!r}")
        return None


def catalog_from_dict(data: dict[str, Any]) -> Catalog:
    """Build and validate a catalog; ``CatalogError`` lists every problem found."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise CatalogError(["catalog: not a table"], "bundle_malformed")
    services = []
    for i, s in enumerate(_get(data, "services", list, "catalog", problems) or []):
        where = f"service #{i + 1} ({s.get('code', '?') if isinstance(s, dict) else '?'})"
        reqs = tuple(
            Requirement(code=_get(r, "code", str, where, problems) or "", label_id=_get(r, "label_id", str, where,
                                                                                       problems) or "",
                        label_en=_get(r, "label_en", str, where, problems, "") or "",
                        mandatory=bool(_get(r, "mandatory", bool, where, problems, True)),
                        schemes=frozenset(_get(r, "schemes", list, where, problems, []) or []),
                        note=_get(r, "note", str, where, problems, "") or "")
            for r in _get(s, "requirements", list, where, problems, []) or [])
        steps = tuple(
            ProcedureStep(name_id=_get(p, "name_id", str, where, problems) or "",
                          name_en=_get(p, "name_en", str, where, problems, "") or "",
                          days=_get(p, "days", int, where, problems) or 0)
            for p in _get(s, "procedure", list, where, problems, []) or [])
        services.append(Service(
            code=_get(s, "code", str, where, problems) or "", name_id=_get(s, "name_id", str, where, problems) or "",
            name_en=_get(s, "name_en", str, where, problems, "") or "",
            desk=_get(s, "desk", str, where, problems, "") or "", agency=_get(s, "agency", str, where, problems, "")
            or "", product=_get(s, "product", str, where, problems, "") or "",
            time_standard=_get(s, "time_standard", str, where, problems, "") or "",
            legal_basis=_get(s, "legal_basis", str, where, problems) or "",
            complaint_channel=_get(s, "complaint_channel", str, where, problems, "") or "",
            is_placement_service=bool(_get(s, "placement", bool, where, problems, False)),
            requirements=reqs, procedure=steps))
    schedules = []
    for i, v in enumerate(_get(data, "schedules", list, "catalog", problems) or []):
        where = f"schedule #{i + 1} ({v.get('version', '?') if isinstance(v, dict) else '?'})"
        lines = []
        for j, ln in enumerate(_get(v, "lines", list, where, problems) or []):
            lw = f"{where} line #{j + 1} ({ln.get('line_code', '?') if isinstance(ln, dict) else '?'})"
            payer_raw = _get(ln, "payer", str, lw, problems)
            exempt_raw = _get(ln, "payer_if_exempt_job", str, lw, problems, None)
            confidence_raw = _get(ln, "confidence", str, lw, problems)
            try:
                payer = Payer(payer_raw)
            except ValueError:
                problems.append(f"{lw}: unknown payer {payer_raw!r}")
                payer = Payer.FREE
            try:
                exempt = Payer(exempt_raw) if exempt_raw else None
            except ValueError:
                problems.append(f"{lw}: unknown payer_if_exempt_job {exempt_raw!r}")
                exempt = None
            try:
                confidence = Confidence(confidence_raw)
            except ValueError:
                problems.append(f"{lw}: unknown confidence {confidence_raw!r} (R, S or U)")
                confidence = Confidence.U
            amount = ln.get("amount") if isinstance(ln, dict) else None
            if isinstance(amount, bool) or not isinstance(amount, int):
                problems.append(f"{lw}: amount must be a whole number of rupiah, got {amount!r}")
                amount = 0
            elif amount < 0:
                problems.append(f"{lw}: negative amount {amount}")
            basis = _get(ln, "legal_basis", str, lw, problems) or ""
            if not basis.strip():
                problems.append(f"{lw}: no legal basis")
            lines.append(FeeLine(
                line_code=_get(ln, "line_code", str, lw, problems) or "",
                service_code=_get(ln, "service", str, lw, problems) or "",
                label_id=_get(ln, "label_id", str, lw, problems) or "",
                label_en=_get(ln, "label_en", str, lw, problems, "") or "", amount=amount, payer=payer,
                legal_basis=basis, confidence=confidence, source=_get(ln, "source", str, lw, problems, "") or "",
                payer_if_exempt_job=exempt,
                first_time_cpmi_only=bool(_get(ln, "first_time_cpmi_only", bool, lw, problems, False)),
                not_first_time_only=bool(_get(ln, "not_first_time_only", bool, lw, problems, False)),
                schemes=frozenset(_get(ln, "schemes", list, lw, problems, []) or []),
                optional=bool(_get(ln, "optional", bool, lw, problems, False)),
                note=_get(ln, "note", str, lw, problems, "") or ""))
        start = _date(v.get("effective_from") if isinstance(v, dict) else None, where, problems)
        if start is None:
            problems.append(f"{where}: effective_from is missing")
            start = date.min
        schedules.append(FeeScheduleVersion(
            version=str(_get(v, "version", str, where, problems) or ""), effective_from=start,
            effective_to=_date(v.get("effective_to") if isinstance(v, dict) else None, where, problems),
            lines=tuple(lines), note=_get(v, "note", str, where, problems, "") or ""))
    schemes = tuple(SchemeInfo(s.get("code", ""), s.get("name_id", ""), s.get("name_en", ""))
                    for s in (data.get("schemes") or []) if isinstance(s, dict))
    if problems:
        raise CatalogError(problems, "bundle_malformed")
    catalog = Catalog(services=tuple(services), schedules=tuple(schedules), schemes=schemes,
                      issuer=str(data.get("issuer", "")))
    return catalog.check()


def catalog_to_dict(catalog: Catalog) -> dict[str, Any]:
    """The dictionary form (dates as ISO strings) that ``catalog_from_dict`` reads back."""
    def line(ln: FeeLine) -> dict[str, Any]:
        out: dict[str, Any] = {
            "line_code": ln.line_code, "service": ln.service_code, "label_id": ln.label_id, "label_en": ln.label_en,
            "amount": ln.amount, "payer": ln.payer.value, "legal_basis": ln.legal_basis,
            "confidence": ln.confidence.value, "source": ln.source, "first_time_cpmi_only": ln.first_time_cpmi_only,
            "not_first_time_only": ln.not_first_time_only, "schemes": sorted(ln.schemes), "optional": ln.optional,
            "note": ln.note}
        if ln.payer_if_exempt_job is not None:
            out["payer_if_exempt_job"] = ln.payer_if_exempt_job.value
        return out

    return {
        "format": "ltsa-catalog/1", "issuer": catalog.issuer,
        "schemes": [{"code": s.code, "name_id": s.name_id, "name_en": s.name_en} for s in catalog.schemes],
        "services": [{
            "code": s.code, "name_id": s.name_id, "name_en": s.name_en, "desk": s.desk, "agency": s.agency,
            "product": s.product, "time_standard": s.time_standard, "legal_basis": s.legal_basis,
            "complaint_channel": s.complaint_channel, "placement": s.is_placement_service,
            "requirements": [{"code": r.code, "label_id": r.label_id, "label_en": r.label_en,
                              "mandatory": r.mandatory, "schemes": sorted(r.schemes), "note": r.note}
                             for r in s.requirements],
            "procedure": [{"name_id": p.name_id, "name_en": p.name_en, "days": p.days} for p in s.procedure],
        } for s in catalog.services],
        "schedules": [{
            "version": v.version, "effective_from": v.effective_from.isoformat(),
            **({"effective_to": v.effective_to.isoformat()} if v.effective_to else {}), "note": v.note,
            "lines": [line(ln) for ln in v.lines]} for v in catalog.schedules],
    }


def catalog_from_toml_text(text: str) -> Catalog:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError([f"catalog file: {exc}"], "bundle_malformed") from exc
    return catalog_from_dict(data)
