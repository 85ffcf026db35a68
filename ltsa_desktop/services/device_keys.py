"""The device's receipt-signing key: the private part in the OS keyring, the public part in the database.

No silent fallback to a plain file: without a usable keyring backend no payment is taken and the message says
what to install. The demo office alone keeps its key in a file of its data directory, and says so.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from ltsa_desktop.domain.bundle import generate_keypair
from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.services.context import ServiceContext
from ltsa_desktop.storage.models.core import Device, Office

SERVICE = "ltsa-desktop"


class DeviceKeyMissing(LtsaError):
    code = "device_key_missing"


@dataclass(frozen=True)
class KeyStoreInfo:
    backend: str
    usable: bool
    demo_file: bool


def _keyring():  # type: ignore[no-untyped-def]
    import keyring

    return keyring


def backend_info(ctx: ServiceContext) -> KeyStoreInfo:
    kr = _keyring()
    backend = kr.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    usable = not any(w in name.lower() for w in ("fail", "null"))
    return KeyStoreInfo(name, usable, not usable and _is_demo(ctx))


def _keyring_call(name: str, *args: str, backend: str) -> str | None:
    """A keyring call; a locked or failing keyring (e.g. a Secret Service collection nobody unlocked) becomes
    ``DeviceKeyMissing`` with what to do, instead of an unexplained crash at the counter."""
    kr = _keyring()
    try:
        return getattr(kr, name)(*args)  # type: ignore[no-any-return]
    except kr.errors.KeyringError as exc:
        raise DeviceKeyMissing("keyring_locked", f"the keyring refused access ({type(exc).__name__}): unlock the "
                               "desktop keyring (sign in to the desktop session) and try again",
                               backend=backend) from exc


def _is_demo(ctx: ServiceContext) -> bool:
    with ctx.read() as session:
        office = session.get(Office, ctx.office_id)
        return bool(office and office.is_demo)


def _username(ctx: ServiceContext) -> str:
    return f"receipt-key:{ctx.device_id}"


def _demo_file(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    assert ctx.data_dir is not None
    return ctx.data_dir / "DEMO-receipt-key.txt"


def load_private_key(ctx: ServiceContext) -> bytes:
    """The private key, or ``DeviceKeyMissing`` (no payment may be taken until an administrator restores it)."""
    info = backend_info(ctx)
    if info.usable:
        secret = _keyring_call("get_password", SERVICE, _username(ctx), backend=info.backend)
    elif info.demo_file and ctx.data_dir is not None and _demo_file(ctx).exists():
        secret = _demo_file(ctx).read_text().strip()
    else:
        secret = None
    if not secret:
        raise DeviceKeyMissing(message="the device's receipt key is missing from the keyring; an administrator "
                                       "must restore it or register a new key (Administration → Device)",
                               backend=info.backend)
    return base64.b64decode(secret)


def public_key(ctx: ServiceContext, device_id: str) -> bytes | None:
    with ctx.read() as session:
        device = session.get(Device, device_id)
        return base64.b64decode(device.receipt_public_key) if device and device.receipt_public_key else None


def register_new_key(ctx: ServiceContext) -> str:
    """Create a key pair, store the private part, publish the public part on this device's record."""
    info = backend_info(ctx)
    private, public = generate_keypair()
    secret = base64.b64encode(private).decode("ascii")
    if info.usable:
        _keyring_call("set_password", SERVICE, _username(ctx), secret, backend=info.backend)
    elif info.demo_file and ctx.data_dir is not None:
        _demo_file(ctx).write_text(secret + "\n")
        _demo_file(ctx).chmod(0o600)
    else:
        raise DeviceKeyMissing("keyring_unavailable", "no usable keyring backend on this PC", backend=info.backend)
    from ltsa_desktop.domain.roles import ADMINS
    from ltsa_desktop.services.context import SYSTEM_ACTOR

    with ctx.write(SYSTEM_ACTOR, "register_receipt_key", roles=ADMINS) as uow:
        device = uow.session.get(Device, ctx.device_id)
        assert device is not None
        device.receipt_public_key = base64.b64encode(public).decode("ascii")
        uow.update(device)
        uow.audit(entity="device", entity_id=device.id, backend=info.backend)
    return info.backend
