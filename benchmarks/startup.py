"""Start-up time and memory: LiveStudio on a store with 500 shows vs a bare PySide6 window.

    .venv/bin/python benchmarks/startup.py [--runs 5] [--shows 500]

Each run starts a fresh Python process and measures, from the parent, the time until the
child's main window has painted for the first time. The baseline is a bare QMainWindow started
the same way in the same run. Then the child idles for a moment and reports its resident memory
(peak and current) and whether pyqtgraph / QtMultimedia were imported (they should load only
when a workspace that needs them is opened). Targets: within 2x of the bare window, < 250 MB.
Uses the offscreen platform unless a display is available (set QT_QPA_PLATFORM to choose).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD_COMMON = r"""
import json, os, resource, sys, time
REPORT_AT_FIRST_PAINT = True  # the app's child reports once its workspace has painted
from PySide6.QtCore import QEvent, QObject, QTimer

def report(window, app):
    painted = time.perf_counter()
    def idle_done():
        import psutil
        rss = psutil.Process().memory_info().rss
        # VmHWM, not ru_maxrss: after fork+exec ru_maxrss still counts the parent's pages
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            with open("/proc/self/status") as fh:
                for row in fh:
                    if row.startswith("VmHWM:"):
                        peak_kb = int(row.split()[1])
        except OSError:
            pass
        print("RESULT " + json.dumps({
            "rss_mb": rss / 2**20,
            "peak_mb": peak_kb / 1024,
            "pyqtgraph": "pyqtgraph" in sys.modules,
            "qtmultimedia": "PySide6.QtMultimedia" in sys.modules,
            "modules": len(sys.modules),
        }), flush=True)
        app.quit()
    QTimer.singleShot(IDLE_MS, idle_done)

class FirstPaint(QObject):
    def __init__(self, window, app):
        super().__init__()
        self.window, self.app, self.done = window, app, False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            ru = resource.getrusage(resource.RUSAGE_SELF)
            print("PAINTED %.4f" % (ru.ru_utime + ru.ru_stime), flush=True)
            if REPORT_AT_FIRST_PAINT:
                report(self.window, self.app)
        return False
"""

CHILD_BARE = (
    CHILD_COMMON
    + r"""
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(QLabel("bare"))
w.resize(1280, 820)
f = FirstPaint(w, app)
w.installEventFilter(f)
w.show()
app.exec()
"""
)

CHILD_APP = (
    CHILD_COMMON
    + r"""
from pathlib import Path
from livestudio import app as lsapp
from PySide6.QtWidgets import QApplication

class Hook(QObject):
    # install the first-paint filter on the main window as soon as it exists
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and obj.objectName() == "MainWindow":
            obj.installEventFilter(first)
            obj.workspace_built.connect(ready)
            QApplication.instance().removeEventFilter(self)
        return False

def ready(key):
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print("READY %.4f %s" % (ru.ru_utime + ru.ru_stime, key), flush=True)
    window = QApplication.instance().findChild(QObject, "MainWindow") or next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")
    content.workspace = window.workspace(key)
    QApplication.instance().installEventFilter(content)

from PySide6.QtWidgets import QWidget

class ContentPaint(QObject):
    # the first paint of the built workspace (or a widget inside it): its content on screen
    workspace = None
    done = False
    def eventFilter(self, obj, event):
        if (not self.done and self.workspace is not None and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget)
                and (obj is self.workspace or self.workspace.isAncestorOf(obj))):
            self.done = True
            ru = resource.getrusage(resource.RUSAGE_SELF)
            print("CONTENT %.4f" % (ru.ru_utime + ru.ru_stime), flush=True)
            report(None, QApplication.instance())
        return False

REPORT_AT_FIRST_PAINT = False
content = ContentPaint()
if os.environ.get("BENCH_TAB"):
    from PySide6.QtCore import QSettings
    from livestudio import APP_NAME, ORG_NAME, settings as opts
    QSettings(ORG_NAME, APP_NAME).setValue(opts.STATE_TAB, os.environ["BENCH_TAB"])

first = None
orig_make = lsapp.make_application
def make_application(argv=None):
    global first
    app = orig_make(argv)
    first = FirstPaint(None, app)
    app.installEventFilter(hook)
    return app
hook = Hook()
lsapp.make_application = make_application
launched = lsapp.launch(Path(os.environ["LIVESTUDIO_DB"]))
assert not isinstance(launched, int), launched
launched.app.exec()
from livestudio.tasks import wait_all
wait_all(10000)
if launched.store is not None:
    launched.store.close()
launched.instance.close()
"""
)


def make_store(path: Path, shows: int) -> None:
    from livestudio.core.db import open_store
    from livestudio.core.models import Show

    store = open_store(path)
    start = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    platforms = ["Douyin", "TikTok Shop", "Taobao Live", "Shopee", "Whatnot"]
    titles = ["秋冬新品首发 Autumn launch", "周五宠粉夜 Fan night", "工厂直供专场 Factory direct",
              "Tea tasting 品茶专场", "清仓福利 Clearance"]  # fmt: skip
    with store.transaction() as s:
        for i in range(shows):
            s.add(
                Show(
                    title=f"{titles[i % len(titles)]} #{i + 1}",
                    platform=platforms[i % len(platforms)],
                    scheduled_start=start + timedelta(days=i // 2, hours=8 * (i % 2)),
                    status="reviewed" if i < shows - 10 else "draft",
                    goal_gmv=5_000_000 + i * 1000,
                    goal_orders=300 + i,
                )
            )
    store.close()


def run_child(
    code: str, env: dict[str, str], idle_ms: int
) -> tuple[float, float | None, dict[str, object]]:
    """(wall seconds to first paint, wall seconds to first workspace, idle report + cpu);
    the report's "content_s" is the wall time until the workspace itself was painted."""
    src = code.replace("IDLE_MS", str(idle_ms))
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", src],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    painted: float | None = None
    ready: float | None = None
    result: dict[str, object] = {}
    for line in proc.stdout:
        if line.startswith("PAINTED") and painted is None:
            painted = time.perf_counter() - t0
            result["cpu_s"] = float(line.split()[1])
        elif line.startswith("READY") and ready is None:
            ready = time.perf_counter() - t0
            result["ready_cpu_s"] = float(line.split()[1])
        elif line.startswith("CONTENT") and "content_s" not in result:
            result["content_s"] = time.perf_counter() - t0
            result["content_cpu_s"] = float(line.split()[1])
        elif line.startswith("RESULT "):
            result.update(json.loads(line[len("RESULT ") :]))
    err = proc.stderr.read() if proc.stderr else ""
    proc.wait(timeout=120)
    if painted is None or proc.returncode != 0:
        raise SystemExit(f"child failed (exit {proc.returncode}):\n{err[-3000:]}")
    return painted, ready, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--shows", type=int, default=500)
    parser.add_argument("--idle-ms", type=int, default=1500)
    parser.add_argument(
        "--tab",
        default="",
        help="the workspace open at start (as left by the last session); default: the first",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="livestudio-bench-") as tmp:
        home = Path(tmp)
        db = home / "bench.sqlite3"
        make_store(db, args.shows)
        env = dict(os.environ)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;qt.multimedia*=false")
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(home / var.lower())
        env["LIVESTUDIO_DB"] = str(db)
        env["HOME"] = str(home)  # keeps QSettings and platformdirs inside the temp folder
        # An installed app (and the PyInstaller bundle) runs from cached bytecode; without it
        # every start would compile LiveStudio's sources again, which no user ever waits for.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if args.tab:
            env["BENCH_TAB"] = args.tab

        bare_t: list[float] = []
        app_t: list[float] = []
        ready_t: list[float] = []
        bare_cpu: list[float] = []
        ready_cpu: list[float] = []
        app_cpu: list[float] = []
        bare_r: dict[str, object] = {}
        app_r: dict[str, object] = {}
        content_t: list[float] = []
        content_cpu: list[float] = []
        # one warm-up of each (disk cache, .pyc), then alternate so both see the same machine
        run_child(CHILD_BARE, env, 10)
        run_child(CHILD_APP, env, 10)
        for _ in range(args.runs):
            t, _, bare_r = run_child(CHILD_BARE, env, args.idle_ms)
            bare_t.append(t)
            bare_cpu.append(float(bare_r["cpu_s"]))  # type: ignore[arg-type]
            t, ready, app_r = run_child(CHILD_APP, env, args.idle_ms)
            app_t.append(t)
            app_cpu.append(float(app_r["cpu_s"]))  # type: ignore[arg-type]
            if ready is not None:
                ready_t.append(ready)
                ready_cpu.append(float(app_r["ready_cpu_s"]))  # type: ignore[arg-type]
            if "content_s" in app_r:
                content_t.append(float(app_r["content_s"]))  # type: ignore[arg-type]
                content_cpu.append(float(app_r["content_cpu_s"]))  # type: ignore[arg-type]

    bare, app = statistics.median(bare_t), statistics.median(app_t)
    platform = env.get("QT_QPA_PLATFORM", "default")
    print(
        f"platform: {platform}; {args.runs} runs each, median; store: {args.shows} shows; "
        f"open tab: {args.tab or 'the first'}"
    )
    print(f"bare PySide6 QMainWindow : {bare * 1000:7.0f} ms to first paint")
    print(f"LiveStudio main window   : {app * 1000:7.0f} ms to first paint")
    if ready_t:
        print(
            f"  + first workspace built: {statistics.median(ready_t) * 1000:7.0f} ms "
            f"(CPU {statistics.median(ready_cpu) * 1000:.0f} ms): the store opened and the open "
            "tab's content built, right after the first paint"
        )
    if content_t:
        content = statistics.median(content_t)
        ok = content <= 0.6 or content <= 3 * bare
        print(
            f"first workspace painted   : {content * 1000:7.0f} ms with its content "
            f"(CPU {statistics.median(content_cpu) * 1000:.0f} ms) = {content / bare:.2f}x bare "
            f"(target <= 600 ms or <= 3x bare: {'OK' if ok else 'OVER TARGET'}); "
            f"runs: {', '.join(f'{x * 1000:.0f}' for x in content_t)} ms"
        )
    verdict = "OK" if app <= 2 * bare else "OVER TARGET"
    print(f"ratio                    : {app / bare:7.2f}x   (target <= 2x: {verdict})")
    bc, ac = statistics.median(bare_cpu), statistics.median(app_cpu)
    print(
        f"CPU time to first paint  : bare {bc * 1000:.0f} ms, LiveStudio {ac * 1000:.0f} ms, "
        f"ratio {ac / bc:.2f}x (less sensitive to a busy machine than wall time)"
    )
    try:
        print(f"load average             : {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    except OSError:
        pass
    print(
        f"memory idle after start  : LiveStudio {app_r['rss_mb']:.0f} MB resident, "
        f"peak {app_r['peak_mb']:.0f} MB (target < 250 MB: "
        f"{'OK' if float(app_r['peak_mb']) < 250 else 'OVER TARGET'}); "  # type: ignore[arg-type]
        f"bare {bare_r['rss_mb']:.0f} MB, peak {bare_r['peak_mb']:.0f} MB"
    )
    print(
        f"imported at start-up     : pyqtgraph={app_r['pyqtgraph']}, "
        f"QtMultimedia={app_r['qtmultimedia']}, {app_r['modules']} modules "
        f"(bare: {bare_r['modules']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
