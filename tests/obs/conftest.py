"""Real OBS Studio for the OBS tests: started headless under Xvfb with a temporary HOME, its
obs-websocket server on a free port with a password, and an ffmpeg RTMP listener it can stream
to. Skipped, with the reason, on a machine where OBS, Xvfb or ffmpeg cannot run."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

PASSWORD = "studio-test-pw-7"
SCENES = ["Opening", "Showcase", "Q&A"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.2)
    return False


@dataclass
class RealObs:
    url: str
    password: str
    rtmp_port: int
    home: Path
    log: Path

    def rtmp_url(self) -> str:
        return f"rtmp://127.0.0.1:{self.rtmp_port}/live"


def _global_ini(port: int) -> str:
    return (
        "[General]\nFirstRun=true\nEnableAutoUpdates=false\n\n"  # true: the first run is over
        "[BasicWindow]\nShowMinimizeToTrayWarning=false\n\n"
        "[OBSWebSocket]\nFirstLoad=false\nServerEnabled=true\n"
        f"ServerPort={port}\nAlertsEnabled=false\nAuthRequired=true\nServerPassword={PASSWORD}\n"
    )


@pytest.fixture(scope="session")
def real_obs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealObs]:
    missing = [tool for tool in ("obs", "xvfb-run", "ffmpeg") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"OBS tests need {', '.join(missing)} (installed by .ci/run on Debian)")
    home = tmp_path_factory.mktemp("obs-home")
    config = home / ".config" / "obs-studio"
    config.mkdir(parents=True)
    port = free_port()
    (config / "global.ini").write_text(_global_ini(port), encoding="utf-8")
    log = home / "obs.log"
    log_file = log.open("wb")
    env = dict(os.environ, HOME=str(home), LIBGL_ALWAYS_SOFTWARE="1")
    env.pop("QT_QPA_PLATFORM", None)  # OBS is a real Qt app on the virtual screen
    proc = subprocess.Popen(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            "obs",
            "--disable-shutdown-check",
            "--minimize-to-tray",
            "--multi",  # no "already running" question when another OBS is open
        ],
        env=env,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )

    def stop() -> None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        log_file.close()

    if not wait_port(port, 45):
        stop()
        tail = log.read_text(errors="replace")[-300:]
        pytest.skip(f"OBS did not open its WebSocket port within 45 s: {tail}")
    obs = RealObs(f"ws://127.0.0.1:{port}", PASSWORD, free_port(), home, log)
    try:
        _prepare(obs)
        yield obs
    finally:
        stop()


def _prepare(obs: RealObs) -> None:
    """720p30, three scenes, and a custom RTMP server on 127.0.0.1."""
    from PySide6.QtCore import QCoreApplication

    from livestudio.core.obs.client import call_sync

    assert QCoreApplication.instance() is not None
    status, replies = call_sync(
        obs.url,
        obs.password,
        [
            (
                "SetVideoSettings",
                {
                    "baseWidth": 1280,
                    "baseHeight": 720,
                    "outputWidth": 1280,
                    "outputHeight": 720,
                    "fpsNumerator": 30,
                    "fpsDenominator": 1,
                },
            ),
            (
                "SetStreamServiceSettings",
                {
                    "streamServiceType": "rtmp_custom",
                    "streamServiceSettings": {"server": obs.rtmp_url(), "key": "test-key"},
                },
            ),
            (
                "SetProfileParameter",
                {
                    "parameterCategory": "SimpleOutput",
                    "parameterName": "VBitrate",
                    "parameterValue": "2500",
                },
            ),
            *[("CreateScene", {"sceneName": name}) for name in SCENES],
        ],
    )
    assert status.connected, status.text()
    failed = [r for r in replies if not r.ok and "already exists" not in r.comment]
    assert not failed, failed


class Ingest:
    """An RTMP server OBS streams to: ffmpeg listening once on the port, reading to null."""

    def __init__(self, port: int, log: Path) -> None:
        self.port, self.log = port, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = self._spawn(out)
        time.sleep(0.5)  # let ffmpeg bind its port before OBS is told to stream

    def _spawn(self, out: IO[bytes]) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                "ffmpeg",
                "-hide_banner",
                "-loglevel",
                "error",
                "-listen",
                "1",
                "-i",
                f"rtmp://127.0.0.1:{self.port}/live/test-key",
                "-f",
                "null",
                "-",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(5)
            self.proc = None


@pytest.fixture
def ingest(real_obs: RealObs) -> Iterator[Ingest]:
    server = Ingest(real_obs.rtmp_port, real_obs.home / "ffmpeg.log")
    server.start()
    yield server
    server.kill()
