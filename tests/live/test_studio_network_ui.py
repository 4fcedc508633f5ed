"""The studio-network dialog: off by default, on only on the chosen interface, a link with a token
shown as a QR code and text, a new link that shuts out the old one, and off again."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request

import pytest
from PySide6.QtCore import QSettings, Qt

from livestudio import settings as opts
from livestudio.core.live.server import STUDIO, NetworkAddress, ViewServer
from livestudio.ui.live.studio_network import StudioNetworkDialog, qr_image

HERE = [NetworkAddress("test-lan", "127.0.0.1"), NetworkAddress("other", "127.0.0.2")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _status(url: str) -> int:
    try:
        return int(urllib.request.urlopen(url, timeout=5).status)
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.fixture
def server():
    s = ViewServer()
    yield s
    s.stop()


def test_sharing_is_off_until_turned_on_then_links_can_be_renewed(qtbot, server) -> None:
    settings = QSettings()
    dialog = StudioNetworkDialog(server, settings, addresses=lambda: HERE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert server.listening(STUDIO) is None and not dialog.share_button.isChecked()
    assert not dialog.qr_label.isVisible() and dialog.link_edit.text() == ""
    assert [dialog.address_combo.itemData(i) for i in range(2)] == ["127.0.0.1", "127.0.0.2"]

    port = _free_port()
    dialog.port_spin.setValue(port)
    with qtbot.waitSignal(dialog.sharing_changed) as on:
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert on.args == [True]
    assert server.listening(STUDIO) == ("127.0.0.1", port)
    url = dialog.link_edit.text()
    assert url.startswith(f"http://127.0.0.1:{port}/h/") and len(url.rsplit("/", 1)[1]) == 10
    assert dialog.qr_label.isVisible()
    assert dialog.qr_label.pixmap().toImage() == qr_image(url).convertToFormat(
        dialog.qr_label.pixmap().toImage().format()
    )
    assert _status(url) == 200
    assert opts.get(opts.STUDIO_NETWORK_ADDRESS, settings) == "127.0.0.1"
    assert opts.get(opts.STUDIO_NETWORK_PORT, settings) == port
    assert not dialog.address_combo.isEnabled()  # the interface cannot change under the phones

    qtbot.mouseClick(dialog.new_link_button, Qt.MouseButton.LeftButton)
    fresh = dialog.link_edit.text()
    assert fresh != url and _status(url) == 403 and _status(fresh) == 200
    assert dialog.qr_label.pixmap().toImage() != qr_image(url).convertToFormat(
        dialog.qr_label.pixmap().toImage().format()
    )

    with qtbot.waitSignal(dialog.sharing_changed) as off:
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert off.args == [False] and server.listening(STUDIO) is None
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(fresh, timeout=5)
    assert not server.tokens.active()


def test_a_taken_port_is_said_and_sharing_stays_off(qtbot, server) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        dialog = StudioNetworkDialog(server, QSettings(), addresses=lambda: HERE)
        qtbot.addWidget(dialog)
        dialog.port_spin.setValue(busy.getsockname()[1])
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
        assert "Could not share on 127.0.0.1" in dialog.status_label.text()
        assert not dialog.share_button.isChecked() and server.listening(STUDIO) is None


def test_no_network_says_what_to_do(qtbot, server) -> None:
    dialog = StudioNetworkDialog(server, QSettings(), addresses=lambda: [])
    qtbot.addWidget(dialog)
    assert "No network found" in dialog.status_label.text()
    assert not dialog.share_button.isEnabled()


def test_reopening_shows_the_link_in_use(qtbot, server) -> None:
    first = StudioNetworkDialog(server, QSettings(), addresses=lambda: HERE)
    qtbot.addWidget(first)
    first.port_spin.setValue(_free_port())
    first.turn_on()
    url = first.url
    first.close()
    again = StudioNetworkDialog(server, QSettings(), addresses=lambda: HERE)
    qtbot.addWidget(again)
    assert again.sharing and again.link_edit.text() == url
