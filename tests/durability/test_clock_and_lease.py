"""Real processes: the wall clock moved (libfaketime) between two runs of the app, the live
commits synced to disk (strace), and one driver per run (the CLI against a driving process)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from livestudio.core.db import open_store
from tests.durability.conftest import CHILD, ROOT, child_env, run_child

FAKETIME_LIB = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
MIN = 60_000


def _faketime_env(shift: str) -> dict[str, str]:
    # Only the wall clock moves, as when someone (or NTP) changes the time; the boot clock
    # keeps counting real time.
    return child_env(LD_PRELOAD=str(FAKETIME_LIB), FAKETIME=shift, FAKETIME_DONT_FAKE_MONOTONIC="1")


def _parse_resume(out: str) -> tuple[int, int, int, str, list[str]]:
    m = re.search(r"NOW (\d+) (\d+) GAP (\d+) (\w+) KINDS (\S+)", out)
    assert m, out
    return int(m[1]), int(m[2]), int(m[3]), m[4], m[5].split(",")


@pytest.mark.subprocess
@pytest.mark.skipif(not FAKETIME_LIB.exists(), reason="libfaketime not installed (apt faketime)")
@pytest.mark.skipif(not Path("/proc/sys/kernel/random/boot_id").exists(), reason="Linux only")
def test_a_wall_clock_jump_while_the_app_is_down_is_not_show_time(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    out = run_child("start", str(db), "auto")
    run_id, offset = (int(x) for x in out.split()[1:3])
    down_started = time.monotonic()
    # the app is down; the clock is put forward an hour; the app starts again
    out = run_child("resume", str(db), str(run_id), env=_faketime_env("+1h"))
    real_down_ms = (time.monotonic() - down_started) * 1000
    now_ms, index, gap_ms, source, kinds = _parse_resume(out)
    assert source == "boot"
    assert gap_ms <= real_down_ms + 1000  # the real downtime, not +1 h
    assert offset <= now_ms <= offset + real_down_ms + 1000  # before the fix: 60+ min later
    # auto-advance: no phantom segment changes or cues for the hour the app did not see
    assert index == 0 and kinds == ["start", "sale"]


@pytest.mark.subprocess
@pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed (apt strace)")
def test_every_committed_live_action_is_synced_to_disk(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    out = run_child("start", str(db))
    run_id = out.split()[1]
    trace = tmp_path / "trace.txt"
    n = 40
    done = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=fsync,fdatasync",
            "-o",
            str(trace),
            sys.executable,
            str(CHILD),
            "log",
            str(db),
            run_id,
            str(n),
        ],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip(f"strace cannot trace here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    assert f"COMMITTED {n}" in done.stdout
    per_fd: dict[str, int] = {}
    for line in trace.read_text().splitlines():
        m = re.search(r"f(?:data)?sync\((\d+)", line)
        if m:
            per_fd[m[1]] = per_fd.get(m[1], 0) + 1
    # The live connection's WAL is synced once per committed action (plus the lease writes);
    # with synchronous=NORMAL it was 0 syncs for 200 events.
    wal_syncs = max(per_fd.values(), default=0)
    assert n <= wal_syncs <= n + 10, per_fd


@pytest.mark.subprocess
def test_cli_refuses_to_end_a_run_the_app_drives_unless_forced(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    run_id = run_child("start", str(db)).split()[1]
    driver = subprocess.Popen(
        [sys.executable, str(CHILD), "drive", str(db), run_id],
        cwd=ROOT,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert driver.stdin is not None and driver.stdout is not None
    try:
        assert driver.stdout.readline().strip() == "DRIVING"
        cli = [sys.executable, "-m", "livestudio", "live", "end", run_id, "--db", str(db)]
        refused = subprocess.run(cli, cwd=ROOT, env=child_env(), capture_output=True, text=True)
        assert refused.returncode == 5, refused.stderr
        assert "being driven by LiveStudio" in refused.stderr and "--force" in refused.stderr
        # a second window opening that run gets a clear message
        from livestudio.core.live.clock import RunDrivenElsewhere, ShowClock

        store = open_store(db)
        with pytest.raises(RunDrivenElsewhere, match="driven by another LiveStudio window"):
            ShowClock(store, int(run_id))
        store.close()
        forced = subprocess.run(
            [*cli, "--force"], cwd=ROOT, env=child_env(), capture_output=True, text=True
        )
        assert forced.returncode == 0, forced.stderr
        driver.stdin.write("stop\n")
        driver.stdin.flush()
        assert driver.stdout.readline().strip() == "AFTER refused"  # no logging after the end
    finally:
        driver.stdin.close()
        driver.wait(30)
        driver.stdout.close()
    store = open_store(db)
    with store.engine.connect() as conn:
        kinds = [r[0] for r in conn.exec_driver_sql("SELECT kind FROM live_event ORDER BY id")]
    store.close()
    assert kinds == ["start", "sale", "end"]  # the end row is the last one


def test_boot_reading_counts_real_time(tmp_path: Path) -> None:
    from livestudio.core.live.timesource import SystemTimeSource

    ts = SystemTimeSource()
    a = ts.boot_reading()
    assert a is not None and a[0]
    b = ts.boot_reading()
    assert b is not None and b[0] == a[0] and b[1] >= a[1]
    assert os.environ.get("FAKETIME") is None


@pytest.mark.subprocess
def test_a_crashed_drivers_lease_does_not_block_the_restart(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    run_id = run_child("start", str(db)).split()[1]
    driver = subprocess.Popen(
        [sys.executable, str(CHILD), "drive", str(db), run_id],
        cwd=ROOT,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert driver.stdout is not None and driver.stdout.readline().strip() == "DRIVING"
    driver.kill()  # kill -9: the lease stays in the store with a fresh heartbeat
    driver.wait(30)
    driver.stdout.close()
    if driver.stdin is not None:
        driver.stdin.close()
    from livestudio.core.live.clock import ShowClock, open_runs

    store = open_store(db)
    (run,) = open_runs(store)
    assert run.driver is None  # nobody drives it: its process is gone
    clock = ShowClock(store, int(run_id))  # the restarted app takes it over at once
    clock.log_sale(1)
    clock.close()
    store.close()
