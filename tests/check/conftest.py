"""Check tests: keep the PulseAudio server reachable after the user dirs are isolated.

The root conftest points XDG_CONFIG_HOME at a temp folder for every test, which hides the
PulseAudio cookie and runtime link (~/.config/pulse). Resolve the real server once, at
collection time, and hand it to libpulse through PULSE_SERVER / PULSE_COOKIE.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail


def _pin_pulse_server() -> None:
    if "PULSE_SERVER" in os.environ or shutil.which("pactl") is None:
        return
    try:
        out = subprocess.run(["pactl", "info"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return
    if out.returncode != 0:
        return
    for line in out.stdout.splitlines():
        if line.startswith("Server String:"):
            server = line.split(":", 1)[1].strip()
            os.environ["PULSE_SERVER"] = server if ":" in server else f"unix:{server}"
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    for cookie in (config / "pulse" / "cookie", Path.home() / ".pulse-cookie"):
        if cookie.exists() and "PULSE_COOKIE" not in os.environ:
            os.environ["PULSE_COOKIE"] = str(cookie)


_pin_pulse_server()


KEY = "live_8f3kQ9zXc2Lw7TbA-abcd"  # a realistic-looking stream key used across the tests


class MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


MIC = "livestudio_mic"  # the virtual microphone .ci/pulse-setup.sh creates
SINK = "livestudio_sink"  # what is played here comes out of MIC


def _pulse_ready() -> bool:
    if shutil.which("pactl") is None or shutil.which("paplay") is None:
        return False
    try:
        info = subprocess.run(["pactl", "info"], capture_output=True, timeout=5)
        sources = subprocess.run(
            ["pactl", "list", "short", "sources"], capture_output=True, text=True, timeout=5
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return info.returncode == 0 and MIC in sources.stdout


@pytest.fixture
def pulse(qapp) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:  # type: ignore[no-untyped-def]
    if not _pulse_ready():
        pytest.skip(
            "no PulseAudio server with the livestudio_mic virtual source (run .ci/pulse-setup.sh)"
        )
    players: list[subprocess.Popen[bytes]] = []

    def play(wav: Path, device: str = SINK) -> subprocess.Popen[bytes]:
        p = subprocess.Popen(["paplay", f"--device={device}", str(wav)])
        players.append(p)
        return p

    yield play
    for p in players:
        p.terminate()
        p.wait(5)


@pytest.fixture
def private_mic(pulse) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A null sink + remapped source of our own (the same pair .ci/pulse-setup.sh makes), so that
    sound other programs send to the default sink cannot leak into a silence measurement."""
    name = f"livestudio_test_{os.getpid()}"
    modules: list[str] = []
    for args in (
        ["module-null-sink", f"sink_name={name}_sink"],
        ["module-remap-source", f"master={name}_sink.monitor", f"source_name={name}_mic"],
    ):
        out = subprocess.run(
            ["pactl", "load-module", *args], capture_output=True, text=True, timeout=5
        )
        if out.returncode != 0:
            for m in reversed(modules):
                subprocess.run(["pactl", "unload-module", m], capture_output=True, timeout=5)
            pytest.skip(f"cannot load {args[0]}: {out.stderr.strip()}")
        modules.append(out.stdout.strip())
    try:
        yield f"{name}_mic"
    finally:
        for m in reversed(modules):
            subprocess.run(["pactl", "unload-module", m], capture_output=True, timeout=5)
