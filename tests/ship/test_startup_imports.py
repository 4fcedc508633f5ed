"""Start-up stays light: nothing heavy is imported before the window paints, and charts /
multimedia load only with the workspaces that use them (see benchmarks/startup.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from livestudio import app as lsapp
from livestudio.ui.main_window import MainWindow
report = {"before_store": sorted(m for m in ("sqlalchemy", "alembic", "openpyxl", "pyqtgraph",
          "PySide6.QtMultimedia", "numpy") if m in sys.modules)}
qapp = lsapp.make_application()
window = MainWindow(None, QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
window.show()
qapp.processEvents()
from livestudio.core.db import open_store
window.attach_store(open_store(Path(tempfile.mkdtemp()) / "x.sqlite3"))
window.workspace("products")  # the first tab of a fresh install
report["with_first_workspace"] = sorted(m for m in ("openpyxl", "numpy", "pyqtgraph",
    "livestudio.core.live.clock", "livestudio.ui.compliance.dialog") if m in sys.modules)
for key in ("products", "plan", "live"):
    window.workspace(key)
report["pyqtgraph_without_review"] = "pyqtgraph" in sys.modules
report["multimedia_without_check"] = "PySide6.QtMultimedia" in sys.modules
window.workspace("review")
report["pyqtgraph_with_review"] = "pyqtgraph" in sys.modules
print("REPORT " + json.dumps(report))
window.store.close()
"""


@pytest.mark.subprocess
def test_heavy_modules_wait_for_the_workspaces_that_need_them() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    line = next((x for x in result.stdout.splitlines() if x.startswith("REPORT ")), None)
    assert line is not None, result.stderr[-3000:]
    report = json.loads(line[len("REPORT ") :])
    assert report["before_store"] == [], "imported before the window could paint"
    # what only an export, an import, crash recovery or a dialog needs waits for them
    assert report["with_first_workspace"] == [], "slows the first workspace's content"
    assert report["pyqtgraph_without_review"] is False
    assert report["multimedia_without_check"] is False
    assert report["pyqtgraph_with_review"] is True
