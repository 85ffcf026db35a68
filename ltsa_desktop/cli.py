"""``ltsa-admin``: the Qt-free console tool for headless tasks. Composition root for the console.

Every command takes ``--data-dir DIR`` (default: ``LTSA_DATA_DIR`` or the platformdirs data directory).
Command groups live in ``ltsa_desktop/commands/``; each module there registers its own subcommands.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from ltsa_desktop import __version__, commands
from ltsa_desktop.domain.errors import LtsaError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ltsa-admin", description="LTSA Desktop administration (no screen needed)")
    parser.add_argument("--version", action="version", version=f"ltsa-admin {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        result = args.func(args)
    except LtsaError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    return int(result or 0)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
