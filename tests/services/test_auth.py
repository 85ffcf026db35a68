"""Sign-in, lockout, approvals and accounts (Foundation item 6)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from ltsa_desktop.domain.errors import (
    ApprovalRequired,
    AuthenticationFailed,
    InvalidState,
    PermissionDenied,
    ValidationFailed,
)
from ltsa_desktop.domain.roles import SUPERVISORS
from ltsa_desktop.services import auth
from ltsa_desktop.storage.models.core import AuditEntry, Outbox, Staff
from tests.conftest import PASSWORD


def _audit_actions(office) -> list[str]:  # type: ignore[no-untyped-def]
    with office.db.read() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


def test_sign_in_and_wrong_password_are_audited(office) -> None:  # type: ignore[no-untyped-def]
    actor = auth.sign_in(office.ctx, "PETUGAS1", PASSWORD)  # usernames are case-insensitive
    assert actor.username == "petugas1"
    with pytest.raises(AuthenticationFailed) as info:
        auth.sign_in(office.ctx, "petugas1", "wrong")
    assert info.value.code == "authentication_failed"
    assert info.value.params["remaining"] == 4
    actions = _audit_actions(office)
    assert actions[-2:] == ["sign_in", "sign_in_failed"]


def test_five_failures_lock_for_fifteen_minutes(office) -> None:  # type: ignore[no-untyped-def]
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(office.ctx, "petugas1", "wrong")
    with pytest.raises(AuthenticationFailed) as info:
        auth.sign_in(office.ctx, "petugas1", "wrong")
    assert info.value.code == "account_locked"
    until = info.value.params["until"]
    assert until == office.clock() + timedelta(minutes=15)
    # even the right password is refused while locked, and says until when
    with pytest.raises(AuthenticationFailed) as info:
        auth.sign_in(office.ctx, "petugas1", PASSWORD)
    assert info.value.code == "account_locked" and info.value.params["until"] == until
    office.clock.advance(minutes=14, seconds=59)
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(office.ctx, "petugas1", PASSWORD)
    office.clock.advance(seconds=2)
    assert auth.sign_in(office.ctx, "petugas1", PASSWORD).username == "petugas1"


def test_unknown_and_deactivated_accounts_cannot_sign_in(office) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(office.ctx, "nobody", PASSWORD)
    auth.set_staff_active(office.ctx, office.admin, office.staff2.staff_id, False)
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(office.ctx, "petugas2", PASSWORD)
    with office.db.read() as s:  # never deleted
        assert s.get(Staff, office.staff2.staff_id) is not None


def test_only_admins_manage_accounts_and_refusals_are_audited(office) -> None:  # type: ignore[no-untyped-def]
    for actor in (office.staff, office.supervisor):
        with pytest.raises(PermissionDenied):
            auth.create_staff(office.ctx, actor, username="x1", full_name="X", role="counter_staff",
                              password=PASSWORD)
    assert _audit_actions(office)[-2:] == ["permission_denied", "permission_denied"]
    row = auth.create_staff(office.ctx, office.admin, username="baru", full_name="Pegawai Baru",
                            role="counter_staff", password=PASSWORD).value
    assert row.username == "baru"
    with pytest.raises(ValidationFailed) as info:
        auth.create_staff(office.ctx, office.admin, username="BARU", full_name="Lagi", role="counter_staff",
                          password=PASSWORD)
    assert info.value.fields["username"].code == "username_taken"
    with pytest.raises(ValidationFailed) as info:
        auth.create_staff(office.ctx, office.admin, username="", full_name="", role="boss", password="short")
    assert set(info.value.fields) == {"username", "full_name", "role", "password"}
    with pytest.raises(InvalidState):
        auth.set_staff_active(office.ctx, office.admin, office.admin.staff_id, False)


def test_staff_changes_reach_the_outbox_without_the_password_hash(office) -> None:  # type: ignore[no-untyped-def]
    row = auth.create_staff(office.ctx, office.admin, username="sinkron", full_name="S", role="supervisor",
                            password=PASSWORD).value
    with office.db.read() as s:
        out = s.execute(select(Outbox).where(Outbox.record_id == row.id)).scalars().all()
    assert len(out) == 1 and out[0].entity == "staff" and out[0].version == 1
    assert "password_hash" not in out[0].payload_json and "argon2" not in out[0].payload_json


def test_approval_needs_a_supervisors_own_credentials(office) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        auth.approve(office.ctx, "petugas2", PASSWORD, "void_receipt")
    with pytest.raises(AuthenticationFailed):
        auth.approve(office.ctx, "koordinator", "wrong", "void_receipt")
    approval = auth.approve(office.ctx, "koordinator", PASSWORD, "void_receipt")
    now = office.clock()
    assert approval.is_valid_for("void_receipt", now)
    assert not approval.is_valid_for("waive_fee", now)  # approves one named action only
    assert not approval.is_valid_for("void_receipt", now + timedelta(minutes=6))
    forged = approval.__class__(approval.action, office.staff.staff_id, "Budi", approval.approved_at,
                                approval.token, approval.signature)
    assert not forged.is_valid_for("void_receipt", now)


def test_service_refuses_without_approval_and_audit_names_both(office) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ApprovalRequired):
        with office.ctx.write(office.staff, "override_test", roles=SUPERVISORS | {office.staff.role},
                              needs_approval=True):
            pass
    approval = auth.approve(office.ctx, "koordinator", PASSWORD, "override_test")
    with office.ctx.write(office.staff, "override_test", roles=frozenset({office.staff.role}),
                          approval=approval, needs_approval=True) as uow:
        uow.audit(reason="test")
    with office.db.read() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
    assert last.action == "override_test"
    assert last.actor_id == office.staff.staff_id and last.approver_id == office.supervisor.staff_id


def test_change_password(office) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed):
        auth.change_password(office.ctx, office.staff, PASSWORD, "short")
    with pytest.raises(AuthenticationFailed):
        auth.change_password(office.ctx, office.staff, "wrong", "a-new-password")
    auth.change_password(office.ctx, office.staff, PASSWORD, "a-new-password")
    assert auth.sign_in(office.ctx, "petugas1", "a-new-password").staff_id == office.staff.staff_id
