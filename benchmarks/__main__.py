"""The one benchmark runner: ``python -m benchmarks [--json FILE] [--only NAME ...] [--quick]``.

Every module ``benchmarks/bench_*.py`` exposes ``run() -> list[dict]``; each figure is
``{"name", "value", "unit", "baseline", "ratio"}`` with the baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import platform
import sys
import time
import traceback
from pathlib import Path

import benchmarks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--json", type=Path, default=None, help="write the figures to this JSON file")
    parser.add_argument("--only", nargs="*", default=None, help="module names (e.g. bench_fees) to run")
    parser.add_argument("--quick", action="store_true", help="smaller data sets (LTSA_BENCH_QUICK=1)")
    args = parser.parse_args(argv)
    if args.quick:
        os.environ["LTSA_BENCH_QUICK"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures: list[dict] = []
    failures: list[str] = []
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (args.only and info.name not in args.only):
            continue
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"benchmarks.{info.name}")
            results = module.run()
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            failures.append(info.name)
            traceback.print_exc()
            continue
        for figure in results:
            figure.setdefault("module", info.name)
            figures.append(figure)
        print(f"# {info.name} took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(f"{'figure':<32} {'value':>12} {'unit':<10} {'baseline':>12} {'ratio':>8}")
    for f in figures:
        print(f"{f['name']:<32} {f['value']:>12.3f} {f['unit']:<10} {f['baseline']:>12.3f} {f['ratio']:>8.2f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "figures": figures,
            "machine": {"python": platform.python_version(), "platform": platform.platform(),
                        "cpus": os.cpu_count()},
            "failed": failures,
        }, indent=2), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
