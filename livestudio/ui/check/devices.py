"""The devices panel: which camera, microphone and speakers the probes use, with a live camera
preview, a level meter and the test tone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QPushButton, QWidget

from livestudio.ui.check.media import CameraPreview, LevelMeter, device_id


class DevicesPanel(QGroupBox):
    tone_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Devices"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow side panel
        self.camera_combo = QComboBox(self)
        self.mic_combo = QComboBox(self)
        self.speaker_combo = QComboBox(self)
        for combo in (self.camera_combo, self.mic_combo, self.speaker_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.refresh_button = QPushButton(self.tr("Refresh devices"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.preview = CameraPreview(self)
        self.preview_button = QPushButton(self.tr("Start preview"), self)
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self._on_preview_button_toggled)
        self.meter = LevelMeter(self)
        self.meter_button = QPushButton(self.tr("Start level meter"), self)
        self.meter_button.setCheckable(True)
        self.meter_button.toggled.connect(self._on_meter_button_toggled)
        self.tone_button = QPushButton(self.tr("Play test tone"), self)
        self.tone_button.clicked.connect(self.tone_requested)
        form.addRow(self.tr("Camera:"), self.camera_combo)
        form.addRow(self.preview)
        form.addRow(self.preview_button)
        form.addRow(self.tr("Microphone:"), self.mic_combo)
        form.addRow(self.tr("Level:"), self.meter)
        form.addRow(self.meter_button)
        form.addRow(self.tr("Speakers:"), self.speaker_combo)
        form.addRow(self.tone_button)
        form.addRow(self.refresh_button)
        self.refresh()

    def camera_id(self) -> str | None:
        return self.camera_combo.currentData() or None

    def mic_id(self) -> str | None:
        return self.mic_combo.currentData() or None

    def speaker_id(self) -> str | None:
        return self.speaker_combo.currentData() or None

    @Slot()
    def refresh(self) -> None:
        """List the devices again (a camera plugged in after start)."""
        from PySide6.QtMultimedia import QMediaDevices

        def fill(combo: QComboBox, devs: list[Any], none_text: str) -> None:
            current = combo.currentData()
            combo.clear()
            if not devs:
                combo.addItem(none_text, "")
                return
            for d in devs:
                combo.addItem(d.description(), device_id(d))
                combo.setItemData(combo.count() - 1, d.description(), 3)  # tooltip
            idx = combo.findData(current)
            if idx >= 0:
                combo.setCurrentIndex(idx)

        fill(self.camera_combo, list(QMediaDevices.videoInputs()), self.tr("(no camera found)"))
        fill(self.mic_combo, list(QMediaDevices.audioInputs()), self.tr("(no microphone found)"))
        fill(self.speaker_combo, list(QMediaDevices.audioOutputs()), self.tr("(no speakers found)"))

    def release_camera(self) -> None:
        """The camera probe needs the camera to itself."""
        if self.preview.is_running():
            self.preview_button.setChecked(False)

    def stop(self) -> None:
        self.preview.stop()
        self.meter.stop()

    @Slot(bool)
    def _on_preview_button_toggled(self, on: bool) -> None:
        if on:
            self.preview.start(self.camera_id())
            if not self.preview.is_running():  # keep the preview's "no camera" message on screen
                self.preview_button.blockSignals(True)
                self.preview_button.setChecked(False)
                self.preview_button.blockSignals(False)
                return
            self.preview_button.setText(self.tr("Stop preview"))
        else:
            self.preview.stop()
            self.preview_button.setText(self.tr("Start preview"))

    @Slot(bool)
    def _on_meter_button_toggled(self, on: bool) -> None:
        if on:
            if not self.meter.start(self.mic_id()):
                self.meter_button.setChecked(False)
                return
            self.meter_button.setText(self.tr("Stop level meter"))
        else:
            self.meter.stop()
            self.meter_button.setText(self.tr("Start level meter"))
