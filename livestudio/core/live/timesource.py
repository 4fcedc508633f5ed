"""Where the show clock gets the time: a monotonic clock for durations, a wall clock for the log.

Tests inject `FakeTimeSource` and move it by hand, so a three-hour show runs in milliseconds.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class TimeSource(Protocol):
    def monotonic_ms(self) -> float: ...

    def wall_utc(self) -> datetime: ...


class SystemTimeSource:
    """The real clocks: `time.monotonic_ns` (never jumps) and the UTC wall clock."""

    def monotonic_ms(self) -> float:
        return time.monotonic_ns() / 1_000_000

    def wall_utc(self) -> datetime:
        return datetime.now(UTC)


class FakeTimeSource:
    """A clock that only moves when told to. Both clocks move together unless `jump_wall` is used."""

    def __init__(self, wall: datetime | None = None, mono_ms: float = 1_000_000.0) -> None:
        self._mono = float(mono_ms)
        self._wall = wall or datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

    def monotonic_ms(self) -> float:
        return self._mono

    def wall_utc(self) -> datetime:
        return self._wall

    def advance(self, ms: float) -> None:
        self._mono += ms
        self._wall += timedelta(milliseconds=ms)

    def jump_wall(self, ms: float) -> None:
        """Only the wall clock moves (time passing while the app was not running)."""
        self._wall += timedelta(milliseconds=ms)

    def restarted(self) -> FakeTimeSource:
        """A new process: same wall time, an unrelated monotonic origin."""
        return FakeTimeSource(self._wall, mono_ms=self._mono * 0.37 + 5_000.0)
