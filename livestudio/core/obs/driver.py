"""What a live show asks of OBS: the segment's scene on every segment change (unless the host
holds the scene), streaming/recording started with Go live when the show says so, the health
track recorded, and every incident written to the live log with its duration.

A QObject over ObsLink with plain callbacks into the live log, so the Live controller stays the
only caller of the show clock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from livestudio.core.obs.health import Health, Incident
from livestudio.core.obs.link import ObsLink, incident_text
from livestudio.core.obs.protocol import Reply

log = logging.getLogger("livestudio.obs")

LogIncident = Callable[[str, dict[str, Any]], None]  # (text, payload) -> appended to the live log
RecordHealth = Callable[[Health], None]


class ObsShowDriver(QObject):
    scene_held_changed = Signal(bool)
    request_failed = Signal(str)  # a start/stop/scene request OBS refused: the reason

    def __init__(
        self,
        link: ObsLink,
        log_incident: LogIncident,
        record_health: RecordHealth | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.link = link
        self._log_incident = log_incident
        self._record_health = record_health
        self.stream_with_show = False
        self.record_with_show = False
        self.scene_held = False
        self.wanted_scene = ""
        self.active = False
        link.incident_happened.connect(self._on_link_incident_happened)
        link.health_updated.connect(self._on_link_health_updated)

    # ---- the show ------------------------------------------------------------------
    def go_live(self, scene: str = "") -> None:
        """Go live pressed: start what the show asks for and show the first segment's scene."""
        self.active = True
        if not self.link.connected:
            return
        if self.stream_with_show:
            self.link.start_stream(self._checked)
        if self.record_with_show:
            self.link.start_record(self._checked)
        self.segment_changed(scene)

    def end_show(self, stop_stream: bool, stop_record: bool) -> None:
        """End show, after the host answered whether to stop OBS's outputs."""
        self.active = False
        if not self.link.connected:
            return
        if stop_stream:
            self.link.stop_stream(self._checked)
        if stop_record:
            self.link.stop_record(self._checked)

    def segment_changed(self, scene: str) -> None:
        """A new segment is on: switch to its scene, unless held or the segment names none."""
        self.wanted_scene = scene
        if scene and not self.scene_held and self.link.connected:
            if scene != self.link.current_scene:
                self.link.set_scene(scene, self._checked)

    def set_scene_held(self, held: bool) -> None:
        """The host holds the current scene (a close-up runs long); releasing it catches up."""
        if held == self.scene_held:
            return
        self.scene_held = held
        self.scene_held_changed.emit(held)
        if not held:
            self.segment_changed(self.wanted_scene)

    def switch_to(self, scene: str) -> None:
        """A scene picked by hand: shown at once, and held until released."""
        self.set_scene_held(True)
        if self.link.connected:
            self.link.set_scene(scene, self._checked)

    def _checked(self, reply: Reply) -> None:
        if not reply.ok and reply.code not in (500, 501):  # already running / not running
            log.warning("OBS refused %s: %s", reply.request_type, reply.comment)
            self.request_failed.emit(f"{reply.request_type}: {reply.comment or reply.code}")

    # ---- health & incidents --------------------------------------------------------
    @Slot(object)
    def _on_link_incident_happened(self, incident: Incident) -> None:
        if not self.active:
            return
        payload: dict[str, Any] = {"source": "obs", "obs": str(incident.kind)}
        if incident.duration_ms:
            payload["duration_ms"] = incident.duration_ms
        payload.update(incident.details)
        self._log_incident(incident_text(incident), payload)

    @Slot(object)
    def _on_link_health_updated(self, health: Health) -> None:
        if self.active and self._record_health is not None:
            self._record_health(health)
