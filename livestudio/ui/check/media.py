"""Live device views for the Check workspace: camera preview and microphone level meter."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QIODevice, Qt, QTimer, Signal, Slot
from PySide6.QtMultimedia import (
    QAudioDevice,
    QAudioFormat,
    QAudioSource,
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
)
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QLabel, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from livestudio.core.checks.audio import FLOOR_DBFS, int16_to_float, levels

log = logging.getLogger("livestudio.check")


def device_id(dev: QCameraDevice | QAudioDevice) -> str:
    return bytes(dev.id().data()).decode("utf-8", "replace")


class CameraPreview(QWidget):
    """QVideoWidget showing the chosen camera; a plain message when there is none."""

    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedWidget(self)
        self._message = QLabel(self.tr("Preview is off."), self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setStyleSheet(
            "background:#202020;color:#dddddd;border-radius:4px;padding:8px"
        )
        self._video = QVideoWidget(self)
        self._stack.addWidget(self._message)
        self._stack.addWidget(self._video)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._stack)
        self.setMinimumSize(160, 110)
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self._session.setVideoOutput(self._video)

    def is_running(self) -> bool:
        return self._camera is not None

    def start(self, camera_id: str | None) -> None:
        self.stop()
        devices = QMediaDevices.videoInputs()
        dev = next((d for d in devices if device_id(d) == camera_id), None) if camera_id else None
        if dev is None and devices:
            dev = QMediaDevices.defaultVideoInput()
        if dev is None or dev.isNull():
            self._message.setText(self.tr("No camera found. Connect one and press Refresh."))
            self._stack.setCurrentWidget(self._message)
            return
        self._camera = QCamera(dev, self)
        self._camera.errorOccurred.connect(self._on_camera_error)
        self._session.setCamera(self._camera)
        self._stack.setCurrentWidget(self._video)
        self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)  # type: ignore[arg-type]
            self._camera.deleteLater()
            self._camera = None
        self._message.setText(self.tr("Preview is off."))
        self._stack.setCurrentWidget(self._message)

    @Slot(QCamera.Error, str)
    def _on_camera_error(self, _error: QCamera.Error, text: str) -> None:
        self.stop()
        self._message.setText(
            self.tr("The camera could not be opened: {reason}").format(reason=text)
        )
        self.failed.emit(text)


class LevelMeter(QWidget):
    """Live input level (peak dBFS, -60..0) from a QAudioSource on the UI thread (tiny reads)."""

    level_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(-60, 0)
        self.bar.setValue(-60)
        self.bar.setFormat(self.tr("off"))
        self.bar.setTextVisible(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.bar)
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._on_timer_timeout)

    def is_running(self) -> bool:
        return self._source is not None

    def start(self, mic_id: str | None) -> bool:
        self.stop()
        devices = QMediaDevices.audioInputs()
        dev = next((d for d in devices if device_id(d) == mic_id), None) if mic_id else None
        if dev is None:
            dev = QMediaDevices.defaultAudioInput()
        if dev.isNull():
            self.bar.setFormat(self.tr("no microphone"))
            return False
        fmt = QAudioFormat()
        fmt.setSampleRate(48000)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._source = QAudioSource(dev, fmt, self)
        self._io = self._source.start()
        if self._io is None:
            self.stop()
            self.bar.setFormat(self.tr("cannot open"))
            return False
        self._timer.start()
        return True

    def stop(self) -> None:
        self._timer.stop()
        if self._source is not None:
            self._source.stop()
            self._source.deleteLater()
        self._source, self._io = None, None
        self.bar.setValue(-60)
        self.bar.setFormat(self.tr("off"))

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._io is None:
            return
        data: QByteArray = self._io.readAll()
        if data.isEmpty():
            return
        peak, _ = levels(int16_to_float(bytes(data.data())))
        self.show_level(peak)

    def show_level(self, peak_dbfs: float) -> None:
        shown = max(-60.0, min(0.0, peak_dbfs))
        self.bar.setValue(int(round(shown)))
        self.bar.setFormat(
            self.tr("silent")
            if peak_dbfs <= FLOOR_DBFS + 1
            else self.tr("{db:.0f} dBFS").format(db=peak_dbfs)
        )
        color = "#2e7d32" if shown < -6 else ("#f9a825" if shown < -1 else "#c62828")
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
        self.level_changed.emit(peak_dbfs)
