"""Where the show clock gets the time: a monotonic clock for durations, a wall clock for the log,
and a boot clock whose readings stay comparable across restarts of the app.

`boot_reading()` is (boot id, milliseconds since boot). Two readings with the same boot id can
be subtracted to get the real time between them, even when the wall clock was changed in
between (a daylight-saving or NTP jump, a host fixing the time) — this is how the downtime after
a crash is measured. On Linux: CLOCK_BOOTTIME (counts suspend too) and
/proc/sys/kernel/random/boot_id. Elsewhere (documented fallback): `time.monotonic()` (since
boot on Windows and macOS) and a boot id derived from wall time minus that reading, rounded to
a minute; a wall-clock change or a sleep that stops the monotonic clock then looks like a new
boot, so the downtime falls back to wall time and is shown to the host as assumed.

Tests inject `FakeTimeSource` and move it by hand, so a three-hour show runs in milliseconds.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

BootReading = tuple[str, int]  # (boot id, ms since boot)


class TimeSource(Protocol):
    def monotonic_ms(self) -> float: ...

    def wall_utc(self) -> datetime: ...

    def boot_reading(self) -> BootReading | None: ...


_BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")
_boot_id_cache: str | None = None


def linux_boot_id() -> str | None:
    global _boot_id_cache
    if _boot_id_cache is None:
        try:
            _boot_id_cache = _BOOT_ID_FILE.read_text("ascii").strip() or None
        except OSError:
            return None
    return _boot_id_cache


def system_boot_reading() -> BootReading:
    clock = getattr(time, "CLOCK_BOOTTIME", None)
    boot_id = linux_boot_id() if sys.platform.startswith("linux") else None
    if clock is not None and boot_id:
        return boot_id, time.clock_gettime_ns(clock) // 1_000_000
    mono_ms = time.monotonic_ns() // 1_000_000
    booted_at = time.time() - mono_ms / 1000
    return f"approx-{int(booted_at // 60)}", mono_ms


class SystemTimeSource:
    """The real clocks: `time.monotonic_ns` (never jumps), the UTC wall clock, the boot clock."""

    def monotonic_ms(self) -> float:
        return time.monotonic_ns() / 1_000_000

    def wall_utc(self) -> datetime:
        return datetime.now(UTC)

    def boot_reading(self) -> BootReading | None:
        return system_boot_reading()


class FakeTimeSource:
    """A clock that only moves when told to.

    `advance` moves every clock (time passing while the app runs); `elapse` moves the wall and
    boot clocks (time passing while the app is down); `jump_wall` moves only the wall clock
    (someone changed the time); `restarted` is a new process on the same boot, `rebooted` a new
    process after a reboot.
    """

    def __init__(
        self,
        wall: datetime | None = None,
        mono_ms: float = 1_000_000.0,
        boot_id: str | None = "fake-boot-1",
        boot_ms: float = 50_000_000.0,
    ) -> None:
        self._mono = float(mono_ms)
        self._wall = wall or datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
        self._boot_id = boot_id
        self._boot = float(boot_ms)

    def monotonic_ms(self) -> float:
        return self._mono

    def wall_utc(self) -> datetime:
        return self._wall

    def boot_reading(self) -> BootReading | None:
        if self._boot_id is None:
            return None
        return self._boot_id, int(self._boot)

    def advance(self, ms: float) -> None:
        self._mono += ms
        self._boot += ms
        self._wall += timedelta(milliseconds=ms)

    def elapse(self, ms: float) -> None:
        """Real time passes while the app is not running (wall and boot clocks move)."""
        self._boot += ms
        self._wall += timedelta(milliseconds=ms)

    def jump_wall(self, ms: float) -> None:
        """Only the wall clock moves (the time was changed)."""
        self._wall += timedelta(milliseconds=ms)

    def restarted(self) -> FakeTimeSource:
        """A new process on the same boot: same wall and boot clocks, another monotonic origin."""
        return FakeTimeSource(
            self._wall,
            mono_ms=self._mono * 0.37 + 5_000.0,
            boot_id=self._boot_id,
            boot_ms=self._boot,
        )

    def rebooted(self, boot_id: str = "fake-boot-2") -> FakeTimeSource:
        """A new process after a reboot: the boot clock starts again near zero."""
        return FakeTimeSource(self._wall, mono_ms=7_000.0, boot_id=boot_id, boot_ms=20_000.0)
