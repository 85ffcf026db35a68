"""One process per data directory: a second one asks the first to come forward and exits; crashes heal."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QDir  # noqa: E402

from ltsa_desktop.ui.single_instance import SingleInstance, already_running_message, server_name  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SECOND = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from ltsa_desktop.ui.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance(Path(sys.argv[1]))
acquired = guard.try_acquire()
print("acquired" if acquired else "refused", flush=True)
if acquired and len(sys.argv) > 2:
    sys.stdin.readline()  # hold the directory until the test kills us
sys.exit(0 if acquired else 3)
"""


def _python(*args: str, **kw: object) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", SECOND, *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)  # type: ignore[call-overload]


@pytest.fixture
def guards(qapp) -> Iterator[list[SingleInstance]]:  # type: ignore[no-untyped-def]
    made: list[SingleInstance] = []
    yield made
    for guard in made:
        guard.release()


def test_a_second_process_is_refused_and_raises_the_first(tmp_path: Path, qtbot, guards) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path)
    guards.append(first)
    assert first.try_acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=10_000):
        second = _python(str(tmp_path))
        out, err = second.communicate(timeout=30)
    assert second.returncode == 3, err
    assert out.strip() == "refused"
    assert first.server is not None and first.server.isListening()  # the first keeps the directory


def test_different_data_directories_do_not_conflict(tmp_path: Path, guards) -> None:  # type: ignore[no-untyped-def]
    a, b = SingleInstance(tmp_path / "office-a"), SingleInstance(tmp_path / "office-b")
    guards += [a, b]
    assert server_name(tmp_path / "office-a") != server_name(tmp_path / "office-b")
    assert server_name(tmp_path / "office-a") == server_name(tmp_path / "x" / ".." / "office-a")
    assert a.try_acquire() and b.try_acquire()


def test_release_lets_the_next_process_in(tmp_path: Path, guards) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path)
    guards.append(first)
    assert first.try_acquire()
    first.release()
    proc = _python(str(tmp_path))
    out, err = proc.communicate(timeout=30)
    assert out.strip() == "acquired", err


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes vanish with their process")
def test_a_socket_left_by_a_crash_is_taken_over(tmp_path: Path, guards) -> None:  # type: ignore[no-untyped-def]
    holder = _python(str(tmp_path), "hold", stdin=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "acquired"
    holder.send_signal(signal.SIGKILL)  # a crash: no chance to remove the socket file
    holder.wait(timeout=30)
    holder.stdout.close()
    holder.stderr.close()  # type: ignore[union-attr]
    holder.stdin.close()  # type: ignore[union-attr]
    socket_file = Path(QDir.tempPath()) / server_name(tmp_path)
    assert socket_file.exists()  # the stale socket is really there
    guard = SingleInstance(tmp_path)
    guards.append(guard)
    assert guard.try_acquire()


def test_the_refusal_message_is_translatable(qapp) -> None:  # type: ignore[no-untyped-def]
    assert "already running" in already_running_message()
