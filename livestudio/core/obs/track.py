"""The stream-health track of a live run: a sample every few seconds while OBS is linked,
written in small batches (health is telemetry: a busy store skips a batch rather than wait),
read back by Review to draw bitrate and dropped frames under the viewer curve."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from livestudio.core.db import Store
from livestudio.core.models import StreamHealth
from livestudio.core.obs.health import Health

log = logging.getLogger("livestudio.obs")

EVERY_MS = 5000
BATCH = 6  # write every ~30 s of show time


@dataclass(frozen=True)
class HealthPoint:
    offset_ms: int
    connected: bool
    live: bool
    recording: bool
    reconnecting: bool
    bitrate_kbps: int | None
    dropped_pct: float | None
    congestion: float | None


class HealthTrack:
    """`submit(fn)` runs a write; the Live screen passes one that runs it on a worker thread
    so a busy store never holds up the show (inline by default, for tests and tools)."""

    def __init__(
        self,
        store: Store,
        run_id: int,
        every_ms: int = EVERY_MS,
        submit: Callable[[Callable[[], None]], object] | None = None,
    ) -> None:
        self.store, self.run_id, self.every_ms = store, run_id, every_ms
        self._submit = submit or (lambda fn: fn())
        self._last: int | None = None
        self._pending: list[HealthPoint] = []

    def add(self, offset_ms: int, health: Health) -> bool:
        """Keep a sample if `every_ms` of show time passed since the last; True when kept."""
        if self._last is not None and offset_ms - self._last < self.every_ms:
            return False
        self._last = offset_ms
        self._pending.append(
            HealthPoint(
                offset_ms,
                health.connected,
                health.live,
                health.recording,
                health.reconnecting,
                round(health.bitrate_kbps) if health.bitrate_kbps is not None else None,
                round(health.dropped_pct, 2) if health.dropped_pct is not None else None,
                health.congestion,
            )
        )
        if len(self._pending) >= BATCH:
            self.flush()
        return True

    def flush(self) -> None:
        if not self._pending:
            return
        rows, self._pending = self._pending, []
        self._submit(lambda: self._write(rows))

    def _write(self, rows: list[HealthPoint]) -> None:
        try:
            with self.store.transaction() as s:
                s.add_all(StreamHealth(run_id=self.run_id, **vars(p)) for p in rows)
        except OperationalError as exc:  # locked or full: the show matters more than telemetry
            log.warning("stream health not saved (%d samples): %s", len(rows), exc)


def load_track(store: Store, run_id: int) -> list[HealthPoint]:
    with store.session() as s:
        rows = s.scalars(
            select(StreamHealth)
            .where(StreamHealth.run_id == run_id)
            .order_by(StreamHealth.offset_ms)
        ).all()
        return [
            HealthPoint(
                r.offset_ms,
                r.connected,
                r.live,
                r.recording,
                r.reconnecting,
                r.bitrate_kbps,
                r.dropped_pct,
                r.congestion,
            )
            for r in rows
        ]
