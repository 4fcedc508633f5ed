"""Camera probe: list cameras, capture a few seconds, measure resolution and frame rate.

`CameraBackend` is the seam; `QtCameraBackend` uses QCamera + QVideoSink (QtMultimedia only,
no widgets). The live preview belongs to the UI (ui/check/media.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from livestudio.core.i18n import translate

MIN_WIDTH, MIN_HEIGHT, MIN_FPS = 1280, 720, 24.0


class CameraError(Exception):
    """str() names the device and the reason."""


@dataclass(frozen=True)
class CameraDevice:
    id: str
    name: str
    is_default: bool = False


@dataclass(frozen=True)
class CameraReport:
    device: str
    width: int
    height: int
    fps: float
    frames: int
    seconds: float


def camera_status(rep: CameraReport) -> tuple[str, str]:
    if rep.frames == 0:
        return "fail", translate("Check", "{name} delivered no pictures").format(name=rep.device)
    if rep.width < MIN_WIDTH or rep.height < MIN_HEIGHT:
        return "warn", translate("Check", "resolution below 1280x720")
    if rep.fps < MIN_FPS:
        return "warn", translate("Check", "frame rate below 24 fps — more light helps")
    return "pass", ""


class CameraBackend(Protocol):
    def cameras(self) -> list[CameraDevice]: ...
    def measure(
        self, device_id: str | None, seconds: float, cancelled: Callable[[], bool] | None = None
    ) -> CameraReport: ...


class QtCameraBackend:
    def cameras(self) -> list[CameraDevice]:
        from PySide6.QtMultimedia import QMediaDevices

        default = QMediaDevices.defaultVideoInput()
        return [
            CameraDevice(
                bytes(d.id().data()).decode("utf-8", "replace"), d.description(), d == default
            )
            for d in QMediaDevices.videoInputs()
        ]

    def measure(
        self, device_id: str | None, seconds: float, cancelled: Callable[[], bool] | None = None
    ) -> CameraReport:
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        devices = QMediaDevices.videoInputs()
        if not devices:
            raise CameraError(translate("Check", "no camera found"))
        dev = QMediaDevices.defaultVideoInput()
        if device_id:
            match = [
                d for d in devices if bytes(d.id().data()).decode("utf-8", "replace") == device_id
            ]
            if not match:
                raise CameraError(
                    translate("Check", "camera {name} is not connected").format(name=device_id)
                )
            dev = match[0]
        cam = QCamera(dev)
        session = QMediaCaptureSession()
        sink = QVideoSink()
        session.setCamera(cam)
        session.setVideoSink(sink)
        frames: list[tuple[float, int, int]] = []
        errors: list[str] = []
        loop = QEventLoop()

        def on_frame(frame) -> None:
            frames.append((time.monotonic(), frame.width(), frame.height()))

        def on_error(_error: object, text: str) -> None:
            errors.append(text)
            loop.quit()

        sink.videoFrameChanged.connect(on_frame)
        cam.errorOccurred.connect(on_error)
        t0 = time.monotonic()

        def tick() -> None:
            if time.monotonic() - t0 >= seconds or (cancelled is not None and cancelled()):
                loop.quit()

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(50)
        cam.start()
        loop.exec()
        timer.stop()
        cam.stop()
        if errors:
            raise CameraError(
                translate("Check", "{name} could not be opened: {reason}").format(
                    name=dev.description(), reason=errors[0]
                )
            )
        if len(frames) < 2:
            return CameraReport(dev.description(), 0, 0, 0.0, len(frames), time.monotonic() - t0)
        span = frames[-1][0] - frames[0][0]
        fps = (len(frames) - 1) / span if span > 0 else 0.0
        _, w, h = frames[-1]
        return CameraReport(dev.description(), w, h, fps, len(frames), time.monotonic() - t0)
