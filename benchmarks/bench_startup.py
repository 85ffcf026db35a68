"""``startup_signin_window`` and ``idle_rss_mb`` (issue Foundation item 12).

Each process is timed from just before it is spawned to the line it prints once the window is shown, so the
figure includes interpreter start-up, imports, database open and migration check. The baseline is a bare PySide6
window process timed the same way in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QDialog
app = QApplication(sys.argv[:1])
d = QDialog(); d.setWindowTitle("bare"); d.show(); app.processEvents()
print("SHOWN", flush=True)
"""
IDLE_PROBE = """
import os, sys, resource
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer, QEventLoop
mode = sys.argv[1]
app = QApplication(sys.argv[:1])
if mode == "app":
    from ltsa_desktop.paths import DataDir
    from ltsa_desktop.settings import Settings
    from ltsa_desktop.app import DesktopApplication
    from ltsa_desktop.services.auth import sign_in
    from ltsa_desktop.services.demo import DEMO_PASSWORD
    data = DataDir(Path(sys.argv[2]))
    desk = DesktopApplication(data, Settings(data.settings_file), language="id", demo=True)
    from ltsa_desktop.ui.session import AppSession, SessionState
    ctx = desk.open_database()
    desk.session = AppSession(SessionState(ctx=ctx, data=data, settings=desk.settings, demo=True))
    desk.session.set_actor(sign_in(ctx, "petugas1", DEMO_PASSWORD))
    desk.show_main()
else:
    from PySide6.QtWidgets import QMainWindow
    w = QMainWindow(); w.show()
loop = QEventLoop(); QTimer.singleShot(2000, loop.quit); loop.exec()
with open("/proc/self/status") as fh:
    rss = next(int(l.split()[1]) for l in fh if l.startswith("VmRSS"))
print("RSS_KB", rss, flush=True)
"""


def _time_to_marker(cmd: list[str], env: dict[str, str], marker: str) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(marker):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{cmd} ended without printing {marker}")
    proc.kill()
    proc.wait()
    return elapsed


def _rss_mb(args: list[str], env: dict[str, str]) -> float:
    out = subprocess.run([sys.executable, "-c", IDLE_PROBE, *args], env=env, capture_output=True, text=True,
                         timeout=300, cwd=ROOT)
    for line in out.stdout.splitlines():
        if line.startswith("RSS_KB"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(out.stderr[-2000:])


def run() -> list[dict]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    repeats = 3 if os.environ.get("LTSA_BENCH_QUICK") else 5
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        # prepare the demo office once, so start-up is measured, not first-time seeding
        subprocess.run([sys.executable, "-m", "ltsa_desktop.cli", "seed-demo", "--data-dir", str(data)],
                       env=env, check=True, capture_output=True, cwd=ROOT)
        app_env = dict(env, LTSA_EXIT_AFTER_SIGNIN_SHOWN="1")
        app_cmd = [sys.executable, "-m", "ltsa_desktop", "--data-dir", str(data)]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        _time_to_marker(bare_cmd, env, "SHOWN")  # warm the file cache for both
        _time_to_marker(app_cmd, app_env, "SIGNIN_SHOWN")
        app_times, bare_times = [], []
        for _ in range(repeats):
            bare_times.append(_time_to_marker(bare_cmd, env, "SHOWN"))
            app_times.append(_time_to_marker(app_cmd, app_env, "SIGNIN_SHOWN"))
        app_t, bare_t = statistics.median(app_times), statistics.median(bare_times)
        rss = _rss_mb(["app", str(data)], env)
        bare_rss = _rss_mb(["bare"], env)
    return [
        {"name": "startup_signin_window", "value": app_t, "unit": "s", "baseline": bare_t,
         "ratio": app_t / bare_t, "target": "ratio <= 3"},
        {"name": "idle_rss_mb", "value": rss, "unit": "MB", "baseline": bare_rss, "ratio": rss / bare_rss,
         "target": "value <= 200"},
    ]
