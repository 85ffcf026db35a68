"""Office setup (first-run wizard and ``ltsa-admin init``), this PC's device identity, office settings.

The device identity lives in ``device.json`` in the data directory, because several PCs of one office may
share one PostgreSQL database and each must write as itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ltsa_desktop.domain.errors import FieldError, InvalidState, NotFound, ValidationFailed
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.domain.roles import ADMINS, Role
from ltsa_desktop.services.auth import hash_password, validate_new_staff
from ltsa_desktop.services.context import Actor, OpResult, ServiceContext, utcnow
from ltsa_desktop.storage.audit import append_audit
from ltsa_desktop.storage.chain import canonical_json
from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.models.core import Counter, Device, Office, OfficeSetting, Staff
from ltsa_desktop.storage.outbox import append_outbox

OFFICE_CODE_RE = re.compile(r"^[A-Z0-9]{2,12}$")


def _timezone_for_province(code: str) -> str:
    from ltsa_desktop.domain import regions

    return regions.timezone_for_province(code)


def _province_known(code: str) -> bool:
    from ltsa_desktop.domain import regions

    return code in regions.PROVINCES


@dataclass(frozen=True)
class OfficeSetup:
    code: str
    name: str
    province_code: str
    regency_code: str
    address: str
    counters: tuple[str, ...]
    admin_username: str
    admin_full_name: str
    admin_password: str
    device_name: str = "PC-1"
    is_demo: bool = False

    def validate(self) -> None:
        fields: dict[str, FieldError] = {}
        if not OFFICE_CODE_RE.match(self.code):
            fields["code"] = FieldError("office_code_invalid")
        if not self.name.strip():
            fields["name"] = FieldError("required")
        if not _province_known(self.province_code):
            fields["province_code"] = FieldError("province_unknown")
        if not re.fullmatch(r"\d{4}", self.regency_code) or not self.regency_code.startswith(self.province_code):
            fields["regency_code"] = FieldError("regency_invalid")
        if not self.counters or any(not c.strip() for c in self.counters):
            fields["counters"] = FieldError("counters_required")
        try:
            validate_new_staff(self.admin_username, self.admin_full_name, self.admin_password, Role.ADMIN.value)
        except ValidationFailed as exc:
            fields.update({f"admin_{k}": v for k, v in exc.fields.items()})
        if fields:
            raise ValidationFailed(fields)


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: str
    office_id: str


def read_device_identity(path: Path) -> DeviceIdentity | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return DeviceIdentity(device_id=data["device_id"], office_id=data["office_id"])


def write_device_identity(path: Path, identity: DeviceIdentity) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"device_id": identity.device_id, "office_id": identity.office_id}), "utf-8")
    tmp.replace(path)


def office_exists(db: Database) -> bool:
    with db.read() as session:
        return session.execute(select(func.count()).select_from(Office)).scalar_one() > 0


def _next_device_code(session: Any, office_id: str) -> str:
    codes = set(session.execute(select(Device.code).where(Device.office_id == office_id)).scalars())
    n = 1
    while f"K{n:02d}" in codes:
        n += 1
    return f"K{n:02d}"


def setup_office(db: Database, setup: OfficeSetup, device_file: Path, *, clock: Any = utcnow) -> DeviceIdentity:
    """Create the office, this device, its counters and the first administrator, in one transaction."""
    setup.validate()
    if office_exists(db):
        raise InvalidState(message="this database already has an office")
    now = clock()
    office_id, device_id = new_id(), new_id()
    with db.write() as session:
        office = Office(id=office_id, office_id=office_id, device_id=device_id, version=1, created_at=now,
                        updated_at=now, code=setup.code, name=setup.name.strip(),
                        province_code=setup.province_code, regency_code=setup.regency_code,
                        tz_name=_timezone_for_province(setup.province_code), address=setup.address.strip(),
                        is_demo=setup.is_demo)
        device = Device(id=device_id, office_id=office_id, device_id=device_id, version=1, created_at=now,
                        updated_at=now, code="K01", name=setup.device_name)
        session.add_all([office, device])
        session.flush()
        records: list[Any] = [office, device]
        for number, name in enumerate(setup.counters, start=1):
            records.append(Counter(office_id=office_id, device_id=device_id, version=1, created_at=now,
                                   updated_at=now, number=number, name=name.strip()))
        admin = Staff(office_id=office_id, device_id=device_id, version=1, created_at=now, updated_at=now,
                      username=setup.admin_username.strip(), full_name=setup.admin_full_name.strip(),
                      role=Role.ADMIN.value, password_hash=hash_password(setup.admin_password), active=True,
                      failed_signins=0)
        records.append(admin)
        session.add_all(records[2:])
        session.flush()
        for record in records:
            append_outbox(session, record, device_id=device_id, at=now)
        append_audit(session, at=now, action="office_setup", office_id=office_id, device_id=device_id,
                     actor_id=admin.id, actor_name=admin.username, entity="office", entity_id=office_id,
                     details={"code": setup.code, "counters": len(setup.counters)})
    identity = DeviceIdentity(device_id=device_id, office_id=office_id)
    write_device_identity(device_file, identity)
    _install_seed_catalog(db, device_file, clock)
    return identity


def _install_seed_catalog(db: Database, device_file: Path, clock: Any) -> None:
    """A new office starts with the catalog shipped with the program."""
    from ltsa_desktop.services import catalog
    from ltsa_desktop.services.context import SYSTEM_ACTOR

    catalog.install_seed(open_context(db, device_file, clock=clock), SYSTEM_ACTOR)


def register_device(db: Database, device_file: Path, name: str, *, clock: Any = utcnow) -> DeviceIdentity:
    """Join an existing office database (office LAN) as a new device with the next free code."""
    now = clock()
    with db.write() as session:
        office = session.execute(select(Office)).scalars().first()
        if office is None:
            raise NotFound(message="no office in this database; run setup first")
        device = Device(office_id=office.id, version=1, created_at=now, updated_at=now,
                        code=_next_device_code(session, office.id), name=name)
        device.id = new_id()
        device.device_id = device.id
        session.add(device)
        session.flush()
        append_outbox(session, device, device_id=device.id, at=now)
        append_audit(session, at=now, action="register_device", office_id=office.id, device_id=device.id,
                     actor_id=None, actor_name="system", entity="device", entity_id=device.id,
                     details={"code": device.code, "name": name})
    identity = DeviceIdentity(device_id=device.id, office_id=office.id)
    write_device_identity(device_file, identity)
    return identity


def open_context(db: Database, device_file: Path, *, data_dir: Path | None = None,
                 clock: Any = utcnow) -> ServiceContext:
    """Build the service context for this PC. Registers the PC as a new device if it has none yet."""
    identity = read_device_identity(device_file)
    with db.read() as session:
        office = session.execute(select(Office)).scalars().first()
        if office is None:
            raise NotFound("office_missing", "no office configured")
        device = session.get(Device, identity.device_id) if identity else None
    if identity is None or device is None or identity.office_id != office.id:
        identity = register_device(db, device_file, "PC", clock=clock)
        with db.read() as session:
            device = session.get(Device, identity.device_id)
    assert device is not None
    return ServiceContext(db=db, office_id=office.id, office_code=office.code, device_id=device.id,
                          device_code=device.code, tz_name=office.tz_name, data_dir=data_dir, clock=clock)


@dataclass(frozen=True)
class OfficeInfo:
    id: str
    code: str
    name: str
    province_code: str
    regency_code: str
    tz_name: str
    address: str
    is_demo: bool
    counters: tuple[tuple[str, int, str, bool], ...] = field(default=())


def office_info(ctx: ServiceContext) -> OfficeInfo:
    with ctx.db.read() as session:
        office = session.get(Office, ctx.office_id)
        if office is None:
            raise NotFound(message="office missing")
        counters = tuple((c.id, c.number, c.name, c.active) for c in session.execute(
            select(Counter).where(Counter.office_id == office.id).order_by(Counter.number)).scalars())
        return OfficeInfo(office.id, office.code, office.name, office.province_code, office.regency_code,
                          office.tz_name, office.address, office.is_demo, counters)


def get_office_setting(ctx: ServiceContext, key: str, default: Any = None) -> Any:
    with ctx.db.read() as session:
        row = session.get(OfficeSetting, key)
        return default if row is None else json.loads(row.value_json)


def set_office_setting(ctx: ServiceContext, actor: Actor, key: str, value: Any) -> OpResult:
    with ctx.write(actor, "set_office_setting", roles=ADMINS) as uow:
        row = uow.session.get(OfficeSetting, key)
        old = None if row is None else json.loads(row.value_json)
        if row is None:
            row = OfficeSetting(key=key, value_json="null", updated_at=uow.now)
            uow.session.add(row)
        row.value_json = canonical_json(value)
        row.updated_at = uow.now
        row.updated_by = actor.staff_id
        uow.audit(entity="office_setting", key=key, old=old, new=value)
        uow.changed("settings")
        return uow.result(value)


def add_counter(ctx: ServiceContext, actor: Actor, name: str) -> OpResult:
    if not name.strip():
        raise ValidationFailed({"name": FieldError("required")})
    with ctx.write(actor, "add_counter", roles=ADMINS) as uow:
        top = uow.session.execute(select(func.max(Counter.number)).where(Counter.office_id == ctx.office_id)
                                  ).scalar() or 0
        counter = uow.add(Counter(number=top + 1, name=name.strip(), active=True))
        uow.audit(entity="counter", entity_id=counter.id, number=counter.number)
        uow.changed("counters")
        return uow.result(counter.id)


def backup_now(ctx: ServiceContext, *, generations: int = 24, second_dir: Path | None = None) -> Path | None:
    """An online backup of this office's SQLite database (None on PostgreSQL: use pg_dump on the server)."""
    from ltsa_desktop.storage.backup import make_backup
    from ltsa_desktop.storage.migrate import sqlite_file

    path = sqlite_file(ctx.db)
    if path is None or ctx.data_dir is None:
        return None
    return make_backup(path, ctx.data_dir / "backups", generations=generations, second_dir=second_dir)
