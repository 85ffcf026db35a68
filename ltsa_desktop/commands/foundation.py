"""Foundation commands: init, migrate, verify, backup, restore, seed-demo, users."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from ltsa_desktop.commands._common import CLI_ACTOR, add_data_dir, data_dir_from, fail, open_office
from ltsa_desktop.domain.errors import ValidationFailed
from ltsa_desktop.services import auth
from ltsa_desktop.services.demo import seed_demo
from ltsa_desktop.services.office import OfficeSetup, office_exists, setup_office
from ltsa_desktop.storage.audit import verify_audit_chain
from ltsa_desktop.storage.backup import list_backups, make_backup, restore_backup
from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.migrate import current_revision, head_revision, migrate_with_backup


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="set up a new office without a screen")
    add_data_dir(p)
    p.add_argument("--office-code", required=True)
    p.add_argument("--office-name", required=True)
    p.add_argument("--province", required=True, help="two-digit province code, e.g. 32")
    p.add_argument("--regency", required=True, help="four-digit regency code, e.g. 3212")
    p.add_argument("--address", default="")
    p.add_argument("--counters", type=int, default=3, help="number of counters (Loket 1..N)")
    p.add_argument("--admin-user", default="admin")
    p.add_argument("--admin-name", default="Administrator")
    p.add_argument("--admin-password", default=None,
                   help="the first administrator's password (default: LTSA_ADMIN_PASSWORD or a prompt)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("migrate", help="upgrade the database schema (a backup is made first)")
    add_data_dir(p)
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("verify", help="check database integrity and the audit hash chain")
    add_data_dir(p)
    p.add_argument("--rebuild-name-index", action="store_true",
                   help="first refill the applicants' name index from the applicant table")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("backup", help="make an online backup now")
    add_data_dir(p)
    p.add_argument("--to", type=Path, default=None, help="also copy the backup to this folder")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup (the current database is kept aside)")
    add_data_dir(p)
    p.add_argument("file", type=Path, nargs="?", help="backup file (default: list the backups)")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("seed-demo", help="create the demo office in this data directory")
    add_data_dir(p)
    p.set_defaults(func=cmd_seed_demo)

    p = sub.add_parser("users", help="list, add, deactivate staff accounts or reset a password")
    add_data_dir(p)
    usub = p.add_subparsers(dest="users_command", required=True)
    usub.add_parser("list").set_defaults(func=cmd_users_list)
    a = usub.add_parser("add")
    a.add_argument("username")
    a.add_argument("--name", required=True)
    a.add_argument("--role", required=True, choices=["counter_staff", "supervisor", "admin"])
    a.add_argument("--password", default=None, help="default: LTSA_NEW_PASSWORD or a prompt")
    a.set_defaults(func=cmd_users_add)
    d = usub.add_parser("deactivate")
    d.add_argument("username")
    d.set_defaults(func=cmd_users_deactivate)
    r = usub.add_parser("reset-password")
    r.add_argument("username")
    r.add_argument("--password", default=None)
    r.set_defaults(func=cmd_users_reset)
    for q in (usub.choices["list"], a, d, r):
        add_data_dir(q)


def _password(given: str | None, env: str, prompt: str) -> str:
    if given:
        return given
    if os.environ.get(env):
        return os.environ[env]
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat: ") != first:
        fail("passwords do not match")
    return first


def _print_validation(exc: ValidationFailed) -> None:
    for name, err in exc.fields.items():
        print(f"  {name}: {err.code} {err.params or ''}")


def cmd_init(args: argparse.Namespace) -> int:
    opened = open_office(args, need_office=False)
    if office_exists(opened.db):
        fail(f"an office is already set up in {opened.data.root}")
    setup = OfficeSetup(
        code=args.office_code.upper(), name=args.office_name, province_code=args.province,
        regency_code=args.regency, address=args.address,
        counters=tuple(f"Loket {n}" for n in range(1, args.counters + 1)),
        admin_username=args.admin_user, admin_full_name=args.admin_name,
        admin_password=_password(args.admin_password, "LTSA_ADMIN_PASSWORD", "Administrator password: "),
    )
    try:
        identity = setup_office(opened.db, setup, opened.data.device_file)
    except ValidationFailed as exc:
        print("error: the office setup was refused:")
        _print_validation(exc)
        return 2
    print(f"office {setup.code} set up in {opened.data.root}; device {identity.device_id}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    data = data_dir_from(args).ensure()
    db = Database(data.database_url)
    outcome = migrate_with_backup(db, data.backups)
    if outcome.changed:
        print(f"migrated {outcome.from_revision or 'empty'} -> {outcome.to_revision}"
              + (f" (backup: {outcome.backup})" if outcome.backup else ""))
    else:
        print(f"already at {outcome.to_revision}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    data = data_dir_from(args)
    if not data.database.exists() and not os.environ.get("LTSA_DATABASE_URL"):
        fail(f"no database in {data.root}")
    db = Database(data.database_url)
    if getattr(args, "rebuild_name_index", False):
        from ltsa_desktop.storage.name_index import rebuild_name_index

        print("name index: rebuilt" if rebuild_name_index(db) else "name index: not used on this database")
    problems = db.integrity_check()
    if problems != ["ok"]:
        print(f"integrity: FAILED: {problems[0]}")
        return 2
    print("integrity: ok")
    rev, head = current_revision(db), head_revision()
    print(f"schema: {rev}" + ("" if rev == head else f" (head is {head}; run `ltsa-admin migrate`)"))
    with db.read() as session:
        report = verify_audit_chain(session)
    print(f"audit chain: {report.describe()}")
    code = 0 if report.ok else 3
    for extra in _extra_verifiers():
        with db.read() as session:
            ok, text = extra(session)
        print(text)
        if not ok:
            code = 3
    return code


def _extra_verifiers():  # type: ignore[no-untyped-def]
    """Further chains (e.g. receipts) register here: each takes a session and returns (ok, line)."""
    from ltsa_desktop.storage import verifiers

    return verifiers.ALL


def cmd_backup(args: argparse.Namespace) -> int:
    data = data_dir_from(args)
    if not data.database.exists():
        fail(f"no SQLite database in {data.root} (for PostgreSQL use pg_dump; see docs/INSTALL.md)")
    path = make_backup(data.database, data.backups, second_dir=args.to)
    print(f"backup written: {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    data = data_dir_from(args)
    if args.file is None:
        backups = list_backups(data.backups)
        if not backups:
            print("no backups found")
        for path in backups:
            print(path)
        return 0
    outcome = restore_backup(args.file, data.database)
    print(f"restored {outcome.restored_from}; the previous database was kept as {outcome.previous_kept_as}")
    return 0


def cmd_seed_demo(args: argparse.Namespace) -> int:
    opened = open_office(args, need_office=False)
    created = seed_demo(opened.db, opened.data.device_file, opened.data.root)
    print("demo office created" if created else "an office already exists here; nothing changed")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    opened = open_office(args)
    assert opened.ctx is not None
    for row in auth.list_staff(opened.ctx, CLI_ACTOR):
        state = "active" if row.active else "inactive"
        print(f"{row.username:<16} {row.role.value:<14} {state:<9} {row.full_name}")
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    opened = open_office(args)
    assert opened.ctx is not None
    password = _password(args.password, "LTSA_NEW_PASSWORD", f"Password for {args.username}: ")
    try:
        auth.create_staff(opened.ctx, CLI_ACTOR, username=args.username, full_name=args.name, role=args.role,
                          password=password)
    except ValidationFailed as exc:
        print("error: refused:")
        _print_validation(exc)
        return 2
    print(f"created {args.username} ({args.role})")
    return 0


def _staff_id(opened, username: str) -> str:  # type: ignore[no-untyped-def]
    for row in auth.list_staff(opened.ctx, CLI_ACTOR):
        if row.username.lower() == username.lower():
            return row.id
    fail(f"no account named {username}")
    raise AssertionError


def cmd_users_deactivate(args: argparse.Namespace) -> int:
    opened = open_office(args)
    auth.set_staff_active(opened.ctx, CLI_ACTOR, _staff_id(opened, args.username), False)
    print(f"deactivated {args.username}")
    return 0


def cmd_users_reset(args: argparse.Namespace) -> int:
    opened = open_office(args)
    password = _password(args.password, "LTSA_NEW_PASSWORD", f"New password for {args.username}: ")
    auth.reset_password(opened.ctx, CLI_ACTOR, _staff_id(opened, args.username), password)
    print(f"password reset for {args.username}; it must be changed at the next sign-in")
    return 0
