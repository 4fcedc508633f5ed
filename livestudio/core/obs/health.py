"""The stream's health from OBS's counters, and the incidents worth a line in the live log.

Pure Python over samples with a monotonic time, so a whole show's worth of drops and
reconnects can be replayed in a test. Bitrate comes from output-bytes deltas (what the
encoder really sent), dropped frames from OBS's skipped/total output frames over a window.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

DROP_THRESHOLD_PCT = 5.0  # dropped frames above this …
DROP_SUSTAIN_MS = 5_000  # … for this long is an incident
DROP_WINDOW_MS = 10_000  # the window the dropped-frames figure is taken over


@dataclass(frozen=True)
class StreamSample:
    """One reading of GetStreamStatus (+ GetRecordStatus / GetStats) at monotonic `at_ms`."""

    at_ms: int
    connected: bool = True
    live: bool = False
    reconnecting: bool = False
    recording: bool = False
    output_bytes: int = 0
    skipped_frames: int = 0
    total_frames: int = 0
    congestion: float = 0.0

    @classmethod
    def from_obs(cls, at_ms: int, stream: dict[str, Any], recording: bool = False) -> StreamSample:
        return cls(
            at_ms,
            True,
            bool(stream.get("outputActive")),
            bool(stream.get("outputReconnecting")),
            recording,
            int(stream.get("outputBytes") or 0),
            int(stream.get("outputSkippedFrames") or 0),
            int(stream.get("outputTotalFrames") or 0),
            float(stream.get("outputCongestion") or 0.0),
        )


@dataclass(frozen=True)
class Health:
    """What the health strip shows. None = not known (yet)."""

    connected: bool = False
    live: bool = False
    recording: bool = False
    reconnecting: bool = False
    bitrate_kbps: float | None = None
    dropped_pct: float | None = None
    congestion: float | None = None

    @property
    def trouble(self) -> bool:
        return (
            not self.connected
            or self.reconnecting
            or (self.dropped_pct is not None and self.dropped_pct > DROP_THRESHOLD_PCT)
        )


class IncidentKind(StrEnum):
    OBS_DISCONNECTED = "obs_disconnected"
    OBS_RECONNECTED = "obs_reconnected"
    STREAM_DROPPED = "stream_dropped"  # the stream stopped without End show asking for it
    RECONNECTING = "reconnecting"
    RECOVERED = "recovered"
    DROPPING_FRAMES = "dropping_frames"
    FRAMES_OK = "frames_ok"


# kinds that close a problem, and the kind each one closes
ENDS = {
    IncidentKind.OBS_RECONNECTED: IncidentKind.OBS_DISCONNECTED,
    IncidentKind.RECOVERED: IncidentKind.RECONNECTING,
    IncidentKind.FRAMES_OK: IncidentKind.DROPPING_FRAMES,
}


@dataclass(frozen=True)
class Incident:
    kind: IncidentKind
    at_ms: int
    duration_ms: int = 0  # for a kind in ENDS: how long the problem lasted
    details: dict[str, Any] = field(default_factory=dict)


class HealthMonitor:
    """Feed samples in time order; each `feed` returns the new Health and any incidents."""

    def __init__(
        self,
        drop_threshold_pct: float = DROP_THRESHOLD_PCT,
        drop_sustain_ms: int = DROP_SUSTAIN_MS,
        drop_window_ms: int = DROP_WINDOW_MS,
    ) -> None:
        self.drop_threshold_pct = drop_threshold_pct
        self.drop_sustain_ms = drop_sustain_ms
        self.drop_window_ms = drop_window_ms
        self.expect_live = False  # set while the show wants the stream up (Go live .. End show)
        self._prev: StreamSample | None = None
        self._window: deque[StreamSample] = deque()
        self._open: dict[IncidentKind, int] = {}  # problem kind -> since (ms)
        self._drop_since: int | None = None
        self.health = Health()

    def _start(self, kind: IncidentKind, at: int, **details: Any) -> Incident:
        self._open[kind] = at
        return Incident(kind, at, 0, details)

    def _end(self, kind: IncidentKind, at: int, **details: Any) -> Incident | None:
        since = self._open.pop(ENDS[kind], None)
        if since is None:
            return None
        return Incident(kind, at, at - since, details)

    def disconnected(self, at_ms: int) -> list[Incident]:
        """OBS went away (closed, crashed, network)."""
        return self.feed(StreamSample(at_ms, connected=False))

    def feed(self, s: StreamSample) -> list[Incident]:
        out: list[Incident] = []
        prev = self._prev
        was_connected = prev.connected if prev is not None else False
        if not s.connected:
            if was_connected and IncidentKind.OBS_DISCONNECTED not in self._open:
                out.append(self._start(IncidentKind.OBS_DISCONNECTED, s.at_ms))
            self.health = Health(connected=False)
            self._prev = s
            self._window.clear()
            return out
        if IncidentKind.OBS_DISCONNECTED in self._open:
            end = self._end(IncidentKind.OBS_RECONNECTED, s.at_ms)
            if end is not None:
                out.append(end)
        # stream up / down / reconnecting
        was_live = bool(prev and prev.connected and prev.live)
        if s.reconnecting and IncidentKind.RECONNECTING not in self._open:
            out.append(self._start(IncidentKind.RECONNECTING, s.at_ms))
        elif not s.reconnecting and s.live and IncidentKind.RECONNECTING in self._open:
            end = self._end(IncidentKind.RECOVERED, s.at_ms)
            if end is not None:
                out.append(end)
        if was_live and not s.live and not s.reconnecting and self.expect_live:
            self._open.pop(IncidentKind.RECONNECTING, None)
            out.append(Incident(IncidentKind.STREAM_DROPPED, s.at_ms))
        # bitrate and dropped frames over the window
        bitrate = None
        if prev is not None and prev.connected and s.live and s.at_ms > prev.at_ms:
            sent = s.output_bytes - prev.output_bytes
            if sent >= 0:
                bitrate = sent * 8 / (s.at_ms - prev.at_ms)  # bits per ms = kbit/s
        if not s.live:
            self._window.clear()
        else:
            self._window.append(s)
            while self._window and self._window[0].at_ms < s.at_ms - self.drop_window_ms:
                self._window.popleft()
        dropped = self._dropped_pct()
        out.extend(self._drop_incidents(s.at_ms, dropped))
        self.health = Health(
            True,
            s.live,
            s.recording,
            s.reconnecting,
            bitrate,
            dropped,
            s.congestion if s.live else None,
        )
        self._prev = s
        return out

    def _dropped_pct(self) -> float | None:
        if len(self._window) < 2:
            return None
        first, last = self._window[0], self._window[-1]
        frames = last.total_frames - first.total_frames
        if frames <= 0:
            return None
        skipped = max(0, last.skipped_frames - first.skipped_frames)
        return 100.0 * skipped / frames

    def _drop_incidents(self, at: int, dropped: float | None) -> list[Incident]:
        high = dropped is not None and dropped > self.drop_threshold_pct
        if high:
            if self._drop_since is None:
                self._drop_since = at
            if (
                at - self._drop_since >= self.drop_sustain_ms
                and IncidentKind.DROPPING_FRAMES not in self._open
            ):
                self._open[IncidentKind.DROPPING_FRAMES] = self._drop_since
                return [
                    Incident(
                        IncidentKind.DROPPING_FRAMES,
                        self._drop_since,
                        0,
                        {"dropped_pct": round(dropped or 0.0, 1)},
                    )
                ]
            return []
        self._drop_since = None
        if IncidentKind.DROPPING_FRAMES in self._open:
            end = self._end(IncidentKind.FRAMES_OK, at)
            return [end] if end is not None else []
        return []
