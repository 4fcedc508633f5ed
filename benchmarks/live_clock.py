"""Live clock figures: display error and cue latency with the real UI and a busy second thread,
event append + commit latency, and CPU use while live and idle.

    .venv/bin/python benchmarks/live_clock.py            # 10-minute display run (the figure that counts)
    LIVESTUDIO_BENCH_QUICK=1 .venv/bin/python benchmarks/live_clock.py   # one minute

Display error = how late the on-screen countdown changes after the true remaining time crosses
each whole second (the display shows whole seconds, rounded up), measured against an independent
monotonic clock. Runs on QT_QPA_PLATFORM=offscreen unless a display is set.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from livestudio.core.db import open_store
from livestudio.core.live.clock import ShowClock
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import Segment, Show

QUICK = os.environ.get("LIVESTUDIO_BENCH_QUICK") == "1"
RUN_S = 60 if QUICK else 600
IDLE_S = 20 if QUICK else 60
SEG_S = 20  # auto-advancing 20-second segments: many zero crossings to time


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, int(round(p / 100 * (len(s) - 1)))))
    return s[k]


def make_show(store, n: int, seg_ms: int, script: str = "") -> int:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        show = Show(title="Benchmark 直播 show", planned_duration_ms=n * seg_ms)
        s.add(show)
        s.flush()
        for i in range(n):
            s.add(
                Segment(
                    show_id=show.id,
                    position=i,
                    title=f"Segment {i + 1} 段落",
                    planned_duration_ms=seg_ms,
                    script=script,
                )
            )
        return show.id


def busy_thread(stop: threading.Event) -> None:
    """Pure-Python work that competes for the GIL, the worst case for a Python UI thread."""
    x = 0
    while not stop.is_set():
        for i in range(20_000):
            x += i * i % 7


def display_run(tmp: Path) -> dict[str, object]:
    from livestudio.ui.main_window import MainWindow

    store = open_store(tmp / "display.sqlite3")
    n = RUN_S // SEG_S + 2
    show_id = make_show(store, n, SEG_S * 1000)
    settings = QSettings()
    window = MainWindow(store, settings=settings)
    window.resize(1400, 900)
    window.show()
    window.ctx.set_current_show(show_id)
    window.show_workspace("live")
    ws = window.workspace("live")
    ws._reload_shows()
    ws.mode_combo.setCurrentIndex(ws.mode_combo.findData("auto"))
    ws.chime._broken = True  # count chimes, no sound device needed
    host = ws.open_host_view(None)
    host.resize(1280, 720)
    changes: list[tuple[float, str]] = []
    cues: list[float] = []
    label = ws.countdown_label
    original = label.setText

    def spy(text: str) -> None:
        changes.append((time.monotonic(), text))
        original(text)

    label.setText = spy  # type: ignore[method-assign]
    ws.cue_fired.connect(lambda _k: cues.append(time.monotonic()))
    stop = threading.Event()
    worker = threading.Thread(target=busy_thread, args=(stop,), daemon=True)
    worker.start()
    app = QApplication.instance()
    assert app is not None
    ws.toggle()  # start: the true clock starts at the start event
    start_event = ws.clock.events[0]
    t0 = time.monotonic() - (ws.clock.now_ms() - start_event.offset_ms) / 1000
    QTimer.singleShot(RUN_S * 1000, app.quit)
    app.exec()
    stop.set()
    worker.join(5)
    # label change latency: the countdown "M:SS" should appear the moment true remaining <= that value
    errors: list[tuple[float, float]] = []
    for when, text in changes:
        if not text or text.startswith("+") or ":" not in text:
            continue
        m, s = text.split(":")
        shown_s = int(m) * 60 + int(s)
        elapsed = when - t0
        seg_index = int(elapsed // SEG_S)
        true_remaining = SEG_S * (seg_index + 1) - elapsed
        # the display rounds up; it is exact while true_remaining is in (shown-1, shown]
        if true_remaining > shown_s:
            err = true_remaining - shown_s  # shown too early (should not happen)
        elif true_remaining <= shown_s - 1:
            err = (shown_s - 1) - true_remaining  # stale: should already show the next second
        else:
            err = 0.0
        # the moment of the change vs the true crossing of the boundary
        boundary = SEG_S * (seg_index + 1) - shown_s
        late = elapsed - boundary
        errors.append((elapsed, late * 1000 if 0 <= late < SEG_S / 2 else err * 1000))
    lat = [e for _t, e in errors]
    crossings = [t0 + SEG_S * (i + 1) for i in range(len(cues))]
    cue_lat = [(c - t) * 1000 for c, t in zip(cues, crossings, strict=False)]
    half = len(errors) // 2
    first = [e for _t, e in errors[:half]]
    last = [e for _t, e in errors[half:]]
    # drift: the show clock against the independent clock at the end
    drift = (ws.clock.now_ms() - start_event.offset_ms) / 1000 - (time.monotonic() - t0)
    ws.close_workspace()
    window.close()
    store.close()
    return {
        "changes": len(lat),
        "p50_ms": statistics.median(lat) if lat else float("nan"),
        "p99_ms": pct(lat, 99),
        "max_ms": max(lat) if lat else float("nan"),
        "first_half_p50": statistics.median(first) if first else float("nan"),
        "second_half_p50": statistics.median(last) if last else float("nan"),
        "cues": len(cue_lat),
        "cue_p50_ms": statistics.median(cue_lat) if cue_lat else float("nan"),
        "cue_max_ms": max(cue_lat) if cue_lat else float("nan"),
        "clock_drift_ms": drift * 1000,
    }


def append_latency(tmp: Path, n: int = 10_000) -> dict[str, float]:
    """Append + commit of n live actions through ShowClock as the Live tab does it: the live
    connection with synchronous=FULL (one WAL sync per action; tests/durability shows it with
    strace), WAL checkpoints on a worker every 500 commits. Target: p99 under 10 ms."""
    store = open_store(tmp / "append.sqlite3")
    show_id = make_show(store, 10, 3_600_000)
    clock = ShowClock.start_new(store, show_id, FakeTimeSource())
    times = []
    for i in range(n):
        clock.time.advance(37)  # type: ignore[attr-defined]
        t = time.perf_counter()
        if i % 3 == 0:
            clock.log_sale(1)
        elif i % 3 == 1:
            clock.log_viewers(1000 + i)
        else:
            clock.log_text("comment", "有没有小样? any samples?")
        times.append((time.perf_counter() - t) * 1000)
    clock.close()
    t = time.perf_counter()
    ShowClock(store, clock.run_id, FakeTimeSource(), drive=False)
    rebuild = (time.perf_counter() - t) * 1000
    store.close()
    return {
        "p50_ms": statistics.median(times),
        "p99_ms": pct(times, 99),
        "max_ms": max(times),
        "rebuild_ms": rebuild,
    }


def idle_cpu(tmp: Path) -> dict[str, float]:
    from livestudio.ui.main_window import MainWindow

    store = open_store(tmp / "idle.sqlite3")
    show_id = make_show(store, 20, 600_000)
    window = MainWindow(store, settings=QSettings())
    window.resize(1400, 900)
    window.show()
    window.ctx.set_current_show(show_id)
    window.show_workspace("live")
    ws = window.workspace("live")
    ws._reload_shows()
    ws.toggle()
    app = QApplication.instance()
    assert app is not None
    ticks = [0]
    ws.timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    state: dict[str, float] = {}

    def begin() -> None:
        state["c0"], state["w0"] = time.process_time(), time.monotonic()
        ticks[0] = 0
        QTimer.singleShot(IDLE_S * 1000, app.quit)

    QTimer.singleShot(2000, begin)  # let start-up settle first
    app.exec()
    wall = time.monotonic() - state["w0"]
    cpu = (time.process_time() - state["c0"]) / wall * 100
    print(
        f"  ({ticks[0]} refresh ticks in {wall:.1f} s; countdown shows {ws.countdown_label.text()})"
    )
    ws.close_workspace()
    window.close()
    store.close()
    return {"cpu_pct_one_core": cpu}


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="live-bench-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    print(f"platform: {app.platformName()}  quick: {QUICK}  display run: {RUN_S} s", flush=True)
    a = append_latency(tmp)
    print(
        "event append + commit (10,000 events): p50 {p50_ms:.2f} ms  p99 {p99_ms:.2f} ms  "
        "max {max_ms:.1f} ms; rebuild from log {rebuild_ms:.0f} ms".format(**a),
        flush=True,
    )
    c = idle_cpu(tmp)
    print(
        "CPU while live, idle host ({s} s): {cpu_pct_one_core:.1f}% of one core".format(
            s=IDLE_S, **c
        ),
        flush=True,
    )
    d = display_run(tmp)
    print(
        "display error over {s} s with UI refreshing + busy thread ({changes} second changes): "
        "p50 {p50_ms:.1f} ms  p99 {p99_ms:.1f} ms  max {max_ms:.1f} ms; first half p50 "
        "{first_half_p50:.1f} ms, second half p50 {second_half_p50:.1f} ms; cues {cues}: p50 "
        "{cue_p50_ms:.1f} ms max {cue_max_ms:.1f} ms late; show clock vs independent clock "
        "{clock_drift_ms:+.1f} ms".format(s=RUN_S, **d),
        flush=True,
    )
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of the Qt objects this script patched


if __name__ == "__main__":
    sys.exit(main())
