"""Live screen figures: going live and resuming on long run-of-shows, and how far the OBS text
files trail the on-screen countdown.

    .venv/bin/python benchmarks/live_runofshow.py                 # 250 / 1,000 / 10,000 segments, 30 s lag run
    LIVESTUDIO_BENCH_QUICK=1 .venv/bin/python benchmarks/live_runofshow.py   # 10 s lag run

Go live = pressing Space on the Live tab until the screen has painted the new state (store insert
of the start event with the plan, the replay, the run-of-show model, one paint). Resume = a fresh
window rebuilding that run from its log (the crash-recovery path) until painted.

Output lag = for each change of the countdown on screen, the time until remaining.txt holds the
same text (the controller writes the files right after drawing, from the same clock reading).
Runs on QT_QPA_PLATFORM=offscreen unless a display is set.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.live_clock import make_show, pct
from livestudio import settings as opts
from livestudio.core.db import open_store

QUICK = os.environ.get("LIVESTUDIO_BENCH_QUICK") == "1"
LAG_S = 10 if QUICK else 30


def _window(store, settings):  # type: ignore[no-untyped-def]
    from livestudio.ui.main_window import MainWindow

    window = MainWindow(store, settings=settings)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    return window


def go_live_and_resume(tmp: Path, n: int) -> tuple[float, float]:
    store = open_store(tmp / f"ros-{n}.sqlite3")
    show_id = make_show(store, n, 60_000, script="cue text")
    settings = QSettings(str(tmp / f"ros-{n}.ini"), QSettings.Format.IniFormat)
    window = _window(store, settings)
    window.ctx.set_current_show(show_id)
    window.show_workspace("live")
    ws = window.workspace("live")
    ws._reload_shows()
    QApplication.processEvents()
    t0 = time.perf_counter()
    ws.toggle()
    window.repaint()
    QApplication.processEvents()
    go_live = (time.perf_counter() - t0) * 1000
    assert ws.clock is not None and ws.run_of_show.row_count() == n
    for _ in range(20):
        ws.log_sale()
    ws.next_segment()
    run_id = ws.clock.run_id
    ws.close_workspace()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    second = _window(store, settings)
    second.show_workspace("live")
    ws2 = second.workspace("live")
    QApplication.processEvents()
    t1 = time.perf_counter()
    ws2.attach_run(run_id)
    second.repaint()
    QApplication.processEvents()
    resume = (time.perf_counter() - t1) * 1000
    assert ws2.run_of_show.row_count() == n
    ws2.close_workspace()
    second.close()
    second.deleteLater()
    QApplication.processEvents()
    store.close()
    return go_live, resume


def output_lag(tmp: Path) -> dict[str, float]:
    store = open_store(tmp / "lag.sqlite3")
    show_id = make_show(
        store, 4, 15_000, script="cue text"
    )  # short segments: overtime and changes included
    settings = QSettings(str(tmp / "lag.ini"), QSettings.Format.IniFormat)
    folder = tmp / "obs"
    opts.put(opts.OBS_TEXT_DIR, str(folder), settings)
    window = _window(store, settings)
    window.ctx.set_current_show(show_id)
    window.show_workspace("live")
    ws = window.workspace("live")
    ws._reload_shows()
    ws.mode_combo.setCurrentIndex(ws.mode_combo.findData("auto"))
    ws.chime.count_only()
    shown: list[tuple[float, str]] = []
    written: list[tuple[float, str]] = []
    label = ws.countdown_label
    original = label.setText

    def spy(text: str) -> None:
        original(text)
        shown.append((time.perf_counter(), text))

    label.setText = spy  # type: ignore[method-assign]
    ws.toggle()
    writer = ws.writer
    assert writer is not None
    real_write = writer.write

    def write_spy(texts):  # type: ignore[no-untyped-def]
        changed = real_write(texts)
        if "remaining" in changed:
            written.append((time.perf_counter(), texts.remaining))
        return changed

    writer.write = write_spy  # type: ignore[method-assign]
    app = QApplication.instance()
    assert app is not None
    QTimer.singleShot(LAG_S * 1000, app.quit)
    app.exec()
    ws.close_workspace()
    window.close()
    store.close()
    lags: list[float] = []
    j = 0
    for when, text in shown:
        if text in ("--:--", ""):
            continue
        while j < len(written) and (written[j][1] != text or written[j][0] < when - 0.5):
            j += 1
        if j < len(written):
            lags.append((written[j][0] - when) * 1000)
    missing = sum(1 for _w, t in shown if t not in {x for _y, x in written})
    return {
        "changes": len(lags),
        "missing": missing,
        "p50_ms": statistics.median(lags) if lags else float("nan"),
        "p99_ms": pct(lags, 99),
        "max_ms": max(lags) if lags else float("nan"),
    }


def main() -> int:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
        warm_go, warm_res = go_live_and_resume(tmp, 50)
        print(
            f"(first go-live of the process, 50 segments: {warm_go:.0f} ms, resume {warm_res:.0f} ms"
            " — imports and SQL compilation; not counted below)"
        )
        print("segments   go live (ms)   resume (ms)")
        for n in (250, 1000, 10000):
            go, res = go_live_and_resume(tmp, n)
            print(f"{n:8d}   {go:12.0f}   {res:11.0f}", flush=True)
        lag = output_lag(tmp)
        print(
            f"remaining.txt after the on-screen countdown ({LAG_S} s, {lag['changes']} changes, "
            f"{lag['missing']} shown values never written): p50 {lag['p50_ms']:.2f} ms, "
            f"p99 {lag['p99_ms']:.2f} ms, max {lag['max_ms']:.2f} ms"
        )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
