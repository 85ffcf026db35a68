"""Enrolling this device with a central server and running a sync round (``ltsa-admin enroll`` / ``sync --once``).

The device token lives in the OS keyring (never a plain file; the demo office alone keeps it in a file of its
data directory and says so). Reference data (the signed catalog) comes back in the same round and is applied
only if its signature checks out against the office's trusted issuer keys.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.roles import ADMINS
from ltsa_desktop.services import device_keys
from ltsa_desktop.services.context import Actor, ServiceContext
from ltsa_desktop.storage.models.core import Device, OfficeSetting
from ltsa_desktop.sync.agent import RoundSummary, run_round
from ltsa_desktop.sync.client import CentralClient, SyncTransportError


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


def sync_once(ctx: ServiceContext, *, client: CentralClient | None = None, batch_size: int = 200) -> SyncOutcome:
    server = _get(ctx, f"sync.server.{ctx.device_id}")
    token = _load_token(ctx)
    if not server or not token:
        raise NotEnrolled(message="this device is not enrolled with a central server")
    client = client or CentralClient(server["url"], token, verify_tls=server.get("verify_tls", True))
    summary = run_round(ctx.db, ctx.device_id, client, batch_size=batch_size)
    installed, error = None, None
    if summary.error is None:
        installed, error = _pull_catalog(ctx, client)
    return SyncOutcome(summary, installed, error)


def _pull_catalog(ctx: ServiceContext, client: CentralClient) -> tuple[str | None, str | None]:
    from ltsa_desktop.services import catalog
    from ltsa_desktop.services.context import SYSTEM_ACTOR

    state = _get(ctx, "sync.reference_version")
    try:
        version, data = client.pull(int(state.get("version", 0)))
    except SyncTransportError as exc:
        return None, exc.code
    if data is None:
        return None, None
    try:
        label = catalog.apply_import(ctx, SYSTEM_ACTOR, data, source="central").value
    except LtsaError as exc:
        return None, exc.code
    from ltsa_desktop.services.office import set_office_setting

    set_office_setting(ctx, SYSTEM_ACTOR, "sync.reference_version", {"version": version})
    return label, None
