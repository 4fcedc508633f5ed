"""Optional global hotkeys: off by default; a press on pynput's thread runs the Live action on the
main thread; without a backend the status says why and nothing starts; closing stops the thread."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from livestudio import settings as opts
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import LiveEvent
from livestudio.ui.live import global_keys
from livestudio.ui.widgets import global_hotkeys
from tests.live.factory import make_show


class FakeListener(threading.Thread):
    """Stands in for pynput.keyboard.GlobalHotKeys: a thread holding {hotkey: callback}."""

    made: list[FakeListener] = []

    def __init__(self, hotkeys: dict) -> None:
        super().__init__(daemon=True)
        self.hotkeys = hotkeys
        self._stopped = threading.Event()
        FakeListener.made.append(self)

    def run(self) -> None:
        self._stopped.wait(30)

    def stop(self) -> None:
        self._stopped.set()

    def press(self, spec: str) -> None:
        """Call the callback the way pynput does: on a thread that is not Qt's main thread."""
        t = threading.Thread(target=self.hotkeys[spec])
        t.start()
        t.join()


class FakeBackend:
    GlobalHotKeys = FakeListener


@pytest.fixture
def x11(monkeypatch):
    """An X11 session as far as the platform check can tell, with the stand-in backend."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":77")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.setattr(global_keys, "_load_backend", lambda: FakeBackend)
    FakeListener.made.clear()


def _open_live(main_window, qtbot):
    show_id = make_show(main_window.store)
    main_window.ctx.shows_changed.emit()
    main_window.show_workspace("live")
    ws = main_window.workspace("live")
    ws.time_source = FakeTimeSource()
    ws.controller.timer.stop()
    ws.chime.count_only()
    ws.show_id = show_id
    return ws


def _kinds(store, run_id):
    with store.session() as s:
        rows = s.scalars(select(LiveEvent).where(LiveEvent.run_id == run_id).order_by(LiveEvent.id))
        return [e.kind for e in rows]


def test_off_by_default(x11, main_window, qtbot, settings) -> None:
    assert opts.get(opts.LIVE_GLOBAL_HOTKEYS, settings) is False
    ws = _open_live(main_window, qtbot)
    assert not ws.global_keys.running() and FakeListener.made == []
    assert ws.global_keys.status_text() == "Global hotkeys are off."
    ws.close_workspace()


def test_hotkeys_run_the_live_actions_on_the_main_thread(x11, main_window, qtbot, settings) -> None:
    opts.put(opts.LIVE_GLOBAL_HOTKEYS, True, settings)
    ws = _open_live(main_window, qtbot)
    hk = ws.global_keys
    assert hk.running(), hk.status_text()
    assert hk.status_text() == "Global hotkeys are on while the Live workspace is open."
    (listener,) = FakeListener.made
    assert set(listener.hotkeys) == {"<ctrl>+<alt>+n", "<ctrl>+<alt>+s", "<ctrl>+<alt>+="}

    ran: list[tuple[str, bool]] = []
    main = threading.main_thread()
    real_run = ws.run_action

    def spy(action: str) -> None:
        ran.append((action, threading.current_thread() is main))
        real_run(action)

    hk.run = spy
    listener.press("<ctrl>+<alt>+n")  # before the show: ignored
    QApplication.processEvents()
    assert ran == []

    ws.toggle()  # Space: the show goes live
    run_id = ws.clock.run_id
    for spec in ("<ctrl>+<alt>+n", "<ctrl>+<alt>+s", "<ctrl>+<alt>+="):
        listener.press(spec)
    qtbot.waitUntil(lambda: len(ran) == 3)
    assert ran == [("next_segment", True), ("log_sale", True), ("add_minute", True)]
    assert _kinds(main_window.store, run_id) == ["start", "next", "sale", "add_time"]
    assert ws.clock_panel.title_label.text().startswith("雪花秀精华")  # the second segment

    ws.close_workspace()
    assert not listener.is_alive() and not hk.running()
    listener_threads = [t for t in threading.enumerate() if isinstance(t, FakeListener)]
    assert listener_threads == []


def test_configured_keys_and_settings_dialog(x11, main_window, qtbot, settings) -> None:
    from livestudio.ui.settings.dialog import SettingsDialog

    dlg = SettingsDialog(main_window.ctx, main_window)
    qtbot.addWidget(dlg)
    group = dlg.global_hotkeys
    assert not group.enabled.isChecked()
    assert group.status.text() == "Global hotkeys are off."
    assert not group.fields[opts.LIVE_GLOBAL_KEY_NEXT.key].isEnabled()
    group.enabled.setChecked(True)
    assert group.status.text() == "Global hotkeys are on while the Live workspace is open."
    from PySide6.QtGui import QKeySequence

    group.fields[opts.LIVE_GLOBAL_KEY_SALE.key].setKeySequence(QKeySequence("Ctrl+Shift+F9"))
    dlg.apply()
    dlg.close()
    assert opts.get(opts.LIVE_GLOBAL_HOTKEYS, settings) is True
    assert opts.get(opts.LIVE_GLOBAL_KEY_SALE, settings) == "Ctrl+Shift+F9"
    ws = _open_live(main_window, qtbot)
    assert "<ctrl>+<shift>+<f9>" in FakeListener.made[-1].hotkeys
    ws.close_workspace()


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("Ctrl+Alt+N", "<ctrl>+<alt>+n"),
        ("Ctrl+Alt+=", "<ctrl>+<alt>+="),
        ("Meta+Shift+Right", "<cmd>+<shift>+<right>"),
        ("Alt+F12", "<alt>+<f12>"),
        ("N", None),  # a bare key would fire while typing in any app
        ("Shift+N", None),
        ("", None),
        ("Ctrl+A, Ctrl+B", None),
    ],
)
def test_to_pynput(monkeypatch, text, spec) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert global_keys.to_pynput(text) == spec


def test_bad_or_duplicate_combination_says_why(x11, qapp) -> None:
    hk = global_keys.GlobalHotkeys()
    assert not hk.start({"next_segment": "Ctrl+Alt+N", "log_sale": "Ctrl+Alt+N"})
    assert hk.status_text().startswith("“Ctrl+Alt+N” cannot be a global hotkey")
    assert FakeListener.made == []


def test_backend_unavailable_says_why_and_starts_nothing(
    monkeypatch, main_window, qtbot, settings
) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pynput(name, *args, **kwargs):
        if name == "pynput" or name.startswith("pynput."):
            raise ImportError("No module named 'pynput'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":77")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.setattr(builtins, "__import__", no_pynput)  # the real loader's import fails
    before = set(threading.enumerate())
    opts.put(opts.LIVE_GLOBAL_HOTKEYS, True, settings)
    ws = _open_live(main_window, qtbot)
    assert not ws.global_keys.running()
    assert ws.global_keys.status_text() == (
        "Global hotkeys are not available on this system (ImportError)."
    )
    assert set(threading.enumerate()) <= before
    ws.close_workspace()


@pytest.mark.parametrize(
    ("env", "reason"),
    [
        ({"XDG_SESSION_TYPE": "wayland"}, "Wayland session"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "Wayland session"),
        ({"DISPLAY": None}, "need an X11 display"),
    ],
)
def test_platform_without_global_keys_says_why(x11, monkeypatch, qapp, env, reason) -> None:
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    hk = global_keys.GlobalHotkeys()
    assert not hk.start({"next_segment": "Ctrl+Alt+N"})
    assert reason in hk.status_text()
    assert reason in global_hotkeys.settings_status(True)
    assert FakeListener.made == []


def test_mac_without_accessibility_says_why(x11, monkeypatch, qapp) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(global_keys, "mac_untrusted", lambda: True)
    hk = global_keys.GlobalHotkeys()
    assert not hk.start({"next_segment": "Ctrl+Alt+N"})
    assert "accessibility permission" in hk.status_text()
    assert FakeListener.made == []


ROOT = Path(__file__).resolve().parents[2]
E2E = shutil.which("Xvfb") is not None and shutil.which("xdotool") is not None


@pytest.mark.subprocess
@pytest.mark.skipif(not E2E, reason="needs Xvfb and xdotool (apt-get install xvfb xdotool)")
def test_real_pynput_under_xvfb(tmp_path) -> None:
    """The real pynput listener on a real X server: xdotool types the three default hotkeys and
    the actions run (on the Qt main thread, through the queued signal); stop leaves no thread."""
    if importlib.util.find_spec("pynput") is None:  # (importing it here would open a display)
        pytest.skip("pynput is not installed")
    script = tmp_path / "probe.py"
    script.write_text(
        "import os, threading\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from livestudio.ui.live.global_keys import GlobalHotkeys\n"
        "app = QApplication([])\n"
        "hk = GlobalHotkeys()\n"
        "ran = []\n"
        "main = threading.main_thread()\n"
        "hk.run = lambda a: ran.append(a if threading.current_thread() is main else 'off-main')\n"
        "ok = hk.start({'next_segment': 'Ctrl+Alt+N', 'log_sale': 'Ctrl+Alt+S',\n"
        "               'add_minute': 'Ctrl+Alt+='})\n"
        "hk.listener.wait()\n"
        "print('ready' if ok else hk.status_text(), flush=True)\n"
        "def check():\n"
        "    if len(ran) >= 3: app.quit()\n"
        "t = QTimer(); t.timeout.connect(check); t.start(10)\n"
        "QTimer.singleShot(15000, app.quit)\n"
        "app.exec()\n"
        "hk.stop()\n"
        "print(','.join(ran), hk.running(), flush=True)\n",
        encoding="utf-8",
    )
    read_fd, write_fd = os.pipe()  # Xvfb picks a free display and writes its number here
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "640x480x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_fd,),
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as numbers:
        display = ":" + numbers.readline().strip()  # written once the server accepts clients
    try:
        env = {"DISPLAY": display, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
        probe = subprocess.Popen(
            [sys.executable, str(script)], env=env, stdout=subprocess.PIPE, text=True
        )
        assert probe.stdout is not None
        assert probe.stdout.readline().strip() == "ready"
        for keys in ("ctrl+alt+n", "ctrl+alt+s", "ctrl+alt+equal"):
            subprocess.run(["xdotool", "key", keys], env=env, check=True, timeout=10)
        out, _ = probe.communicate(timeout=30)
        assert out.strip() == "next_segment,log_sale,add_minute False"
    finally:
        xvfb.terminate()
        xvfb.wait(5)


def test_reload_follows_the_settings(x11, main_window, qtbot, settings) -> None:
    """What the Settings dialog's settings_saved is to be connected to: on, then off again."""
    ws = _open_live(main_window, qtbot)
    assert not ws.global_keys.running()
    opts.put(opts.LIVE_GLOBAL_HOTKEYS, True, settings)
    assert ws.global_keys.reload() and ws.global_keys.running()
    (listener,) = FakeListener.made
    opts.put(opts.LIVE_GLOBAL_HOTKEYS, False, settings)
    assert not ws.global_keys.reload()
    assert not listener.is_alive() and ws.global_keys.status_text() == "Global hotkeys are off."
    ws.close_workspace()
