"""``bundle_size_mb`` and ``bundle_startup_signin_window``: the PyInstaller one-folder build.

- ``bundle_size_mb``: the bundle's files against the installed PySide6 package directory (the one dependency no
  build can leave out), measured in the same run.
- ``bundle_startup_signin_window``: a new process of the frozen ``ltsa-desktop`` until the sign-in window is
  shown, against the source install (``python -m ltsa_desktop``) on the same demo office, as ``bench_startup``
  times it (``LTSA_EXIT_AFTER_SIGNIN_SHOWN=1``, the ``SIGNIN_SHOWN`` line).

The bundle is ``dist/ltsa-desktop`` (or ``LTSA_BUNDLE_DIR``); when it is missing it is built first with
``installers/build.py``. Without PyInstaller there is nothing to measure: the reason is printed, no figures.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from benchmarks.bench_startup import _time_to_marker

ROOT = Path(__file__).resolve().parents[1]


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ltsa_installers_build", ROOT / "installers" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pyside6_dir() -> Path:
    found = importlib.util.find_spec("PySide6")
    assert found is not None and found.submodule_search_locations
    return Path(next(iter(found.submodule_search_locations)))


def _bundle(build: ModuleType) -> tuple[Path | None, float | None]:
    """The bundle folder and, when it had to be built now, the build time in seconds."""
    bundle = Path(os.environ.get("LTSA_BUNDLE_DIR") or ROOT / "dist" / "ltsa-desktop")
    if build.bundle_executable(bundle).exists():
        return bundle, None
    if importlib.util.find_spec("PyInstaller") is None:
        print(f"bench_bundle: no bundle at {bundle} and PyInstaller is not installed "
              "(pip install 'pyinstaller>=6'); no bundle figures", file=sys.stderr)
        return None, None
    started = time.perf_counter()
    bundle = build.build_bundle(bundle.parent, ROOT / "build" / "pyinstaller")
    return bundle, time.perf_counter() - started


def run() -> list[dict]:
    build = _build_module()
    bundle, build_seconds = _bundle(build)
    if bundle is None:
        return []
    size = build.folder_size_mb(bundle)
    baseline_size = build.folder_size_mb(_pyside6_dir())
    figures: list[dict] = [
        {"name": "bundle_size_mb", "value": size, "unit": "MB", "baseline": baseline_size,
         "ratio": size / baseline_size, "target": "ratio <= 1.5",
         "note": "baseline: the installed PySide6 package directory"},
    ]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHON_KEYRING_BACKEND", None)
    repeats = 3 if os.environ.get("LTSA_BENCH_QUICK") else 5
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        subprocess.run([str(build.bundle_executable(bundle, "ltsa-admin")), "seed-demo", "--data-dir", str(data)],
                       env=env, check=True, capture_output=True, cwd=tmp, timeout=600)
        app_env = dict(env, LTSA_EXIT_AFTER_SIGNIN_SHOWN="1")
        frozen_cmd = [str(build.bundle_executable(bundle)), "--data-dir", str(data)]
        source_cmd = [sys.executable, "-m", "ltsa_desktop", "--data-dir", str(data)]
        _time_to_marker(frozen_cmd, app_env, "SIGNIN_SHOWN")  # warm the file cache for both
        _time_to_marker(source_cmd, app_env, "SIGNIN_SHOWN")
        frozen_times, source_times = [], []
        for _ in range(repeats):
            frozen_times.append(_time_to_marker(frozen_cmd, app_env, "SIGNIN_SHOWN"))
            source_times.append(_time_to_marker(source_cmd, app_env, "SIGNIN_SHOWN"))
    frozen_t, source_t = statistics.median(frozen_times), statistics.median(source_times)
    figures.append({"name": "bundle_startup_signin_window", "value": frozen_t, "unit": "s", "baseline": source_t,
                    "ratio": frozen_t / source_t, "target": "ratio <= 1.5",
                    "note": "baseline: the source install (python -m ltsa_desktop) in the same run"})
    if build_seconds is not None:
        figures[0]["build_seconds"] = round(build_seconds, 1)
    return figures
