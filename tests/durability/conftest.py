"""Real faults for the durability tests: a small tmpfs that can be filled or made read-only."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("child.py")


class SmallDisk:
    """A 2 MiB tmpfs mounted at `path`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fillers: list[Path] = []

    def fill(self) -> None:
        """Write until the disk is 100 % full (ENOSPC)."""
        n = len(self._fillers)
        filler = self.path / f"filler-{n}.bin"
        self._fillers.append(filler)
        for size in (65536, 4096, 512, 1):  # big chunks, then the last crumbs
            with filler.open("ab", buffering=0) as fh:
                try:
                    while True:
                        fh.write(b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
        assert os.statvfs(self.path).f_bavail == 0

    def free(self) -> None:
        for f in self._fillers:
            with contextlib.suppress(FileNotFoundError):
                f.unlink()
        self._fillers.clear()

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.path)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
            capture_output=True,
            text=True,
        )
    except FileNotFoundError:
        pytest.skip("no mount command here")
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
    disk = SmallDisk(mount_point)
    try:
        yield disk
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(mount_point)], capture_output=True)
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def run_child(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> str:
    done = subprocess.run(
        [sys.executable, str(CHILD), *args],
        cwd=ROOT,
        env=env or child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout
