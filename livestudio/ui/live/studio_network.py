"""The studio-network dialog: share a read-only host page with phones and tablets on the studio
Wi-Fi. Off until the user turns it on; bound to the one interface chosen here; the link (a QR code
and a short address) carries a random token, and a new link shuts out every device with the old."""

from __future__ import annotations

import logging
from collections.abc import Callable

import segno
from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livestudio import settings as opts
from livestudio.core.i18n import ui_language
from livestudio.core.live.outputs import host_page_labels
from livestudio.core.live.server import (
    STUDIO,
    NetworkAddress,
    ViewServer,
    lan_addresses,
    preferred_address,
)

log = logging.getLogger("livestudio.live")


def qr_image(text: str, scale: int = 6, border: int = 4) -> QImage:
    """`text` as a QR code (segno: medium error correction), black on white, `scale` px a module."""
    qr = segno.make(text, error="m", micro=False)
    rows = [list(r) for r in qr.matrix]
    n = len(rows)
    side = (n + 2 * border) * scale
    img = QImage(side, side, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    (x + border) * scale, (y + border) * scale, scale, scale, Qt.GlobalColor.black
                )
    painter.end()
    return img


class StudioNetworkDialog(QDialog):
    """On/off, interface, port, QR code and link, connected devices, new link."""

    sharing_changed = Signal(bool)

    def __init__(
        self,
        server: ViewServer,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        addresses: Callable[[], list[NetworkAddress]] = lan_addresses,
    ) -> None:
        super().__init__(parent)
        self.server = server
        self.settings = settings
        self._addresses = addresses
        self.token: str | None = None
        active = server.tokens.active()
        if server.listening(STUDIO) is not None and active:
            self.token = active[-1]
        self.setWindowTitle(self.tr("Studio network"))
        self._build()
        self.refresh_addresses()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self._update()

    # ---- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Phones and tablets on the same Wi-Fi can open a read-only host view: the "
                "countdown, the segment, what is next, the cue and talking points, your message "
                "and the promotions. Nothing can be changed from them."
            )
        )
        intro.setWordWrap(True)
        self.address_combo = QComboBox()
        self.address_combo.setMinimumContentsLength(24)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh_addresses)
        row = QHBoxLayout()
        row.addWidget(self.address_combo, 1)
        row.addWidget(self.refresh_button)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(int(opts.get(opts.STUDIO_NETWORK_PORT, self.settings)))
        form = QFormLayout()
        form.addRow(self.tr("Network:"), row)
        form.addRow(self.tr("Port:"), self.port_spin)

        self.share_button = QPushButton()
        self.share_button.setCheckable(True)
        self.share_button.toggled.connect(self._on_share_button_toggled)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.link_edit = QLineEdit()
        self.link_edit.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy link"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_edit, 1)
        link_row.addWidget(self.copy_button)
        self.devices_label = QLabel()
        self.new_link_button = QPushButton(self.tr("New link (the old one stops working)"))
        self.new_link_button.clicked.connect(self._on_new_link_button_clicked)
        warning = QLabel(
            self.tr(
                "Anyone on this network who has the link can read the host view. A new link shuts "
                "out every device that had the old one. Turn sharing off after the show."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("color: palette(placeholder-text);")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.share_button)
        lay.addWidget(self.status_label)
        lay.addWidget(self.qr_label)
        lay.addLayout(link_row)
        lay.addWidget(self.devices_label)
        lay.addWidget(self.new_link_button)
        lay.addWidget(warning)
        lay.addWidget(buttons)

    # ---- state -------------------------------------------------------------------------------
    @property
    def sharing(self) -> bool:
        return self.server.listening(STUDIO) is not None and self.token is not None

    @property
    def url(self) -> str | None:
        return self.server.studio_url(self.token) if self.token else None

    @Slot()
    def refresh_addresses(self) -> None:
        found = self._addresses()
        current = self.server.listening(STUDIO)
        want = (
            current[0]
            if current
            else str(opts.get(opts.STUDIO_NETWORK_ADDRESS, self.settings) or "")
            or preferred_address(found)
        )
        self.address_combo.clear()
        for a in found:
            self.address_combo.addItem(
                self.tr("{interface} — {address}").format(interface=a.interface, address=a.address),
                a.address,
            )
        index = self.address_combo.findData(want) if want else -1
        self.address_combo.setCurrentIndex(max(index, 0))
        self._update()

    def turn_on(self) -> bool:
        address = self.address_combo.currentData()
        if not address:
            return False
        port = self.port_spin.value()
        try:
            self.server.revoke_all()  # a new session gets a new token
            bound = self.server.start_studio(
                str(address), port, labels=host_page_labels(), lang=ui_language()
            )
        except (OSError, ValueError) as exc:
            log.warning("studio network could not start on %s:%s: %s", address, port, exc)
            self.status_label.setText(
                self.tr("Could not share on {address}:{port}: {reason}").format(
                    address=address, port=port, reason=getattr(exc, "strerror", None) or exc
                )
            )
            self._update(keep_status=True)
            return False
        self.token = self.server.tokens.issue()
        opts.put(opts.STUDIO_NETWORK_ADDRESS, str(address), self.settings)
        opts.put(opts.STUDIO_NETWORK_PORT, bound, self.settings)
        log.info("studio network on %s:%s", address, bound)
        self._update()
        self.sharing_changed.emit(True)
        return True

    def turn_off(self) -> None:
        self.server.revoke_all()
        self.server.stop_studio()
        self.token = None
        self._update()
        self.sharing_changed.emit(False)

    def new_link(self) -> None:
        if not self.sharing or self.token is None:
            return
        self.server.revoke(self.token)
        self.token = self.server.tokens.issue()
        self._update()

    def _update(self, keep_status: bool = False) -> None:
        on = self.sharing
        has_address = self.address_combo.count() > 0
        self.share_button.blockSignals(True)
        self.share_button.setChecked(on)
        self.share_button.blockSignals(False)
        self.share_button.setText(
            self.tr("Stop sharing") if on else self.tr("Share the host view on this network")
        )
        self.share_button.setEnabled(on or has_address)
        for w in (self.address_combo, self.refresh_button, self.port_spin):
            w.setEnabled(not on)
        for shown in (self.qr_label, self.link_edit, self.copy_button, self.devices_label):
            shown.setVisible(on)
        self.new_link_button.setVisible(on)
        url = self.url
        if on and url:
            self.link_edit.setText(url)
            pix = QPixmap.fromImage(qr_image(url))
            self.qr_label.setPixmap(pix)
            self.qr_label.setMinimumSize(pix.size())
            self.status_label.setText(
                self.tr("On. Scan the code with the phone's camera, or type the link.")
            )
        else:
            self.link_edit.clear()
            self.qr_label.clear()
            if not keep_status:
                self.status_label.setText(
                    self.tr("Off. Nothing is reachable from other devices.")
                    if has_address
                    else self.tr(
                        "No network found. Connect this computer to the studio Wi-Fi, then press "
                        "Refresh."
                    )
                )
        self._on_timer_timeout()
        if self.isVisible():  # the code and the link appeared: make room for them
            self.resize(self.size().expandedTo(self.sizeHint()))

    # ---- slots -------------------------------------------------------------------------------
    @Slot(bool)
    def _on_share_button_toggled(self, on: bool) -> None:
        if on:
            self.turn_on()
        else:
            self.turn_off()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        if self.url:
            QGuiApplication.clipboard().setText(self.url)

    @Slot()
    def _on_new_link_button_clicked(self) -> None:
        self.new_link()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self.sharing:
            return
        n = self.server.stats().streams.get(STUDIO, 0)
        self.devices_label.setText(self.tr("Devices watching: {n}").format(n=n))

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)


def open_studio_network(
    server: ViewServer, settings: QSettings | None = None, parent: QWidget | None = None
) -> StudioNetworkDialog:
    """Show the dialog (not modal: the show goes on behind it) and return it."""
    dialog = StudioNetworkDialog(server, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
