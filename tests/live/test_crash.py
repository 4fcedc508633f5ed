"""A real crash: the app goes live in a subprocess, is killed with SIGKILL, and comes back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from livestudio.core.db import open_store
from livestudio.core.models import LiveEvent, LiveRun

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    return env


@pytest.mark.subprocess
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_kill_9_mid_show_then_resume_with_every_event(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), "start", str(db)],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    committed = 0
    ready = None
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            parts = line.split()
            if parts[0] == "COMMITTED":
                committed = int(parts[1])
            elif parts[0] == "READY":
                ready = (int(parts[1]), int(parts[2]))
                break
        assert ready is not None, "the app never went live"
        os.kill(proc.pid, signal.SIGKILL)  # no clean-up, no atexit, no flush
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()
    killed_at = time.monotonic()
    run_id, n_events = ready
    assert n_events == committed
    store = open_store(db)
    with store.session() as s:
        run = s.get(LiveRun, run_id)
        assert run is not None and run.status == "live"
        rows = list(
            s.scalars(select(LiveEvent).where(LiveEvent.run_id == run_id).order_by(LiveEvent.id))
        )
    store.close()
    kinds = [r.kind for r in rows if r.kind != "cue"]
    assert kinds == [
        "start",
        "sale",
        "viewers",
        "next",
        "comment",
        "promo_start",
        "sale",
        "add_time",
        "incident",
    ]
    assert len(rows) == n_events
    assert json.loads(rows[4].payload_json)["text"] == "有没有小样?"
    last_offset = rows[-1].offset_ms
    time.sleep(0.5)  # some real downtime for the restart to count (a real process, a real clock)
    out = subprocess.run(
        [sys.executable, str(CHILD), "resume", str(db)],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=90,
    )
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("RESUMED"))
    _tag, rid, count, now_ms, index, tab = line.split()
    # every committed event is back, plus the "restart" entry that records the downtime counted
    assert int(rid) == run_id and int(count) == n_events + 1
    assert index == "1" and tab == "live"
    downtime_ms = (time.monotonic() - killed_at) * 1000
    assert int(now_ms) >= last_offset + 400  # the time the app was down is counted
    assert int(now_ms) <= last_offset + downtime_ms + 5000
