"""A one-line strip of the stream's health as OBS sees it: live / recording, bitrate, dropped
frames, congestion, reconnecting. Red when the stream is in trouble; hidden text stays short
enough for the mini clock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from livestudio.core import fmt
from livestudio.core.obs.client import ObsState, ObsStatus
from livestudio.core.obs.health import DROP_THRESHOLD_PCT, Health

_OK = "color: palette(window-text);"
_BAD = "color: white; background: #c62828; border-radius: 4px; padding: 0 6px;"
_LIVE = "color: white; background: #2e7d32; border-radius: 4px; padding: 0 6px;"
_OFF = "color: palette(mid);"


class HealthStrip(QWidget):
    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("obs_health_strip")
        self.compact = compact
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.state = QLabel(self)
        self.live = QLabel(self)
        self.rec = QLabel(self)
        self.bitrate = QLabel(self)
        self.dropped = QLabel(self)
        self.congestion = QLabel(self)
        for label in (self.state, self.live, self.rec, self.bitrate, self.dropped, self.congestion):
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        layout.addStretch(1)
        self.status = ObsStatus(ObsState.NOT_CONFIGURED)
        self.health = Health()
        self._render()

    @Slot(object)
    def set_status(self, status: ObsStatus) -> None:
        self.status = status
        self._render()

    @Slot(object)
    def set_health(self, health: Health) -> None:
        self.health = health
        self._render()

    def text(self) -> str:
        """What the strip says, for tests and the accessibility name."""
        parts = [w.text() for w in self.findChildren(QLabel) if w.isVisibleTo(self) and w.text()]
        return "  ".join(parts)

    def _render(self) -> None:
        st, h = self.status, self.health
        connected = st.state is ObsState.CONNECTED
        self.setVisible(st.state is not ObsState.NOT_CONFIGURED)
        self.state.setVisible(not connected or self.compact is False)
        if not connected:
            self.state.setText(
                self.tr("OBS offline")
                if st.state is not ObsState.CONNECTING
                else self.tr("OBS connecting…")
            )
            self.state.setStyleSheet(_BAD if st.state is not ObsState.CONNECTING else _OFF)
            self.state.setToolTip(st.text())
            for w in (self.live, self.rec, self.bitrate, self.dropped, self.congestion):
                w.setVisible(False)
            self.setAccessibleName(self.text())
            return
        self.state.setText("OBS")
        self.state.setStyleSheet(_OFF)
        self.state.setToolTip(st.text())
        if h.reconnecting:
            self.live.setText(self.tr("RECONNECTING"))
            self.live.setStyleSheet(_BAD)
        elif h.live:
            self.live.setText(self.tr("LIVE"))
            self.live.setStyleSheet(_LIVE)
        else:
            self.live.setText(self.tr("not streaming"))
            self.live.setStyleSheet(_OFF)
        self.live.setVisible(True)
        self.rec.setText(self.tr("REC"))
        self.rec.setStyleSheet(_BAD if h.recording else _OFF)
        self.rec.setVisible(h.recording)
        streaming = h.live or h.reconnecting
        self.bitrate.setVisible(streaming and h.bitrate_kbps is not None)
        if h.bitrate_kbps is not None:
            self.bitrate.setText(
                self.tr("{kbps} kbps").format(kbps=fmt.number(round(h.bitrate_kbps)))
            )
            self.bitrate.setToolTip(
                self.tr("Video + audio sent by OBS, from its output byte count")
            )
        self.dropped.setVisible(streaming and h.dropped_pct is not None)
        if h.dropped_pct is not None:
            self.dropped.setText(
                self.tr("dropped {pct}").format(pct=fmt.percent(h.dropped_pct / 100))
            )
            self.dropped.setStyleSheet(_BAD if h.dropped_pct > DROP_THRESHOLD_PCT else _OK)
            self.dropped.setToolTip(
                self.tr("Frames OBS skipped over the last 10 s (encoder and network)")
            )
        self.congestion.setVisible(streaming and (h.congestion or 0) > 0.05 and not self.compact)
        if h.congestion is not None:
            self.congestion.setText(
                self.tr("congestion {pct}").format(pct=fmt.percent(h.congestion, 0))
            )
            self.congestion.setStyleSheet(_BAD if h.congestion > 0.5 else _OK)
        self.setAccessibleName(self.text())
