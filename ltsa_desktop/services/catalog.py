"""The catalog and fee schedule in force at this office: install, import (signed, previewed, one transaction),
export, and the reads every other area uses (services, standards, fee quotes).

Only the catalog in force defines what can be charged. A new bundle supersedes the previous one; no version is
ever edited or deleted.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ltsa_desktop.domain.bundle import (
    CatalogDiff,
    canonical,
    diff_catalogs,
    read_envelope,
    verify_bundle,
)
from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.catalog import Catalog, Service
from ltsa_desktop.domain.catalog_seed import catalog_from_dict, catalog_from_toml_text, catalog_to_dict
from ltsa_desktop.domain.errors import FieldError, NotFound, ValidationFailed
from ltsa_desktop.domain.fees import ApplicantProfile, FeeQuote, QuoteNotice, QuoteOption, resolve_fees
from ltsa_desktop.domain.fees import quote_options as domain_quote_options
from ltsa_desktop.domain.formatting import format_money
from ltsa_desktop.domain.roles import ADMINS
from ltsa_desktop.paths import resources_dir
from ltsa_desktop.services.context import Actor, OpResult, ServiceContext
from ltsa_desktop.storage.models.catalog import CatalogVersion, IssuerKey

AREA = "catalog"
_cache: dict[str, Catalog] = {}


def seed_text() -> str:
    return (resources_dir() / "catalog" / "catalog.toml").read_text(encoding="utf-8")


def _store(uow, catalog: Catalog, bundle: str, source: str, key_id: str | None) -> CatalogVersion:  # type: ignore[no-untyped-def]
    session = uow.session
    for old in session.execute(select(CatalogVersion).where(CatalogVersion.active.is_(True))).scalars():
        old.active = False
        uow.update(old)
    sequence = (session.execute(select(func.max(CatalogVersion.sequence))).scalar() or 0) + 1
    row = uow.add(CatalogVersion(label=catalog.label, sequence=sequence, source=source, key_id=key_id,
                                 bundle=bundle, sha256=hashlib.sha256(bundle.encode("utf-8")).hexdigest(),
                                 installed_at=uow.now, active=True))
    uow.changed(AREA)
    return row


def install_seed(ctx: ServiceContext, actor: Actor) -> OpResult:
    """Install the catalog shipped with the program (first start of an office)."""
    catalog = catalog_from_toml_text(seed_text())
    with ctx.write(actor, "install_catalog", roles=ADMINS) as uow:
        row = _store(uow, catalog, canonical(catalog_to_dict(catalog)), "seed", None)
        uow.audit(entity="catalog_version", entity_id=row.id, label=row.label, source="seed")
        return uow.result(row.label)


def _load(row: CatalogVersion) -> Catalog:
    if row.id not in _cache:
        text = row.bundle
        if row.key_id:  # a signed envelope: the catalog is its payload
            text = read_envelope(text.encode("utf-8"))["payload"]
        _cache[row.id] = catalog_from_dict(json.loads(text))
    return _cache[row.id]


def current_catalog(ctx: ServiceContext) -> Catalog:
    with ctx.read() as session:
        row = session.execute(select(CatalogVersion).where(CatalogVersion.active.is_(True))
                              .order_by(CatalogVersion.sequence.desc())).scalars().first()
    if row is None:
        raise NotFound("no_catalog", "no catalog is installed")
    return _load(row)


@dataclass(frozen=True)
class CatalogVersionRow:
    label: str
    sequence: int
    source: str
    key_id: str | None
    installed_at: object
    active: bool


def catalog_history(ctx: ServiceContext) -> list[CatalogVersionRow]:
    with ctx.read() as session:
        return [CatalogVersionRow(r.label, r.sequence, r.source, r.key_id, r.installed_at, r.active)
                for r in session.execute(select(CatalogVersion).order_by(CatalogVersion.sequence)).scalars()]


def trusted_keys(ctx: ServiceContext) -> dict[str, bytes]:
    with ctx.read() as session:
        return {k.key_id: base64.b64decode(k.public_key) for k in session.execute(
            select(IssuerKey).where(IssuerKey.active.is_(True))).scalars()}


def trust_issuer_key(ctx: ServiceContext, actor: Actor, key_id: str, public_key_b64: str, note: str = "") -> OpResult:
    try:
        raw = base64.b64decode(public_key_b64, validate=True)
    except ValueError:
        raw = b""
    if len(raw) != 32 or not key_id.strip():
        raise ValidationFailed({"public_key": FieldError("key_invalid")})
    with ctx.write(actor, "trust_issuer_key", roles=ADMINS) as uow:
        existing = uow.session.execute(select(IssuerKey).where(IssuerKey.key_id == key_id)).scalars().first()
        if existing is not None:
            raise ValidationFailed({"key_id": FieldError("key_exists")})
        row = uow.add(IssuerKey(key_id=key_id.strip(), public_key=public_key_b64, note=note, active=True))
        uow.audit(entity="issuer_key", entity_id=row.id, key_id=key_id)
        uow.changed(AREA)
        return uow.result(row.id)


def preview_import(ctx: ServiceContext, data: bytes) -> tuple[Catalog, CatalogDiff]:
    """Verify a bundle and say what importing it would change. Nothing is written."""
    catalog = verify_bundle(data, trusted_keys(ctx))
    try:
        current: Catalog | None = current_catalog(ctx)
    except NotFound:
        current = None
    return catalog, diff_catalogs(current, catalog)


def apply_import(ctx: ServiceContext, actor: Actor, data: bytes, *, source: str = "import") -> OpResult:
    """Verify again and install the bundle in one transaction. A refused bundle changes nothing."""
    catalog = verify_bundle(data, trusted_keys(ctx))
    key_id = str(read_envelope(data)["key_id"])
    with ctx.write(actor, "import_catalog", roles=ADMINS) as uow:
        row = _store(uow, catalog, data.decode("utf-8"), source, key_id)
        uow.audit(entity="catalog_version", entity_id=row.id, label=row.label, key_id=key_id, source=source)
        return uow.result(row.label)


def export_bundle(ctx: ServiceContext) -> bytes:
    """The active version as installed (a signed envelope, or the seed's canonical JSON)."""
    with ctx.read() as session:
        row = session.execute(select(CatalogVersion).where(CatalogVersion.active.is_(True))).scalars().first()
    if row is None:
        raise NotFound("no_catalog", "no catalog is installed")
    return row.bundle.encode("utf-8")


def list_services(ctx: ServiceContext) -> list[Service]:
    return list(current_catalog(ctx).services)


def service_standard(ctx: ServiceContext, code: str, scheme: str | None):  # type: ignore[no-untyped-def]
    """The checklist and procedure a new case copies (requirements filtered by the applicant's scheme)."""
    from ltsa_desktop.services.cases import RequirementSpec, ServiceStandard, StepSpec

    try:
        service = current_catalog(ctx).service(code)
    except KeyError as exc:
        raise ValidationFailed({"services": FieldError("unknown_service", {"service": code})}) from exc
    return ServiceStandard(
        code=service.code, name_id=service.name_id, name_en=service.name_en,
        is_placement_service=service.is_placement_service,
        requirements=tuple(RequirementSpec(r.code, r.label_id, r.label_en, r.mandatory)
                           for r in service.requirements if r.applies_to(scheme)),
        steps=tuple(StepSpec(p.name_id, p.name_en, p.days) for p in service.procedure))


def quote(ctx: ServiceContext, profile: ApplicantProfile, services: list[str], *, on: date | None = None,
          chosen_optional: tuple[str, ...] = (), quantities: Mapping[str, int] | None = None) -> FeeQuote:
    """The itemised fees for a profile, from the schedule in force today (office-local)."""
    day = on or service_day(ctx.now(), ctx.tz_name)
    return resolve_fees(current_catalog(ctx), services, profile, day, chosen_optional=chosen_optional,
                        quantities=quantities)


def quote_options(ctx: ServiceContext, profile: ApplicantProfile, services: list[str], *,
                  on: date | None = None) -> tuple[QuoteOption, ...]:
    """What the counter may choose for these services (choice groups, optional and per-unit lines) today."""
    day = on or service_day(ctx.now(), ctx.tz_name)
    return domain_quote_options(current_catalog(ctx).schedule_in_force(day), services, profile)


def _notice_texts(cat: Catalog, schedule_lines: dict[str, str], notice: QuoteNotice) -> tuple[str, str]:
    """A resolution notice as (Indonesian, English) sentences naming the lines or services concerned."""
    def service_name(code: str) -> str:
        try:
            return f"{code} ({cat.service(code).name_id})"
        except KeyError:
            return code

    if notice.code == "choice_needed":
        options = "; ".join(schedule_lines.get(code, code) for code in notice.options)
        return (f"{service_name(notice.service_code)}: pilih salah satu — {options}.",
                f"{notice.service_code}: choose one of these lines.")
    if notice.code == "alternative_services":
        codes = ", ".join(notice.options)
        return (f"Layanan {codes} adalah alternatif: pilih satu saja.",
                f"Services {codes} are alternatives: choose only one.")
    if notice.code == "no_line_applies":
        return (f"{service_name(notice.service_code)}: tidak ada tarif yang berlaku untuk profil ini; tanyakan "
                "ke loket.", f"{notice.service_code}: no fee line applies to this profile; ask at the desk.")
    return (f"{notice.service_code}: {notice.code}", "")


def profile_text(cat: Catalog, profile: ApplicantProfile) -> str:
    """The profile as printed on a quote, in Indonesian."""
    schemes = {s.code: s.name_id for s in cat.schemes}
    parts = [f"Skema: {schemes.get(profile.scheme.value, profile.scheme.value)}" if profile.scheme
             else "Skema: belum dipilih"]
    if profile.job is not None:
        parts.append(f"jabatan dibebaskan: {profile.job.value.replace('_', ' ')}")
    parts.append("CPMI pertama kali" if profile.first_time_cpmi else "bukan CPMI pertama kali")
    return " · ".join(parts)


def fee_quote_doc(ctx: ServiceContext, profile: ApplicantProfile, services: list[str], *,
                  chosen_optional: tuple[str, ...] = (), quantities: Mapping[str, int] | None = None,
                  applicant_name: str = "", officer: str = "", on: date | None = None):  # type: ignore[no-untyped-def]
    """The printable quote (plain data) for these services and choices, from the schedule in force."""
    from ltsa_desktop.printing.fee_quote import FeeQuoteDoc, QuoteDocLine, QuoteDocNotice, QuoteDocService
    from ltsa_desktop.services.office import office_info

    day = on or service_day(ctx.now(), ctx.tz_name)
    cat = current_catalog(ctx)
    result = resolve_fees(cat, services, profile, day, chosen_optional=chosen_optional, quantities=quantities)
    schedule = cat.schedule_in_force(day)
    labels = {ln.line_code: f"{ln.label_id} {format_money(ln.amount)}" for ln in schedule.lines}
    office = office_info(ctx)
    return FeeQuoteDoc(
        office_name=office.name, office_address=office.address, schedule_version=schedule.version,
        schedule_from=schedule.effective_from, on=day, issued_at=ctx.now(), tz_name=ctx.tz_name, officer=officer,
        applicant_name=applicant_name, profile_text=profile_text(cat, profile),
        services=tuple(QuoteDocService(code, cat.service(code).name_id, cat.service(code).name_en)
                       for code in dict.fromkeys(services)),
        lines=tuple(QuoteDocLine(ln.service_code, ln.label_id, ln.label_en, ln.amount, ln.payer.value,
                                 ln.legal_basis, ln.unverified, ln.note, ln.quantity, ln.unit_amount, ln.unit,
                                 ln.exempt_moved) for ln in result.lines),
        notices=tuple(QuoteDocNotice(*_notice_texts(cat, labels, n)) for n in result.notices))


def fee_quote_pdf(ctx: ServiceContext, profile: ApplicantProfile, services: list[str], *, layout: str = "A4",
                  chosen_optional: tuple[str, ...] = (), quantities: Mapping[str, int] | None = None,
                  applicant_name: str = "", officer: str = "") -> bytes:
    """The quote as PDF bytes on ``layout`` paper (A4, A5, 80mm, 58mm). Nothing is written."""
    from ltsa_desktop.printing.fee_quote import render_fee_quote

    doc = fee_quote_doc(ctx, profile, services, chosen_optional=chosen_optional, quantities=quantities,
                        applicant_name=applicant_name, officer=officer)
    return render_fee_quote(doc, layout)  # type: ignore[arg-type]


def demo_keys() -> tuple[str, bytes, str]:
    """The demo issuer (key id, private key, public key base64). For the demo office only."""
    folder = resources_dir() / "catalog"
    private = base64.b64decode((folder / "demo-issuer.key").read_text().strip())
    public = (folder / "demo-issuer.pub").read_text().strip()
    return "demo-issuer", private, public


def seed_demo_data(ctx: ServiceContext, admin: Actor) -> None:
    """Demo: trust the demo issuer key (so its signed bundles import) and install the seed if none is."""
    key_id, _private, public = demo_keys()
    trust_issuer_key(ctx, admin, key_id, public, "DEMO issuer – never trust this key in a real office")
    try:
        current_catalog(ctx)
    except NotFound:
        install_seed(ctx, admin)



def fee_poster_data(ctx: ServiceContext, lang: str = "id"):  # type: ignore[no-untyped-def]
    """Plain data for the poster and the public fee board, from the schedule in force today."""
    from ltsa_desktop.domain.formatting import format_date, format_datetime_local
    from ltsa_desktop.printing.fee_poster import FeePoster, PosterLine, PosterService
    from ltsa_desktop.services.office import office_info

    cat = current_catalog(ctx)
    today = service_day(ctx.now(), ctx.tz_name)
    schedule = cat.schedule_in_force(today)
    payer_text = {"employer": "ditanggung pemberi kerja", "government": "ditanggung pemerintah"}
    services = []
    for s in cat.services:
        lines = tuple(PosterLine(
            ln.label_id if lang == "id" else ln.label_en, ln.amount, ln.payer.value, ln.legal_basis, ln.unverified,
            (f"Jabatan dibebaskan (Perban 9/2020): {payer_text.get(ln.payer_if_exempt_job.value, '')}"
             if ln.payer_if_exempt_job else "") + (" · hanya CPMI pertama kali" if ln.first_time_cpmi_only else ""),
            ln.optional) for ln in schedule.lines_for(s.code))
        services.append(PosterService(s.code, s.name_id if lang == "id" else s.name_en, s.desk, s.time_standard,
                                      lines))
    return FeePoster(office_info(ctx).name, schedule.version, format_date(schedule.effective_from),
                     format_datetime_local(ctx.now(), ctx.tz_name), tuple(services))


def fee_poster_pdf(ctx: ServiceContext) -> bytes:
    from ltsa_desktop.printing.fee_poster import render_fee_poster

    return render_fee_poster(fee_poster_data(ctx))


def _fee_conditions(ln, schemes: dict[str, str]) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """When a fee line applies, in Indonesian (schemes, exempt jobs, first-time CPMI, choice, unit)."""
    payer_text = {"applicant": "dibayar pemohon", "employer": "ditanggung pemberi kerja",
                  "government": "ditanggung pemerintah", "free": "gratis"}
    out = []
    if ln.schemes:
        out.append("Skema: " + ", ".join(schemes.get(s.value, s.value) for s in sorted(ln.schemes)))
    if ln.payer_if_exempt_job is not None:
        out.append(f"Jabatan dibebaskan (Perban 9/2020): {payer_text[ln.payer_if_exempt_job.value]}")
    if ln.first_time_cpmi_only:
        out.append("Hanya CPMI pertama kali")
    if ln.not_first_time_only:
        out.append("Bukan CPMI pertama kali")
    if ln.unit:
        out.append(f"per {ln.unit}")
    if ln.optional:
        out.append("Pilihan" + (" (pilih salah satu)" if ln.choice_group else ""))
    if ln.note:
        out.append(ln.note)
    return tuple(out)


def service_standard_doc(ctx: ServiceContext, code: str, scheme: str | None = None):  # type: ignore[no-untyped-def]
    """The printable service standard (plain data) of one service: the checklist and fee lines in force today,
    every scheme shown, or filtered for ``scheme``. ValidationFailed for an unknown service or scheme."""
    from ltsa_desktop.domain.catalog import STANDARD_COMPONENTS, Scheme
    from ltsa_desktop.printing.service_standard import (
        ServiceStandardDoc,
        StandardFee,
        StandardRequirement,
        StandardStep,
    )
    from ltsa_desktop.services.office import office_info

    if scheme is not None and scheme not in {s.value for s in Scheme}:
        raise ValidationFailed({"scheme": FieldError("unknown_scheme", {"scheme": scheme})})
    cat = current_catalog(ctx)
    try:
        service = cat.service(code)
    except KeyError as exc:
        raise ValidationFailed({"services": FieldError("unknown_service", {"service": code})}) from exc
    day = service_day(ctx.now(), ctx.tz_name)
    schedule = cat.schedule_in_force(day)
    schemes = {s.code: s.name_id for s in cat.schemes}
    office = office_info(ctx)
    extra = tuple((name_id, name_en, str(getattr(service, attr))) for key, name_id, name_en, attr in STANDARD_COMPONENTS
                  if key in ("sarana", "kompetensi", "pengawasan", "jumlah_pelaksana", "jaminan_pelayanan",
                             "jaminan_keamanan", "evaluasi") and attr and getattr(service, attr))
    return ServiceStandardDoc(
        office_name=office.name, office_address=office.address or "", code=service.code, name_id=service.name_id,
        name_en=service.name_en, desk=service.desk, agency=service.agency, product=service.product,
        time_standard=service.time_standard, legal_basis=service.legal_basis,
        complaint_channel=service.complaint_channel, scheme_label=schemes.get(scheme, scheme) if scheme else "",
        requirements=tuple(StandardRequirement(r.label_id, r.label_en, r.mandatory,
                                               tuple(schemes.get(s.value, s.value) for s in sorted(r.schemes)),
                                               r.note)
                           for r in service.requirements if r.applies_to(scheme)),
        steps=tuple(StandardStep(p.name_id, p.name_en, p.days, p.note) for p in service.procedure),
        fees=tuple(StandardFee(ln.label_id, ln.label_en, ln.amount, ln.payer.value, ln.legal_basis, ln.unverified,
                               _fee_conditions(ln, schemes))
                   for ln in schedule.lines_for(service.code)
                   if scheme is None or not ln.schemes or scheme in ln.schemes),
        extra=extra, schedule_version=schedule.version, schedule_from=schedule.effective_from,
        printed_at=ctx.now(), tz_name=ctx.tz_name)


def service_standard_pdf(ctx: ServiceContext, code: str, scheme: str | None = None) -> bytes:
    """The service standard (maklumat) of ``code`` as A4 PDF bytes. Nothing is written."""
    from ltsa_desktop.printing.service_standard import render_service_standard

    return render_service_standard(service_standard_doc(ctx, code, scheme))
