"""The OBS connection on QtWebSockets: identify, requests with callbacks, events, reconnect.

Nothing here blocks: `ObsClient` lives on the thread that made it and reports through signals.
`call_sync` runs a few requests from a worker thread or the CLI on a local event loop (the
Check probe), with a deadline.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtNetwork import QAbstractSocket
from PySide6.QtWebSockets import QWebSocket, QWebSocketProtocol

from livestudio.core.i18n import translate
from livestudio.core.obs import protocol as p

log = logging.getLogger("livestudio.obs")

BACKOFF_S = (1, 2, 4, 8, 15, 30)  # then every 30 s
REQUEST_TIMEOUT_MS = 5000


def _t(text: str) -> str:
    return translate("Obs", text)


class ObsState(StrEnum):
    NOT_CONFIGURED = "not_configured"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    WRONG_PASSWORD = "wrong_password"
    NEEDS_PASSWORD = "needs_password"
    REFUSED = "refused"  # nothing listens there / host unreachable
    DISCONNECTED = "disconnected"  # was connected; OBS closed or the link dropped


@dataclass(frozen=True)
class ObsStatus:
    state: ObsState
    url: str = ""
    obs_version: str = ""
    websocket_version: str = ""
    detail: str = ""

    @property
    def connected(self) -> bool:
        return self.state is ObsState.CONNECTED

    def text(self) -> str:
        """One line for the Tools ▸ OBS dialog, the Check list and the Live strip."""
        if self.state is ObsState.NOT_CONFIGURED:
            return _t("OBS: not configured")
        if self.state is ObsState.CONNECTING:
            return _t("OBS: connecting to {url}…").format(url=self.url)
        if self.state is ObsState.CONNECTED:
            return _t("connected to OBS {version}").format(version=self.obs_version or "?")
        if self.state is ObsState.WRONG_PASSWORD:
            return _t("OBS: wrong password")
        if self.state is ObsState.NEEDS_PASSWORD:
            return _t("OBS asks for a password: enter it in Tools ▸ OBS")
        if self.state is ObsState.REFUSED:
            return _t("OBS: no answer at {url} ({detail})").format(url=self.url, detail=self.detail)
        return _t("OBS: disconnected ({detail})").format(detail=self.detail or "—")


def normalise_url(text: str) -> str:
    """'localhost', '127.0.0.1:4455', 'ws://host:port' -> 'ws://host:port'."""
    text = text.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "ws://" + text
    url = QUrl(text)
    if url.port() < 0:
        url.setPort(p.DEFAULT_PORT)
    return url.toString()


class ObsClient(QObject):
    """One OBS connection. `start(url, password)`; `request(...)`; signals report the rest."""

    status_changed = Signal(object)  # ObsStatus
    event_received = Signal(str, object)  # eventType, eventData (dict)
    identified = Signal()

    def __init__(self, parent: QObject | None = None, *, reconnect: bool = True) -> None:
        super().__init__(parent)
        self._ws = QWebSocket("", QWebSocketProtocol.Version.VersionLatest, self)
        self._ws.textMessageReceived.connect(self._on_ws_text_message_received)
        # queued: Qt reports the socket error (refused, host not found) after `disconnected`
        self._ws.disconnected.connect(self._on_ws_disconnected, Qt.ConnectionType.QueuedConnection)
        self._ws.errorOccurred.connect(self._on_ws_error_occurred)
        self._url = ""
        self._password: str | None = None
        self._reconnect = reconnect
        self._attempt = 0
        self._ids = itertools.count(1)
        self._pending: dict[str, tuple[str, Callable[[p.Reply], None] | None, QTimer]] = {}
        self._status = ObsStatus(ObsState.NOT_CONFIGURED)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._open)
        self._stopped = True
        self._last_error = ""

    # ---- state ---------------------------------------------------------------------
    @property
    def status(self) -> ObsStatus:
        return self._status

    def _set_status(self, status: ObsStatus) -> None:
        if status != self._status:
            self._status = status
            log.info("%s", status.text())
            self.status_changed.emit(status)

    # ---- connection ----------------------------------------------------------------
    def start(self, url: str, password: str | None) -> None:
        """Connect (again) to `url`; an empty url means not configured."""
        self.stop()
        self._url, self._password = normalise_url(url), password or None
        if not self._url:
            self._set_status(ObsStatus(ObsState.NOT_CONFIGURED))
            return
        self._stopped = False
        self._attempt = 0
        self._open()

    def stop(self) -> None:
        self._stopped = True
        self._retry.stop()
        if self._ws.state() != QAbstractSocket.SocketState.UnconnectedState:
            self._ws.abort()
        self._fail_pending()

    @Slot()
    def _open(self) -> None:
        if self._stopped:
            return
        self._last_error = ""
        self._set_status(ObsStatus(ObsState.CONNECTING, self._url))
        self._ws.open(QUrl(self._url))

    def _schedule_retry(self) -> None:
        if self._stopped or not self._reconnect:
            return
        delay = BACKOFF_S[min(self._attempt, len(BACKOFF_S) - 1)]
        self._attempt += 1
        self._retry.start(delay * 1000)

    @Slot(QAbstractSocket.SocketError)
    def _on_ws_error_occurred(self, _error: QAbstractSocket.SocketError) -> None:
        self._last_error = self._ws.errorString()

    @Slot()
    def _on_ws_disconnected(self) -> None:
        code = int(getattr(self._ws.closeCode(), "value", 0))
        was = self._status.state
        self._fail_pending()
        if code == p.CLOSE_AUTH_FAILED:
            self._set_status(ObsStatus(ObsState.WRONG_PASSWORD, self._url))
            return  # retrying cannot help until the password changes
        if was is ObsState.NEEDS_PASSWORD:
            return
        if was is ObsState.CONNECTED:
            reason = self._ws.closeReason() or self._last_error or _t("OBS closed")
            self._set_status(ObsStatus(ObsState.DISCONNECTED, self._url, detail=reason))
        elif not self._stopped:
            detail = self._last_error or _t("no answer")
            self._set_status(ObsStatus(ObsState.REFUSED, self._url, detail=detail))
        self._schedule_retry()

    @Slot(str)
    def _on_ws_text_message_received(self, text: str) -> None:
        try:
            msg = json.loads(text)
            op, d = int(msg["op"]), dict(msg.get("d") or {})
        except (ValueError, KeyError, TypeError):
            log.warning("OBS sent a message that is not obs-websocket 5 JSON; ignored")
            return
        if op == p.OP_HELLO:
            self._hello = d
            try:
                self._send(p.identify(d, self._password))
            except p.NeedPassword:
                self._set_status(ObsStatus(ObsState.NEEDS_PASSWORD, self._url))
                self._ws.close()
        elif op == p.OP_IDENTIFIED:
            self._attempt = 0
            self.request("GetVersion", on_reply=self._on_version)
        elif op == p.OP_RESPONSE:
            self._on_response(d)
        elif op == p.OP_EVENT:
            self.event_received.emit(str(d.get("eventType", "")), dict(d.get("eventData") or {}))

    def _on_version(self, reply: p.Reply) -> None:
        hello = getattr(self, "_hello", {})
        self._set_status(
            ObsStatus(
                ObsState.CONNECTED,
                self._url,
                str(reply.data.get("obsVersion", "")),
                str(reply.data.get("obsWebSocketVersion", hello.get("obsWebSocketVersion", ""))),
            )
        )
        self.identified.emit()

    # ---- requests ------------------------------------------------------------------
    def _send(self, message: dict[str, Any]) -> None:
        self._ws.sendTextMessage(json.dumps(message))

    def request(
        self,
        request_type: str,
        data: dict[str, Any] | None = None,
        on_reply: Callable[[p.Reply], None] | None = None,
        timeout_ms: int = REQUEST_TIMEOUT_MS,
    ) -> None:
        """Send a request; `on_reply` gets its Reply (ok False when it could not be answered)."""
        if self._ws.state() != QAbstractSocket.SocketState.ConnectedState:
            if on_reply is not None:
                on_reply(p.Reply(request_type, False, 0, _t("not connected to OBS")))
            return
        request_id = str(next(self._ids))
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda rid=request_id: self._expire(rid))
        timer.start(timeout_ms)
        self._pending[request_id] = (request_type, on_reply, timer)
        self._send(p.request(request_type, request_id, data))

    def _on_response(self, d: dict[str, Any]) -> None:
        entry = self._pending.pop(str(d.get("requestId", "")), None)
        if entry is None:
            return
        _type, callback, timer = entry
        timer.stop()
        timer.deleteLater()
        if callback is not None:
            callback(p.reply_from(d))

    def _expire(self, request_id: str) -> None:
        entry = self._pending.pop(request_id, None)
        if entry is not None:
            request_type, callback, timer = entry
            timer.deleteLater()
            if callback is not None:
                callback(p.Reply(request_type, False, 0, _t("OBS did not answer in time")))

    def _fail_pending(self) -> None:
        pending, self._pending = self._pending, {}
        for request_type, callback, timer in pending.values():
            timer.stop()
            timer.deleteLater()
            if callback is not None:
                callback(p.Reply(request_type, False, 0, _t("the connection to OBS closed")))


class SyncSession:
    """A blocking conversation with OBS for a worker thread or the CLI (a QCoreApplication must
    exist): connect, `ask` in turn, `pause`, `close`. Each wait has a deadline."""

    def __init__(self, url: str, password: str | None, timeout_s: float = 8.0) -> None:
        self.timeout_s = timeout_s
        self.client = ObsClient(reconnect=False)
        loop = QEventLoop()
        self.client.status_changed.connect(
            lambda st: loop.quit() if st.state is not ObsState.CONNECTING else None
        )
        self.client.start(url, password)
        if self.client.status.state is ObsState.CONNECTING:
            self._run(loop, timeout_s)
        status = self.client.status
        if status.state is ObsState.CONNECTING:
            status = ObsStatus(
                ObsState.REFUSED,
                status.url,
                detail=_t("no answer in {s:.0f} s").format(s=timeout_s),
            )
        self.status = status

    @staticmethod
    def _run(loop: QEventLoop, seconds: float) -> None:
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(int(seconds * 1000))
        loop.exec()
        deadline.stop()

    def ask(self, request_type: str, data: dict[str, Any] | None = None) -> p.Reply:
        if not self.status.connected:
            return p.Reply(request_type, False, 0, self.status.text())
        loop = QEventLoop()
        got: list[p.Reply] = []

        def done(reply: p.Reply) -> None:
            got.append(reply)
            loop.quit()

        self.client.request(
            request_type, data, on_reply=done, timeout_ms=int(self.timeout_s * 1000)
        )
        if not got:
            self._run(loop, self.timeout_s + 1)
        return got[0] if got else p.Reply(request_type, False, 0, _t("OBS did not answer in time"))

    def pause(self, seconds: float, cancelled: Callable[[], bool] | None = None) -> bool:
        """Wait `seconds` (events still flow); False when cancelled first."""
        step = 0.25
        waited = 0.0
        while waited < seconds:
            if cancelled is not None and cancelled():
                return False
            self._run(QEventLoop(), min(step, seconds - waited))
            waited += step
        return True

    def close(self) -> None:
        self.client.stop()
        self.client.deleteLater()

    def __enter__(self) -> SyncSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def call_sync(
    url: str,
    password: str | None,
    requests: list[tuple[str, dict[str, Any] | None]],
    timeout_s: float = 8.0,
) -> tuple[ObsStatus, list[p.Reply]]:
    """Connect, run `requests` in order, disconnect (see SyncSession)."""
    with SyncSession(url, password, timeout_s) as session:
        if not session.status.connected:
            return session.status, []
        return session.status, [session.ask(t, d) for t, d in requests]
