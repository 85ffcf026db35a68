"""Enrolling this device with a central server, running a sync round (``ltsa-admin enroll`` / ``sync --once``),
and the supervisor's view of records the centre refused.

The device token lives in the OS keyring (never a plain file; the demo office alone keeps it in a file of its
data directory and says so). Reference data (the signed catalog, and the signed vacancy list) comes back in the
same round and is applied only if its signature checks out against the office's trusted issuer keys.

A round retries transient transport faults (unreachable, timeout, 5xx) with exponential backoff and jitter
(``client.retrying``); push is idempotent, so a retry after a lost answer is acknowledged as ``duplicate``.

Refused records (``conflict`` or ``rejected`` outbox rows) are never dropped: ``list_sync_problems`` lists them
with the centre's reason, and ``retry_sync_problem`` sends one again after the cause was corrected — a rejected
row goes back in the queue (with the record's current content when it is still at that version); a conflict
(the centre holds other content under the same version) is resolved by sending the record's current content
as a new version. Both are audited.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from ltsa_desktop.domain.errors import LtsaError, NotFound
from ltsa_desktop.domain.roles import ADMINS, SUPERVISORS
from ltsa_desktop.services import device_keys
from ltsa_desktop.services.context import Actor, OpResult, ServiceContext
from ltsa_desktop.storage.base import Base, SyncedMixin
from ltsa_desktop.storage.chain import canonical_json
from ltsa_desktop.storage.models.core import Device, OfficeSetting, Outbox
from ltsa_desktop.sync.agent import PROBLEM_STATES, RoundSummary, record_status, run_round
from ltsa_desktop.sync.client import CentralClient, SyncTransportError, retrying

log = logging.getLogger(__name__)


class NotEnrolled(LtsaError):
    code = "not_enrolled"


def _token_user(ctx: ServiceContext) -> str:
    return f"device-token:{ctx.device_id}"


def _store_token(ctx: ServiceContext, token: str) -> None:
    info = device_keys.backend_info(ctx)
    if info.usable:
        device_keys._keyring().set_password(device_keys.SERVICE, _token_user(ctx), token)
    elif info.demo_file and ctx.data_dir is not None:
        path = ctx.data_dir / "DEMO-device-token.txt"
        path.write_text(token + "\n")
        path.chmod(0o600)
    else:
        raise LtsaError("keyring_unavailable", "no usable keyring backend on this PC", backend=info.backend)


def _load_token(ctx: ServiceContext) -> str | None:
    info = device_keys.backend_info(ctx)
    if info.usable:
        return device_keys._keyring().get_password(device_keys.SERVICE, _token_user(ctx))
    if info.demo_file and ctx.data_dir is not None and (ctx.data_dir / "DEMO-device-token.txt").exists():
        return (ctx.data_dir / "DEMO-device-token.txt").read_text().strip()
    return None


def _get(ctx: ServiceContext, key: str) -> dict:
    with ctx.read() as session:
        row = session.get(OfficeSetting, key)
        return json.loads(row.value_json) if row else {}


def enroll(ctx: ServiceContext, actor: Actor, server_url: str, code: str, *, verify_tls: bool = True,
           client: CentralClient | None = None) -> str:
    """Exchange a one-time code for a device token; remember the server. Administrators only."""
    ctx.check_role(actor, "enroll_device", ADMINS)
    with ctx.read() as session:
        device = session.get(Device, ctx.device_id)
        public = device.receipt_public_key if device else ""
        name = device.name if device else "PC"
    client = client or CentralClient(server_url, verify_tls=verify_tls)
    answer = client.enroll(code, name, public, ctx.office_id, ctx.device_id)
    _store_token(ctx, answer.token)
    from ltsa_desktop.services.office import set_office_setting

    set_office_setting(ctx, actor, f"sync.server.{ctx.device_id}",
                       {"url": server_url, "verify_tls": verify_tls, "central_device_id": answer.device_id})
    return answer.device_id


@dataclass(frozen=True)
class SyncOutcome:
    push: RoundSummary
    catalog_installed: str | None
    catalog_error: str | None
    vacancies_installed: int | None = None  # the centre's vacancy-list version installed in this round
    vacancies_error: str | None = None  # why a newer vacancy list was refused (nothing installed changed)


class _RetryingPush:
    """The client's ``push`` retried on transient faults (backoff with full jitter); anything else is raised."""

    def __init__(self, client: CentralClient, attempts: int, initial_wait: float, max_wait: float,
                 sleep: Callable[[float], None]) -> None:
        self._push = retrying(client.push, attempts=attempts, initial_wait=initial_wait, max_wait=max_wait,
                              sleep=sleep)

    def push(self, batch: dict[str, Any]) -> Any:  # a PushResult: answers plus the measured clock skew
        return self._push(batch)


def sync_once(ctx: ServiceContext, *, client: CentralClient | None = None, batch_size: int = 200,
              attempts: int = 4, initial_wait: float = 1.0, max_wait: float = 30.0,
              sleep: Callable[[float], None] = time.sleep) -> SyncOutcome:
    """One full round: push everything pending (each batch retried up to ``attempts`` times on transient
    faults), measure the clock skew against the server, then pull reference data."""
    server = _get(ctx, f"sync.server.{ctx.device_id}")
    token = _load_token(ctx)
    if not server or not token:
        raise NotEnrolled(message="this device is not enrolled with a central server")
    client = client or CentralClient(server["url"], token, verify_tls=server.get("verify_tls", True))
    transport = _RetryingPush(client, max(1, attempts), initial_wait, max_wait, sleep)
    summary = run_round(ctx.db, ctx.device_id, transport, batch_size=batch_size)
    installed, error = None, None
    if summary.error is None:
        if summary.clock_skew_seconds is None:  # nothing was pushed: ask the server's time anyway
            try:
                client.health()
                summary.clock_skew_seconds = client.last_clock_skew_seconds
            except SyncTransportError:
                pass
            if summary.clock_skew_seconds is not None:
                record_status(ctx.db, ctx.device_id, summary)
        installed, error = _pull_catalog(ctx, client)
        return SyncOutcome(summary, installed, error, *_pull_vacancies(ctx, client))
    return SyncOutcome(summary, installed, error)


# -- records the centre refused -------------------------------------------------------------------------------
@dataclass(frozen=True)
class SyncProblem:
    """One outbox row the centre answered ``conflict`` or ``rejected``, with its reason."""

    outbox_seq: int
    device_id: str
    device_seq: int
    entity: str
    record_id: str
    version: int
    state: str  # "conflict" or "rejected"
    reason: str | None
    answered_at: datetime | None
    attempts: int
    current_version: int | None  # the record's version on this PC now (None: not stored here)


def _model_for(entity: str) -> type[SyncedMixin] | None:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, SyncedMixin) and getattr(cls, "__sync_entity__", "") == entity:
            return cls
    return None


def _current(session: Any, entity: str, record_id: str) -> SyncedMixin | None:
    model = _model_for(entity)
    return None if model is None else session.get(model, record_id)


def list_sync_problems(ctx: ServiceContext, actor: Actor) -> list[SyncProblem]:
    """Every refused record of this office's outbox, oldest first. Supervisors and administrators."""
    ctx.check_role(actor, "view_sync_problems", SUPERVISORS)
    with ctx.read() as session:
        rows = session.execute(select(Outbox).where(Outbox.state.in_(PROBLEM_STATES))
                               .order_by(Outbox.device_id, Outbox.device_seq)).scalars().all()
        out = []
        for row in rows:
            current = _current(session, row.entity, row.record_id)
            out.append(SyncProblem(row.seq, row.device_id, row.device_seq, row.entity, row.record_id, row.version,
                                   row.state, row.reason, row.acked_at, row.attempts,
                                   None if current is None else current.version))
        return out


def retry_sync_problem(ctx: ServiceContext, actor: Actor, outbox_seq: int) -> OpResult:
    """Send a refused record again after its cause was corrected. Supervisors and administrators.

    ``rejected``: the row goes back in the queue (same ``device_seq``, so the centre's sequence stays whole);
    if the record is still at that version here, its current content replaces the payload (the centre never
    stored it). ``conflict``: the centre already holds other content under this version, so the record's
    current content is queued as a new version (unless a newer one was already queued); the row becomes
    ``resolved``. The value is the state of the row afterwards (``pending`` or ``resolved``).
    """
    with ctx.write(actor, "retry_sync_record", roles=SUPERVISORS) as uow:
        row = uow.session.get(Outbox, outbox_seq)
        if row is None:
            raise NotFound(message="no such outbox record", outbox_seq=outbox_seq)
        uow.require(row.state in PROBLEM_STATES, "this record was not refused by the central server",
                    state=row.state)
        current = _current(uow.session, row.entity, row.record_id)
        previous: dict[str, Any] = {"previous_state": row.state, "previous_reason": row.reason,
                                    "outbox_seq": row.seq, "device_seq": row.device_seq, "version": row.version}
        if row.state == "rejected":
            refreshed = current is not None and current.version == row.version
            if refreshed:
                assert current is not None
                row.payload_json = canonical_json(current.sync_payload())
            row.state, row.batch_id, row.acked_at, row.result = "pending", None, None, None
            uow.audit(entity=row.entity, entity_id=row.record_id, payload_refreshed=refreshed, **previous)
        else:
            uow.require(current is not None, "the record is not stored on this PC; it cannot be sent again",
                        entity=row.entity)
            assert current is not None
            new_version = current.version
            if current.version <= row.version:
                uow.update(current, expected_version=current.version)
                new_version = current.version
            row.state = "resolved"
            uow.audit(entity=row.entity, entity_id=row.record_id, resent_as_version=new_version, **previous)
        uow.changed("sync")
        return uow.result(row.state)


def _pull_catalog(ctx: ServiceContext, client: CentralClient) -> tuple[str | None, str | None]:
    from ltsa_desktop.services import catalog
    from ltsa_desktop.services.context import SYSTEM_ACTOR

    state = _get(ctx, "sync.reference_version")
    try:
        version, data = client.pull(int(state.get("version", 0)))
    except SyncTransportError as exc:
        return None, exc.code
    if data is None:
        _note_reference(ctx, "catalog", version, None)
        return None, None
    try:
        label = catalog.apply_import(ctx, SYSTEM_ACTOR, data, source="central").value
    except LtsaError as exc:
        log.warning("catalog version %s from the centre refused (%s): %s", version, exc.code, exc.message)
        _note_reference(ctx, "catalog", version, exc)
        return None, exc.code
    from ltsa_desktop.services.office import set_office_setting

    set_office_setting(ctx, SYSTEM_ACTOR, "sync.reference_version", {"version": version})
    _note_reference(ctx, "catalog", version, None)
    return label, None


def _pull_vacancies(ctx: ServiceContext, client: CentralClient) -> tuple[int | None, str | None]:
    """Pull and install a newer signed vacancy list; a refused one is logged, noted for the sync page and its
    code returned, and the list installed before stays as it was."""
    from ltsa_desktop.services import jobs
    from ltsa_desktop.services.context import SYSTEM_ACTOR

    since = int(jobs.central_list_state(ctx).get("version", 0) or 0)
    try:
        version, data = client.pull_vacancies(since)
        if data is None and version < since:  # the centre numbers lower than before (restored): ask afresh;
            version, data = client.pull_vacancies(0)  # its signed issue time decides whether the list is newer
    except SyncTransportError as exc:
        return None, exc.code
    if data is None:
        _note_reference(ctx, "vacancy_list", version, None)
        return None, None
    try:
        jobs.install_central_vacancies(ctx, SYSTEM_ACTOR, data, list_version=version)
    except LtsaError as exc:
        if exc.code == "vacancy_list_not_newer":  # what we hold is as new: nothing to do, nothing wrong
            _note_reference(ctx, "vacancy_list", version, None)
            return None, None
        log.warning("vacancy list version %s from the centre refused (%s): %s", version, exc.code, exc.message)
        _note_reference(ctx, "vacancy_list", version, exc)
        return None, exc.code
    _note_reference(ctx, "vacancy_list", version, None)
    return version, None


# -- reference data the centre sent but this office refused ---------------------------------------------------
REFERENCE_KINDS = ("catalog", "vacancy_list")


def _refusals_key(ctx: ServiceContext) -> str:
    return f"sync.reference_refused.{ctx.device_id}"


def _note_reference(ctx: ServiceContext, kind: str, version: int, error: LtsaError | None) -> None:
    """Remember (for the sync page) whether the latest ``kind`` from the centre was refused, and why.

    A refusal is audited once per version and reason (a round every few minutes would otherwise repeat it);
    a later round that installs or finds nothing newer clears it. Status, not a record: it is not synced.
    """
    key = _refusals_key(ctx)
    current = _get(ctx, key)
    previous = current.get(kind)
    if error is None and previous is None:
        return
    from ltsa_desktop.storage.audit import append_audit

    now = ctx.now()
    with ctx.db.write() as session:
        row = session.get(OfficeSetting, key)
        refused = json.loads(row.value_json) if row else {}
        if error is None:
            refused.pop(kind, None)
        else:
            again = previous is not None and (previous.get("version"), previous.get("code")) == (version, error.code)
            refused[kind] = {"version": version, "code": error.code, "message": error.message[:500],
                             "first_at": previous["first_at"] if again and previous else now.isoformat(),
                             "last_at": now.isoformat()}
            if not again:
                append_audit(session, at=now, action="reference_data_refused", office_id=ctx.office_id,
                             device_id=ctx.device_id, actor_id=None, actor_name="system", entity=kind,
                             entity_id=str(version), details={"code": error.code, "message": error.message[:500]})
        if row is None:
            row = OfficeSetting(key=key, value_json="{}", updated_at=now)
            session.add(row)
        row.value_json, row.updated_at = json.dumps(refused, sort_keys=True), now


def reference_refusals(ctx: ServiceContext) -> dict[str, dict[str, Any]]:
    """What the centre sent that this office refused and still holds back, by kind (``catalog``,
    ``vacancy_list``): version, code, message, first_at, last_at. Empty when everything installed."""
    return {kind: value for kind, value in _get(ctx, _refusals_key(ctx)).items() if kind in REFERENCE_KINDS}
