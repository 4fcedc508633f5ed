"""How a check status looks: its colour and icon for the light and the dark theme, and a
delegate that keeps check boxes visible on a dark palette."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from livestudio.ui import theme

# status -> (light, dark)
COLOURS: dict[str, tuple[str, str]] = {
    "pass": ("#2e7d32", "#6ee07a"),
    "warn": ("#b26a00", "#ffb454"),
    "fail": ("#c62828", "#ff6b6b"),
    "skipped": ("#616161", "#b0b3b8"),
    "": ("#616161", "#b0b3b8"),  # not run / not yet / waiting: neutral
}
WAITING = "waiting"

_icons: dict[tuple[str, bool], QIcon] = {}


def colour(status: str) -> QColor:
    light, dark = COLOURS.get(status, COLOURS[""])
    return QColor(dark if theme.is_dark() else light)


def _pixmap(status: str, dark: bool, size: int = 32) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    light, dark_c = COLOURS.get(status, COLOURS[""])
    c = QColor(dark_c if dark else light)
    r = QRectF(2, 2, size - 4, size - 4)
    mark = QColor("#1e1f22") if dark else QColor("#ffffff")
    pen = QPen(mark, size / 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    s = size / 32
    if status in ("", WAITING):  # a ring: nothing to say yet
        p.setPen(QPen(c, size / 10))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(r.adjusted(2, 2, -2, -2))
        if status == WAITING:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(c)
            for x in (10, 16, 22):
                p.drawEllipse(QPointF(x * s, 16 * s), 2 * s, 2 * s)
        p.end()
        return pm
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawEllipse(r)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if status == "pass":
        path = QPainterPath(QPointF(9 * s, 16.5 * s))
        path.lineTo(14 * s, 21.5 * s)
        path.lineTo(23 * s, 11 * s)
        p.drawPath(path)
    elif status == "fail":
        p.drawLine(QPointF(11 * s, 11 * s), QPointF(21 * s, 21 * s))
        p.drawLine(QPointF(21 * s, 11 * s), QPointF(11 * s, 21 * s))
    elif status == "warn":
        p.drawLine(QPointF(16 * s, 8.5 * s), QPointF(16 * s, 18 * s))
        p.drawPoint(QPointF(16 * s, 23.5 * s))
    else:  # skipped: a dash
        p.drawLine(QPointF(10 * s, 16 * s), QPointF(22 * s, 16 * s))
    p.end()
    return pm


def icon(status: str) -> QIcon:
    """A filled badge per status (pass / warn / fail / skipped), a ring for 'not yet' ('') and
    a ring with dots for WAITING; drawn in the current theme's colours."""
    key = (status, theme.is_dark())
    if key not in _icons:
        _icons[key] = QIcon(_pixmap(status, key[1]))
    return _icons[key]


class VisibleCheckDelegate(QStyledItemDelegate):
    """Fusion draws an unticked box's outline from the window colour, which all but vanishes
    on the dark palette: give the item a lighter window colour so the outline shows.
    `min_height` keeps rows tall enough for buttons in a cell."""

    def __init__(self, parent: QObject | None = None, min_height: int = 0) -> None:
        super().__init__(parent)
        self.min_height = min_height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), self.min_height))

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if theme.is_dark():
            pal = QPalette(option.palette)
            pal.setColor(QPalette.ColorRole.Window, QColor("#8a8e96"))
            option.palette = pal
        option.textElideMode = Qt.TextElideMode.ElideRight
