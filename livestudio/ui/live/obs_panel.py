"""The OBS row of the Live screen: the stream's health (also in the host view and the mini clock),
the show's choices to start streaming / recording with Go live, and the scene picker. Shown
only when an OBS address is set (Tools ▸ OBS); without OBS the Live screen is as it was."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from livestudio.core.obs.client import ObsStatus
from livestudio.core.obs.health import Health
from livestudio.core.obs.link import ObsLink
from livestudio.ui.live.controller import LiveController
from livestudio.ui.live.obs_bridge import LiveObsBridge
from livestudio.ui.live.pickers import Choice, QuickPicker
from livestudio.ui.obs.health_strip import HealthStrip


class LiveObsPanel(QWidget):
    def __init__(
        self, controller: LiveController, link: ObsLink, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("live_obs_panel")
        self.controller = controller
        self.link = link
        self.bridge = LiveObsBridge(controller, link, self)
        self.bridge.dialog_parent = self
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.strip = HealthStrip(self)
        row.addWidget(self.strip, 1)
        self.held = QLabel(self)
        self.held.setVisible(False)
        row.addWidget(self.held)
        self.stream_check = QCheckBox(self.tr("Start OBS streaming with Go live"), self)
        self.record_check = QCheckBox(self.tr("and recording"), self)
        for box in (self.stream_check, self.record_check):
            box.setToolTip(
                self.tr(
                    "Saved with this show. End show asks before stopping OBS; it never stops "
                    "it silently."
                )
            )
            box.toggled.connect(self._on_options_toggled)
            row.addWidget(box)
        self._strips: list[HealthStrip] = [self.strip]
        link.status_changed.connect(self._on_link_status_changed)
        link.health_updated.connect(self._on_link_health_updated)
        self.bridge.scene_hold_changed.connect(self._on_bridge_scene_hold_changed)
        self._on_link_status_changed(link.status)
        self._show_id = 0

    # ---- the show's options -----------------------------------------------------------
    def load_show(self, show_id: int) -> None:
        self._show_id = show_id
        stream, record = self.controller.service.obs_options(show_id) if show_id else (False, False)
        for box, on in ((self.stream_check, stream), (self.record_check, record)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.bridge.driver.stream_with_show = stream
        self.bridge.driver.record_with_show = record

    @Slot(bool)
    def _on_options_toggled(self, _on: bool) -> None:
        if not self._show_id:
            return
        stream, record = self.stream_check.isChecked(), self.record_check.isChecked()
        self.controller.service.set_obs_options(self._show_id, stream, record)
        self.bridge.driver.stream_with_show = stream
        self.bridge.driver.record_with_show = record

    def set_live(self, live: bool) -> None:
        """While on air the choices are fixed (they apply at Go live)."""
        self.stream_check.setEnabled(not live)
        self.record_check.setEnabled(not live)

    # ---- strips in other windows ------------------------------------------------------
    def add_strip(self, host: QWidget) -> HealthStrip:
        """A compact strip for the host view or the mini clock (added to `host`'s layout)."""
        strip = HealthStrip(host, compact=True)
        layout = host.layout()
        if layout is not None:
            layout.addWidget(strip)
        strip.set_status(self.link.status)
        strip.set_health(self.link.health)
        self._strips.append(strip)
        strip.destroyed.connect(lambda _obj=None, s=strip: self._forget(s))
        return strip

    def _forget(self, strip: HealthStrip) -> None:
        if strip in self._strips:
            self._strips.remove(strip)

    @Slot(object)
    def _on_link_status_changed(self, status: ObsStatus) -> None:
        for strip in list(self._strips):
            strip.set_status(status)
        self.setVisible(status.state != status.state.NOT_CONFIGURED)

    @Slot(object)
    def _on_link_health_updated(self, health: Health) -> None:
        for strip in list(self._strips):
            strip.set_health(health)

    @Slot(bool)
    def _on_bridge_scene_hold_changed(self, held: bool) -> None:
        self.held.setText(self.tr("scene held (O)") if held else "")
        self.held.setVisible(held)

    # ---- keys -------------------------------------------------------------------------
    def toggle_hold(self) -> None:
        if not self.link.connected:
            self.controller.say(self.tr("OBS is not connected (Tools ▸ OBS)."))
            return
        self.bridge.toggle_hold()

    def scene_picker(self, parent: QWidget) -> QuickPicker | None:
        if not self.link.connected or not self.link.scenes:
            self.controller.say(self.tr("OBS is not connected (Tools ▸ OBS)."))
            return None
        current = (
            self.link.scenes.index(self.link.current_scene)
            if self.link.current_scene in self.link.scenes
            else 0
        )
        choices = [Choice(i + 1, name, name) for i, name in enumerate(self.link.scenes)]
        picker = QuickPicker(
            self.tr("OBS scene"),
            self.tr("Type a number or a name, Enter switches OBS to it (held until O)."),
            choices,
            parent,
            current=current,
        )
        picker.picked.connect(lambda scene: self.bridge.switch_to(str(scene)))
        return picker
