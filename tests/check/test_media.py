"""Microphone against the real PulseAudio virtual source; camera through a fake and through Qt."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from livestudio.core.checks.audio import (
    AudioDevice,
    LevelReport,
    QtAudioBackend,
    int16_to_float,
    levels,
    mic_status,
    tone,
)
from livestudio.core.checks.camera import CameraDevice, CameraError, CameraReport, QtCameraBackend
from livestudio.core.checks.probes import ProbeConfig, probe_camera, probe_microphone
from livestudio.core.checks.results import Status

from .conftest import MIC

TONE_DBFS = -12.0


def test_levels_of_a_generated_tone() -> None:
    peak, rms = levels(int16_to_float(tone(seconds=0.5, dbfs=-20.0)))
    assert peak == pytest.approx(-20.0, abs=0.1)
    assert rms == pytest.approx(-23.0, abs=0.4)  # sine RMS is 3 dB under its peak
    assert levels(np.zeros(1000, dtype=np.float32)) == (-120.0, -120.0)


@pytest.mark.parametrize(
    ("peak", "rms", "status"),
    [
        (-70.0, -80.0, "fail"),
        (-0.5, -6.0, "warn"),
        (-1.0, -10.0, "warn"),
        (-30.0, -45.0, "warn"),
        (-6.0, -18.0, "pass"),
    ],
)
def test_microphone_rules(peak: float, rms: float, status: str) -> None:
    assert mic_status(LevelReport("mic", peak, rms, 3.0, 144000))[0] == status


# ---- the real PulseAudio path ----------------------------------------------------------


def _wav(path: Path, pcm: bytes, rate: int = 48000) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)
    return path


@pytest.mark.pulse
def test_qt_sees_the_pulse_virtual_microphone(pulse) -> None:  # type: ignore[no-untyped-def]
    ids = [d.id for d in QtAudioBackend().inputs()]
    assert MIC in ids, f"QtMultimedia lists {ids}"


@pytest.mark.pulse
def test_microphone_measures_a_known_tone_within_3_db(pulse, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pulse(_wav(tmp_path / "tone.wav", tone(freq_hz=440, seconds=6.0, dbfs=TONE_DBFS)))
    r = probe_microphone(ProbeConfig(mic_id=MIC, capture_seconds=1.5, audio=QtAudioBackend()))
    assert r.status == Status.PASS, r.value_text
    assert r.values["peak_dbfs"] == pytest.approx(TONE_DBFS, abs=3.0)
    assert r.values["rms_dbfs"] == pytest.approx(TONE_DBFS - 3.01, abs=3.0)
    assert "dBFS" in r.value_text


@pytest.mark.pulse
def test_microphone_with_silence_fails_as_silent(pulse, private_mic, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # silence played into our own virtual source: other programs' sounds cannot leak in
    pulse(
        _wav(tmp_path / "silence.wav", bytes(48000 * 2 * 4)),
        device=private_mic.replace("_mic", "_sink"),
    )
    r = probe_microphone(
        ProbeConfig(mic_id=private_mic, capture_seconds=1.0, audio=QtAudioBackend())
    )
    assert r.status == Status.FAIL, r.value_text
    assert r.values["peak_dbfs"] < -60
    assert "silent" in r.note


# ---- camera ------------------------------------------------------------------------------


class FakeCamera:
    def __init__(
        self, cams: list[CameraDevice], report: CameraReport | None = None, error: str | None = None
    ) -> None:
        self._cams, self._report, self._error = cams, report, error

    def cameras(self) -> list[CameraDevice]:
        return self._cams

    def measure(self, device_id: str | None, seconds: float, cancelled=None) -> CameraReport:  # type: ignore[no-untyped-def]
        if self._error:
            raise CameraError(self._error)
        assert self._report is not None
        return self._report


CAM = CameraDevice("usb-1", "Logitech C920", True)


@pytest.mark.parametrize(
    ("w", "h", "fps", "status"),
    [
        (1920, 1080, 30.0, Status.PASS),
        (640, 480, 30.0, Status.WARN),
        (1280, 720, 15.0, Status.WARN),
    ],
)
def test_camera_probe_with_a_fake_backend(w: int, h: int, fps: float, status: Status) -> None:
    cam = FakeCamera([CAM], CameraReport("Logitech C920", w, h, fps, int(fps * 3), 3.0))
    r = probe_camera(ProbeConfig(camera=cam))
    assert r.status == status
    assert r.values["width"] == w and r.values["fps"] == fps
    assert "Logitech C920" in r.value_text and f"{w}x{h}" in r.value_text


def test_camera_that_cannot_be_opened_names_device_and_reason() -> None:
    cam = FakeCamera([CAM], error="Logitech C920 could not be opened: device busy")
    r = probe_camera(ProbeConfig(camera=cam))
    assert r.status == Status.FAIL and "Logitech C920" in r.value_text and "busy" in r.value_text
    assert probe_camera(ProbeConfig(camera=FakeCamera([]))).value_text == "no camera found"


def test_real_qt_camera_path_reports_no_camera_cleanly(qapp) -> None:  # type: ignore[no-untyped-def]
    backend = QtCameraBackend()
    if backend.cameras():
        pytest.skip("this machine has a camera")
    r = probe_camera(ProbeConfig(camera=backend))
    assert r.status == Status.FAIL and r.value_text == "no camera found"
    with pytest.raises(CameraError, match="no camera"):
        backend.measure(None, 0.1)


class FakeAudio:
    def inputs(self) -> list[AudioDevice]:
        return [AudioDevice("m", "USB mic", True)]

    def outputs(self) -> list[AudioDevice]:
        return [AudioDevice("s", "Speakers", True)]

    def measure(self, device_id, seconds, cancelled=None) -> LevelReport:  # type: ignore[no-untyped-def]
        return LevelReport("USB mic", -0.2, -8.0, seconds, 48000)

    def play_tone(self, device_id, seconds) -> None:  # type: ignore[no-untyped-def]
        pass


def test_clipping_microphone_warns() -> None:
    r = probe_microphone(ProbeConfig(audio=FakeAudio()))
    assert r.status == Status.WARN and "clipping" in r.note
