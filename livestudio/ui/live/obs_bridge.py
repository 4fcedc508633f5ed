"""Live and OBS: the run-of-show drives OBS's scenes, Go live starts the stream / recording when
the show says so, End show asks before stopping them, incidents OBS reports go to the live log,
and the stream-health track is kept for Review. A QObject between the Live controller and the
app's one ObsLink; it draws nothing (the health strips are ui/obs/health_strip.py)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from livestudio.core.live.engine import LiveView
from livestudio.core.obs.driver import ObsShowDriver
from livestudio.core.obs.health import Health
from livestudio.core.obs.link import ObsLink
from livestudio.core.obs.track import HealthTrack
from livestudio.tasks import run_task
from livestudio.ui.live.controller import LiveController

log = logging.getLogger("livestudio.live")


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveObs", text)


class LiveObsBridge(QObject):
    scene_hold_changed = Signal(bool)

    def __init__(
        self, controller: LiveController, link: ObsLink, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.link = link
        self.track: HealthTrack | None = None
        self.driver = ObsShowDriver(link, self._log_incident, self._record_health, self)
        self.driver.scene_held_changed.connect(self.scene_hold_changed)
        self.driver.request_failed.connect(
            lambda why: controller.say(_t("OBS refused: {reason}").format(reason=why))
        )
        self.dialog_parent: QWidget | None = None  # the End-show question's parent
        self.stop_question: QMessageBox | None = None
        self._scenes: dict[int, str] = {}
        self._index: int | None = None
        controller.run_attached.connect(self._on_controller_run_attached)
        controller.went_live.connect(self._on_controller_went_live)
        controller.view_changed.connect(self._on_controller_view_changed)
        controller.run_ended.connect(self._on_controller_run_ended)

    # ---- the show ---------------------------------------------------------------------
    @Slot(int)
    def _on_controller_run_attached(self, run_id: int) -> None:
        clock = self.controller.clock
        if clock is None:
            return
        self._scenes = self.controller.service.scenes(clock.show_id)
        stream, record = self.controller.service.obs_options(clock.show_id)
        self.driver.stream_with_show, self.driver.record_with_show = stream, record
        if self.track is not None:
            self.track.flush()
        self.track = HealthTrack(
            self.controller.service.store, run_id, submit=lambda fn: run_task(fn)
        )
        view = clock.view()
        self._index = view.index
        # a resumed show: OBS keeps what it is doing; incidents and health are watched again
        self.driver.active = view.started and not view.ended

    @Slot(int)
    def _on_controller_went_live(self, _run_id: int) -> None:
        """Go live: start what the show asks OBS for, and show the first segment's scene."""
        view = self.controller.current_view()
        self._index = view.index if view is not None else 0
        self.driver.go_live(self.scene_for(self._index))

    def scene_for(self, index: int) -> str:
        clock = self.controller.clock
        if clock is None or not 0 <= index < len(clock.replay.segments):
            return ""
        segment_id = clock.replay.segments[index].plan.segment_id
        return self._scenes.get(segment_id, "") if segment_id is not None else ""

    @Slot(object, bool, bool)
    def _on_controller_view_changed(self, view: LiveView | None, _flash: bool, _sec: bool) -> None:
        if view is None or self.controller.clock is None or view.ended:
            return
        if view.started and view.index != self._index:
            self._index = view.index
            self.driver.segment_changed(self.scene_for(view.index))

    @Slot(int)
    def _on_controller_run_ended(self, _run_id: int) -> None:
        health = self.link.health
        if self.track is not None:
            self.track.flush()
        if not self.link.connected or not (health.live or health.recording):
            self.driver.end_show(False, False)
            return
        self.ask_to_stop(self.dialog_parent)

    def ask_to_stop(self, parent: QWidget | None) -> QMessageBox:
        """End show: OBS is still streaming or recording — ask, never stop it silently."""
        health = self.link.health
        what = (
            _t("OBS is still streaming and recording.")
            if health.live and health.recording
            else _t("OBS is still streaming.")
            if health.live
            else _t("OBS is still recording.")
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _t("Stop OBS too?"),
            what + "\n" + _t("Stop it now? (Your viewers see the end of the stream.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: Any) -> None:
            yes = box.standardButton(button) == QMessageBox.StandardButton.Yes
            self.driver.end_show(yes and health.live, yes and health.recording)
            if yes:
                self.controller.say(_t("OBS stream and recording stopped."))

        box.buttonClicked.connect(answered)
        box.setModal(False)
        box.open()
        self.stop_question = box
        return box

    # ---- scenes by hand ---------------------------------------------------------------
    def toggle_hold(self) -> bool:
        self.driver.set_scene_held(not self.driver.scene_held)
        self.controller.say(
            _t("OBS scene held: segment changes leave it as it is.")
            if self.driver.scene_held
            else _t("OBS scene follows the run-of-show again.")
        )
        return self.driver.scene_held

    def switch_to(self, scene: str) -> None:
        self.driver.switch_to(scene)
        self.controller.say(
            _t("OBS scene: {scene} (held; press O to follow the run-of-show)").format(scene=scene)
        )

    # ---- what OBS reports ---------------------------------------------------------------
    def _log_incident(self, text: str, payload: dict[str, Any]) -> None:
        if self.controller.live:
            self.controller.log_entry("incident", text)

    def _record_health(self, health: Health) -> None:
        view = self.controller.current_view()
        if self.track is not None and view is not None and self.controller.live:
            self.track.add(view.now_ms, health)

    def close(self) -> None:
        if self.track is not None:
            self.track.flush()
