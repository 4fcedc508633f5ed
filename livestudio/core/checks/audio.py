"""Microphone and speaker probes: level measurement in dBFS and a test tone.

`AudioBackend` is the seam: the real one (`QtAudioBackend`) records through QtMultimedia's
QAudioSource (PulseAudio / PipeWire / CoreAudio / WASAPI underneath); tests may inject fakes.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from livestudio.core.i18n import translate

SILENT_PEAK_DBFS = -60.0  # below this: muted or the wrong device
CLIP_PEAK_DBFS = -1.0  # at or above this: clipping
QUIET_RMS_DBFS = -40.0  # below this: too quiet for viewers
FLOOR_DBFS = -120.0
SAMPLE_RATE = 48000
START_ALLOWANCE_S = 5.0  # how long a device may take to deliver its first samples


class AudioError(Exception):
    """The device could not be opened or delivered nothing; str() names device and reason."""


@dataclass(frozen=True)
class AudioDevice:
    id: str
    name: str
    is_default: bool = False


@dataclass(frozen=True)
class LevelReport:
    device: str
    peak_dbfs: float
    rms_dbfs: float
    seconds: float
    frames: int


def to_dbfs(linear: float) -> float:
    return FLOOR_DBFS if linear <= 0 else max(FLOOR_DBFS, 20 * math.log10(linear))


def levels(samples: np.ndarray) -> tuple[float, float]:
    """Peak and RMS in dBFS of float samples in [-1, 1]."""
    if samples.size == 0:
        return FLOOR_DBFS, FLOOR_DBFS
    x = samples.astype(np.float64)
    return to_dbfs(float(np.max(np.abs(x)))), to_dbfs(float(np.sqrt(np.mean(x * x))))


def int16_to_float(raw: bytes) -> np.ndarray:
    usable = len(raw) - len(raw) % 2
    return np.frombuffer(raw[:usable], dtype="<i2").astype(np.float32) / 32768.0


def tone(
    freq_hz: float = 440.0, seconds: float = 1.0, dbfs: float = -12.0, rate: int = SAMPLE_RATE
) -> bytes:
    """A sine tone as 16-bit mono PCM with 20 ms fades (no clicks)."""
    n = int(rate * seconds)
    t = np.arange(n) / rate
    amp = 10 ** (dbfs / 20)
    wave = amp * np.sin(2 * np.pi * freq_hz * t)
    fade = min(n // 2, int(rate * 0.02))
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        wave[:fade] *= ramp
        wave[-fade:] *= ramp[::-1]
    return (np.clip(wave, -1, 1) * 32767).astype("<i2").tobytes()


def mic_status(report: LevelReport) -> tuple[str, str]:
    """(status, reason) by the issue's rules: fail silent, warn clipping or too quiet."""
    if report.peak_dbfs < SILENT_PEAK_DBFS:
        return "fail", translate("Check", "silent — muted or the wrong device?")
    if report.peak_dbfs >= CLIP_PEAK_DBFS:
        return "warn", translate("Check", "clipping — turn the input gain down")
    if report.rms_dbfs < QUIET_RMS_DBFS:
        return "warn", translate("Check", "too quiet — move closer or raise the gain")
    return "pass", ""


class AudioBackend(Protocol):
    def inputs(self) -> list[AudioDevice]: ...
    def outputs(self) -> list[AudioDevice]: ...
    def measure(
        self, device_id: str | None, seconds: float, cancelled: Callable[[], bool] | None = None
    ) -> LevelReport: ...
    def play_tone(self, device_id: str | None, seconds: float) -> None: ...


class QtAudioBackend:
    """QtMultimedia devices. Each capture runs its own QEventLoop on the calling (worker) thread."""

    def _devices(self, inputs: bool) -> list[AudioDevice]:
        from PySide6.QtMultimedia import QMediaDevices

        devs = QMediaDevices.audioInputs() if inputs else QMediaDevices.audioOutputs()
        default = (
            QMediaDevices.defaultAudioInput() if inputs else QMediaDevices.defaultAudioOutput()
        )
        return [
            AudioDevice(
                bytes(d.id().data()).decode("utf-8", "replace"), d.description(), d == default
            )
            for d in devs
        ]

    def inputs(self) -> list[AudioDevice]:
        return self._devices(True)

    def outputs(self) -> list[AudioDevice]:
        return self._devices(False)

    def _find(self, device_id: str | None, inputs: bool):
        from PySide6.QtMultimedia import QMediaDevices

        devs = QMediaDevices.audioInputs() if inputs else QMediaDevices.audioOutputs()
        if device_id:
            for d in devs:
                if bytes(d.id().data()).decode("utf-8", "replace") == device_id:
                    return d
            raise AudioError(
                translate("Check", "device {name} is not connected").format(name=device_id)
            )
        d = QMediaDevices.defaultAudioInput() if inputs else QMediaDevices.defaultAudioOutput()
        if d.isNull():
            raise AudioError(
                translate("Check", "no microphone found")
                if inputs
                else translate("Check", "no speakers found")
            )
        return d

    def measure(
        self, device_id: str | None, seconds: float, cancelled: Callable[[], bool] | None = None
    ) -> LevelReport:
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtMultimedia import QAudioFormat, QAudioSource

        dev = self._find(device_id, True)
        fmt = QAudioFormat()
        fmt.setSampleRate(SAMPLE_RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not dev.isFormatSupported(fmt):
            fmt = dev.preferredFormat()
            fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        src = QAudioSource(dev, fmt)
        io = src.start()
        if io is None or src.error().name != "NoError":
            raise AudioError(
                translate("Check", "{name} could not be opened ({reason})").format(
                    name=dev.description(), reason=src.error().name
                )
            )
        buf = bytearray()
        loop = QEventLoop()
        t0 = time.monotonic()
        first: list[
            float
        ] = []  # the clock starts with the first data: devices take a while to wake

        def poll() -> None:
            data = bytes(io.readAll().data())
            now = time.monotonic()
            if data:
                buf.extend(data)
                if not first:
                    first.append(now)
            if (
                (first and now - first[0] >= seconds)
                or now - t0 >= seconds + START_ALLOWANCE_S
                or (cancelled is not None and cancelled())
            ):
                loop.quit()

        timer = QTimer()
        timer.timeout.connect(poll)
        timer.start(20)
        loop.exec()
        timer.stop()
        buf.extend(bytes(io.readAll().data()))
        error = src.error()
        src.stop()
        if not buf:
            raise AudioError(
                translate("Check", "{name} delivered no sound data ({reason})").format(
                    name=dev.description(), reason=error.name
                )
            )
        samples = int16_to_float(bytes(buf))
        ch = max(1, fmt.channelCount())
        peak, rms = levels(samples)
        took = time.monotonic() - (first[0] if first else t0)
        return LevelReport(dev.description(), peak, rms, took, samples.size // ch)

    def play_tone(self, device_id: str | None, seconds: float) -> None:
        """Play a 440 Hz tone at -12 dBFS and return when it has been played."""
        from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QTimer
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink

        dev = self._find(device_id, False)
        fmt = QAudioFormat()
        fmt.setSampleRate(SAMPLE_RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        data = QByteArray(tone(seconds=seconds))
        buffer = QBuffer()
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        sink = QAudioSink(dev, fmt)
        loop = QEventLoop()
        sink.stateChanged.connect(
            lambda st: loop.quit() if st.name in ("IdleState", "StoppedState") else None
        )
        QTimer.singleShot(int(seconds * 1000) + 1500, loop.quit)  # never wait forever
        sink.start(buffer)
        if sink.error().name != "NoError":
            raise AudioError(
                translate("Check", "{name} could not play ({reason})").format(
                    name=dev.description(), reason=sink.error().name
                )
            )
        loop.exec()
        sink.stop()
