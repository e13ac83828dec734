"""The hall's "ding-dong" before each announcement, generated (no third-party sound file to license).

    python -m desk.ui.queue.chime    # rewrites resources/sounds/chime.wav
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
# Two soft bell tones (E5 then C5), each with a few harmonics and an exponential decay.
NOTES = ((659.25, 0.0, 0.75), (523.25, 0.45, 1.1))  # frequency, start (s), length (s)
LENGTH = 1.6


def chime_samples() -> list[int]:
    total = int(RATE * LENGTH)
    mix = [0.0] * total
    for freq, start, length in NOTES:
        first = int(start * RATE)
        for i in range(int(length * RATE)):
            if first + i >= total:
                break
            t = i / RATE
            envelope = math.exp(-3.2 * t) * min(1.0, t / 0.01)  # 10 ms attack: no click
            tone = (math.sin(2 * math.pi * freq * t) + 0.35 * math.sin(2 * math.pi * 2 * freq * t)
                    + 0.12 * math.sin(2 * math.pi * 3 * freq * t))
            mix[first + i] += envelope * tone
    peak = max(abs(v) for v in mix) or 1.0
    return [int(v / peak * 0.6 * 32767) for v in mix]


def write_chime(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", s) for s in chime_samples()))
    return path


if __name__ == "__main__":
    from desk.ui.resources import resource

    print(write_chime(resource("sounds", "chime.wav")))
