"""Secrets stored only as hashes, backup copies readable by the user only, and the central server's sign-in limit.

Issue 10, security review: "attachments and the database readable only by the user" extends to every backup copy
(they hold the same personal data); "stores tokens hashed" is checked on the raw bytes of every file written.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import uuid
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import MetaData, create_engine, select
from sqlalchemy.engine import Engine

from ltsa_desktop.central import enrollment
from ltsa_desktop.central.db import CentralDB
from ltsa_desktop.central.errors import CentralError
from ltsa_desktop.domain.errors import AuthenticationFailed
from ltsa_desktop.services import auth, device_keys, sync_setup
from ltsa_desktop.services.office import open_context
from ltsa_desktop.settings import SECOND_BACKUP_DIR
from ltsa_desktop.storage.backup import check_sqlite_file, restore_backup
from ltsa_desktop.storage.migrate import backup_sqlite
from ltsa_desktop.storage.models.core import Staff
from ltsa_desktop.sync.protocol import EnrollRequest, ErrorBody
from ltsa_desktop.ui.pages.admin_office import make_app_backup
from tests.central.support import active_server
from tests.conftest import PASSWORD

FIRST_PASSWORD = "Kopi-Tubruk-7391"
SECOND_PASSWORD = "Teh-Poci-5528-baru"
MISTYPED_PASSWORD = "Kopi-Tubruk-7392"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _all_bytes(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _working_day_with_secrets(ctx, admin, central_url: str, central_db: CentralDB) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A receipt key, sign-ins (one mistyped), a password change, enrollment with a one-time code and a sync."""
    device_keys.register_new_key(ctx)  # its private half goes to the keyring, never to a file
    auth.create_staff(ctx, admin, username="kasir9", full_name="Kasir Sembilan", role="counter_staff",
                      password=FIRST_PASSWORD)
    with pytest.raises(AuthenticationFailed):  # a wrong password, refused and audited
        auth.sign_in(ctx, "kasir9", MISTYPED_PASSWORD)
    actor = auth.sign_in(ctx, "kasir9", FIRST_PASSWORD)
    auth.change_password(ctx, actor, FIRST_PASSWORD, SECOND_PASSWORD)
    auth.sign_in(ctx, "kasir9", SECOND_PASSWORD)
    code, _ = enrollment.issue_enrollment_code(central_db, "JKT01")
    sync_setup.enroll(ctx, admin, central_url, code)
    sync_setup.sync_once(ctx)
    token = sync_setup._load_token(ctx)
    assert token and len(token) >= 40
    assert enrollment.authenticate(central_db, token).device_id == ctx.device_id
    return token, code


def _secrets(token: str, code: str, keyring_memory) -> list[str]:  # type: ignore[no-untyped-def]
    keyring_secrets = [v for v in keyring_memory.store.values() if len(v) >= 16]  # token and the receipt key
    assert token in keyring_secrets and len(keyring_secrets) >= 2
    return [FIRST_PASSWORD, SECOND_PASSWORD, MISTYPED_PASSWORD, token, code, code.replace("-", ""),
            *keyring_secrets]


def test_passwords_codes_and_tokens_are_stored_only_as_hashes(office, keyring_memory, central, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    token, code = _working_day_with_secrets(office.ctx, office.admin, central.url, central.db)
    files = _all_bytes(tmp_path)  # the office's data dir and the central server's database, WAL files included
    assert any(p.name.startswith("central.sqlite3") for p in files)
    assert any(p.name.startswith("ltsa.sqlite3") for p in files)
    for path, raw in files.items():
        for secret in _secrets(token, code, keyring_memory):
            assert secret.encode() not in raw, (path.name, secret[:6])
    # what is kept instead: the token's and the code's SHA-256 at the centre, an argon2 hash at the office
    central_raw = b"".join(raw for p, raw in files.items() if p.name.startswith("central.sqlite3"))
    assert hashlib.sha256(token.encode()).hexdigest().encode() in central_raw
    assert hashlib.sha256(code.replace("-", "").encode()).hexdigest().encode() in central_raw
    with office.db.read() as s:
        stored = s.execute(select(Staff.password_hash).where(Staff.username == "kasir9")).scalar_one()
    assert stored.startswith("$argon2id$") and PasswordHasher().verify(stored, SECOND_PASSWORD)


def _all_rows_text(engine: Engine) -> str:
    """Every row of every table the engine sees, as text."""
    meta = MetaData()
    meta.reflect(engine)
    assert len(meta.tables) > 5
    with engine.connect() as conn:
        return "\n".join(repr(row) for table in meta.sorted_tables for row in conn.execute(select(table)))


@pytest.mark.postgres
def test_on_postgresql_no_row_holds_a_secret(postgres_office, keyring_memory, tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = postgres_office.url
    schema = f"central_sec_{uuid.uuid4().hex[:10]}"  # the centre in its own schema of the same database
    admin_engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    central_engine = create_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    central_db = CentralDB.open(central_engine)
    try:
        enrollment.create_office(central_db, "JKT01", "LTSA Uji Jakarta")
        ctx = open_context(postgres_office.db, postgres_office.device_file, data_dir=tmp_path)
        with active_server(central_db) as live:
            token, code = _working_day_with_secrets(ctx, auth.sign_in(ctx, "admin", PASSWORD), live.url, central_db)
        office_rows = _all_rows_text(postgres_office.db.engine)
        central_rows = _all_rows_text(central_engine)
        assert "kasir9" in office_rows and "$argon2id$" in office_rows  # the scan sees the staff table
        assert hashlib.sha256(token.encode()).hexdigest() in central_rows
        for secret in _secrets(token, code, keyring_memory):
            assert secret not in office_rows and secret not in central_rows, secret[:6]
    finally:
        central_db.dispose()
        with admin_engine.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin_engine.dispose()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_backup_copies_are_for_the_user_only(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    previous = os.umask(0o022)  # a usual desktop umask: new files would be 0644
    try:
        backups = office.data_dir.backups
        backups.mkdir(parents=True, exist_ok=True)
        legacy = backups / "ltsa-20200101T000000000000Z.sqlite3"  # written by an older version, 0644
        backup_sqlite(office.data_dir.database, legacy)
        legacy.chmod(0o644)
        usb = tmp_path / "usb"
        session = office.app_session()
        session.state.settings.set(SECOND_BACKUP_DIR, str(usb))
        made = make_app_backup(session)  # what the admin page, the hourly timer and the exit hook call
        assert made is not None and made.parent == backups
        second = usb / made.name
        assert second.read_bytes() == made.read_bytes() and check_sqlite_file(second) == ["ok"]
        for path in (made, second, legacy):
            assert _mode(path) == 0o600, (path.name, oct(_mode(path)))
        assert not list(usb.glob("*.part"))
        pre_migration = backup_sqlite(office.data_dir.database, tmp_path / "pre-migration-0007.sqlite3")
        assert _mode(pre_migration) == 0o600
        restored = tmp_path / "restored" / "ltsa.sqlite3"
        restored.parent.mkdir()
        shutil.copyfile(made, restored)  # a current database to be kept aside
        restored.chmod(0o644)
        outcome = restore_backup(made, restored)
        assert outcome.previous_kept_as is not None and _mode(restored) == 0o600
        assert check_sqlite_file(restored) == ["ok"]
    finally:
        os.umask(previous)


@pytest.fixture()
def sqlite_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = CentralDB.open(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    yield db
    db.dispose()


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_failed_sign_in_limiter_counts_per_address_within_the_window() -> None:
    clock = _Clock()
    limiter = enrollment.FailedSignInLimiter(3, 60.0, clock)
    for _ in range(3):
        assert limiter.wait("10.0.0.9") == 0
        limiter.failed("10.0.0.9")
        clock.now += 1
    assert limiter.wait("10.0.0.9") == pytest.approx(57.0)
    assert limiter.wait("10.0.0.10") == 0  # another address is not affected
    clock.now += 57.5  # the first failure is now older than the window
    assert limiter.wait("10.0.0.9") == 0
    limiter.failed("10.0.0.9")
    assert limiter.wait("10.0.0.9") > 0


def test_central_refuses_an_address_guessing_tokens(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    enrollment.create_office(sqlite_db, "JKT01", "LTSA Uji Jakarta")
    code, _ = enrollment.issue_enrollment_code(sqlite_db, "JKT01")
    device = enrollment.enroll(sqlite_db, EnrollRequest(code=code, device_name="PC"))
    with active_server(sqlite_db, failed_signins=(3, 60.0)) as live, \
            httpx.Client(base_url=live.url, timeout=10) as http:
        def pull(token: str | None) -> httpx.Response:
            return http.get("/v1/pull", headers={"Authorization": f"Bearer {token}"} if token else {})

        assert pull(device.token).status_code == 200
        assert [pull(None).status_code for _ in range(4)] == [401] * 4  # no token is not a guess
        assert [pull(f"guess-{i}").status_code for i in range(3)] == [401, 401, 401]
        refused = pull("guess-3")
        assert refused.status_code == 429, refused.text
        body = ErrorBody.model_validate_json(refused.content)
        assert body.error == "rate_limited" and "sign-in" in body.message
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        # the office's other PCs share that address: a known token still gets through
        assert pull(device.token).status_code == 200
    limiter = enrollment.FailedSignInLimiter(1, 60.0)  # the limiter is per address, in the function itself too
    with pytest.raises(CentralError) as info:
        enrollment.authenticate(sqlite_db, "guess", client="192.0.2.1", limiter=limiter)
    assert info.value.status == 401
    with pytest.raises(CentralError) as info:
        enrollment.authenticate(sqlite_db, "guess-again", client="192.0.2.1", limiter=limiter)
    assert info.value.status == 429
    assert enrollment.authenticate(sqlite_db, device.token, client="192.0.2.1",
                                   limiter=limiter).device_id == device.device_id
    with pytest.raises(CentralError) as info:
        enrollment.authenticate(sqlite_db, "guess", client="192.0.2.2", limiter=limiter)
    assert info.value.status == 401  # another address is not affected
