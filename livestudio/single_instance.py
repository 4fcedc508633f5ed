"""One running LiveStudio per store: a second launch wakes the first one and exits.

The first instance listens on a QLocalServer whose name is derived from the store path (and
the user), so two different stores may still be open side by side. A later launch connects,
says "activate", and quits before it touches the store.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("livestudio.instance")

MESSAGE = b"activate\n"


def server_name(db_path: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        user = "user"
    key = f"{user}:{Path(db_path).expanduser().resolve()}".encode()
    return "livestudio-" + hashlib.sha256(key).hexdigest()[:20]


class SingleInstance(QObject):
    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_path)
        self._server: QLocalServer | None = None

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """True when another instance owns this store (and has been asked to come forward)."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(timeout_ms):
            return False
        sock.write(MESSAGE)
        sock.flush()
        sock.waitForBytesWritten(timeout_ms)
        # wait for the reply so the first instance has seen the message before we exit
        sock.waitForReadyRead(timeout_ms)
        sock.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the instance for this store. A stale socket file from a crash is removed."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single-instance server not started: %s", server.errorString())
                return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    @Slot()
    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._on_socket_ready_read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._on_socket_ready_read(sock)

    def _on_socket_ready_read(self, sock: QLocalSocket) -> None:
        data = bytes(sock.readAll().data())
        if MESSAGE.strip() in data:
            log.info("another launch asked this window to come forward")
            sock.write(b"ok\n")
            sock.flush()
            self.activation_requested.emit()
