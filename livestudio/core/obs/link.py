"""The app's one link to OBS: connection, scenes, stream/record control and health polling.

Live and Check subscribe to its signals. It polls the stream's counters once a second while
connected (and at once when OBS reports a state change), and turns them into Health and
Incidents through HealthMonitor.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from livestudio.core.durations import format_duration
from livestudio.core.i18n import translate
from livestudio.core.obs.client import ObsClient, ObsState, ObsStatus
from livestudio.core.obs.health import Health, HealthMonitor, Incident, IncidentKind, StreamSample
from livestudio.core.obs.protocol import Reply

log = logging.getLogger("livestudio.obs")

POLL_MS = 1000


def _t(text: str) -> str:
    return translate("Obs", text)


def incident_text(incident: Incident) -> str:
    """The live-log line for an incident, in the UI language."""
    k = incident.kind
    took = format_duration(incident.duration_ms)
    if k is IncidentKind.OBS_DISCONNECTED:
        return _t("OBS disconnected")
    if k is IncidentKind.OBS_RECONNECTED:
        return _t("OBS connected again after {duration}").format(duration=took)
    if k is IncidentKind.STREAM_DROPPED:
        return _t("Stream stopped in OBS")
    if k is IncidentKind.RECONNECTING:
        return _t("Stream reconnecting")
    if k is IncidentKind.RECOVERED:
        return _t("Stream recovered after {duration} reconnecting").format(duration=took)
    if k is IncidentKind.DROPPING_FRAMES:
        pct = incident.details.get("dropped_pct", 0.0)
        return _t("Dropping frames: {pct:.1f} % of frames skipped").format(pct=pct)
    return _t("Frames back to normal after {duration}").format(duration=took)


class ObsLink(QObject):
    status_changed = Signal(object)  # ObsStatus
    health_updated = Signal(object)  # Health
    incident_happened = Signal(object)  # Incident
    scenes_changed = Signal(list, str)  # scene names, current program scene

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        client: ObsClient | None = None,
        now_ms: Callable[[], int] | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.client = client or ObsClient(self)
        self.monitor = HealthMonitor()
        self._now = now_ms or (lambda: time.monotonic_ns() // 1_000_000)
        self.scenes: list[str] = []
        self.current_scene = ""
        self._recording = False
        self._polling = False
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.poll)
        self.client.status_changed.connect(self._on_client_status_changed)
        self.client.identified.connect(self._on_client_identified)
        self.client.event_received.connect(self._on_client_event_received)

    # ---- connection ----------------------------------------------------------------
    @property
    def status(self) -> ObsStatus:
        return self.client.status

    @property
    def connected(self) -> bool:
        return self.client.status.state is ObsState.CONNECTED

    def start(self, url: str, password: str | None) -> None:
        self.client.start(url, password)

    def stop(self) -> None:
        self._poll.stop()
        self.client.stop()

    @Slot(object)
    def _on_client_status_changed(self, status: ObsStatus) -> None:
        if status.state is not ObsState.CONNECTED:
            self._poll.stop()
            for incident in self.monitor.disconnected(self._now()):
                self.incident_happened.emit(incident)
            self.health_updated.emit(self.monitor.health)
        self.status_changed.emit(status)

    @Slot()
    def _on_client_identified(self) -> None:
        self.refresh_scenes()
        self.poll()
        self._poll.start()

    @Slot(str, object)
    def _on_client_event_received(self, kind: str, data: dict[str, Any]) -> None:
        if kind in ("StreamStateChanged", "RecordStateChanged"):
            if kind == "RecordStateChanged":
                self._recording = bool(data.get("outputActive"))
            self.poll()
        elif kind == "CurrentProgramSceneChanged":
            self.current_scene = str(data.get("sceneName", ""))
            self.scenes_changed.emit(list(self.scenes), self.current_scene)
        elif kind in ("SceneListChanged", "SceneNameChanged", "SceneCreated", "SceneRemoved"):
            self.refresh_scenes()

    # ---- scenes --------------------------------------------------------------------
    def refresh_scenes(self) -> None:
        def got(reply: Reply) -> None:
            if not reply.ok:
                return
            # OBS lists scenes bottom-up; show them as the OBS window does, top first
            names = [str(s.get("sceneName", "")) for s in reply.data.get("scenes", [])]
            self.scenes = list(reversed(names))
            self.current_scene = str(reply.data.get("currentProgramSceneName") or "")
            self.scenes_changed.emit(list(self.scenes), self.current_scene)

        self.client.request("GetSceneList", on_reply=got)

    def set_scene(self, name: str, on_done: Callable[[Reply], None] | None = None) -> None:
        self.client.request("SetCurrentProgramScene", {"sceneName": name}, on_reply=on_done)

    # ---- outputs -------------------------------------------------------------------
    def start_stream(self, on_done: Callable[[Reply], None] | None = None) -> None:
        self.monitor.expect_live = True
        self.client.request("StartStream", on_reply=on_done)

    def stop_stream(self, on_done: Callable[[Reply], None] | None = None) -> None:
        self.monitor.expect_live = False
        self.client.request("StopStream", on_reply=on_done)

    def start_record(self, on_done: Callable[[Reply], None] | None = None) -> None:
        self.client.request("StartRecord", on_reply=on_done)

    def stop_record(self, on_done: Callable[[Reply], None] | None = None) -> None:
        self.client.request("StopRecord", on_reply=on_done)

    # ---- health --------------------------------------------------------------------
    @Slot()
    def poll(self) -> None:
        if self._polling or not self.connected:
            return
        self._polling = True

        def got_record(reply: Reply) -> None:
            if reply.ok:
                self._recording = bool(reply.data.get("outputActive"))

        def got_stream(reply: Reply) -> None:
            self._polling = False
            if not reply.ok:
                return
            sample = StreamSample.from_obs(self._now(), reply.data, self._recording)
            for incident in self.monitor.feed(sample):
                self.incident_happened.emit(incident)
            self.health_updated.emit(self.monitor.health)

        self.client.request("GetRecordStatus", on_reply=got_record)
        self.client.request("GetStreamStatus", on_reply=got_stream)

    @property
    def health(self) -> Health:
        return self.monitor.health
