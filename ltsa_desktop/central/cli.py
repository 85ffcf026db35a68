"""``ltsa-central``: run the reference central server and administer it.

    ltsa-central [--database-url URL] serve [--host H] [--port P]
    ltsa-central create-office --code JKT01 --name "LTSA Jakarta"
    ltsa-central enrollment-code --office JKT01          # one-time, valid 24 hours
    ltsa-central devices --office JKT01 [--json]
    ltsa-central revoke-device --device ID
    ltsa-central publish-catalog FILE                    # a signed bundle, stored byte for byte
    ltsa-central publish-vacancies FILE                  # a signed vacancy list (ltsa-admin sign-vacancies)
    ltsa-central stats --office JKT01 [--json]

The database defaults to ``$LTSA_CENTRAL_DATABASE_URL`` or a SQLite file ``ltsa-central.sqlite3`` in the
current directory; its schema is migrated at the start of every command. Exit status: 0 done, 1 refused (the
reason on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ltsa_desktop.central.db import CentralDB, default_database_url
from ltsa_desktop.central.errors import CentralError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ltsa-central", description="LTSA Desktop reference central server")
    parser.add_argument("--database-url", default=None,
                        help="SQLAlchemy URL (default: $LTSA_CENTRAL_DATABASE_URL or sqlite:///ltsa-central.sqlite3)")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8650)
    office = sub.add_parser("create-office", help="register an office")
    office.add_argument("--code", required=True)
    office.add_argument("--name", required=True)
    code = sub.add_parser("enrollment-code", help="print a one-time enrollment code (valid 24 hours)")
    code.add_argument("--office", required=True)
    devices = sub.add_parser("devices", help="list an office's devices")
    devices.add_argument("--office", required=True)
    devices.add_argument("--json", action="store_true")
    revoke = sub.add_parser("revoke-device", help="refuse a device's token from now on")
    revoke.add_argument("--device", required=True)
    publish = sub.add_parser("publish-catalog", help="publish a signed catalog bundle as the next version")
    publish.add_argument("file", type=Path)
    vacancies = sub.add_parser("publish-vacancies", help="publish a signed vacancy list as the next version")
    vacancies.add_argument("file", type=Path)
    stats = sub.add_parser("stats", help="records, sequence marks, gaps and conflicts of an office")
    stats.add_argument("--office", required=True)
    stats.add_argument("--json", action="store_true")
    return parser


def _print_stats(data: dict[str, Any]) -> None:
    print(f"{data['office']} ({data['name']}): {data['total_records']} records, "
          f"{data['total_versions']} versions, catalog version {data['catalog_version']}, "
          f"vacancy list version {data['vacancy_list_version']}")
    for entity, count in sorted(data["records"].items()):
        print(f"  {entity:<24} {count:>8} records {data['record_versions'][entity]:>8} versions")
    for d in data["devices"]:
        gaps = ", ".join(f"{a}–{b}" for a, b in d["gaps"]) or "none"
        print(f"  device {d['code']} {d['device_id']}{' (revoked)' if d['revoked'] else ''}: "
              f"high-water {d['high_water']}, gaps {gaps}")
    print(f"  conflicts in quarantine: {data['conflicts']['count']}")


def _run(args: argparse.Namespace, db: CentralDB) -> int:
    from ltsa_desktop.central import catalog, enrollment, stats

    if args.command == "serve":
        import gc

        import uvicorn

        from ltsa_desktop.central.app import create_app

        app = create_app(db)
        # Long-lived objects made at start-up (models, routes, metadata) need no more cycle scans: every push
        # allocates many short-lived objects, and full collections over a frozen heap stay cheap.
        gc.collect()
        gc.freeze()
        uvicorn.run(app, host=args.host, port=args.port, log_level="info", server_header=False)
    elif args.command == "create-office":
        office_id = enrollment.create_office(db, args.code, args.name)
        print(f"office {args.code.strip().upper()} created ({office_id})")
    elif args.command == "enrollment-code":
        code, expires = enrollment.issue_enrollment_code(db, args.office)
        print(code)
        print(f"one-time code for office {args.office.upper()}, valid until {expires.isoformat(timespec='minutes')}",
              file=sys.stderr)
    elif args.command == "devices":
        rows = enrollment.list_devices(db, args.office)
        if args.json:
            print(json.dumps([{"device_id": r.device_id, "code": r.code, "name": r.name, "revoked": r.revoked,
                               "enrolled_at": r.enrolled_at.isoformat(),
                               "last_seen_at": r.last_seen_at.isoformat() if r.last_seen_at else None}
                              for r in rows], indent=2))
        for r in [] if args.json else rows:
            print(f"{r.code:<6} {r.device_id} {r.name}{' (revoked)' if r.revoked else ''}")
    elif args.command == "revoke-device":
        enrollment.revoke_device(db, args.device)
        print(f"device {args.device} revoked")
    elif args.command in ("publish-catalog", "publish-vacancies"):
        try:
            data = args.file.read_bytes()
        except OSError as exc:
            raise CentralError("file_unreadable", f"cannot read {args.file}: {exc.strerror}") from exc
        if args.command == "publish-catalog":
            print(f"published {args.file.name} as reference version {catalog.publish_bundle(db, data)}")
        else:
            print(f"published {args.file.name} as vacancy list version {catalog.publish_vacancy_list(db, data)}")
    elif args.command == "stats":
        data = stats.office_stats(db, args.office)
        if args.json:
            print(json.dumps(data, indent=2, sort_keys=True))
        else:
            _print_stats(data)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        db = CentralDB.open(args.database_url or default_database_url())
    except Exception as exc:  # noqa: BLE001 - a bad URL or an unreachable server: say so, no traceback
        print(f"error: cannot open the database: {type(exc).__name__}: {str(exc).splitlines()[0]}",
              file=sys.stderr)
        return 1
    try:
        return _run(args, db)
    except CentralError as exc:
        print(f"error ({exc.code}): {exc.message}", file=sys.stderr)
        return 1
    finally:
        db.dispose()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
