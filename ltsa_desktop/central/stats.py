"""What the centre holds for one office: records per entity, each device's marks and gaps, quarantine.

Read-only, any thread. The numbers are what an operator compares with the office's own counts
(``ltsa-admin`` reports the same per entity): equal counts and no gaps mean everything arrived exactly once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ltsa_desktop.central.apply import gaps_of
from ltsa_desktop.central.db import CentralDB
from ltsa_desktop.central.errors import CentralError
from ltsa_desktop.central.models import (
    CatalogBundle,
    CentralDevice,
    CentralOffice,
    CentralRecord,
    Conflict,
    DeviceMark,
    DeviceRange,
    VacancyListBundle,
)

MAX_CONFLICTS_LISTED = 100


def office_stats(db: CentralDB, office_code: str) -> dict[str, Any]:
    with db.read() as s:
        office = s.execute(select(CentralOffice).where(CentralOffice.code == office_code.strip().upper())
                           ).scalar_one_or_none()
        if office is None:
            raise CentralError("unknown_office", f"no office {office_code}", 404)
        oid = office.record_office_id or office.id
        versions = dict(s.execute(select(CentralRecord.entity, func.count()).where(
            CentralRecord.office_id == oid).group_by(CentralRecord.entity)).all())
        records = dict(s.execute(select(CentralRecord.entity, func.count(func.distinct(CentralRecord.record_id)))
                                 .where(CentralRecord.office_id == oid).group_by(CentralRecord.entity)
                                 ).all())
        devices = []
        for device in s.execute(select(CentralDevice).where(CentralDevice.office_id == office.id)
                                .order_by(CentralDevice.code)).scalars():
            high = s.execute(select(DeviceMark.high_water).where(DeviceMark.device_id == device.id)).scalar() or 0
            ranges = [(lo, hi) for lo, hi in s.execute(select(DeviceRange.lo, DeviceRange.hi).where(
                DeviceRange.device_id == device.id).order_by(DeviceRange.lo))]
            devices.append({"device_id": device.id, "code": device.code, "name": device.name,
                            "revoked": device.revoked, "high_water": high,
                            "highest_received": ranges[-1][1] if ranges else high,
                            "gaps": [list(g) for g in gaps_of(high, ranges)],
                            "last_seen_at": device.last_seen_at.isoformat() if device.last_seen_at else None})
        conflict_count = s.execute(select(func.count()).select_from(Conflict).where(Conflict.office_id == oid)
                                   ).scalar_one()
        conflicts = [{"entity": c.entity, "id": c.record_id, "version": c.version, "device_id": c.device_id,
                      "device_seq": c.device_seq, "received_at": c.received_at.isoformat()}
                     for c in s.execute(select(Conflict).where(Conflict.office_id == oid)
                                        .order_by(Conflict.id).limit(MAX_CONFLICTS_LISTED)).scalars()]
        catalog = s.execute(select(func.max(CatalogBundle.version))).scalar() or 0
        vacancy_list = s.execute(select(func.max(VacancyListBundle.version))).scalar() or 0
    return {"office": office.code, "name": office.name, "office_id": oid, "records": records,
            "record_versions": versions, "total_records": sum(records.values()),
            "total_versions": sum(versions.values()), "devices": devices,
            "conflicts": {"count": conflict_count, "items": conflicts}, "catalog_version": catalog,
            "vacancy_list_version": vacancy_list}
