"""Running promotions with their countdown and units left, plus the buttons to start one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from livestudio.core.live.engine import PromoView, format_clock


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveWorkspace", text)


class PromotionsPanel(QGroupBox):
    next_requested = Signal()
    adhoc_requested = Signal()
    stop_requested = Signal(str)  # promotion key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t("Promotions"), parent)
        pv = QVBoxLayout(self)
        self._rows = QVBoxLayout()
        pv.addLayout(self._rows)
        self.empty_label = QLabel(_t("No promotion running."))
        self.empty_label.setEnabled(False)
        pv.addWidget(self.empty_label)
        pb = QHBoxLayout()
        self.next_button = QPushButton(_t("Start next planned (F)"))
        self.next_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_button.clicked.connect(self.next_requested)
        self.adhoc_button = QPushButton(_t("Ad-hoc promotion… (Shift+F)"))
        self.adhoc_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.adhoc_button.clicked.connect(self.adhoc_requested)
        pb.addWidget(self.next_button)
        pb.addWidget(self.adhoc_button)
        pb.addStretch(1)
        pv.addLayout(pb)
        self._keys: list[str] = []
        self._widgets: dict[str, tuple[QLabel, QLabel]] = {}

    def set_live(self, live: bool) -> None:
        for w in (self.next_button, self.adhoc_button):
            if w.isEnabled() != live:
                w.setEnabled(live)

    def running_titles(self) -> list[str]:
        """What the panel lists now, top to bottom."""
        out = []
        for i in range(self._rows.count()):
            item = self._rows.itemAt(i)
            w = item.widget() if item else None
            if w is not None:
                out.append(str(w.property("promo_title")))
        return out

    def show_promos(self, promos: list[PromoView]) -> None:
        keys = [p.key for p in promos]
        if keys != self._keys:
            self._keys = keys
            while self._rows.count():
                item = self._rows.takeAt(0)
                w = item.widget() if item else None
                if w is not None:
                    w.hide()
                    w.deleteLater()
            self._widgets = {}
            for p in promos:
                roww = QWidget()
                roww.setProperty("promo_title", p.title)
                h = QHBoxLayout(roww)
                h.setContentsMargins(0, 0, 0, 0)
                title = QLabel(p.title)
                tf = QFont(title.font())
                tf.setPixelSize(18)
                tf.setBold(True)
                title.setFont(tf)
                time_label = QLabel()
                time_label.setFont(tf)
                units = QLabel()
                stop = QPushButton(_t("Stop (X)"))
                stop.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                stop.clicked.connect(lambda _c=False, k=p.key: self.stop_requested.emit(k))
                h.addWidget(title, 1)
                h.addWidget(time_label)
                h.addWidget(units)
                h.addWidget(stop)
                self._rows.addWidget(roww)
                self._widgets[p.key] = (time_label, units)
        self.empty_label.setVisible(not promos)
        for p in promos:
            pair = self._widgets.get(p.key)
            if pair is None:
                continue
            time_label, units = pair
            text = format_clock(p.remaining_ms)
            if time_label.text() != text:
                time_label.setText(text)
            u = (
                _t("{left} of {limit} left").format(left=p.units_left, limit=p.quantity_limit)
                if p.units_left is not None
                else _t("{n} sold").format(n=p.units_sold)
            )
            if units.text() != u:
                units.setText(u)
