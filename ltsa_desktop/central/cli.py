"""``ltsa-central``: the reference central server and its administration commands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ltsa-central")
    parser.add_argument("--database-url", default="sqlite:///ltsa-central.sqlite3")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8650)
    office = sub.add_parser("create-office")
    office.add_argument("--code", required=True)
    office.add_argument("--name", required=True)
    code = sub.add_parser("enrollment-code")
    code.add_argument("--office", required=True)
    revoke = sub.add_parser("revoke-device")
    revoke.add_argument("--device", required=True)
    publish = sub.add_parser("publish-catalog")
    publish.add_argument("file", type=Path)
    stats = sub.add_parser("stats")
    stats.add_argument("--office", required=True)
    stats.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from ltsa_desktop.central.service import Central, CentralError

    central = Central(args.database_url)
    try:
        if args.command == "serve":
            import uvicorn

            from ltsa_desktop.central.app import create_app

            uvicorn.run(create_app(central), host=args.host, port=args.port)
        elif args.command == "create-office":
            print(central.create_office(args.code, args.name))
        elif args.command == "enrollment-code":
            print(central.enrollment_code(args.office))
        elif args.command == "revoke-device":
            central.revoke(args.device)
            print("revoked")
        elif args.command == "publish-catalog":
            print(f"published as version {central.publish_catalog(args.file.read_bytes())}")
        elif args.command == "stats":
            data = central.stats(args.office)
            print(json.dumps(data, indent=2) if args.json else data)
    except CentralError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
