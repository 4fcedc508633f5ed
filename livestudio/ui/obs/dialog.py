"""Tools ▸ OBS…: where OBS's WebSocket server is, its password (kept in the OS keyring only),
a Test button, and the link's state as it changes."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
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
from livestudio.core.checks.secrets import NoKeyringError, keyring_status
from livestudio.core.obs import credentials
from livestudio.core.obs.client import ObsStatus, call_sync
from livestudio.core.obs.link import ObsLink
from livestudio.core.obs.protocol import DEFAULT_PORT
from livestudio.tasks import run_task
from livestudio.ui.context import AppContext


class ObsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("OBS Studio"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "LiveStudio can switch OBS scenes with your run-of-show, start and stop the "
                "stream with the show, and watch the stream's health. In OBS, turn on "
                "Tools ▸ WebSocket Server Settings ▸ Enable WebSocket server."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("127.0.0.1")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("as set in OBS (kept in your system's key store)"))
        form.addRow(self.tr("Computer running OBS:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Password:"), self.password)
        layout.addLayout(form)
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        layout.addWidget(self.keyring_note)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test"), self)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        layout.addLayout(row)
        self.state = QLabel(self)
        layout.addWidget(self.state)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.forget_button = buttons.addButton(
            self.tr("Do not use OBS"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.forget_button.clicked.connect(self._on_forget_button_clicked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()
        link = ctx.obs_link()
        link.status_changed.connect(self._on_link_status_changed)
        self._on_link_status_changed(link.status)

    def _load(self) -> None:
        url = str(opts.get(opts.OBS_URL, self.ctx.settings))
        from PySide6.QtCore import QUrl

        parsed = QUrl(url) if url else QUrl()
        self.host.setText(parsed.host() if url else "127.0.0.1")
        self.port.setValue(parsed.port(DEFAULT_PORT) if url else DEFAULT_PORT)
        status = keyring_status()
        if status.secure:
            self.keyring_note.setText("")
            self.password.setText(credentials.get_password() or "")
        else:
            self.keyring_note.setText(
                self.tr(
                    "No secure key store on this computer ({reason}): the password cannot be "
                    "kept. Run OBS without a password on this computer only, or set "
                    "LIVESTUDIO_OBS_PASSWORD."
                ).format(reason=status.reason or status.backend)
            )

    def url(self) -> str:
        host = self.host.text().strip() or "127.0.0.1"
        return f"ws://{host}:{self.port.value()}"

    @Slot(object)
    def _on_link_status_changed(self, status: ObsStatus) -> None:
        self.state.setText(self.tr("Now: {state}").format(state=status.text()))

    @Slot()
    def _on_test_button_clicked(self) -> None:
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))
        url, password = self.url(), self.password.text() or None

        def done(result: tuple[ObsStatus, list[object]]) -> None:
            self.test_button.setEnabled(True)
            status, _ = result
            self.test_result.setText(status.text())

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(str(exc))

        run_task(
            call_sync, url, password, [("GetVersion", None)], 5.0, on_result=done, on_error=failed
        )

    @Slot()
    def _on_forget_button_clicked(self) -> None:
        opts.put(opts.OBS_URL, "", self.ctx.settings)
        self.ctx.obs_link().start("", None)
        self.done(QDialog.DialogCode.Accepted)

    def accept(self) -> None:
        password = self.password.text()
        try:
            if keyring_status().secure:
                credentials.set_password(password)
        except NoKeyringError as exc:
            self.test_result.setText(str(exc))
            return
        opts.put(opts.OBS_URL, self.url(), self.ctx.settings)
        link: ObsLink = self.ctx.obs_link()
        link.start(self.url(), password or None)
        super().accept()
