"""End to end against a real ltsa-central: a sync round pulls a newer signed vacancy list and installs it; a list
the office cannot trust is refused, logged and reported, and what was installed stays as it was."""

from __future__ import annotations

import json
import logging

from sqlalchemy import select

from ltsa_desktop.central import catalog as central_catalog
from ltsa_desktop.central import enrollment
from ltsa_desktop.central.db import CentralDB
from ltsa_desktop.domain.bundle import generate_keypair
from ltsa_desktop.services import jobs, sync_setup
from ltsa_desktop.storage.models.core import AuditEntry
from ltsa_desktop.storage.models.jobs import Vacancy
from tests.central.support import LiveServer
from tests.services.test_central_vacancies import entry, signed_list, trust


def _enrolled(office, live: LiveServer) -> None:  # type: ignore[no-untyped-def]
    code, _ = enrollment.issue_enrollment_code(live.db, "JKT01")
    sync_setup.enroll(office.ctx, office.admin, live.url, code)
    trust(office)


def _central_rows(office) -> dict[str, tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    with office.ctx.read() as s:
        return {v.central_id: (v.status, v.quota, v.version) for v in s.execute(
            select(Vacancy).where(Vacancy.central_id.is_not(None))).scalars() if v.central_id}


def test_a_round_installs_newer_lists_and_refuses_untrusted_ones(office, keyring_memory, central,
                                                                   caplog) -> None:  # type: ignore[no-untyped-def]
    _enrolled(office, central)
    # nothing published yet: nothing happens
    outcome = sync_setup.sync_once(office.ctx)
    assert outcome.push.error is None and (outcome.vacancies_installed, outcome.vacancies_error) == (None, None)

    central_catalog.publish_vacancy_list(central.db, signed_list(entry("C-1"), entry("C-2")))
    outcome = sync_setup.sync_once(office.ctx)
    assert (outcome.vacancies_installed, outcome.vacancies_error) == (1, None)
    assert outcome.catalog_error is None
    assert {k: v[0] for k, v in _central_rows(office).items()} == {"C-1": "open", "C-2": "open"}
    assert {r.central_id for r in jobs.public_vacancies(office.ctx)} == {"C-1", "C-2"}
    # the office's copies travel to the centre like any record; a second round installs nothing again
    again = sync_setup.sync_once(office.ctx)
    assert again.push.error is None and again.vacancies_installed is None and again.vacancies_error is None

    central_catalog.publish_vacancy_list(central.db, signed_list(entry("C-1", quota=3),
                                                                 issued_at="2026-11-23T07:00:00+07:00"))
    outcome = sync_setup.sync_once(office.ctx)
    assert outcome.vacancies_installed == 2
    rows = _central_rows(office)
    assert rows["C-1"][:2] == ("open", 3) and rows["C-2"][0] == "closed"
    assert jobs.central_list_state(office.ctx)["version"] == 2

    # a list signed with a key the office does not trust: refused, logged, reported; nothing changes
    stranger, _ = generate_keypair()
    central_catalog.publish_vacancy_list(central.db, signed_list(entry("C-9"), key=stranger, key_id="asing",
                                                                 issued_at="2026-11-23T08:00:00+07:00"))
    before = _central_rows(office)
    with caplog.at_level(logging.WARNING, logger="ltsa_desktop.services.sync_setup"):
        outcome = sync_setup.sync_once(office.ctx)
    assert outcome.push.error is None
    assert (outcome.vacancies_installed, outcome.vacancies_error) == (None, "unknown_key")
    assert "unknown_key" in caplog.text and "version 3" in caplog.text
    assert _central_rows(office) == before and jobs.central_list_state(office.ctx)["version"] == 2
    # the sync page learns of it; the journal records it once, however many rounds meet the same list
    assert sync_setup.reference_refusals(office.ctx)["vacancy_list"]["code"] == "unknown_key"
    assert sync_setup.sync_once(office.ctx).vacancies_error == "unknown_key"
    assert _refusals_audited(office) == [("vacancy_list", "3", "unknown_key")]

    # a list signed with the trusted key id but another key: refused the same way
    central_catalog.publish_vacancy_list(central.db, signed_list(entry("C-9"), key=stranger,
                                                                 issued_at="2026-11-23T09:00:00+07:00"))
    assert sync_setup.sync_once(office.ctx).vacancies_error == "bad_signature"
    assert _central_rows(office) == before
    assert _refusals_audited(office)[-1] == ("vacancy_list", "4", "bad_signature")

    # the centre's next good list is installed again
    central_catalog.publish_vacancy_list(central.db, signed_list(entry("C-1"), entry("C-9"),
                                                                 issued_at="2026-11-23T10:00:00+07:00"))
    outcome = sync_setup.sync_once(office.ctx)
    assert outcome.vacancies_installed == 5 and set(_central_rows(office)) == {"C-1", "C-2", "C-9"}
    assert sync_setup.reference_refusals(office.ctx) == {}


def _refusals_audited(office) -> list[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    with office.ctx.read() as s:
        return [(e.entity, e.entity_id, json.loads(e.details_json)["code"]) for e in s.execute(
            select(AuditEntry).where(AuditEntry.action == "reference_data_refused").order_by(AuditEntry.seq))
            .scalars()]


def test_a_centre_numbering_lower_after_a_restore_still_delivers_newer_lists(office, keyring_memory,
                                                                           central) -> None:  # type: ignore[no-untyped-def]
    """The office asks from its own list number; a centre restored from an older backup answers with lower
    numbers. The office asks afresh and the signed issue time decides."""
    _enrolled(office, central)
    for hour in range(3):  # the office holds the centre's list number 3
        central_catalog.publish_vacancy_list(central.db, signed_list(
            entry("C-1", quota=hour + 1), issued_at=f"2026-11-22T0{hour + 1}:00:00+07:00"))
    assert sync_setup.sync_once(office.ctx).vacancies_installed == 3
    restored = tmp_central_after_restore(central)
    central_catalog.publish_vacancy_list(restored, signed_list(entry("C-1", quota=9), entry("C-2"),
                                                               issued_at="2026-11-23T09:00:00+07:00"))
    outcome = sync_setup.sync_once(office.ctx)
    assert (outcome.vacancies_installed, outcome.vacancies_error) == (1, None)
    assert _central_rows(office)["C-1"][1] == 9 and "C-2" in _central_rows(office)


def tmp_central_after_restore(live: LiveServer) -> CentralDB:
    """The same centre, its vacancy lists as an older backup had them: none."""
    from sqlalchemy import delete

    from ltsa_desktop.central.models import VacancyListBundle

    with live.db.write() as s:
        s.execute(delete(VacancyListBundle))
    return live.db


def test_the_sync_command_reports_the_vacancy_list(office, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.commands import sync as sync_command
    from ltsa_desktop.sync.agent import RoundSummary

    outcome = sync_setup.SyncOutcome(RoundSummary(), None, None, None, "bad_signature")
    monkeypatch.setattr(sync_setup, "sync_once", lambda _ctx: outcome)
    monkeypatch.setattr(sync_command, "open_office", lambda _args: type("Opened", (), {"ctx": office.ctx})())
    assert sync_command.cmd_sync(type("Args", (), {})()) == 0
    assert "vacancy list refused: bad_signature" in capsys.readouterr().out
