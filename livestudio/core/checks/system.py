"""Disk and system probes' measurements: free space vs the planned recording, CPU, memory, battery."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import psutil

DISK_WARN_FACTOR = 2.0  # free space should hold the planned recording twice over
CPU_WARN_PCT = 80.0
MEM_WARN_BYTES = 1024**3  # 1 GiB available
MEM_FAIL_BYTES = 300 * 1024**2
BATTERY_WARN_PCT = 50.0


def default_recording_dir() -> Path:
    return Path(platformdirs.user_videos_dir())


def existing_parent(path: Path) -> Path:
    """The folder itself or its nearest existing parent (the disk it will be created on)."""
    p = path.expanduser().absolute()
    while not p.exists() and p.parent != p:
        p = p.parent
    return p


@dataclass(frozen=True)
class DiskReport:
    folder: Path
    free_bytes: int
    needed_bytes: int

    @property
    def factor(self) -> float:
        return self.free_bytes / self.needed_bytes if self.needed_bytes else float("inf")


def measure_disk(
    folder: Path,
    planned_ms: int,
    bytes_per_second: float,
    usage: Callable[[Path], int] | None = None,
) -> DiskReport:
    free = (usage or (lambda p: shutil.disk_usage(p).free))(existing_parent(folder))
    return DiskReport(folder, int(free), int(planned_ms / 1000 * bytes_per_second))


@dataclass(frozen=True)
class SystemReport:
    cpu_pct: float
    mem_available: int
    mem_total: int
    battery_pct: float | None  # None = no battery
    on_battery: bool


@dataclass
class SystemEnv:
    cpu_percent: Callable[[], float] = lambda: float(psutil.cpu_percent(interval=0.5))
    memory: Callable[[], tuple[int, int]] = lambda: (
        int(psutil.virtual_memory().available),
        int(psutil.virtual_memory().total),
    )
    battery: Callable[[], tuple[float, bool] | None] = lambda: _battery()


def _battery() -> tuple[float, bool] | None:
    try:
        b = psutil.sensors_battery()
    except (AttributeError, NotImplementedError, OSError):
        return None
    if b is None:
        return None
    return float(b.percent), not bool(b.power_plugged)


def measure_system(env: SystemEnv | None = None) -> SystemReport:
    env = env or SystemEnv()
    avail, total = env.memory()
    bat = env.battery()
    return SystemReport(
        env.cpu_percent(),
        avail,
        total,
        None if bat is None else bat[0],
        False if bat is None else bat[1],
    )


def human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(n) < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit in ("B", "KB") else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"
