"""The end-of-segment chime: a short bundled WAV played through QSoundEffect.

Built lazily on first use, and any audio trouble (no device, no backend) is logged, never raised:
a missing sound card must not stop the show.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl

from livestudio import settings as opts
from livestudio.core.paths import resource

log = logging.getLogger("livestudio.live")


def chime_path() -> Path:
    return resource("sounds", "chime.wav")


def make_chime_wav(path: Path, rate: int = 44100) -> Path:
    """A soft two-note bell (E6 then B5, 0.7 s), 16-bit stereo 44.1 kHz (what every device plays),
    written with the wave module."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = bytearray()
    length = int(rate * 0.7)
    for i in range(length):
        t = i / rate
        note = 1318.5 if t < 0.25 else 987.8
        local = t if t < 0.25 else t - 0.25
        env = math.exp(-local * 7.0) * min(1.0, local * 200)
        sample = env * (math.sin(2 * math.pi * note * t) + 0.3 * math.sin(4 * math.pi * note * t))
        value = int(max(-1.0, min(1.0, sample * 0.6)) * 32767)
        frames += struct.pack("<hh", value, value)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return path


class Chime(QObject):
    """`play()` honours CHIME_ENABLED / CHIME_VOLUME; `played` counts chimes (tests, host feedback)."""

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.played = 0
        self._effect: object | None = None
        self._broken = False

    def count_only(self) -> None:
        """Count chimes without playing them (tests and benchmarks on machines with no sound)."""
        self._broken = True

    def enabled(self) -> bool:
        return bool(opts.get(opts.CHIME_ENABLED, self.settings))

    def play(self) -> bool:
        if not self.enabled():
            return False
        self.played += 1
        if self._broken:
            return False
        try:
            from PySide6.QtMultimedia import QSoundEffect  # loaded on the first chime only

            if not isinstance(self._effect, QSoundEffect):
                self._effect = QSoundEffect(self)
                self._effect.setSource(QUrl.fromLocalFile(str(chime_path())))
            effect = self._effect
            volume = max(0, min(100, int(opts.get(opts.CHIME_VOLUME, self.settings)))) / 100
            effect.setVolume(volume)
            effect.play()
            return True
        except Exception:  # no audio backend / device: keep the show going
            log.warning("chime could not play; continuing without sound", exc_info=True)
            self._broken = True
            return False
