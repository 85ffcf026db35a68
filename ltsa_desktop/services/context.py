"""What every service call needs: the database, who this device and office are, a clock, and who is acting.

Contract for every service function (DESIGN.md "Rules that hold everywhere"): one call = one transaction that
checks the actor's role, makes the change, appends a hash-chained audit entry and appends an outbox row per
changed synced record. ``ServiceContext.write`` provides exactly that; a refused role is audited in a
transaction of its own and raised as ``PermissionDenied``.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.errors import ApprovalRequired, InvalidState, PermissionDenied, StaleRecord
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.domain.roles import Role
from ltsa_desktop.storage.audit import append_audit
from ltsa_desktop.storage.base import SyncedMixin
from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.models.sync import DayClose
from ltsa_desktop.storage.outbox import append_outbox_many

T = TypeVar("T")
APPROVAL_MAX_AGE = timedelta(minutes=5)
# Synced records that belong to one service day (entity → the field that says which); see _check_closed_days.
DAY_FIELDS = {"ticket": "service_day", "ticket_event": "service_day", "counter_session": "service_day",
              "receipt": "issued_at", "cash_session": "opened_at", "cash_movement": "at"}
# (survey responses are not locked: an applicant may still rate a ticket after the supervisor closed its day)
_DAY_CLOSES = select(DayClose.service_day, DayClose.reopened_at).where(
    DayClose.office_id == bindparam("office_id"), DayClose.service_day.in_(bindparam("days", expanding=True)))
_APPROVAL_KEY = secrets.token_bytes(32)  # approvals are only minted by services.auth in this process


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member on whose behalf a service acts."""

    staff_id: str
    username: str
    full_name: str
    role: Role


SYSTEM_ACTOR = Actor(staff_id="", username="system", full_name="Sistem", role=Role.ADMIN)


@dataclass(frozen=True)
class Approval:
    """A supervisor's approval of one named action, given with their own credentials moments ago."""

    action: str
    supervisor_id: str
    supervisor_name: str
    approved_at: datetime
    token: str
    signature: str

    @staticmethod
    def _sign(action: str, supervisor_id: str, approved_at: datetime, token: str) -> str:
        msg = f"{action}|{supervisor_id}|{approved_at.isoformat()}|{token}".encode()
        return hmac.new(_APPROVAL_KEY, msg, "sha256").hexdigest()

    @classmethod
    def mint(cls, action: str, supervisor_id: str, supervisor_name: str, at: datetime) -> Approval:
        token = secrets.token_hex(8)
        return cls(action, supervisor_id, supervisor_name, at, token, cls._sign(action, supervisor_id, at, token))

    def is_valid_for(self, action: str, now: datetime) -> bool:
        good_sig = hmac.compare_digest(
            self.signature, self._sign(self.action, self.supervisor_id, self.approved_at, self.token))
        fresh = timedelta(0) <= now - self.approved_at <= APPROVAL_MAX_AGE
        return good_sig and fresh and self.action == action


@dataclass(frozen=True)
class Changes:
    """What a mutation changed, by area ("queue", "applicants", "payments", "catalog", "staff", …).

    Services return it; the UI's change bus carries it so each screen decides whether to redraw.
    """

    areas: frozenset[str] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas)

    def touches(self, *areas: str) -> bool:
        return bool(self.areas.intersection(areas))


@dataclass(frozen=True)
class OpResult:
    """A service result: the value the caller asked for and what changed."""

    value: Any
    changes: Changes


@dataclass
class ServiceContext:
    """The office, device and database a service call works on. Safe to share across threads."""

    db: Database
    office_id: str
    office_code: str
    device_id: str
    device_code: str
    tz_name: str
    data_dir: Path | None = None
    clock: Callable[[], datetime] = utcnow

    def now(self) -> datetime:
        return self.clock()

    def read(self):  # type: ignore[no-untyped-def]
        return self.db.read()

    def deny(self, actor: Actor, action: str, reason: str = "role") -> PermissionDenied:
        """Audit a refused action in its own transaction and return the error to raise."""
        with self.db.write() as session:
            append_audit(
                session, at=self.now(), action="permission_denied", office_id=self.office_id,
                device_id=self.device_id, actor_id=actor.staff_id or None, actor_name=actor.username,
                details={"attempted": action, "role": str(actor.role), "reason": reason},
            )
        return PermissionDenied(message=f"{actor.username} ({actor.role}) may not {action}", action=action)

    def check_role(self, actor: Actor, action: str, roles: frozenset[Role]) -> None:
        if actor.role not in roles:
            raise self.deny(actor, action)

    @contextmanager
    def write(
        self,
        actor: Actor,
        action: str,
        *,
        roles: frozenset[Role],
        approval: Approval | None = None,
        needs_approval: bool = False,
    ) -> Iterator[UnitOfWork]:
        """Check the role (and approval), then open one write transaction as a ``UnitOfWork``."""
        self.check_role(actor, action, roles)
        now = self.now()
        if needs_approval and (approval is None or not approval.is_valid_for(action, now)):
            raise ApprovalRequired(message=f"{action} needs a supervisor's approval", action=action)
        try:
            with self.db.write() as session:
                uow = UnitOfWork(self, session, actor, action, now, approval if needs_approval else None)
                yield uow
                uow.finish()
        except InvalidState as exc:
            if exc.code == "day_closed":  # the refusal is on record even though the change rolled back
                self._audit_day_closed(actor, action, exc)
            raise

    def _audit_day_closed(self, actor: Actor, action: str, exc: InvalidState) -> None:
        day = exc.params.get("day")
        with self.db.write() as session:
            append_audit(
                session, at=self.now(), action="day_closed_refused", office_id=self.office_id,
                device_id=self.device_id, actor_id=actor.staff_id or None, actor_name=actor.username,
                entity="service_day", entity_id=day.isoformat() if day else None, details={"attempted": action},
            )


class UnitOfWork:
    """One open write transaction on behalf of one actor. Add and update synced records through it."""

    def __init__(self, ctx: ServiceContext, session: Session, actor: Actor, action: str, now: datetime,
                 approval: Approval | None) -> None:
        self.ctx = ctx
        self.session = session
        self.actor = actor
        self.action = action
        self.now = now
        self.approval = approval
        self.audited = False
        self.areas: set[str] = set()
        self._touched: dict[str, SyncedMixin] = {}  # records to queue for sync, in first-touch order

    def add(self, record: T) -> T:
        """Insert a new synced record (id, office, device, version 1, timestamps) and queue it for sync."""
        assert isinstance(record, SyncedMixin)
        if not getattr(record, "id", None):
            record.id = new_id()
        if not getattr(record, "office_id", None):
            record.office_id = self.ctx.office_id
        record.device_id = self.ctx.device_id
        record.version = 1
        record.created_at = self.now
        record.updated_at = self.now
        self.session.add(record)
        self._touched[record.id] = record
        return record  # type: ignore[return-value]

    def update(self, record: T, expected_version: int | None = None) -> T:
        """Bump the version of a changed record and queue it for sync.

        ``expected_version`` is the version the user loaded; if someone saved meanwhile, ``StaleRecord``
        is raised and the whole transaction rolls back.
        """
        assert isinstance(record, SyncedMixin)
        if expected_version is not None and record.version != expected_version:
            raise StaleRecord(message="record changed since it was loaded", entity=type(record).__sync_entity__,
                              record_id=record.id, current_version=record.version)
        if record.id not in self._touched:  # one new version per record per transaction
            record.version += 1
            self._touched[record.id] = record
        record.updated_at = self.now
        return record  # type: ignore[return-value]

    def flush(self) -> None:
        """Write pending changes now (e.g. before a query that must see them)."""
        self.session.flush()

    def finish(self) -> None:
        """At commit: one outbox row per touched record (at its final version) and the audit entry."""
        self.session.flush()
        reopened = self._check_closed_days()
        append_outbox_many(self.session, list(self._touched.values()), device_id=self.ctx.device_id, at=self.now)
        self._touched.clear()
        if not self.audited:
            self.audit()
        for day, count in reopened.items():  # flagged in that day's report
            append_audit(
                self.session, at=self.now, action="day_changed_after_close", office_id=self.ctx.office_id,
                device_id=self.ctx.device_id, actor_id=self.actor.staff_id or None, actor_name=self.actor.username,
                entity="service_day", entity_id=day.isoformat(), details={"records": count, "by": self.action},
            )

    def _check_closed_days(self) -> dict[date, int]:
        """Refuse (``InvalidState`` code ``day_closed``) a change to a record of a closed service day.

        Tickets, their events and counter sessions belong to their ``service_day``; a new receipt, cash session
        or cash movement to the office-local day it is made on (reprinting an old receipt changes no day).
        Returns the days touched that were closed and then reopened by a supervisor, with the records changed.
        """
        days: dict[date, int] = {}
        # the transaction that closes a day also closes its open tickets: that day is not locked against itself
        closing = {getattr(r, "service_day", None) for r in self._touched.values()
                   if getattr(type(r), "__sync_entity__", "") == "day_close"}
        for record in self._touched.values():
            attr = DAY_FIELDS.get(getattr(type(record), "__sync_entity__", ""))
            if attr is None:
                continue
            value = getattr(record, attr, None)
            if attr == "service_day":
                day = value
            elif record.version == 1 and value is not None:
                day = service_day(value, self.ctx.tz_name)
            else:
                continue
            if day is None or day in closing:
                continue
            days[day] = days.get(day, 0) + 1
        if not days:
            return {}
        rows = self.session.execute(_DAY_CLOSES, {"office_id": self.ctx.office_id, "days": list(days)}).all()
        reopened: dict[date, int] = {}
        for day, reopened_at in rows:
            if reopened_at is None:
                raise InvalidState("day_closed", f"{day.isoformat()} is closed; its records cannot change",
                                   day=day)
            reopened[day] = days[day]
        return reopened

    def audit(self, action: str | None = None, entity: str | None = None, entity_id: str | None = None,
              **details: Any) -> None:
        approver = self.approval
        append_audit(
            self.session, at=self.now, action=action or self.action, office_id=self.ctx.office_id,
            device_id=self.ctx.device_id, actor_id=self.actor.staff_id or None, actor_name=self.actor.username,
            entity=entity, entity_id=entity_id, details=details,
            approver_id=approver.supervisor_id if approver else None,
            approver_name=approver.supervisor_name if approver else None,
        )
        self.audited = True

    def changed(self, *areas: str) -> None:
        self.areas.update(areas)

    def result(self, value: Any = None) -> OpResult:
        return OpResult(value, Changes(frozenset(self.areas)))

    def require(self, condition: bool, message: str, **params: Any) -> None:
        """Refuse with ``InvalidState`` (rolling everything back) unless ``condition`` holds."""
        if not condition:
            raise InvalidState(message=message, **params)
