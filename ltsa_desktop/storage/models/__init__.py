"""All mapped tables. Importing this package registers every model on ``Base.metadata``.

One module per area; each area's tables come with the migration of its slot in the ladder
(0002 catalog, 0003 queue, 0004 applicants and cases, 0005 payments, 0006 sync state, …).
"""

from ltsa_desktop.storage.models import (  # noqa: F401
    applicants,
    catalog,
    jobs,
    payments,
    queue,
    survey,
    sync,
)
from ltsa_desktop.storage.models.core import (
    AuditEntry,
    ChainHead,
    Counter,
    Device,
    Office,
    OfficeSetting,
    Outbox,
    SeriesCounter,
    Staff,
)

__all__ = [
    "AuditEntry", "ChainHead", "Counter", "Device", "Office", "OfficeSetting", "Outbox", "SeriesCounter", "Staff",
]
