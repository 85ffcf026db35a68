"""Staff sign-in, lockout, passwords, accounts and supervisor approvals.

Rules (issue "Foundation" item 6): argon2 hashes; 5 failed sign-ins lock the account for 15 minutes; every
sign-in, sign-out and failed sign-in is audited; accounts are deactivated, never deleted; a supervisor approves
one named action by entering their own credentials, and the action's audit entry names both people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from ltsa_desktop.domain.errors import AuthenticationFailed, FieldError, NotFound, ValidationFailed
from ltsa_desktop.domain.roles import ADMINS, STAFF_AND_UP, SUPERVISORS, Role
from ltsa_desktop.services.context import Actor, Approval, OpResult, ServiceContext
from ltsa_desktop.storage.audit import append_audit
from ltsa_desktop.storage.models.core import Staff

MAX_FAILED_SIGNINS = 5
LOCK_DURATION = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _password_ok(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class StaffRow:
    id: str
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    version: int


def _row(s: Staff) -> StaffRow:
    return StaffRow(s.id, s.username, s.full_name, Role(s.role), s.active, s.locked_until, s.version)


def _actor(s: Staff) -> Actor:
    return Actor(staff_id=s.id, username=s.username, full_name=s.full_name, role=Role(s.role))


def validate_new_staff(username: str, full_name: str, password: str, role: str) -> None:
    fields: dict[str, FieldError] = {}
    if not username.strip() or len(username) > 64 or any(c.isspace() for c in username):
        fields["username"] = FieldError("username_invalid")
    if not full_name.strip():
        fields["full_name"] = FieldError("required")
    elif len(full_name) > 200:
        fields["full_name"] = FieldError("too_long", {"max": 200})
    if len(password) < MIN_PASSWORD_LENGTH:
        fields["password"] = FieldError("password_too_short", {"min": MIN_PASSWORD_LENGTH})
    if role not in {r.value for r in Role}:
        fields["role"] = FieldError("role_invalid")
    if fields:
        raise ValidationFailed(fields)


def _check_credentials(ctx: ServiceContext, username: str, password: str, *, purpose: str) -> Staff:
    """Verify a password, counting failures toward the lock. Commits the counting either way."""
    now = ctx.now()
    with ctx.db.write() as session:
        staff = session.execute(select(Staff).where(func.lower(Staff.username) == username.strip().lower())
                                ).scalar_one_or_none()
        if staff is None or not staff.active:
            append_audit(session, at=now, action=f"{purpose}_failed", office_id=ctx.office_id,
                         device_id=ctx.device_id, actor_id=None, actor_name=username[:64],
                         details={"reason": "unknown_or_inactive"})
            error = AuthenticationFailed(message="wrong username or password")
        elif staff.locked_until is not None and staff.locked_until > now:
            append_audit(session, at=now, action=f"{purpose}_failed", office_id=ctx.office_id,
                         device_id=ctx.device_id, actor_id=staff.id, actor_name=staff.username,
                         details={"reason": "locked"})
            error = AuthenticationFailed("account_locked", "account locked", until=staff.locked_until)
        elif not _password_ok(staff.password_hash, password):
            staff.failed_signins += 1
            details: dict[str, object] = {"reason": "wrong_password", "failures": staff.failed_signins}
            if staff.failed_signins >= MAX_FAILED_SIGNINS:
                staff.locked_until = now + LOCK_DURATION
                staff.failed_signins = 0
                details["locked_until"] = staff.locked_until.isoformat()
            append_audit(session, at=now, action=f"{purpose}_failed", office_id=ctx.office_id,
                         device_id=ctx.device_id, actor_id=staff.id, actor_name=staff.username, details=details)
            if staff.locked_until is not None and staff.locked_until > now:
                error = AuthenticationFailed("account_locked", "account locked", until=staff.locked_until)
            else:
                error = AuthenticationFailed(message="wrong username or password",
                                             remaining=MAX_FAILED_SIGNINS - staff.failed_signins)
        else:
            staff.failed_signins = 0
            staff.locked_until = None
            return staff
    raise error


def sign_in(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check credentials and audit the sign-in. Raises ``AuthenticationFailed`` (code ``account_locked``)."""
    staff = _check_credentials(ctx, username, password, purpose="sign_in")
    actor = _actor(staff)
    with ctx.db.write() as session:
        append_audit(session, at=ctx.now(), action="sign_in", office_id=ctx.office_id, device_id=ctx.device_id,
                     actor_id=actor.staff_id, actor_name=actor.username)
    return actor


def unlock_session(ctx: ServiceContext, actor: Actor, password: str) -> None:
    """Resume after the idle lock: the same person's password, counted toward the lock like a sign-in."""
    _check_credentials(ctx, actor.username, password, purpose="unlock")
    with ctx.db.write() as session:
        append_audit(session, at=ctx.now(), action="unlock", office_id=ctx.office_id, device_id=ctx.device_id,
                     actor_id=actor.staff_id, actor_name=actor.username)


def record_lock(ctx: ServiceContext, actor: Actor) -> None:
    with ctx.db.write() as session:
        append_audit(session, at=ctx.now(), action="idle_lock", office_id=ctx.office_id,
                     device_id=ctx.device_id, actor_id=actor.staff_id, actor_name=actor.username)


def sign_out(ctx: ServiceContext, actor: Actor) -> None:
    with ctx.db.write() as session:
        append_audit(session, at=ctx.now(), action="sign_out", office_id=ctx.office_id,
                     device_id=ctx.device_id, actor_id=actor.staff_id, actor_name=actor.username)


def approve(ctx: ServiceContext, username: str, password: str, action: str) -> Approval:
    """A supervisor (or administrator) approves one named action with their own credentials, now."""
    staff = _check_credentials(ctx, username, password, purpose="approval")
    if Role(staff.role) not in SUPERVISORS:
        raise ctx.deny(_actor(staff), f"approve:{action}", reason="not_a_supervisor")
    return Approval.mint(action, staff.id, staff.full_name, ctx.now())


def change_password(ctx: ServiceContext, actor: Actor, old_password: str, new_password: str) -> OpResult:
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed({"new_password": FieldError("password_too_short", {"min": MIN_PASSWORD_LENGTH})})
    _check_credentials(ctx, actor.username, old_password, purpose="change_password")
    with ctx.write(actor, "change_password", roles=STAFF_AND_UP) as uow:
        staff = uow.session.get(Staff, actor.staff_id)
        if staff is None:
            raise NotFound(message="staff not found")
        staff.password_hash = hash_password(new_password)
        staff.must_change_password = False
        uow.update(staff)
        uow.audit(entity="staff", entity_id=staff.id)
        uow.changed("staff")
        return uow.result()


def create_staff(ctx: ServiceContext, actor: Actor, *, username: str, full_name: str, role: str,
                 password: str) -> OpResult:
    """Administrator creates an account. Usernames are unique regardless of case."""
    validate_new_staff(username, full_name, password, role)
    with ctx.write(actor, "create_staff", roles=ADMINS) as uow:
        exists = uow.session.execute(
            select(Staff.id).where(func.lower(Staff.username) == username.strip().lower())).first()
        if exists:
            raise ValidationFailed({"username": FieldError("username_taken")})
        staff = uow.add(Staff(username=username.strip(), full_name=full_name.strip(), role=role,
                              password_hash=hash_password(password), active=True, failed_signins=0))
        uow.audit(entity="staff", entity_id=staff.id, username=staff.username, role=role)
        uow.changed("staff")
        return uow.result(_row(staff))


def set_staff_active(ctx: ServiceContext, actor: Actor, staff_id: str, active: bool) -> OpResult:
    action = "activate_staff" if active else "deactivate_staff"
    with ctx.write(actor, action, roles=ADMINS) as uow:
        staff = uow.session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(message="staff not found")
        uow.require(not (staff.id == actor.staff_id and not active), "cannot deactivate yourself")
        staff.active = active
        uow.update(staff)
        uow.audit(entity="staff", entity_id=staff.id)
        uow.changed("staff")
        return uow.result(_row(staff))


def reset_password(ctx: ServiceContext, actor: Actor, staff_id: str, new_password: str) -> OpResult:
    """Administrator sets a new password (and clears a lock); the person must change it at next sign-in."""
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed({"password": FieldError("password_too_short", {"min": MIN_PASSWORD_LENGTH})})
    with ctx.write(actor, "reset_password", roles=ADMINS) as uow:
        staff = uow.session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(message="staff not found")
        staff.password_hash = hash_password(new_password)
        staff.failed_signins = 0
        staff.locked_until = None
        staff.must_change_password = True
        uow.update(staff)
        uow.audit(entity="staff", entity_id=staff.id)
        uow.changed("staff")
        return uow.result(_row(staff))


def list_staff(ctx: ServiceContext, actor: Actor) -> list[StaffRow]:
    ctx.check_role(actor, "list_staff", SUPERVISORS)
    with ctx.db.read() as session:
        return [_row(s) for s in session.execute(select(Staff).order_by(Staff.full_name)).scalars()]
