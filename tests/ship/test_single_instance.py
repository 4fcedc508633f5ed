"""A second launch on the same store brings the running window forward and exits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from livestudio.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]


def test_the_name_depends_on_the_store(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert server_name(a) == server_name(tmp_path / "." / "a.sqlite3")
    assert server_name(a) != server_name(b)


@pytest.mark.subprocess
def test_second_launch_wakes_the_first(main_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(main_window.store.path)
    assert first.listen()
    first.activation_requested.connect(main_window.bring_to_front)
    main_window.showMinimized()
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=20000):
            proc = subprocess.Popen(
                [sys.executable, "-m", "livestudio", "--db", str(main_window.store.path)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
        assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
        assert not main_window.isMinimized()
        proc.stdout.close() if proc.stdout else None
        proc.stderr.close() if proc.stderr else None
    finally:
        first.close()


@pytest.mark.subprocess
def test_another_store_is_not_blocked(main_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(main_window.store.path)
    assert first.listen()
    try:
        other = SingleInstance(tmp_path / "other.sqlite3")
        assert not other.notify_running(timeout_ms=200)
    finally:
        first.close()
