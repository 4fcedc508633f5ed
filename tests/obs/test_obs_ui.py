"""Tools ▸ OBS and the health strip, as a user meets them."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

from livestudio import settings as opts
from livestudio.core.obs.client import ObsState, ObsStatus
from livestudio.core.obs.health import Health
from livestudio.ui.obs.health_strip import HealthStrip

from .conftest import RealObs


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.data.pop((service, username), None)


def test_health_strip_says_what_the_stream_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    screen = QWidget()
    qtbot.addWidget(screen)
    strip = HealthStrip(screen)
    screen.show()
    assert not strip.isVisible()  # OBS not configured: nothing to say
    strip.set_status(ObsStatus(ObsState.REFUSED, "ws://127.0.0.1:4455", detail="refused"))
    assert strip.isVisible() and "OBS offline" in strip.text()
    strip.set_status(ObsStatus(ObsState.CONNECTED, "ws://127.0.0.1:4455", "29.0.2"))
    strip.set_health(Health(True, True, True, False, 2480.4, 0.4, 0.0))
    text = strip.text()
    assert "LIVE" in text and "REC" in text and "0.4%" in text
    assert "2480 kbps" in text.replace(",", "")
    strip.set_health(Health(True, False, False, True, None, None, None))
    assert "RECONNECTING" in strip.text()


def test_obs_dialog_keeps_the_password_in_the_keyring_and_connects(  # type: ignore[no-untyped-def]
    main_window, qtbot, real_obs: RealObs, monkeypatch
) -> None:
    before = keyring.get_keyring()
    memory = _MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        dialog = main_window.open_obs_dialog(modal=False)
        qtbot.addWidget(dialog)
        port = int(real_obs.url.rsplit(":", 1)[1])
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(port)
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, "wrong")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "wrong password" in dialog.test_result.text(), timeout=10_000)
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, real_obs.password)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "connected to OBS 2" in dialog.test_result.text(), timeout=10_000)
        dialog.accept()
        link = main_window.ctx.obs_link()
        qtbot.waitUntil(lambda: link.connected, timeout=10_000)
        assert opts.get(opts.OBS_URL, main_window.settings) == f"ws://127.0.0.1:{port}"
        assert real_obs.password in memory.data.values()
        ini = main_window.settings.fileName()
        main_window.settings.sync()
        from pathlib import Path

        assert real_obs.password not in Path(ini).read_text(encoding="utf-8")
        link.stop()
    finally:
        keyring.set_keyring(before)
