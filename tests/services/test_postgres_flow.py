"""The office flow on PostgreSQL (the multi-counter office): the same services, models and migrations."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import applicants, auth, cases, device_keys, payments, queue, supervision
from ltsa_desktop.services.office import open_context
from ltsa_desktop.storage.audit import verify_audit_chain
from ltsa_desktop.storage.receipt_chain import verify_receipt_chains
from tests.conftest import PASSWORD
from tests.services.test_applicants_cases import BASE


@pytest.mark.postgres
def test_counter_day_on_postgresql(postgres_office, keyring_memory, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = open_context(postgres_office.db, postgres_office.device_file, data_dir=tmp_path)
    admin = auth.sign_in(ctx, "admin", PASSWORD)
    auth.create_staff(ctx, admin, username="petugas1", full_name="Budi", role="counter_staff", password=PASSWORD)
    auth.create_staff(ctx, admin, username="koordinator", full_name="Siti", role="supervisor", password=PASSWORD)
    staff = auth.sign_in(ctx, "petugas1", PASSWORD)
    queue.ensure_default_lines(ctx, admin)
    counter = queue.list_counters(ctx)[0][0]
    queue.open_counter(ctx, staff, counter)
    ticket = queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "A").value.ticket
    assert queue.call_next(ctx, staff, counter).value.id == ticket.id
    person = applicants.register_applicant(ctx, staff, replace(BASE, exempt_job=None)).value
    assert applicants.search_applicants(ctx, "nurhal")[0].id == person.id
    case = cases.open_cases(ctx, staff, person.id, ["POL-01"], ticket_id=ticket.id).value[0]
    assert case.number.endswith("-000001")
    device_keys.register_new_key(ctx)
    payments.open_cash_session(ctx, staff, counter, 100_000)
    rid = payments.take_payment(ctx, staff, payments.PaymentRequest(new_id(), ("POL-01",), "cash", 50_000,
                                                                    applicant_id=person.id)).value
    approval = auth.approve(ctx, "koordinator", PASSWORD, "void_receipt")
    payments.void_receipt(ctx, staff, rid, "salah", approval)
    assert payments.verify_token(ctx, payments.receipt_doc(ctx, rid).token).status == "voided"
    queue.finish(ctx, staff, ticket.id)
    view = supervision.day_view(ctx, ticket.service_day)
    assert (view.issued, view.served) == (1, 1)
    with ctx.read() as session:
        assert verify_audit_chain(session).ok
        assert verify_receipt_chains(session)[0]
