"""Applicant registration, duplicates and search.

An NIK is never reissued, so a date or sex in it that disagrees with what was entered is a warning, never a
refusal. Every save checks the version the form was loaded at: saving over another counter's change is refused
with ``StaleRecord`` and nothing is overwritten.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import asdict, dataclass, fields
from datetime import date

from sqlalchemy import literal_column, or_, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ltsa_desktop.domain.errors import FieldError, InvalidState, NotFound, ValidationFailed
from ltsa_desktop.domain.regencies import REGENCIES, check_address_region
from ltsa_desktop.domain.roles import STAFF_AND_UP
from ltsa_desktop.services.context import Actor, OpResult, ServiceContext
from ltsa_desktop.storage.models.applicants import Applicant, Case
from ltsa_desktop.storage.models.queue import Ticket
from ltsa_desktop.storage.name_index import has_name_index

AREA = "applicants"
SCHEMES = ("p_to_p", "g_to_g", "perseorangan", "sp2t")
EDUCATION = ("tidak_sekolah", "sd", "smp", "sma", "smk", "d1_d3", "s1", "s2_s3")
MARITAL = ("belum_kawin", "kawin", "cerai_hidup", "cerai_mati")
PERMISSION_FROM = ("suami", "istri", "orang_tua", "wali", "")
NIK_REGENCY_UNKNOWN = "nik_regency_unknown"
"""Warning: the NIK's regency digits are not a current regency code (never a refusal; an NIK is not reissued)."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PASSPORT = re.compile(r"^[A-Z]{1,2}\d{6,8}$")


def fold(text: str) -> str:
    """Accent- and case-insensitive form for search: NFKD, no combining marks, casefolded, spaces squeezed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


@dataclass(frozen=True)
class ApplicantInput:
    nik: str
    full_name: str
    birth_date: date | None
    sex: str
    birth_place: str = ""
    address: str = ""
    province_code: str = ""
    regency_code: str = ""
    phone: str = ""
    email: str = ""
    education: str = ""
    marital_status: str = ""
    family_permission_from: str = ""
    family_permission_acknowledged: bool = False
    destination_country: str = ""
    job_position: str = ""
    exempt_job: str | None = None
    scheme: str = ""
    p3mi_name: str = ""
    passport_number: str = ""
    first_time_cpmi: bool = True


@dataclass(frozen=True)
class ApplicantRow:
    id: str
    version: int
    nik: str
    full_name: str
    birth_date: date
    sex: str
    phone: str
    passport_number: str
    scheme: str
    exempt_job: str | None
    first_time_cpmi: bool
    nik_warnings: tuple[str, ...]
    data: ApplicantInput


def _row(a: Applicant) -> ApplicantRow:
    data = ApplicantInput(**{f.name: getattr(a, f.name) for f in fields(ApplicantInput)})
    warnings = tuple(w for w in a.nik_warnings.split(",") if w)
    return ApplicantRow(a.id, a.version, a.nik, a.full_name, a.birth_date, a.sex, a.phone, a.passport_number,
                        a.scheme, a.exempt_job, a.first_time_cpmi, warnings, data)


def _text(fields_: dict[str, FieldError], name: str, value: str, *, required: bool = False,
          max_len: int = 200) -> str:
    value = value.strip()
    if required and not value:
        fields_[name] = FieldError("required")
    elif len(value) > max_len:
        fields_[name] = FieldError("too_long", {"max": max_len})
    elif _CONTROL.search(value):
        fields_[name] = FieldError("control_characters")
    return unicodedata.normalize("NFC", value)


def validate(data: ApplicantInput, today: date) -> tuple[dict[str, object], list[FieldError]]:
    """Check a registration form. Returns clean values and warnings, or raises ``ValidationFailed``."""
    from ltsa_desktop.domain.nik import NikError, parse_nik
    from ltsa_desktop.domain.phone import PhoneError, normalize_phone

    errors: dict[str, FieldError] = {}
    warnings: list[FieldError] = []
    clean: dict[str, object] = {}
    clean["full_name"] = _text(errors, "full_name", data.full_name, required=True)
    for name, max_len in (("birth_place", 100), ("address", 500), ("destination_country", 60),
                          ("job_position", 120), ("p3mi_name", 200)):
        clean[name] = _text(errors, name, getattr(data, name), max_len=max_len)
    if data.birth_date is None:
        errors["birth_date"] = FieldError("required")
    elif data.birth_date > today:
        errors["birth_date"] = FieldError("date_in_future")
    elif data.birth_date.year < 1900:
        errors["birth_date"] = FieldError("date_too_old")
    if data.sex not in ("M", "F"):
        errors["sex"] = FieldError("required")
    nik = re.sub(r"\s", "", data.nik)
    try:
        info = parse_nik(nik, birth_date=data.birth_date if "birth_date" not in errors else None,
                         sex=data.sex if data.sex in ("M", "F") else None)
        clean["nik"] = info.nik
        warnings.extend(FieldError(code, warning=True) for code in info.warnings)
        if info.regency_code not in REGENCIES:  # the soft region check of DOMAIN.md §3.1: an older code, perhaps
            warnings.append(FieldError(NIK_REGENCY_UNKNOWN, warning=True))
    except NikError as exc:
        errors["nik"] = FieldError(exc.code)
    clean["phone"] = ""
    if data.phone.strip():
        try:
            clean["phone"] = normalize_phone(data.phone).e164
        except PhoneError as exc:
            errors["phone"] = FieldError(getattr(exc, "code", "phone_invalid"))
    email = data.email.strip()
    if email and not _EMAIL.match(email):
        errors["email"] = FieldError("email_invalid")
    clean["email"] = email
    passport = data.passport_number.strip().upper()
    if passport and not _PASSPORT.match(passport):
        errors["passport_number"] = FieldError("passport_invalid")
    clean["passport_number"] = passport
    for name, allowed in (("scheme", SCHEMES), ("education", EDUCATION), ("marital_status", MARITAL),
                          ("family_permission_from", PERMISSION_FROM)):
        value = getattr(data, name)
        if value and value not in allowed:
            errors[name] = FieldError("choice_invalid")
        clean[name] = value
    if data.exempt_job:
        from ltsa_desktop.domain.catalog import ExemptJob

        if data.exempt_job not in {j.value for j in ExemptJob}:
            errors["exempt_job"] = FieldError("choice_invalid")
    clean["exempt_job"] = data.exempt_job or None
    for name, code in check_address_region(data.province_code, data.regency_code).items():
        errors[name] = FieldError(code)
    for name in ("province_code", "regency_code", "family_permission_acknowledged", "first_time_cpmi",
                 "birth_date", "sex"):
        clean[name] = getattr(data, name)
    if errors:
        for w in warnings:
            errors.setdefault("nik", w)
        raise ValidationFailed(errors)
    clean["search_name"] = fold(str(clean["full_name"]))
    clean["nik_warnings"] = ",".join(w.code for w in warnings)
    return clean, warnings


def find_by_nik(ctx: ServiceContext, nik: str) -> ApplicantRow | None:
    with ctx.read() as session:
        a = session.execute(select(Applicant).where(Applicant.office_id == ctx.office_id,
                                                    Applicant.nik == re.sub(r"\s", "", nik))).scalars().first()
        return _row(a) if a else None


def similar_applicants(ctx: ServiceContext, full_name: str, birth_date: date, *, limit: int = 5) -> list[ApplicantRow]:
    """People with the same birth date and a similar name: shown before a new record is made."""
    target = fold(full_name)
    with ctx.read() as session:
        same_day = session.execute(select(Applicant).where(Applicant.office_id == ctx.office_id,
                                                           Applicant.birth_date == birth_date)).scalars().all()
    scored = [(difflib.SequenceMatcher(None, target, a.search_name).ratio(), a) for a in same_day]
    return [_row(a) for score, a in sorted(scored, key=lambda s: -s[0]) if score >= 0.75][:limit]


def register_applicant(ctx: ServiceContext, actor: Actor, data: ApplicantInput) -> OpResult:
    """Register a new applicant. The same NIK is refused with ``duplicate_nik`` naming the existing record."""
    clean, warnings = validate(data, _today(ctx))
    with ctx.write(actor, "register_applicant", roles=STAFF_AND_UP) as uow:
        existing = uow.session.execute(select(Applicant.id).where(
            Applicant.office_id == ctx.office_id, Applicant.nik == clean["nik"])).scalar()
        if existing:
            raise InvalidState("duplicate_nik", "an applicant with this NIK exists", applicant_id=existing)
        applicant = uow.add(Applicant(**clean))
        uow.audit(entity="applicant", entity_id=applicant.id, warnings=[w.code for w in warnings])
        uow.changed(AREA)
        return uow.result(_row(applicant))


def update_applicant(ctx: ServiceContext, actor: Actor, applicant_id: str, expected_version: int,
                     data: ApplicantInput) -> OpResult:
    clean, warnings = validate(data, _today(ctx))
    with ctx.write(actor, "update_applicant", roles=STAFF_AND_UP) as uow:
        applicant = uow.session.get(Applicant, applicant_id)
        if applicant is None:
            raise NotFound(message="applicant not found")
        if clean["nik"] != applicant.nik:
            clash = uow.session.execute(select(Applicant.id).where(
                Applicant.office_id == ctx.office_id, Applicant.nik == clean["nik"])).scalar()
            if clash:
                raise ValidationFailed({"nik": FieldError("duplicate_nik")})
        before = {k: getattr(applicant, k) for k in clean}
        for key, value in clean.items():
            setattr(applicant, key, value)
        uow.update(applicant, expected_version)
        changed = sorted(k for k in clean if before[k] != clean[k] and k != "search_name")
        uow.audit(entity="applicant", entity_id=applicant.id, fields=changed)
        uow.changed(AREA)
        return uow.result(_row(applicant))


def get_applicant(ctx: ServiceContext, applicant_id: str) -> ApplicantRow:
    with ctx.read() as session:
        a = session.get(Applicant, applicant_id)
        if a is None:
            raise NotFound(message="applicant not found")
        return _row(a)


def search_applicants(ctx: ServiceContext, query: str, *, limit: int = 50) -> list[ApplicantRow]:
    """By NIK, passport, phone, ticket number (today), case number, or a part of the name (any accents/case).

    Name matches come in name order; the others newest first."""
    q = query.strip()
    if not q:
        return recent_applicants(ctx, limit=limit)
    with ctx.read() as session:
        base = select(Applicant).where(Applicant.office_id == ctx.office_id)
        compact = re.sub(r"[\s-]", "", q)
        if re.fullmatch(r"\d{16}", compact):
            stmt = base.where(Applicant.nik == compact)
        elif re.fullmatch(r"[A-Za-z]{1,2}-?\d{1,4}", q):
            from ltsa_desktop.services.queue import today

            number = q.upper() if "-" in q else f"{q[0].upper()}-{int(q[1:]):03d}"
            ids = session.execute(select(Ticket.applicant_id).where(
                Ticket.office_id == ctx.office_id, Ticket.service_day == today(ctx), Ticket.number == number)).scalars()
            stmt = base.where(Applicant.id.in_([i for i in ids if i]))
        elif _PASSPORT.match(compact.upper()):
            stmt = base.where(Applicant.passport_number == compact.upper())
        elif re.fullmatch(r"\+?\d{8,15}", compact):
            from ltsa_desktop.domain.phone import PhoneError, normalize_phone

            try:
                phone = normalize_phone(compact).e164
            except PhoneError:
                phone = compact
            stmt = base.where(or_(Applicant.phone == phone, Applicant.nik.like(f"{compact}%")))
        elif re.fullmatch(r"[A-Z0-9]+-[A-Z]+-\d{4}-\d+", q.upper()):
            ids = session.execute(select(Case.applicant_id).where(Case.number == q.upper())).scalars()
            stmt = base.where(Applicant.id.in_(list(ids)))
        else:
            return [_row(a) for a in _search_by_name(session, ctx.office_id, fold(q), limit)]
        rows = session.execute(stmt.order_by(Applicant.updated_at.desc()).limit(limit)).scalars().all()
        return [_row(a) for a in rows]


# A name fragment of at least this many characters is looked up in the trigram index ``applicant_fts``
# (migration 0013, SQLite only); shorter ones cannot be (the index holds three-character runs).
_TRIGRAM = 3
# Up to this many index matches the matching rows are read and sorted; with more, walking the name index finds
# ``limit`` of them early (on average after reading about ``limit / matches`` of all names).
_FEW_MATCHES = 500


def _like_pattern(folded: str) -> str:
    """``%fragment%`` for ``LIKE … ESCAPE '\\'`` with the fragment's own ``\\``, ``%`` and ``_`` taken literally."""
    return "%" + folded.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"


def _fts_phrase(folded: str) -> str:
    """The fragment as one FTS5 string (double quotes doubled), so none of it is read as query syntax."""
    return '"' + folded.replace('"', '""') + '"'


def _search_by_name(session: Session, office_id: str, folded: str, limit: int, *,
                    use_index: bool = True) -> list[Applicant]:
    """Applicants of ``office_id`` whose folded name contains ``folded``, in name order, at most ``limit``.

    Two ways to the same rows. Walking the name index in name order and stopping at ``limit`` matches tests the
    fragment on the index entries, so only matching rows are read (``office_id || ''`` keeps the planner from
    preferring the office index and sorting afterwards); but a fragment that few names have makes it read every
    name. So a fragment of three or more characters first asks the trigram index how many names have it: none
    means no rows; fewer than ``_FEW_MATCHES``, just those rows are read and sorted. The LIKE test stays on
    either way (the index only narrows the rows), and on SQLite ties in the name are broken by rowid, the name
    index's own order, so both ways give the same list. ``use_index=False`` forces the walk (tests compare the
    two). ``storage.name_index`` checks and rebuilds the index.
    """
    like = Applicant.search_name.like(_like_pattern(folded), escape="\\")
    stmt = select(Applicant).where(Applicant.office_id.concat("") == office_id, like)
    sqlite = session.get_bind().dialect.name == "sqlite"
    if use_index and len(folded) >= _TRIGRAM and has_name_index(session):
        matching = text("SELECT rowid FROM applicant_fts WHERE applicant_fts MATCH :phrase").bindparams(
            phrase=_fts_phrase(folded))
        try:
            found = session.execute(text(
                "SELECT count(*) FROM (SELECT rowid FROM applicant_fts WHERE applicant_fts MATCH :phrase LIMIT :cap)"),
                {"phrase": _fts_phrase(folded), "cap": _FEW_MATCHES}).scalar_one()
        except OperationalError as exc:  # the file has the index but this SQLite lacks FTS5 or trigram: walk
            if "no such" not in str(exc):
                raise
            found = _FEW_MATCHES
        if found == 0:  # every name with the fragment has its three-character runs in the index
            return []
        if found < _FEW_MATCHES:
            stmt = stmt.where(literal_column("applicant.rowid").in_(matching.columns(literal_column("rowid"))))
    stmt = stmt.order_by(Applicant.search_name)
    if sqlite:
        stmt = stmt.order_by(literal_column("applicant.rowid"))
    return list(session.execute(stmt.limit(limit)).scalars().all())


def recent_applicants(ctx: ServiceContext, *, limit: int = 20) -> list[ApplicantRow]:
    with ctx.read() as session:
        rows = session.execute(select(Applicant).where(Applicant.office_id == ctx.office_id)
                               .order_by(Applicant.updated_at.desc()).limit(limit)).scalars().all()
        return [_row(a) for a in rows]


def link_ticket(ctx: ServiceContext, actor: Actor, ticket_id: str, applicant_id: str) -> OpResult:
    """Record whom the counter served on a ticket (used for search by ticket number)."""
    with ctx.write(actor, "link_ticket_applicant", roles=STAFF_AND_UP) as uow:
        ticket = uow.session.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound(message="ticket not found")
        ticket.applicant_id = applicant_id
        uow.update(ticket)
        uow.audit(entity="ticket", entity_id=ticket_id, applicant_id=applicant_id)
        uow.changed(AREA, "queue")
        return uow.result()


def _today(ctx: ServiceContext) -> date:
    from ltsa_desktop.domain.calendar import service_day

    return service_day(ctx.now(), ctx.tz_name)


def as_dict(data: ApplicantInput) -> dict[str, object]:
    return asdict(data)


_FIRST = ("Siti", "Dewi", "Ani", "Rina", "Sri", "Nur", "Lestari", "Wati", "Budi", "Agus", "Joko", "Eko", "Rudi",
          "Ahmad", "Muhammad", "Yuni", "Tuti", "Ratna", "Indah", "Putri", "Fitri", "Dian", "Hendra", "Wahyu")
_LAST = ("Rahayu", "Suryani", "Lestari", "Hidayat", "Saputra", "Wulandari", "Kusuma", "Pratama", "Handayani",
         "Santoso", "Nurhaliza", "Setiawati", "Maulana", "Susanti", "Ramadhani", "Permata", "Hartono", "Fauziah")


def seed_demo_data(ctx: ServiceContext, admin: Actor) -> None:
    """Demo: a few hundred applicants (valid NIKs of the office's regency), cases in every state, complaints
    and non-procedural records. Deterministic."""
    import random
    from datetime import timedelta

    from ltsa_desktop.services import cases, complaints
    from ltsa_desktop.storage.models.core import Staff

    rng = random.Random(20)
    with ctx.read() as session:
        staff = session.execute(select(Staff).where(Staff.role == "counter_staff")).scalars().first()
        office_regency = session.execute(select(Applicant.id)).first()
    if staff is None or office_regency is not None:
        return
    actor = Actor(staff.id, staff.username, staff.full_name, admin.role.__class__(staff.role))
    today = _today(ctx)
    jobs = [None, None, "pengurus_rumah_tangga", "pengasuh_lansia", "awak_kapal_perikanan_migran", None]
    made = []
    for i in range(240):
        female = rng.random() < 0.7
        born = date(rng.randint(1975, 2006), rng.randint(1, 12), rng.randint(1, 28))
        day = born.day + (40 if female else 0)
        nik = f"3212{rng.randint(1, 31):02d}{day:02d}{born.month:02d}{born.year % 100:02d}{i + 1:04d}"
        first = rng.choice(_FIRST[:8] if female else _FIRST[8:])
        data = ApplicantInput(
            nik=nik, full_name=f"{first} {rng.choice(_LAST)}", birth_date=born, sex="F" if female else "M",
            birth_place="Indramayu", address=f"Desa {rng.choice(['Sukra', 'Losarang', 'Kandanghaur', 'Juntinyuat'])}",
            province_code="32", regency_code="3212", phone=f"08{rng.choice([12, 13, 52, 57, 77, 81])}{rng.randint(10_000_000, 99_999_999)}",
            scheme=rng.choice(["p_to_p", "p_to_p", "p_to_p", "sp2t", "perseorangan", "g_to_g"]),
            destination_country=rng.choice(["Taiwan", "Hong Kong", "Malaysia", "Singapura", "Korea Selatan", "Jepang"]),
            job_position=rng.choice(["Pengasuh lansia", "Pekerja pabrik", "Perawat", "ABK perikanan", "Asisten rumah tangga"]),
            exempt_job=rng.choice(jobs), first_time_cpmi=rng.random() < 0.8)
        try:
            made.append(register_applicant(ctx, actor, data).value)
        except (ValidationFailed, InvalidState):
            continue
    states = ["received", "in_process", "ready", "handed_over", "rejected", "withdrawn"]
    for person in made[:120]:
        if (today.year - person.birth_date.year) < 19:
            continue
        opened = cases.open_cases(ctx, actor, person.id, [rng.choice(["NAK-01", "POL-01", "IMI-01", "JST-01",
                                                                       "KES-01", "BPM-01"])]).value
        target = rng.choice(states)
        case = opened[0]
        if target == "received":
            continue
        if target in ("rejected", "withdrawn"):
            cases.set_status(ctx, actor, case.id, target, case.version, reason="dokumen tidak lengkap (demo)")
            continue
        cases.set_status(ctx, actor, case.id, "in_process", case.version)
        if target == "in_process":
            continue
        for req_id, _code, _label, mandatory, _state in cases.get_case(ctx, case.id).requirements:
            if mandatory:
                cases.set_requirement(ctx, actor, req_id, "verified")
        current = cases.get_case(ctx, case.id)
        cases.set_status(ctx, actor, case.id, "ready", current.version)
        if target == "handed_over":
            current = cases.get_case(ctx, case.id)
            cases.set_status(ctx, actor, case.id, "handed_over", current.version)
    for i in range(6):
        complaints.file_complaint(ctx, actor, channel=rng.choice(["counter", "phone"]),
                                  complainant_type=rng.choice(["pmi", "family"]),
                                  complainant_name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                                  complainant_contact="0812-0000-0000", category=rng.choice(complaints.CATEGORIES),
                                  subject=["Gaji tidak dibayar", "Paspor ditahan agensi", "Dimintai biaya oleh calo",
                                           "Kontrak berbeda dengan janji", "Sakit di negara tujuan",
                                           "Antrean terlalu lama"][i],
                                  chronology="Contoh pengaduan untuk demo.", file_complete=i % 2 == 0)
    for i in range(3):
        complaints.record_nonprocedural(
            ctx, actor, person_name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            prevented_at_place=["airport", "seaport", "border"][i], prevented_location=[
                "Bandara Soekarno-Hatta", "Pelabuhan Dumai", "PLBN Entikong"][i], prevented_by="imigrasi",
            prevented_on=today - timedelta(days=3 + i), intended_destination="Malaysia",
            tppo_indicators=["tourist_visa_for_work", "unlicensed_recruiter"][: i + 1])
