"""`livestudio --smoke`: every workspace opens on a temporary store; errors exit 1 on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.subprocess
def test_smoke_in_a_subprocess_exits_0(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    db = tmp_path / "fresh.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "livestudio", "--db", str(db), "--smoke"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "smoke: OK" in result.stdout
    assert db.exists(), "the store was created and migrated"


def test_an_error_during_smoke_exits_1_with_the_message(
    qapp, monkeypatch, capsys, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from livestudio import app
    from livestudio.ui.main_window import MainWindow

    def broken(self: MainWindow) -> int:
        raise RuntimeError("camera probe exploded")

    monkeypatch.setattr(MainWindow, "smoke_test", broken)
    code = app.run_smoke(tmp_path / "x.sqlite3")
    err = capsys.readouterr().err
    assert code == 1
    assert "camera probe exploded" in err
    assert "smoke: FAILED" in err


def test_an_exception_in_a_slot_during_smoke_fails_it(qapp, monkeypatch, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from livestudio import app
    from livestudio.ui.main_window import MainWindow

    original = MainWindow.smoke_test

    def with_bad_slot(self: MainWindow) -> int:
        def boom() -> None:
            raise ValueError("a slot failed while the workspace loaded")

        QTimer.singleShot(0, boom)
        return original(self)

    monkeypatch.setattr(MainWindow, "smoke_test", with_bad_slot)
    code = app.run_smoke(tmp_path / "y.sqlite3")
    assert code == 1
    assert "a slot failed while the workspace loaded" in capsys.readouterr().err
