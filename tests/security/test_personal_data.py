"""Personal data: never on public windows, masked on receipts, never in logs; data files for the user only.

Already covered elsewhere (not repeated here): the log filter masks NIK-like numbers (tests/test_logging_setup.py);
sign-in lockout after five failures (tests/services/test_auth.py::test_five_failures_lock_for_fifteen_minutes);
the idle lock (tests/ui/test_shell.py::test_idle_lock_needs_the_password); the central server's cross-office
refusal and enroll rate limit (tests/central/test_api.py, tests/central/test_apply.py).
"""

from __future__ import annotations

import io
import logging
import os
import stat
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ltsa_desktop.domain.errors import AuthenticationFailed, ValidationFailed
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.logging_setup import configure_logging, remove_logging_handlers
from ltsa_desktop.paths import DataDir
from ltsa_desktop.services import applicants, auth, cases, complaints, payments, queue, sync_setup
from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.migrate import upgrade
from ltsa_desktop.storage.models.core import Outbox
from ltsa_desktop.ui.public.display_board import DisplayBoardWindow
from ltsa_desktop.ui.public.fee_board import FeeBoardWindow
from ltsa_desktop.ui.public.kiosk import KioskWindow
from tests.conftest import PASSWORD
from tests.e2e.test_full_day import SECOND, Env, _session, _texts
from tests.services.test_applicants_cases import BASE

PEOPLE = (BASE, SECOND)
PHONES = ("081234567890", "6281234567890", "0812-3456-7890", "081311112222", "6281311112222", "0813-1111-2222")


def _secrets() -> list[str]:
    return [p.nik for p in PEOPLE] + [p.full_name for p in PEOPLE] + list(PHONES)


def test_public_windows_never_show_a_person(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    ctx, staff = office.ctx, office.staff
    queue.ensure_default_lines(ctx, office.admin)
    counter = queue.list_counters(ctx)[0][0]
    queue.open_counter(ctx, staff, counter)
    people = [applicants.register_applicant(ctx, staff, p).value for p in PEOPLE]
    tickets = [queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "A").value.ticket for _ in PEOPLE]
    for t, p in zip(tickets, people, strict=True):
        applicants.link_ticket(ctx, staff, t.id, p.id)
    called = queue.call_next(ctx, staff, counter).value
    assert called.id == tickets[0].id  # the board has a ticket whose applicant is known
    env = Env(ctx, office.data_dir, office.clock, office.admin, staff)
    windows = [KioskWindow(_session(env), slip_handler=lambda issued: ""), DisplayBoardWindow(_session(env)),
               FeeBoardWindow(_session(env))]
    for w in windows:
        qtbot.addWidget(w)
        w.show()
    board = windows[1]
    qtbot.waitUntil(lambda: board.state is not None and [c.number for c in board.state.now_serving] == ["A-001"],
                    timeout=3000)
    for w in windows:
        shown = _texts(w) + w.windowTitle()
        assert shown.strip()
        for secret in _secrets() + [staff.full_name]:
            assert secret not in shown, (type(w).__name__, secret)
    assert "A-001" in _texts(board)
    state_text = repr(board.state)  # the data behind the board carries no person either
    for secret in _secrets():
        assert secret not in state_text


def test_receipts_mask_the_nik(paying_office) -> None:  # type: ignore[no-untyped-def]
    o = paying_office
    person = applicants.register_applicant(o.ctx, o.staff, replace(BASE, exempt_job=None)).value
    rid = payments.take_payment(o.ctx, o.staff, payments.PaymentRequest(
        new_id(), ("POL-01",), "cash", 50_000, applicant_id=person.id)).value
    doc = payments.receipt_doc(o.ctx, rid)
    assert doc.nik_masked == "*" * 12 + BASE.nik[-4:]
    for copy in (False, True):
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(payments.archive_pdf(o.ctx, rid, copy=copy))).pages)
        flat = text.replace(" ", "").replace("\n", "")
        assert BASE.nik not in flat and BASE.nik[-4:] in flat
    assert BASE.nik not in doc.token
    with o.db.read() as s:  # the receipt record (synced to the centre) holds only the masked NIK
        payload = s.execute(select(Outbox.payload_json).where(Outbox.entity == "receipt")).scalars().all()
    assert payload and all(BASE.nik not in p for p in payload)


@pytest.fixture()
def log_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    root = logging.getLogger()
    level = root.level
    path = configure_logging(tmp_path / "logs", logging.DEBUG)
    yield path
    remove_logging_handlers()
    root.setLevel(level)


def test_a_working_day_logs_no_personal_data(office, keyring_memory, central, log_file, caplog) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from ltsa_desktop.central import enrollment
    from ltsa_desktop.services import device_keys

    caplog.set_level(logging.DEBUG)
    ctx, staff = office.ctx, office.staff
    queue.ensure_default_lines(ctx, office.admin)
    device_keys.register_new_key(ctx)
    counter = queue.list_counters(ctx)[0][0]
    queue.open_counter(ctx, staff, counter)
    payments.open_cash_session(ctx, staff, counter, 100_000)
    with pytest.raises(ValidationFailed):  # a refused form with personal data in it
        applicants.register_applicant(ctx, staff, replace(BASE, birth_date=BASE.birth_date.replace(year=2090)))
    person = applicants.register_applicant(ctx, staff, replace(BASE, exempt_job=None)).value
    with pytest.raises(Exception):  # noqa: B017 - a duplicate NIK, whatever its error class
        applicants.register_applicant(ctx, staff, BASE)
    other = applicants.register_applicant(ctx, staff, SECOND).value
    applicants.search_applicants(ctx, BASE.nik)
    ticket = queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "A").value.ticket
    queue.call_next(ctx, staff, counter)
    applicants.link_ticket(ctx, staff, ticket.id, person.id)
    cases.open_cases(ctx, staff, person.id, ["POL-01"], ticket_id=ticket.id)
    payments.take_payment(ctx, staff, payments.PaymentRequest(new_id(), ("POL-01",), "cash", 50_000,
                                                              applicant_id=person.id))
    complaints.file_complaint(ctx, staff, channel="phone", complainant_type="family",
                              complainant_name=SECOND.full_name, complainant_contact=SECOND.phone,
                              category="wages", subject="Gaji", chronology="Tidak dibayar", applicant_id=other.id)
    complaints.record_nonprocedural(ctx, staff, person_name=SECOND.full_name, nik=SECOND.nik,
                                    prevented_at_place="airport", prevented_location="Bandara",
                                    prevented_by="imigrasi", prevented_on=queue.today(ctx) - timedelta(days=1))
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(ctx, "petugas1", BASE.nik)  # a password that happens to be an NIK
    code, _ = enrollment.issue_enrollment_code(central.db, "JKT01")
    sync_setup.enroll(ctx, office.admin, central.url, code)
    assert sync_setup.sync_once(ctx).push.error is None
    token = sync_setup._load_token(ctx)
    assert token
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    raw = "\n".join(f"{r.name}: {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert caplog.records  # the day did log something (the check below is not vacuous)
    for text in (written, raw):
        digits = "".join(ch for ch in text if ch.isdigit() or ch.isspace() or ch == "\n")
        for person_data in (BASE.nik, SECOND.nik):
            assert person_data not in text and person_data not in digits.replace(" ", "")
        for phone in PHONES:
            assert phone not in text
        for name in (BASE.full_name, SECOND.full_name):
            assert name not in text
        assert token not in text and PASSWORD not in text  # nor secrets


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_database_and_attachments_are_for_the_user_only(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = DataDir(tmp_path / "fresh").ensure()
    db = Database(f"sqlite:///{data.database}")
    upgrade(db)
    try:
        for folder in (data.root, data.attachments, data.backups, data.receipts, data.documents):
            assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0, folder
        files = [data.database, *data.root.glob("ltsa.sqlite3-*")]
        assert len(files) >= 1
        for f in files:
            assert stat.S_IMODE(f.stat().st_mode) & 0o077 == 0, (f, oct(f.stat().st_mode))
    finally:
        db.dispose()
    # an attachment stored by the service (in the office fixture's data dir)
    person = applicants.register_applicant(office.ctx, office.staff, BASE).value
    scan = tmp_path / "ktp.pdf"
    scan.write_bytes(b"%PDF-1.4\n% scan of a KTP\n")
    scan.chmod(0o644)
    cases.add_attachment(office.ctx, office.staff, "applicant", person.id, scan)
    stored = [p for p in office.data_dir.attachments.rglob("*") if p.is_file()]
    assert len(stored) == 1
    assert stat.S_IMODE(stored[0].stat().st_mode) & 0o077 == 0
    # the office fixture's own database file (copied from the template) is tightened on connect too
    assert stat.S_IMODE(office.data_dir.database.stat().st_mode) & 0o077 == 0


def test_approvals_count_toward_the_lockout(office) -> None:  # type: ignore[no-untyped-def]
    for _ in range(auth.MAX_FAILED_SIGNINS):
        with pytest.raises(AuthenticationFailed):
            auth.approve(office.ctx, "koordinator", "tebak-tebakan", "void_receipt")
    with pytest.raises(AuthenticationFailed) as info:  # now even the right password is refused
        auth.approve(office.ctx, "koordinator", PASSWORD, "void_receipt")
    assert info.value.code == "account_locked"
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(office.ctx, "koordinator", PASSWORD)
    office.clock.advance(minutes=16)
    assert auth.approve(office.ctx, "koordinator", PASSWORD, "void_receipt").is_valid_for("void_receipt",
                                                                                        office.clock.now)
