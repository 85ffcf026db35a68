"""Call announcements for the display board: a chime, then speech where the PC can speak, one after another.

Announcements are queued and played by one worker thread, so a new call never cuts off the one being spoken,
and nothing depends on an online speech service. Speech backends, in order: Windows' built-in speech
(System.Speech through PowerShell), ``espeak-ng``/``espeak`` on Linux; without any, the chime alone plays.
"""

from __future__ import annotations

import logging
import queue
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from ltsa_desktop.paths import resources_dir

log = logging.getLogger(__name__)
Player = Callable[[], None]
Speaker = Callable[[str, str], None]


def _chime_player(path: Path) -> Player | None:
    if not path.exists():
        return None
    if sys.platform == "win32":
        import winsound

        return lambda: winsound.PlaySound(str(path), winsound.SND_FILENAME)
    for exe in ("pw-play", "paplay", "aplay"):
        found = shutil.which(exe)
        if found:
            args = [found, "-q", str(path)] if exe == "aplay" else [found, str(path)]
            return lambda: subprocess.run(args, check=False, timeout=10, capture_output=True)
    return None


def _speaker() -> Speaker | None:
    if sys.platform == "win32" and shutil.which("powershell"):
        def speak_windows(text: str, lang: str) -> None:
            script = ("Add-Type -AssemblyName System.Speech; $s = New-Object "
                      "System.Speech.Synthesis.SpeechSynthesizer; $s.Speak($input)")
            subprocess.run(["powershell", "-NoProfile", "-Command", script], input=text, text=True,
                           check=False, timeout=30, capture_output=True)
        return speak_windows
    for exe in ("espeak-ng", "espeak"):
        found = shutil.which(exe)
        if found:
            def speak_espeak(text: str, lang: str, _exe: str = found) -> None:
                subprocess.run([_exe, "-v", "id" if lang == "id" else "en", "-s", "140", text], check=False,
                               timeout=30, capture_output=True)
            return speak_espeak
    return None


class Announcer:
    """Plays queued announcements in order on its own thread. ``announce`` returns at once."""

    def __init__(self, chime: Player | None = None, speaker: Speaker | None = None, *, detect: bool = True) -> None:
        if detect:
            chime = chime or _chime_player(resources_dir() / "sounds" / "chime.wav")
            speaker = speaker or _speaker()
        self.chime = chime
        self.speaker = speaker
        self._queue: queue.Queue[tuple[str, str] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="announcer", daemon=True)
        self._thread.start()

    @property
    def can_speak(self) -> bool:
        return self.speaker is not None

    def announce(self, text: str, lang: str = "id") -> None:
        self._queue.put((text, lang))

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            text, lang = item
            try:
                if self.chime is not None:
                    self.chime()
                if self.speaker is not None:
                    self.speaker(text, lang)
            except Exception:  # noqa: BLE001 - a sound problem must never stop the board
                log.exception("announcement failed; continuing with the next one")
            finally:
                self._queue.task_done()

    def wait_idle(self) -> None:
        self._queue.join()

    def stop(self) -> None:
        self._queue.put(None)
