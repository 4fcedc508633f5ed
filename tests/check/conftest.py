"""Check tests: keep the PulseAudio server reachable after the user dirs are isolated.

The root conftest points XDG_CONFIG_HOME at a temp folder for every test, which hides the
PulseAudio cookie and runtime link (~/.config/pulse). Resolve the real server once, at
collection time, and hand it to libpulse through PULSE_SERVER / PULSE_COOKIE.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path


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
