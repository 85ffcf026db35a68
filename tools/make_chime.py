"""Writes resources/sounds/chime.wav: a soft two-tone chime (synthesised, so it carries no licence question)."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050


def tone(freq: float, seconds: float, volume: float = 0.35) -> list[int]:
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        envelope = math.exp(-3.5 * t)
        value = volume * envelope * (math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t))
        out.append(int(max(-1.0, min(1.0, value)) * 32767))
    return out


def main() -> None:
    samples = tone(880.0, 0.55) + tone(660.0, 0.9)
    target = Path(__file__).resolve().parents[1] / "resources" / "sounds" / "chime.wav"
    target.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(target), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    print(target)


if __name__ == "__main__":
    main()
